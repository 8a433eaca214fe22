package models

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// ProjectFilter narrows the project list.
type ProjectFilter struct {
	Q              string
	Status         string
	FunderID       string
	OrganizationID string
	FundingCycleID string
	CommunityID    string
	District       string
	Year           int
	Page
}

// projectViewQuery selects projects with their names and ledger totals.
func projectViewQuery(db *gorm.DB) *gorm.DB {
	return db.Table("projects").
		Select("projects.*, organizations.name AS organization_name, funders.name AS funder_name, " +
			"(SELECT COALESCE(SUM(amount_fen), 0) FROM disbursements d WHERE d.project_id = projects.id) AS disbursed_fen, " +
			"(SELECT COALESCE(SUM(amount_fen), 0) FROM expenditures e WHERE e.project_id = projects.id) AS spent_fen").
		Joins("JOIN organizations ON organizations.id = projects.organization_id").
		Joins("JOIN funders ON funders.id = projects.funder_id")
}

// ListProjects answers the projects a may see, newest first.
func (s *Store) ListProjects(ctx context.Context, a Actor, f ProjectFilter) (List[ProjectView], error) {
	db := s.read.WithContext(ctx)
	filter := s.projectFilter(a, f)
	finish := func(rows []ProjectView) error {
		for i := range rows {
			rows[i].finish()
		}
		return nil
	}
	// A province-wide search for a fragment of one or two characters is
	// counted from its grams alone.
	whole := (a.Role == RoleAdmin || a.Role == RoleReviewer) && f.Status == "" && f.FunderID == "" && f.OrganizationID == "" &&
		f.FundingCycleID == "" && f.CommunityID == "" && f.District == "" && f.Year == 0
	total, counted, err := projectSearch.wholeTotal(db, f.Q, whole, "projects", "")
	if err != nil {
		return List[ProjectView]{Items: []ProjectView{}}, err
	}
	var list List[ProjectView]
	key := func(p ProjectView) string { return p.ID }
	if counted {
		list, err = listPageOfTotal(filter(projectViewQuery(db)), total, finishRows(f.Page, finish), "projects.id", false, key, projectSorts)
	} else {
		list, err = listPageSorted(filter(projectViewQuery(db)), filter(db.Table("projects")), finishRows(f.Page, finish), "projects.id", false,
			key, projectSorts)
	}
	if err != nil {
		return list, err
	}
	return list, finish(list.Items)
}

// projectSorts are the columns the project list may be sorted by.
var projectSorts = sortColumns[ProjectView]{
	"code":       {"projects.code", sortText, func(p ProjectView) any { return p.Code }},
	"title":      {"projects.title", sortText, func(p ProjectView) any { return p.Title }},
	"budget_fen": {"projects.budget_fen", sortInt, func(p ProjectView) any { return p.BudgetFen }},
	"start_on":   {"projects.start_on", sortDate, func(p ProjectView) any { return p.StartOn }},
	"end_on":     {"projects.end_on", sortDate, func(p ProjectView) any { return p.EndOn }},
}

// projectFilter narrows a query on projects to those a may see that match
// f; the project list and the portfolio ledger share it.
func (s *Store) projectFilter(a Actor, f ProjectFilter) func(*gorm.DB) *gorm.DB {
	return func(q *gorm.DB) *gorm.DB {
		q = projectScope(q, a)
		if f.Q != "" {
			ids, args, exact, ok := projectSearch.ids(q, f.Q)
			if ok {
				q = q.Where(s.dialect.inIDs("projects.id", ids), args...)
			}
			if !exact {
				q = q.Where("("+s.dialect.containsText("projects.code")+" OR "+s.dialect.containsText("projects.title")+")", likePattern(f.Q), likePattern(f.Q))
			}
		}
		for col, v := range map[string]string{
			"projects.status": f.Status, "projects.funder_id": f.FunderID, "projects.organization_id": f.OrganizationID,
			"projects.funding_cycle_id": f.FundingCycleID,
		} {
			if v != "" {
				q = q.Where(col+" = ?", v)
			}
		}
		if f.CommunityID != "" {
			q = q.Where("projects.id IN (SELECT project_id FROM project_communities WHERE community_id = ?)", f.CommunityID)
		}
		if f.District != "" {
			q = q.Where("projects.id IN (SELECT pc.project_id FROM project_communities pc JOIN communities c ON c.id = pc.community_id WHERE c.district = ?)", f.District)
		}
		if f.Year != 0 {
			// Projects whose period touches the year.
			q = q.Where("projects.start_on <= ? AND projects.end_on >= ?", Date(fmt.Sprintf("%04d-12-31", f.Year)), Date(fmt.Sprintf("%04d-01-01", f.Year)))
		}
		return q
	}
}
