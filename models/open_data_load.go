package models

import (
	"context"
	"encoding/json"
	"errors"
	"slices"

	"gorm.io/gorm"
)

// OpenParty is a funder or a contractor as open data names it.
type OpenParty struct {
	ID         string
	Name       string
	CreditCode *string
}

// OpenProject is what the open-data exports read of one project: the
// project, its two parties, the names of the communities it serves, its
// money plan, its disbursements (oldest first, reversals included) and
// when it reached the statuses after draft.
type OpenProject struct {
	Project
	Funder        OpenParty
	Contractor    OpenParty
	Communities   []string
	Lines         []BudgetLine
	Tranches      []Tranche
	Disbursements []Disbursement
	// ReachedAt holds when the project moved to each status, read from the
	// audit trail (the moves are audited in the transaction that makes
	// them); a status reached without an entry is absent.
	ReachedAt map[ProjectStatus]Time
}

// OpenDataBatch is how many projects an export loads at a time.
const OpenDataBatch = 200

// openProjectRow is a project with its parties' names and credit codes.
type openProjectRow struct {
	Project
	ContractorName       string  `gorm:"->"`
	ContractorCreditCode *string `gorm:"->"`
	FunderName           string  `gorm:"->"`
	FunderCreditCode     *string `gorm:"->"`
}

func openProjectQuery(db *gorm.DB) *gorm.DB {
	return db.Table("projects").
		Select("projects.*, organizations.name AS contractor_name, organizations.credit_code AS contractor_credit_code, " +
			"funders.name AS funder_name, funders.credit_code AS funder_credit_code").
		Joins("JOIN organizations ON organizations.id = projects.organization_id").
		Joins("JOIN funders ON funders.id = projects.funder_id")
}

// OpenProject answers one project a may see, scoped exactly as GetProject
// (ErrNotFound outside the caller's scope).
func (s *Store) OpenProject(ctx context.Context, a Actor, id string) (OpenProject, error) {
	db := s.read.WithContext(ctx)
	var rows []openProjectRow
	if err := projectScope(openProjectQuery(db), a).Where("projects.id = ?", id).Limit(1).Find(&rows).Error; err != nil {
		return OpenProject{}, err
	}
	if len(rows) == 0 {
		return OpenProject{}, ErrNotFound
	}
	out, err := openProjects(db, rows)
	if err != nil {
		return OpenProject{}, err
	}
	return out[0], nil
}

// EachOpenProject calls fn with the projects a may see that f names (its
// page is ignored: an export holds them all), newest first, in batches of
// size (OpenDataBatch when 0 or less). Batches follow each other by keyset on the id, and each
// batch reads its plans, ledgers and communities in one query per table,
// so memory holds one batch whatever the number of projects. An error of
// fn stops the walk and is answered.
func (s *Store) EachOpenProject(ctx context.Context, a Actor, f ProjectFilter, size int, fn func([]OpenProject) error) error {
	if size <= 0 {
		size = OpenDataBatch
	}
	db := s.read.WithContext(ctx)
	filter := s.projectFilter(a, f)
	after := ""
	for {
		q := filter(openProjectQuery(db))
		if after != "" {
			q = q.Where("projects.id < ?", after)
		}
		var rows []openProjectRow
		if err := q.Order("projects.id DESC").Limit(size).Find(&rows).Error; err != nil {
			return err
		}
		if len(rows) == 0 {
			return nil
		}
		batch, err := openProjects(db, rows)
		if err != nil {
			return err
		}
		if err := fn(batch); err != nil {
			return err
		}
		if len(rows) < size {
			return nil
		}
		after = rows[len(rows)-1].ID
	}
}

// openProjects completes rows with one query per table.
func openProjects(db *gorm.DB, rows []openProjectRow) ([]OpenProject, error) {
	ids := make([]string, len(rows))
	out := make([]OpenProject, len(rows))
	byID := make(map[string]*OpenProject, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
		out[i] = OpenProject{Project: r.Project,
			Funder:     OpenParty{ID: r.FunderID, Name: r.FunderName, CreditCode: r.FunderCreditCode},
			Contractor: OpenParty{ID: r.OrganizationID, Name: r.ContractorName, CreditCode: r.ContractorCreditCode},
			ReachedAt:  map[ProjectStatus]Time{}}
		byID[r.ID] = &out[i]
	}
	var served []struct {
		ProjectID string
		Name      string
	}
	if err := db.Table("project_communities pc").Select("pc.project_id, c.name").Joins("JOIN communities c ON c.id = pc.community_id").
		Where("pc.project_id IN ?", ids).Order("c.name").Find(&served).Error; err != nil {
		return nil, err
	}
	for _, c := range served {
		byID[c.ProjectID].Communities = append(byID[c.ProjectID].Communities, c.Name)
	}
	var lines []BudgetLine
	if err := db.Table("budget_lines").Where("project_id IN ?", ids).Find(&lines).Error; err != nil {
		return nil, err
	}
	slices.SortStableFunc(lines, func(x, y BudgetLine) int {
		return slices.Index(BudgetCategories, x.Category) - slices.Index(BudgetCategories, y.Category)
	})
	for _, l := range lines {
		byID[l.ProjectID].Lines = append(byID[l.ProjectID].Lines, l)
	}
	var tranches []Tranche
	if err := db.Table("tranches").Where("project_id IN ?", ids).Order("seq").Find(&tranches).Error; err != nil {
		return nil, err
	}
	for _, t := range tranches {
		byID[t.ProjectID].Tranches = append(byID[t.ProjectID].Tranches, t)
	}
	var pays []Disbursement
	if err := db.Table("disbursements").Omit("ReversedBy").Where("project_id IN ?", ids).Order("created_at, id").Find(&pays).Error; err != nil {
		return nil, err
	}
	for _, d := range pays {
		byID[d.ProjectID].Disbursements = append(byID[d.ProjectID].Disbursements, d)
	}
	var moves []struct {
		EntityID  string
		At        Time
		AfterJSON *string
	}
	if err := db.Table("audit_entries").Select("entity_id, at, after_json").
		Where("entity = ? AND action = ? AND entity_id IN ?", "project", "status", ids).Order("seq").Find(&moves).Error; err != nil {
		return nil, err
	}
	for _, m := range moves {
		var after struct {
			Status ProjectStatus `json:"status"`
		}
		if m.AfterJSON == nil {
			continue
		}
		if err := json.Unmarshal([]byte(*m.AfterJSON), &after); err != nil {
			return nil, errors.Join(errors.New("a project's status move in the audit trail"), err)
		}
		if _, seen := byID[m.EntityID].ReachedAt[after.Status]; !seen && after.Status != "" {
			byID[m.EntityID].ReachedAt[after.Status] = m.At
		}
	}
	return out, nil
}
