package models

import (
	"context"
	"slices"
	"strings"

	"gorm.io/gorm"
)

// Rules of projects and their money, by code.
const (
	// RuleProjectNotDraft: a project's plan changes only while it is a
	// draft.
	RuleProjectNotDraft = "project-not-draft"
	// RuleProjectMoveNotAllowed: the move is not in SPEC 6.1's machine; the
	// answer names allowed_moves.
	RuleProjectMoveNotAllowed = "project-move-not-allowed"
	// RuleBudgetLinesMismatch: to be contracted, the lines sum to the budget.
	RuleBudgetLinesMismatch = "budget-lines-mismatch"
	// RuleTranchesOverBudget: the tranches sum to at most the budget.
	RuleTranchesOverBudget = "tranches-over-budget"
	// RuleContractorNotEligible: the contractor is registered, incubating
	// or independent.
	RuleContractorNotEligible = "contractor-not-eligible"
	// RuleProjectNotCompleted: only a completed project is evaluated.
	RuleProjectNotCompleted = "project-not-completed"
	// RuleProjectNotSpendable: money moves only on a contracted, active or
	// completed project.
	RuleProjectNotSpendable = "project-not-spendable"
	// RuleDisbursementOverBudget: disbursements never sum above the budget.
	RuleDisbursementOverBudget = "disbursement-over-budget"
	// RuleReversalOfReversal: a reversal is not itself reversed.
	RuleReversalOfReversal = "reversal-of-reversal"
	// RuleIdempotencyKeyReused: one Idempotency-Key, another request.
	RuleIdempotencyKeyReused = "idempotency-key-reused"
)

// eligibleContractorStages are the stages in which an organization may hold
// a contract (SPEC 6.1).
var eligibleContractorStages = []Stage{StageRegistered, StageIncubating, StageIndependent}

// ProjectPatch holds a draft's writable columns and plan; nil means
// unchanged, and a named list replaces the one stored.
type ProjectPatch struct {
	Code           *string
	Title          *string
	OrganizationID *string
	FundingCycleID *string
	Category       *string
	BudgetFen      *Fen
	StartOn        *Date
	EndOn          *Date
	Description    *string
	Plan           ProjectInput // CommunityIDs, BudgetLines, Tranches, Indicators
}

func (p ProjectPatch) namesPlan() bool {
	return p.Plan.CommunityIDs != nil || p.Plan.BudgetLines != nil || p.Plan.Tranches != nil || p.Plan.Indicators != nil
}

// UpdateProject edits a draft if a may manage it and it is still at
// version; a contracted project's plan no longer changes (422).
func (s *Store) UpdateProject(ctx context.Context, a Actor, id string, version int64, p ProjectPatch) (ProjectView, error) {
	load := func(tx *gorm.DB) (ProjectView, error) { return s.projectView(tx, a, id) }
	return updateAudited(ctx, s, a, id, version, audited[ProjectView]{Table: "projects", Entity: "project",
		Load: load, Reload: load,
		Change: func(tx *gorm.DB, before ProjectView) (map[string]any, error) {
			if !canManageProject(a, before.Project) {
				return nil, ErrForbidden
			}
			if before.Status != ProjectDraft {
				return nil, Broken(RuleProjectNotDraft, "", "the project is %s: its plan was fixed when it was contracted", before.Status)
			}
			next, m := before.Project, map[string]any{}
			set(m, "title", p.Title)
			set(m, "category", p.Category)
			set(m, "description", p.Description)
			if p.Code != nil {
				next.Code, m["code"] = strings.TrimSpace(*p.Code), strings.TrimSpace(*p.Code)
			}
			if p.OrganizationID != nil {
				next.OrganizationID, m["organization_id"] = *p.OrganizationID, *p.OrganizationID
			}
			if p.FundingCycleID != nil {
				next.FundingCycleID, m["funding_cycle_id"] = nullIfEmpty(*p.FundingCycleID), nullIfEmpty(*p.FundingCycleID)
			}
			if p.BudgetFen != nil {
				next.BudgetFen, m["budget_fen"] = *p.BudgetFen, *p.BudgetFen
			}
			if p.StartOn != nil {
				next.StartOn, m["start_on"] = *p.StartOn, *p.StartOn
			}
			if p.EndOn != nil {
				next.EndOn, m["end_on"] = *p.EndOn, *p.EndOn
			}
			if err := checkProject(tx, next); err != nil {
				return nil, err
			}
			if p.OrganizationID != nil {
				if err := checkContractor(tx, next.OrganizationID); err != nil {
					return nil, err
				}
			}
			if p.Code != nil {
				var n int64
				if err := tx.Table("projects").Where("code = ? AND id <> ?", next.Code, id).Count(&n).Error; err != nil {
					return nil, err
				}
				if n > 0 {
					return nil, &ConflictError{Field: "code", Message: "another project has this code"}
				}
			}
			if p.namesPlan() {
				m["updated_at"] = s.Now() // a new plan is a new version too
			}
			return m, nil
		},
		Then: func(tx *gorm.DB, _ ProjectView) error { return s.writePlan(tx, id, p.Plan, false) },
	})
}

// checkContractor refuses a contractor outside the eligible stages.
func checkContractor(tx *gorm.DB, orgID string) error {
	var o Organization
	if err := findForUpdate(tx, "organizations", orgID, &o); err != nil {
		return err
	}
	for _, st := range eligibleContractorStages {
		if o.Stage == st {
			return nil
		}
	}
	return Broken(RuleContractorNotEligible, "organization_id",
		"the contractor is %s; a contract needs a registered, incubating or independent organization", o.Stage)
}

// MoveProject moves a project along SPEC 6.1's machine if a may manage it.
// Contracting checks the money plan and the contractor.
func (s *Store) MoveProject(ctx context.Context, a Actor, id string, to ProjectStatus) (ProjectView, error) {
	var after ProjectView
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		before, err := s.projectView(tx, a, id)
		if err != nil {
			return err
		}
		if !canManageProject(a, before.Project) {
			return ErrForbidden
		}
		allowed := ProjectMoves(before.Status)
		if !slices.Contains(allowed, to) {
			names := make([]string, len(allowed))
			for i, st := range allowed {
				names[i] = string(st)
			}
			if len(names) == 0 {
				names = []string{"none"}
			}
			return Broken(RuleProjectMoveNotAllowed, "to", "a %s project cannot become %s; allowed: %s", before.Status, to, strings.Join(names, ", ")).
				With("allowed_moves", allowed)
		}
		if to == ProjectContracted {
			if err := checkContractable(tx, before); err != nil {
				return err
			}
		}
		res := tx.Table("projects").Where("id = ? AND status = ?", id, before.Status).
			Updates(map[string]any{"status": to, "status_since": s.Now(), "updated_at": s.Now(), "version": gorm.Expr("version + 1")})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrStale
		}
		if after, err = s.projectView(tx, a, id); err != nil {
			return err
		}
		return s.audit(tx, a, "status", "project", id, map[string]any{"status": before.Status}, map[string]any{"status": after.Status})
	})
	return after, err
}

// checkContractable is SPEC 6.1's condition for draft -> contracted.
func checkContractable(tx *gorm.DB, p ProjectView) error {
	var lines, tranches Fen
	for _, l := range p.BudgetLines {
		lines += l.AmountFen
	}
	for _, t := range p.Tranches {
		tranches += t.AmountFen
	}
	if lines != p.BudgetFen {
		return Broken(RuleBudgetLinesMismatch, "budget_lines", "the budget lines sum to %s yuan, the budget is %s yuan", lines.Yuan(), p.BudgetFen.Yuan())
	}
	if tranches > p.BudgetFen {
		return Broken(RuleTranchesOverBudget, "tranches", "the tranches sum to %s yuan, more than the budget of %s yuan", tranches.Yuan(), p.BudgetFen.Yuan())
	}
	return checkContractor(tx, p.OrganizationID)
}

// EvaluationInput is a verdict on a completed project.
type EvaluationInput struct {
	Grade             string
	Score             int
	EvaluatedOn       Date
	Note              string
	SatisfactionShare *float64
}

// EvaluateProject records (or replaces) the evaluation of a completed
// project: by the funder's users, reviewers and admins.
func (s *Store) EvaluateProject(ctx context.Context, a Actor, id string, in EvaluationInput) (ProjectView, error) {
	var after ProjectView
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		before, err := s.projectView(tx, a, id)
		if err != nil {
			return err
		}
		if a.Role != RoleAdmin && a.Role != RoleReviewer && !(a.Role == RoleFunder && a.FunderID == before.FunderID) {
			return ErrForbidden
		}
		if before.Status != ProjectCompleted {
			return Broken(RuleProjectNotCompleted, "", "the project is %s; only a completed project is evaluated", before.Status)
		}
		if in.EvaluatedOn == "" {
			in.EvaluatedOn = Date(s.Now().Format(DateLayout))
		}
		if err := tx.Table("projects").Where("id = ?", id).Updates(map[string]any{
			"grade": in.Grade, "score": in.Score, "evaluated_on": in.EvaluatedOn, "evaluator_id": a.UserID,
			"evaluation_note": in.Note, "satisfaction_share": in.SatisfactionShare,
			"updated_at": s.Now(), "version": gorm.Expr("version + 1"),
		}).Error; err != nil {
			return err
		}
		if after, err = s.projectView(tx, a, id); err != nil {
			return err
		}
		return s.audit(tx, a, "evaluate", "project", id, before.Evaluation, after.Evaluation)
	})
	return after, err
}

// UpdateIndicatorActual records what a project delivered against one
// indicator: the contractor's staff and admins, once the project is
// contracted.
func (s *Store) UpdateIndicatorActual(ctx context.Context, a Actor, projectID, indicatorID string, version int64, actual *float64) (Indicator, error) {
	return updateAudited(ctx, s, a, indicatorID, version, audited[Indicator]{Table: "indicators", Entity: "indicator",
		Load: func(tx *gorm.DB) (Indicator, error) {
			p, err := s.projectView(tx, a, projectID)
			if err != nil {
				return Indicator{}, err
			}
			if !canSpendOn(a, p.Project) {
				return Indicator{}, ErrForbidden
			}
			if !p.Status.spendable() {
				return Indicator{}, Broken(RuleProjectNotSpendable, "", "the project is %s; actuals are recorded once it is contracted", p.Status)
			}
			var ind Indicator
			err = tx.Table("indicators").Where("id = ? AND project_id = ?", indicatorID, projectID).Take(&ind).Error
			if err == gorm.ErrRecordNotFound {
				return ind, ErrNotFound
			}
			return ind, err
		},
		Change: func(*gorm.DB, Indicator) (map[string]any, error) {
			return map[string]any{"actual": actual}, nil
		}})
}
