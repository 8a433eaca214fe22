package models

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"
)

// ProjectStatus is where a government-purchased service project stands
// (SPEC 6.1).
type ProjectStatus string

const (
	ProjectDraft      ProjectStatus = "draft"      // being written; lines and tranches may change
	ProjectContracted ProjectStatus = "contracted" // signed; its money plan is fixed
	ProjectActive     ProjectStatus = "active"     // service under way
	ProjectCompleted  ProjectStatus = "completed"  // delivered; may be evaluated
	ProjectTerminated ProjectStatus = "terminated" // ended early
)

// ProjectStatuses lists the statuses in the order a project passes them.
var ProjectStatuses = []ProjectStatus{ProjectDraft, ProjectContracted, ProjectActive, ProjectCompleted, ProjectTerminated}

// projectMoves is SPEC 6.1's status machine: forward one step, or any but
// completed to terminated.
var projectMoves = map[ProjectStatus][]ProjectStatus{
	ProjectDraft:      {ProjectContracted, ProjectTerminated},
	ProjectContracted: {ProjectActive, ProjectTerminated},
	ProjectActive:     {ProjectCompleted, ProjectTerminated},
	ProjectCompleted:  nil,
	ProjectTerminated: nil,
}

// ProjectMoves answers the statuses a project in from may move to; none is
// an empty list, not nil, so that answers hold [] rather than null.
func ProjectMoves(from ProjectStatus) []ProjectStatus {
	return append([]ProjectStatus{}, projectMoves[from]...)
}

// spendable reports whether expenditures (and disbursements) may be
// recorded on a project in this status (SPEC 4.2).
func (p ProjectStatus) spendable() bool {
	return p == ProjectContracted || p == ProjectActive || p == ProjectCompleted
}

// Project is a government-purchased service project (SPEC 2): a funder pays
// a contractor organization to serve one or more communities.
type Project struct {
	ID             string        `json:"id"`
	Code           string        `json:"code"`
	Title          string        `json:"title"`
	OrganizationID string        `json:"organization_id"`
	FunderID       string        `json:"funder_id"`
	FundingCycleID *string       `json:"funding_cycle_id"`
	Category       string        `json:"category"`
	BudgetFen      Fen           `json:"budget_fen"`
	StartOn        Date          `json:"start_on"`
	EndOn          Date          `json:"end_on"`
	Status         ProjectStatus `json:"status"`
	StatusSince    Time          `json:"status_since"`
	Description    string        `json:"description"`
	// The evaluation's columns; answered nested as Evaluation.
	Grade             *string  `json:"-"`
	Score             *int     `json:"-"`
	EvaluatedOn       *Date    `json:"-"`
	EvaluatorID       *string  `json:"-"`
	EvaluationNote    string   `json:"-"`
	SatisfactionShare *float64 `json:"-"`
	Stamps
}

// BudgetLine is the planned spend of one budget category.
type BudgetLine struct {
	ProjectID string `json:"-"`
	Category  string `json:"category"`
	AmountFen Fen    `json:"amount_fen"`
}

// Tranche is a planned disbursement.
type Tranche struct {
	ProjectID string `json:"-"`
	Seq       int    `json:"seq"`
	DueOn     Date   `json:"due_on"`
	AmountFen Fen    `json:"amount_fen"`
	Condition string `json:"condition"`
}

// Indicator is a promised output and what was delivered.
type Indicator struct {
	ID        string   `json:"id"`
	ProjectID string   `json:"-"`
	Name      string   `json:"name"`
	Unit      string   `json:"unit"`
	Target    float64  `json:"target"`
	Actual    *float64 `json:"actual"`
	Stamps
}

// Evaluation is the funder's or the bureau's verdict on a completed
// project; the residents' satisfaction share comes first (the seed paper).
type Evaluation struct {
	Grade             string   `json:"grade"`
	Score             int      `json:"score"`
	EvaluatedOn       Date     `json:"evaluated_on"`
	EvaluatorID       string   `json:"evaluator_id"`
	Note              string   `json:"note"`
	SatisfactionShare *float64 `json:"satisfaction_share"`
}

// ProjectView is a project as the API answers it: with its names, service
// area, money plan, indicators, evaluation, ledger totals and the moves its
// status allows.
type ProjectView struct {
	Project
	OrganizationName string          `json:"organization_name" gorm:"->"`
	FunderName       string          `json:"funder_name" gorm:"->"`
	DisbursedFen     Fen             `json:"disbursed_fen" gorm:"->"`
	SpentFen         Fen             `json:"spent_fen" gorm:"->"`
	CommunityIDs     []string        `json:"community_ids" gorm:"-"`
	BudgetLines      []BudgetLine    `json:"budget_lines" gorm:"-"`
	Tranches         []Tranche       `json:"tranches" gorm:"-"`
	Indicators       []Indicator     `json:"indicators" gorm:"-"`
	Evaluation       *Evaluation     `json:"evaluation" gorm:"-"`
	AllowedMoves     []ProjectStatus `json:"allowed_moves" gorm:"-"`
}

// ProjectInput is what creating a project takes; on a draft, an edit
// replaces the lines, tranches, indicators and service area it names.
type ProjectInput struct {
	Code           string
	Title          string
	OrganizationID string
	FunderID       string
	FundingCycleID string
	Category       string
	BudgetFen      Fen
	StartOn        Date
	EndOn          Date
	Description    string
	CommunityIDs   []string
	BudgetLines    []BudgetLine
	Tranches       []Tranche
	Indicators     []IndicatorInput
}

// IndicatorInput is a promised output.
type IndicatorInput struct {
	Name   string
	Unit   string
	Target float64
}

// projectScope narrows q (over projects) to what a may see (SPEC 1):
// funders the projects they fund, staff their organization's, incubators
// those of the organizations in their scope, reviewers and admins all.
func projectScope(q *gorm.DB, a Actor) *gorm.DB {
	switch a.Role {
	case RoleAdmin, RoleReviewer:
		return q
	case RoleFunder:
		return q.Where("projects.funder_id = ?", a.FunderID)
	case RoleOrgStaff:
		return q.Where("projects.organization_id = ?", a.OrganizationID)
	case RoleIncubator:
		return q.Where("projects.organization_id IN (?)",
			orgScope(q.Session(&gorm.Session{NewDB: true}).Table("organizations").Select("organizations.id"), a))
	default:
		return q.Where("1 = 0")
	}
}

// visibleProject loads project id if a may see it, else ErrNotFound.
func visibleProject(db *gorm.DB, a Actor, id string) (Project, error) {
	var p Project
	err := projectScope(db.Table("projects"), a).Where("projects.id = ?", id).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return p, ErrNotFound
	}
	return p, err
}

// canManageProject says whether a may edit p's plan, move its status and
// record its disbursements: admins and the funder's own users.
func canManageProject(a Actor, p Project) bool {
	return a.Role == RoleAdmin || (a.Role == RoleFunder && a.FunderID == p.FunderID)
}

// canSpendOn says whether a may record expenditures and indicator actuals
// on p: admins and the contractor's own staff.
func canSpendOn(a Actor, p Project) bool {
	return a.Role == RoleAdmin || (a.Role == RoleOrgStaff && a.OrganizationID == p.OrganizationID)
}

// GetProject answers one project a may see, whole, else ErrNotFound.
func (s *Store) GetProject(ctx context.Context, a Actor, id string) (ProjectView, error) {
	return s.projectView(s.read.WithContext(ctx), a, id)
}

func (s *Store) projectView(db *gorm.DB, a Actor, id string) (ProjectView, error) {
	var p ProjectView
	err := projectScope(projectViewQuery(db), a).Where("projects.id = ?", id).Take(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return p, ErrNotFound
	}
	if err != nil {
		return p, err
	}
	p.CommunityIDs, p.BudgetLines, p.Tranches, p.Indicators = []string{}, []BudgetLine{}, []Tranche{}, []Indicator{}
	if err := db.Table("project_communities").Where("project_id = ?", id).Order("community_id").Pluck("community_id", &p.CommunityIDs).Error; err != nil {
		return p, err
	}
	if err := db.Table("budget_lines").Where("project_id = ?", id).Find(&p.BudgetLines).Error; err != nil {
		return p, err
	}
	slices.SortFunc(p.BudgetLines, func(x, y BudgetLine) int {
		return slices.Index(BudgetCategories, x.Category) - slices.Index(BudgetCategories, y.Category)
	})
	if err := db.Table("tranches").Where("project_id = ?", id).Order("seq").Find(&p.Tranches).Error; err != nil {
		return p, err
	}
	if err := db.Table("indicators").Where("project_id = ?", id).Order("id").Find(&p.Indicators).Error; err != nil {
		return p, err
	}
	p.finish()
	return p, nil
}

// finish fills what a view derives from its columns.
func (p *ProjectView) finish() {
	p.AllowedMoves = ProjectMoves(p.Status)
	if p.AllowedMoves == nil {
		p.AllowedMoves = []ProjectStatus{}
	}
	if p.Grade != nil && p.Score != nil && p.EvaluatedOn != nil {
		p.Evaluation = &Evaluation{Grade: *p.Grade, Score: *p.Score, EvaluatedOn: *p.EvaluatedOn,
			EvaluatorID: deref(p.EvaluatorID), Note: p.EvaluationNote, SatisfactionShare: p.SatisfactionShare}
	}
}

// CreateProject stores a draft project with its plan and audits it.
func (s *Store) CreateProject(ctx context.Context, a Actor, in ProjectInput) (ProjectView, error) {
	if a.Role == RoleFunder {
		in.FunderID = a.FunderID
	}
	if a.Role != RoleAdmin && a.Role != RoleFunder {
		return ProjectView{}, ErrForbidden
	}
	now := NewTime(s.Now())
	p := Project{ID: NewID(), Code: strings.TrimSpace(in.Code), Title: in.Title, OrganizationID: in.OrganizationID,
		FunderID: in.FunderID, FundingCycleID: nullIfEmpty(in.FundingCycleID), Category: in.Category, BudgetFen: in.BudgetFen,
		StartOn: in.StartOn, EndOn: in.EndOn, Status: ProjectDraft, StatusSince: now, Description: in.Description,
		Stamps: Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}}
	var view ProjectView
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		if err := checkProject(tx, p); err != nil {
			return err
		}
		if err := checkContractor(tx, p.OrganizationID); err != nil {
			return err
		}
		if err := tx.Table("projects").Create(&p).Error; err != nil {
			if s.isUnique(err) {
				return &ConflictError{Field: "code", Message: "another project has this code"}
			}
			return err
		}
		if err := s.writePlan(tx, p.ID, in, true); err != nil {
			return err
		}
		var err error
		if view, err = s.projectView(tx, a, p.ID); err != nil {
			return err
		}
		return s.audit(tx, a, "create", "project", p.ID, nil, view)
	})
	return view, err
}

// checkProject enforces what a stored project must meet: a funder, a
// contractor that exists, a cycle of the same funder, an orderly period.
func checkProject(tx *gorm.DB, p Project) error {
	if p.EndOn <= p.StartOn {
		return Invalid("end_on", "after", "the project must end after it starts (%s)", p.StartOn)
	}
	var n int64
	if err := tx.Table("funders").Where("id = ?", p.FunderID).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return Invalid("funder_id", "exists", "no such funder")
	}
	if err := tx.Table("organizations").Where("id = ?", p.OrganizationID).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return Invalid("organization_id", "exists", "no such organization")
	}
	if p.FundingCycleID != nil {
		var c FundingCycle
		if err := findForUpdate(tx, "funding_cycles", *p.FundingCycleID, &c); err != nil {
			if errors.Is(err, ErrNotFound) {
				return Invalid("funding_cycle_id", "exists", "no such funding cycle")
			}
			return err
		}
		if c.FunderID != p.FunderID {
			return Invalid("funding_cycle_id", "funder", "the funding cycle belongs to another funder")
		}
	}
	return nil
}

// writePlan replaces the service area, lines, tranches and indicators that
// in names (all of them when creating).
func (s *Store) writePlan(tx *gorm.DB, projectID string, in ProjectInput, all bool) error {
	if err := checkPlan(in); err != nil {
		return err
	}
	if all || in.CommunityIDs != nil {
		if len(in.CommunityIDs) == 0 {
			return Invalid("community_ids", "required", "name at least one community the project serves")
		}
		var n int64
		if err := tx.Table("communities").Where("id IN ?", in.CommunityIDs).Count(&n).Error; err != nil {
			return err
		}
		if int(n) != len(in.CommunityIDs) {
			return Invalid("community_ids", "exists", "a community named here does not exist")
		}
		if err := tx.Exec("DELETE FROM project_communities WHERE project_id = ?", projectID).Error; err != nil {
			return err
		}
		for _, c := range in.CommunityIDs {
			if err := tx.Exec("INSERT INTO project_communities (project_id, community_id) VALUES (?, ?)", projectID, c).Error; err != nil {
				return err
			}
		}
	}
	if all || in.BudgetLines != nil {
		if err := tx.Exec("DELETE FROM budget_lines WHERE project_id = ?", projectID).Error; err != nil {
			return err
		}
		for _, l := range in.BudgetLines {
			l.ProjectID = projectID
			if err := tx.Table("budget_lines").Create(&l).Error; err != nil {
				return err
			}
		}
	}
	if all || in.Tranches != nil {
		if err := tx.Exec("DELETE FROM tranches WHERE project_id = ?", projectID).Error; err != nil {
			return err
		}
		for _, t := range in.Tranches {
			t.ProjectID = projectID
			if err := tx.Table("tranches").Create(&t).Error; err != nil {
				return err
			}
		}
	}
	if all || in.Indicators != nil {
		if err := tx.Exec("DELETE FROM indicators WHERE project_id = ?", projectID).Error; err != nil {
			return err
		}
		now := NewTime(s.Now())
		for _, ind := range in.Indicators {
			row := Indicator{ID: NewID(), ProjectID: projectID, Name: ind.Name, Unit: ind.Unit, Target: ind.Target,
				Stamps: Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}}
			if err := tx.Table("indicators").Create(&row).Error; err != nil {
				return err
			}
		}
	}
	return nil
}

// checkPlan refuses a plan that names a community, a budget category, a
// tranche or an indicator twice.
func checkPlan(in ProjectInput) error {
	if i := firstRepeat(in.CommunityIDs, func(c string) string { return c }); i >= 0 {
		return Invalid(fmt.Sprintf("community_ids[%d]", i), "unique", "this community is named twice")
	}
	if i := firstRepeat(in.BudgetLines, func(l BudgetLine) string { return l.Category }); i >= 0 {
		return Invalid(fmt.Sprintf("budget_lines[%d].category", i), "unique", "one line per budget category")
	}
	if i := firstRepeat(in.Tranches, func(t Tranche) string { return fmt.Sprint(t.Seq) }); i >= 0 {
		return Invalid(fmt.Sprintf("tranches[%d].seq", i), "unique", "each tranche has its own sequence number")
	}
	if i := firstRepeat(in.Indicators, func(x IndicatorInput) string { return x.Name }); i >= 0 {
		return Invalid(fmt.Sprintf("indicators[%d].name", i), "unique", "each indicator has its own name")
	}
	return nil
}

// firstRepeat answers the index of the first element whose key came
// before, or -1.
func firstRepeat[T any](xs []T, key func(T) string) int {
	seen := map[string]bool{}
	for i, x := range xs {
		k := key(x)
		if seen[k] {
			return i
		}
		seen[k] = true
	}
	return -1
}
