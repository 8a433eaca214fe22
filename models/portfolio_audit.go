package models

import (
	"context"
	"slices"
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
	// Audits are the projects' audits, those with flags first (in
	// PortfolioFilter's page, when it asks for one).
	Audits []SpendAudit `json:"audits"`
	// AuditsTotal counts the audits PortfolioFilter's flag keeps, before
	// they are paged.
	AuditsTotal  int `json:"audits_total"`
	Expenditures int `json:"expenditures"`
	// Benford is the first-digit test, for 300 standing expenditures or more.
	Benford *Benford `json:"benford"`
}

// PortfolioFilter asks for a funder's portfolio audit, its projects'
// audits narrowed to those raising Flag (a flag's code, or AnyFlag for
// any) and, when Limit is set, one page of them: a provincial funder's
// portfolio holds hundreds of projects. The portfolio's figures always
// count every project.
type PortfolioFilter struct {
	FunderID      string
	Flag          string
	Limit, Offset int
}

// AnyFlag keeps the audits raising any flag.
const AnyFlag = "any"

// AuditFlagFilters are the values PortfolioFilter.Flag takes.
var AuditFlagFilters = append([]string{AnyFlag}, AuditFlags...)

// PortfolioAuditPage answers the portfolio audit as f asks. Every caller
// who may read a funder's portfolio (the bureau, admins, the funder's own
// users) sees all its projects, so the whole audit is made once per change
// (and minute) for all of them, and each page is cut from it.
func (s *Store) PortfolioAuditPage(ctx context.Context, a Actor, f PortfolioFilter) (PortfolioAudit, error) {
	if f.Flag != "" && !slices.Contains(AuditFlagFilters, f.Flag) {
		return PortfolioAudit{}, Invalid("flag", "oneof", "flag is one of %v", AuditFlagFilters)
	}
	whole := func() (PortfolioAudit, error) { return s.PortfolioSpendAudit(ctx, a, f.FunderID) }
	var (
		full PortfolioAudit
		err  error
	)
	switch {
	case a.Role == RoleFunder && a.FunderID != f.FunderID:
		return PortfolioAudit{}, ErrNotFound
	case a.Role == RoleAdmin || a.Role == RoleReviewer || a.Role == RoleFunder:
		full, err = sharedFigures(s, ctx, "portfolio audit "+f.FunderID, whole)
	default:
		full, err = whole()
	}
	if err != nil {
		return full, err
	}
	out := full // kept and shared: its audits are filtered into a new slice
	out.Audits = nil
	for _, au := range full.Audits {
		if f.Flag == "" || f.Flag == AnyFlag && len(au.Flags) > 0 || slices.ContainsFunc(au.Flags, func(fl AuditFlag) bool { return fl.Code == f.Flag }) {
			out.Audits = append(out.Audits, au)
		}
	}
	out.AuditsTotal = len(out.Audits)
	out.Audits = pageOf(out.Audits, f.Limit, f.Offset)
	if out.Audits == nil {
		out.Audits = []SpendAudit{}
	}
	return out, nil
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
	out.AuditsTotal = len(out.Audits)
	out.Expenditures = len(amounts)
	out.Benford = BenfordTest(amounts)
	return out, nil
}
