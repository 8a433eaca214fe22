package models

import (
	"context"
	"errors"
	"slices"

	"gorm.io/gorm"
)

// IncubatorHome is an incubator's day: the organizations it hosts, those
// ready to graduate, and the requests waiting on its organizations.
type IncubatorHome struct {
	IncubatorID   string        `json:"incubator_id"`
	IncubatorName string        `json:"incubator_name"`
	Incubatees    []Incubatee   `json:"incubatees"`
	Ready         int           `json:"ready"`
	Pending       PendingReport `json:"pending"`
	TurnoverFrom  Date          `json:"turnover_from"`
}

// Incubatee is one hosted organization with its progress.
type Incubatee struct {
	ID             string          `json:"id"`
	Name           string          `json:"name"`
	Stage          Stage           `json:"stage"`
	StageSince     Time            `json:"stage_since"`
	DaysIncubating int64           `json:"days_incubating"`
	CriteriaMet    int             `json:"criteria_met"`
	CriteriaTotal  int             `json:"criteria_total"`
	Ready          bool            `json:"ready"`
	LastMilestone  *MilestoneBrief `json:"last_milestone"`
	TurnoverRate   *float64        `json:"turnover_rate"`
	HighTurnover   bool            `json:"high_turnover"`
}

// MilestoneBrief is a milestone's type and day.
type MilestoneBrief struct {
	Type       string `json:"type"`
	AchievedOn Date   `json:"achieved_on"`
}

// incubatorHome lists the organizations hosted by a's incubator, longest
// incubating first, each with its readiness (in grouped queries), its
// latest milestone and its turnover over the last twelve months.
func (s *Store) incubatorHome(ctx context.Context, a Actor) (IncubatorHome, error) {
	db := s.read.WithContext(ctx)
	h := IncubatorHome{IncubatorID: a.OrganizationID, Incubatees: []Incubatee{}, TurnoverFrom: yearBefore(s.Now())}
	if err := db.Table("organizations").Where("id = ?", a.OrganizationID).Pluck("name", &h.IncubatorName).Error; err != nil {
		return h, err
	}
	var orgs []Organization
	if err := db.Table("organizations").Where("incubator_id = ?", a.OrganizationID).Order("stage_since, id").Find(&orgs).Error; err != nil {
		return h, err
	}
	rs, err := s.readinessOf(db, orgs)
	if err != nil {
		return h, err
	}
	ids := make([]string, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
	}
	latest := map[string]MilestoneBrief{}
	for chunk := range slices.Chunk(ids, 500) {
		var ms []struct {
			OrganizationID string
			MilestoneBrief
		}
		if err := db.Table("milestones").Select("organization_id, type, achieved_on").Where("organization_id IN ?", chunk).
			Order("achieved_on, id").Scan(&ms).Error; err != nil {
			return h, err
		}
		for _, m := range ms {
			latest[m.OrganizationID] = m.MilestoneBrief
		}
	}
	tr, err := s.Turnover(ctx, a, TurnoverFilter{From: h.TurnoverFrom, To: s.today(), GroupBy: "organization"})
	if err != nil {
		return h, err
	}
	turnover := map[string]TurnoverGroup{}
	for _, g := range tr.Groups {
		turnover[g.Key] = g
	}
	now := s.Now()
	for i, o := range orgs {
		in := Incubatee{ID: o.ID, Name: o.Name, Stage: o.Stage, StageSince: o.StageSince, CriteriaTotal: len(rs[i].Criteria),
			Ready: rs[i].Ready, TurnoverRate: turnover[o.ID].TurnoverRate, HighTurnover: turnover[o.ID].HighTurnover}
		in.CriteriaMet = in.CriteriaTotal - len(rs[i].Unmet())
		if o.Stage == StageIncubating {
			in.DaysIncubating = daysBetween(o.StageSince.Time, now)
		}
		if m, ok := latest[o.ID]; ok {
			in.LastMilestone = &m
		}
		if in.Ready {
			h.Ready++
		}
		h.Incubatees = append(h.Incubatees, in)
	}
	h.Pending, err = s.scopedPending(db, a)
	return h, err
}

// OrgHome is an organization's day: its stage and checklist, its projects'
// money, the next tranche it waits for and its staff.
type OrgHome struct {
	ID            string        `json:"id"`
	Name          string        `json:"name"`
	Stage         Stage         `json:"stage"`
	StageSince    Time          `json:"stage_since"`
	IncubatorName *string       `json:"incubator_name"`
	Readiness     Readiness     `json:"readiness"`
	Projects      []HomeProject `json:"projects"`
	NextTranche   *DueTranche   `json:"next_tranche"`
	ActiveStaff   int64         `json:"active_staff"`
	PaidStaff     int64         `json:"paid_staff"`
	Pending       PendingReport `json:"pending"`
}

// HomeProject is a project's spend against its budget, with the codes of
// its audit flags.
type HomeProject struct {
	ID               string   `json:"id"`
	Code             string   `json:"code"`
	Title            string   `json:"title"`
	Status           string   `json:"status"`
	BudgetFen        Fen      `json:"budget_fen"`
	DisbursedFen     Fen      `json:"disbursed_fen"`
	SpentFen         Fen      `json:"spent_fen"`
	SpentShare       float64  `json:"spent_share"`
	TimeElapsedShare float64  `json:"time_elapsed_share"`
	Flags            []string `json:"flags"`
}

// DueTranche is the earliest tranche not yet paid in full.
type DueTranche struct {
	ProjectID string `json:"project_id"`
	Code      string `json:"code"`
	Seq       int    `json:"seq"`
	DueOn     Date   `json:"due_on"`
	AmountFen Fen    `json:"amount_fen"`
	PaidFen   Fen    `json:"paid_fen"`
	Overdue   bool   `json:"overdue"`
}

// orgHome audits the organization's own projects in full (they are few).
func (s *Store) orgHome(ctx context.Context, a Actor) (OrgHome, error) {
	db := s.read.WithContext(ctx)
	var o OrganizationView
	err := orgScope(s.orgViewQuery(db), a).Where("organizations.id = ?", a.OrganizationID).Take(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return OrgHome{}, ErrNotFound
	} else if err != nil {
		return OrgHome{}, err
	}
	h := OrgHome{ID: o.ID, Name: o.Name, Stage: o.Stage, StageSince: o.StageSince, IncubatorName: o.IncubatorName, Projects: []HomeProject{}}
	if h.Readiness, err = s.readiness(db, o.Organization); err != nil {
		return h, err
	}
	var ps []Project
	if err := projectScope(db.Table("projects"), a).Where("projects.status <> ?", ProjectDraft).
		Order("projects.end_on DESC, projects.id").Limit(20).Find(&ps).Error; err != nil {
		return h, err
	}
	facts, err := s.auditFacts(db, ps)
	if err != nil {
		return h, err
	}
	today := s.today()
	for _, f := range facts {
		au := auditProject(f)
		hp := HomeProject{ID: au.ProjectID, Code: au.Code, Title: au.Title, Status: au.Status, BudgetFen: au.BudgetFen,
			DisbursedFen: au.DisbursedFen, SpentFen: au.SpentFen, SpentShare: au.SpentShare, TimeElapsedShare: au.TimeElapsedShare, Flags: []string{}}
		for _, fl := range au.Flags {
			if !slices.Contains(hp.Flags, fl.Code) {
				hp.Flags = append(hp.Flags, fl.Code)
			}
		}
		h.Projects = append(h.Projects, hp)
		if !f.project.Status.spendable() {
			continue
		}
		for _, t := range f.tranches {
			if f.paid[t.Seq] >= t.AmountFen || (h.NextTranche != nil && h.NextTranche.DueOn <= t.DueOn) {
				continue
			}
			h.NextTranche = &DueTranche{ProjectID: f.project.ID, Code: f.project.Code, Seq: t.Seq, DueOn: t.DueOn,
				AmountFen: t.AmountFen, PaidFen: f.paid[t.Seq], Overdue: t.DueOn < today}
		}
	}
	var staff struct{ Active, Paid int64 }
	if err := db.Table("staff_members").Select("COUNT(*) AS active, SUM(CASE WHEN employment_type <> 'volunteer' THEN 1 ELSE 0 END) AS paid").
		Where("organization_id = ? AND left_on IS NULL", o.ID).Scan(&staff).Error; err != nil {
		return h, err
	}
	h.ActiveStaff, h.PaidStaff = staff.Active, staff.Paid
	h.Pending, err = s.scopedPending(db, a)
	return h, err
}

// FunderHome is a funder's day: its portfolio's money, the ledger's flags
// on it and the contractors facing a funding cliff.
type FunderHome struct {
	FunderID     string           `json:"funder_id"`
	FunderName   string           `json:"funder_name"`
	Projects     int64            `json:"projects"`
	ByStatus     map[string]int64 `json:"by_status"`
	BudgetFen    Fen              `json:"budget_fen"`
	DisbursedFen Fen              `json:"disbursed_fen"`
	SpentFen     Fen              `json:"spent_fen"`
	Flags        LedgerFlags      `json:"flags"`
	Contractors  int              `json:"contractors"`
	CliffCount   int              `json:"cliff_count"`
	// Cliffs are the first contractors facing a cliff, the most
	// dependent on one funder first.
	Cliffs []ContractorCliff `json:"cliffs"`
}

// ContractorCliff is a contractor whose funding ends within the cliff line.
type ContractorCliff struct {
	OrganizationID   string `json:"organization_id"`
	OrganizationName string `json:"organization_name"`
	FundedUntil      *Date  `json:"funded_until"`
	AwardedFen       Fen    `json:"awarded_fen"`
}

// funderHome sums the portfolio in SQL and reads the cliffs from the
// funding report narrowed to the funder. Its reads are independent and
// made at once through the reader pool.
func (s *Store) funderHome(ctx context.Context, a Actor) (FunderHome, error) {
	db := s.read.WithContext(ctx)
	h := FunderHome{FunderID: a.FunderID, ByStatus: map[string]int64{}, Cliffs: []ContractorCliff{}}
	for _, st := range ProjectStatuses {
		h.ByStatus[string(st)] = 0
	}
	var byStatus []struct {
		Status string
		N      int64
		Budget Fen
	}
	var fr FundingReport
	sum := func(table string, dst *Fen) func() error {
		return func() error {
			return db.Table(table+" x").Select("COALESCE(SUM(x.amount_fen), 0)").Joins("JOIN projects ON projects.id = x.project_id").
				Where("projects.funder_id = ?", a.FunderID).Scan(dst).Error
		}
	}
	err := together(
		func() error {
			return db.Table("funders").Where("id = ?", a.FunderID).Pluck("name", &h.FunderName).Error
		},
		func() error {
			return db.Table("projects").Select("status, COUNT(*) AS n, COALESCE(SUM(budget_fen), 0) AS budget").
				Where("funder_id = ?", a.FunderID).Group("status").Scan(&byStatus).Error
		},
		sum("disbursements", &h.DisbursedFen),
		sum("expenditures", &h.SpentFen),
		func() (err error) { h.Flags, err = s.ledgerFlags(db, "funder_id = ?", a.FunderID); return err },
		func() (err error) {
			fr, err = s.FundingReport(ctx, a, FundingFilter{FunderID: a.FunderID, Limit: homeListed})
			return err
		},
	)
	if err != nil {
		return h, err
	}
	for _, r := range byStatus {
		h.ByStatus[r.Status], h.Projects = r.N, h.Projects+r.N
		if r.Status != string(ProjectDraft) && r.Status != string(ProjectTerminated) {
			h.BudgetFen += r.Budget
		}
	}
	h.Contractors, h.CliffCount = fr.OrganizationCount, fr.CliffCount
	for _, fc := range fr.Organizations {
		if fc.FundingCliff {
			h.Cliffs = append(h.Cliffs, ContractorCliff{OrganizationID: fc.OrganizationID, OrganizationName: fc.OrganizationName,
				FundedUntil: fc.FundedUntil, AwardedFen: fc.AwardedFen})
		}
	}
	return h, nil
}
