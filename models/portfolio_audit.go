package models

import (
	"context"
)

// PortfolioAudit is SPEC 5.3 across a funder's projects.
type PortfolioAudit struct {
	FunderID     string         `json:"funder_id"`
	Projects     int            `json:"projects"`
	BudgetFen    Fen            `json:"budget_fen"`
	DisbursedFen Fen            `json:"disbursed_fen"`
	SpentFen     Fen            `json:"spent_fen"`
	ByStatus     map[string]int `json:"by_status"`
	FlagsByCode  map[string]int `json:"flags_by_code"`
	// Audits are the projects' audits, those with flags first.
	Audits       []SpendAudit `json:"audits"`
	Expenditures int          `json:"expenditures"`
	// Benford is the first-digit test, for 300 standing expenditures or more.
	Benford *Benford `json:"benford"`
}

// PortfolioSpendAudit audits every project of funderID that a may see.
func (s *Store) PortfolioSpendAudit(ctx context.Context, a Actor, funderID string) (PortfolioAudit, error) {
	db := s.read.WithContext(ctx)
	out := PortfolioAudit{FunderID: funderID, ByStatus: map[string]int{}, FlagsByCode: map[string]int{}, Audits: []SpendAudit{}}
	for _, st := range ProjectStatuses {
		out.ByStatus[string(st)] = 0
	}
	for _, code := range AuditFlags {
		out.FlagsByCode[code] = 0
	}
	if a.Role == RoleFunder && funderID != a.FunderID {
		return out, ErrNotFound
	}
	var ps []Project
	if err := projectScope(db.Table("projects"), a).Where("projects.funder_id = ?", funderID).
		Order("projects.code").Find(&ps).Error; err != nil {
		return out, err
	}
	facts, err := s.auditFacts(db, ps)
	if err != nil {
		return out, err
	}
	var amounts []Fen
	var flagged, clean []SpendAudit
	for _, f := range facts {
		au := auditProject(f)
		out.Projects++
		out.ByStatus[au.Status]++
		out.BudgetFen += au.BudgetFen
		out.DisbursedFen += au.DisbursedFen
		out.SpentFen += au.SpentFen
		for _, fl := range au.Flags {
			out.FlagsByCode[fl.Code]++
		}
		for _, e := range f.entries {
			amounts = append(amounts, e.AmountFen)
		}
		if len(au.Flags) > 0 {
			flagged = append(flagged, au)
		} else {
			clean = append(clean, au)
		}
	}
	out.Audits = append(append(out.Audits, flagged...), clean...)
	out.Expenditures = len(amounts)
	out.Benford = BenfordTest(amounts)
	return out, nil
}
