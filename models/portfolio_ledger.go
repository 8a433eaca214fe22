package models

import "context"

// LedgerEntry is one expenditure in a portfolio's ledger, with the project
// it was booked on and who ran and paid for it: the ledger a funder hands
// its auditors, across every project it pays for.
type LedgerEntry struct {
	Expenditure
	ProjectCode      string `json:"project_code"`
	ProjectTitle     string `json:"project_title"`
	OrganizationName string `json:"organization_name"`
	FunderName       string `json:"funder_name"`
}

// PortfolioLedgerFilter picks the projects whose expenditures are listed
// (the project list's filters) and, optionally, one budget category.
type PortfolioLedgerFilter struct {
	Projects       ProjectFilter
	BudgetCategory string
	Page
}

// walkLedgerAbove is the count of matching expenditures above which a
// portfolio's ledger is read by walking the ledger in id order, filtering as
// it goes, rather than by gathering the matching projects' entries and
// sorting them for each page: past it the sort costs more than the walk.
const walkLedgerAbove = 20_000

// ListPortfolioLedger answers the expenditures of every project a may see
// that matches f, newest first.
func (s *Store) ListPortfolioLedger(ctx context.Context, a Actor, f PortfolioLedgerFilter) (List[LedgerEntry], error) {
	return s.listPortfolioLedger(ctx, a, f, walkLedgerAbove)
}

func (s *Store) listPortfolioLedger(ctx context.Context, a Actor, f PortfolioLedgerFilter, walkAbove int64) (List[LedgerEntry], error) {
	db := s.read.WithContext(ctx)
	projects := s.projectFilter(a, f.Projects)(db.Table("projects").Select("projects.id"))
	count := db.Table("expenditures").Where("project_id IN (?)", projects)
	if f.BudgetCategory != "" {
		count = count.Where("budget_category = ?", f.BudgetCategory)
	}
	var total int64
	if err := count.Count(&total).Error; err != nil {
		return List[LedgerEntry]{Items: []LedgerEntry{}}, err
	}
	project := "expenditures.project_id"
	if total > walkAbove {
		project = s.dialect.unindexed(project)
	}
	q := db.Table("expenditures").
		Select("expenditures.*, r.id AS reversed_by, projects.code AS project_code, projects.title AS project_title, "+
			"organizations.name AS organization_name, funders.name AS funder_name").
		Joins("LEFT JOIN expenditures r ON r.reverses_id = expenditures.id").
		Joins("JOIN projects ON projects.id = expenditures.project_id").
		Joins("JOIN organizations ON organizations.id = projects.organization_id").
		Joins("JOIN funders ON funders.id = projects.funder_id").
		Where(project+" IN (?)", projects)
	if f.BudgetCategory != "" {
		q = q.Where("expenditures.budget_category = ?", f.BudgetCategory)
	}
	return listPageOfTotal(q, total, f.Page, "expenditures.id", false, func(e LedgerEntry) string { return e.ID }, nil)
}
