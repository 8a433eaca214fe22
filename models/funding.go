package models

import (
	"context"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
)

// FundingCliffDays is how far ahead funding must reach: with nothing
// contracted beyond it, an organization faces a funding cliff (SPEC 5.2).
const FundingCliffDays = 90

// FundingContinuity is SPEC 5.2 for one organization: how much it was
// awarded, by whom, how evenly, the gaps between its project periods and
// how far ahead its funding reaches.
type FundingContinuity struct {
	OrganizationID     string          `json:"organization_id"`
	OrganizationName   string          `json:"organization_name"`
	Projects           int             `json:"projects"`
	AwardedFen         Fen             `json:"awarded_fen"`
	Funders            []FunderShare   `json:"funders"`
	LargestFunderShare *float64        `json:"largest_funder_share"`
	HHI                *float64        `json:"hhi"`
	GapsDays           []int           `json:"gaps_days"`
	Periods            []FundingPeriod `json:"periods"`
	FundedUntil        *Date           `json:"funded_until"`
	FundingCliff       bool            `json:"funding_cliff"`
}

// FunderShare is what one funder awarded an organization.
type FunderShare struct {
	FunderID   string  `json:"funder_id"`
	FunderName string  `json:"funder_name"`
	AwardedFen Fen     `json:"awarded_fen"`
	Share      float64 `json:"share"`
}

// FundingPeriod is one awarded project's period, for the timeline.
type FundingPeriod struct {
	ProjectID  string        `json:"project_id"`
	Code       string        `json:"code"`
	FunderID   string        `json:"funder_id"`
	StartOn    Date          `json:"start_on"`
	EndOn      Date          `json:"end_on"`
	Status     ProjectStatus `json:"status"`
	BudgetFen  Fen           `json:"budget_fen"`
	FunderName string        `json:"funder_name"`
}

// awardedRow is an awarded project as the continuity figures read it.
type awardedRow struct {
	OrganizationID   string
	OrganizationName string
	FundingPeriod
}

// awardedQuery selects awarded projects (contracted, active, completed)
// with the names the figures show, ordered by organization and start.
func awardedQuery(db *gorm.DB) *gorm.DB {
	return db.Table("projects").
		Select("projects.organization_id, organizations.name AS organization_name, projects.id AS project_id, projects.code, "+
			"projects.funder_id, funders.name AS funder_name, projects.start_on, projects.end_on, projects.status, projects.budget_fen").
		Joins("JOIN organizations ON organizations.id = projects.organization_id").
		Joins("JOIN funders ON funders.id = projects.funder_id").
		Where("projects.status IN ?", awardedStatuses).
		Order("projects.organization_id, projects.start_on, projects.id")
}

// scanAwarded reads rows column by column into awardedRows, the columns
// being the fields dest names: a portfolio has tens of thousands of rows,
// and reflection per row would cost more than the query.
func scanAwarded(q *gorm.DB, dest func(r *awardedRow) []any) ([]awardedRow, error) {
	rows, err := q.Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []awardedRow
	for rows.Next() {
		var r awardedRow
		if err := rows.Scan(dest(&r)...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// awardedColumns are awardedQuery's columns.
func awardedColumns(r *awardedRow) []any {
	return []any{&r.OrganizationID, &r.OrganizationName, &r.ProjectID, &r.Code, &r.FunderID, &r.FunderName,
		&r.StartOn, &r.EndOn, &r.Status, &r.BudgetFen}
}

// leanColumns are the portfolio's six columns per project.
func leanColumns(r *awardedRow) []any {
	return []any{&r.OrganizationID, &r.FunderID, &r.StartOn, &r.EndOn, &r.Status, &r.BudgetFen}
}

// nameListed fills the names of the listed organizations and their
// funders.
func nameListed(db *gorm.DB, list []FundingContinuity) error {
	var orgIDs, funderIDs []string
	for _, fc := range list {
		orgIDs = append(orgIDs, fc.OrganizationID)
		for _, f := range fc.Funders {
			funderIDs = append(funderIDs, f.FunderID)
		}
	}
	names := map[string]string{}
	for _, q := range []struct {
		table string
		ids   []string
	}{{"organizations", orgIDs}, {"funders", funderIDs}} {
		for chunk := range slices.Chunk(q.ids, 500) {
			var rows []struct{ ID, Name string }
			if err := db.Table(q.table).Select("id, name").Where("id IN ?", chunk).Scan(&rows).Error; err != nil {
				return err
			}
			for _, r := range rows {
				names[r.ID] = r.Name
			}
		}
	}
	for i := range list {
		list[i].OrganizationName = names[list[i].OrganizationID]
		for j := range list[i].Funders {
			list[i].Funders[j].FunderName = names[list[i].Funders[j].FunderID]
		}
	}
	return nil
}

// OrganizationFunding answers SPEC 5.2 for one organization a may see.
func (s *Store) OrganizationFunding(ctx context.Context, a Actor, orgID string) (FundingContinuity, error) {
	db := s.read.WithContext(ctx)
	o, err := visibleOrganization(db, a, orgID)
	if err != nil {
		return FundingContinuity{}, err
	}
	rows, err := scanAwarded(awardedQuery(db).Where("projects.organization_id = ?", orgID), awardedColumns)
	if err != nil {
		return FundingContinuity{}, err
	}
	fc := continuity(rows, s.today(), s.cliffLine())
	fc.OrganizationID, fc.OrganizationName = o.ID, o.Name
	return fc.seenBy(a), nil
}

// seenBy keeps a funder's users to their own funder: the figures count
// every funder, but other funders and their projects go unnamed.
func (fc FundingContinuity) seenBy(a Actor) FundingContinuity {
	if a.Role != RoleFunder {
		return fc
	}
	funders := []FunderShare{}
	for _, f := range fc.Funders {
		if f.FunderID == a.FunderID {
			funders = append(funders, f)
		}
	}
	periods := []FundingPeriod{}
	for _, p := range fc.Periods {
		if p.FunderID != a.FunderID {
			p.ProjectID, p.Code, p.FunderID, p.FunderName = "", "", "", ""
		}
		periods = append(periods, p)
	}
	fc.Funders, fc.Periods = funders, periods
	return fc
}

func (s *Store) today() Date { return Date(s.Now().Format(DateLayout)) }

// cliffLine is the day funding must reach past to be no cliff.
func (s *Store) cliffLine() Date {
	return Date(s.Now().AddDate(0, 0, FundingCliffDays).Format(DateLayout))
}

// continuity computes SPEC 5.2 from one organization's awarded projects,
// ordered by start.
func continuity(rows []awardedRow, today, cliffLine Date) FundingContinuity {
	fc := FundingContinuity{Funders: []FunderShare{}, GapsDays: []int{}, Periods: []FundingPeriod{}}
	by := map[string]*FunderShare{}
	var coveredTo Date
	for _, r := range rows {
		fc.Projects++
		fc.AwardedFen += r.BudgetFen
		fc.Periods = append(fc.Periods, r.FundingPeriod)
		f := by[r.FunderID]
		if f == nil {
			f = &FunderShare{FunderID: r.FunderID, FunderName: r.FunderName}
			by[r.FunderID] = f
		}
		f.AwardedFen += r.BudgetFen
		// A gap is the days between the end of everything before and
		// the start of this project, if it does not follow at once.
		if coveredTo != "" && r.StartOn > coveredTo {
			if gap := daysBetweenDates(coveredTo, r.StartOn) - 1; gap > 0 {
				fc.GapsDays = append(fc.GapsDays, gap)
			}
		}
		if r.EndOn > coveredTo {
			coveredTo = r.EndOn
		}
		if r.Status != ProjectCompleted && r.EndOn >= today && (fc.FundedUntil == nil || r.EndOn > *fc.FundedUntil) {
			end := r.EndOn
			fc.FundedUntil = &end
		}
	}
	fc.FundingCliff = fc.FundedUntil == nil || *fc.FundedUntil < cliffLine
	if fc.AwardedFen > 0 {
		for _, f := range by {
			fc.Funders = append(fc.Funders, *f)
		}
		slices.SortFunc(fc.Funders, func(x, y FunderShare) int {
			if x.AwardedFen != y.AwardedFen {
				return int(y.AwardedFen - x.AwardedFen)
			}
			// by is a map, and the names may not be filled in yet: the
			// id settles a tie so that the report reads the same each time.
			if c := strings.Compare(x.FunderName, y.FunderName); c != 0 {
				return c
			}
			return strings.Compare(x.FunderID, y.FunderID)
		})
		// Summed in that order, so the last digit of hhi does not change
		// from one call to the next either.
		var largest, hhi float64
		for i := range fc.Funders {
			f := &fc.Funders[i]
			f.Share = float64(f.AwardedFen) / float64(fc.AwardedFen)
			largest = max(largest, f.Share)
			hhi += f.Share * f.Share
		}
		fc.LargestFunderShare, fc.HHI = &largest, &hhi
	}
	return fc
}

func daysBetweenDates(a, b Date) int { return int(b.Time().Sub(a.Time()) / (24 * time.Hour)) }

// FundingReport is SPEC 5.2 across a portfolio: the organizations with
// awarded projects in scope, most at risk first (a funding cliff, then the
// most dependent on one funder), and per funding cycle, pool against
// awarded. The counts cover every organization, the list the first Limit.
type FundingReport struct {
	Organizations     []FundingContinuity `json:"organizations"`
	OrganizationCount int                 `json:"organization_count"`
	CliffCount        int                 `json:"cliff_count"`
	SingleFunderCount int                 `json:"single_funder_count"`
	Cycles            []CycleAward        `json:"cycles"`
}

// CycleAward is a funding cycle's pool against what it awarded.
type CycleAward struct {
	FundingCycleID string   `json:"funding_cycle_id"`
	Name           string   `json:"name"`
	FunderID       string   `json:"funder_id"`
	Year           int      `json:"year"`
	PoolFen        Fen      `json:"pool_fen"`
	AwardedFen     Fen      `json:"awarded_fen"`
	AwardedShare   *float64 `json:"awarded_share"`
}

// FundingFilter narrows the funding report.
type FundingFilter struct {
	FunderID string
	District string
	// Limit caps the organizations listed (default 100).
	Limit int
}

// FundingReport answers SPEC 5.2 over the organizations a may see, each
// with its whole funding (every funder), narrowed to the contractors of
// FunderID when given.
func (s *Store) FundingReport(ctx context.Context, a Actor, f FundingFilter) (FundingReport, error) {
	db := s.read.WithContext(ctx)
	out := FundingReport{Organizations: []FundingContinuity{}, Cycles: []CycleAward{}}
	// The projects of the organizations in scope: each organization with
	// all its awarded projects, whoever funded them.
	scoped := func() *gorm.DB {
		q := db.Table("projects").Where("projects.status IN ?", awardedStatuses)
		// The bureau sees every organization: naming them all in a
		// subquery would only cost a lookup per project.
		if a.Role != RoleAdmin && a.Role != RoleReviewer {
			q = q.Where("projects.organization_id IN (?)",
				orgScope(db.Session(&gorm.Session{NewDB: true}).Table("organizations").Select("organizations.id"), a))
		}
		if f.FunderID != "" {
			q = q.Where("projects.organization_id IN (SELECT organization_id FROM projects p2 WHERE p2.funder_id = ? AND p2.status IN ?)", f.FunderID, awardedStatuses)
		}
		if f.District != "" {
			q = q.Where("projects.organization_id IN (SELECT o.id FROM organizations o JOIN communities c ON c.id = o.community_id WHERE c.district = ?)", f.District)
		}
		return q
	}
	today, cliffLine := s.today(), s.cliffLine()
	ranks, err := rankPortfolio(db, scoped(), today, cliffLine)
	if err != nil {
		return out, err
	}
	out.OrganizationCount = len(ranks)
	for _, r := range ranks {
		if r.cliff {
			out.CliffCount++
		}
		if r.funders == 1 {
			out.SingleFunderCount++
		}
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	// Only the organizations listed are read project by project.
	listed := homeFirst(ranks, limit)
	ids := make([]string, len(listed))
	for i, r := range listed {
		ids[i] = r.organizationID
	}
	byOrg := map[string][]awardedRow{}
	for chunk := range slices.Chunk(ids, 500) {
		rows, err := scanAwarded(scoped().
			Select("projects.organization_id, projects.funder_id, projects.start_on, projects.end_on, projects.status, projects.budget_fen").
			Where("projects.organization_id IN ?", chunk).
			Order("projects.organization_id, projects.start_on, projects.id"), leanColumns)
		if err != nil {
			return out, err
		}
		for _, r := range rows {
			byOrg[r.OrganizationID] = append(byOrg[r.OrganizationID], r)
		}
	}
	for _, id := range ids {
		fc := continuity(byOrg[id], today, cliffLine)
		fc.OrganizationID = id
		fc.Periods = []FundingPeriod{} // the portfolio lists figures; the timeline is per organization
		out.Organizations = append(out.Organizations, fc.seenBy(a))
	}
	if err := nameListed(db, out.Organizations); err != nil {
		return out, err
	}
	cq := cycleScope(cycleViewQuery(db), a).Order("funding_cycles.year DESC, funding_cycles.name")
	if f.FunderID != "" {
		cq = cq.Where("funding_cycles.funder_id = ?", f.FunderID)
	}
	var cycles []FundingCycleView
	if err := cq.Find(&cycles).Error; err != nil {
		return out, err
	}
	for _, c := range cycles {
		ca := CycleAward{FundingCycleID: c.ID, Name: c.Name, FunderID: c.FunderID, Year: c.Year, PoolFen: c.PoolFen, AwardedFen: c.AwardedFen}
		if c.PoolFen > 0 {
			share := float64(c.AwardedFen) / float64(c.PoolFen)
			ca.AwardedShare = &share
		}
		out.Cycles = append(out.Cycles, ca)
	}
	return out, nil
}
