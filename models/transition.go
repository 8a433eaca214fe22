package models

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"gorm.io/gorm"
)

// TransitionRequest asks to move an organization to another stage; a
// reviewer or admin other than the requester decides it (SPEC 3).
type TransitionRequest struct {
	ID             string          `json:"id"`
	OrganizationID string          `json:"organization_id"`
	FromStage      Stage           `json:"from_stage"`
	ToStage        Stage           `json:"to_stage"`
	IncubatorID    *string         `json:"incubator_id"`
	Reason         string          `json:"reason"`
	Status         string          `json:"status"`
	RequestedBy    string          `json:"requested_by"`
	RequestedAt    Time            `json:"requested_at"`
	DecidedBy      *string         `json:"decided_by"`
	DecidedAt      *Time           `json:"decided_at"`
	DecisionNote   string          `json:"decision_note"`
	Override       bool            `json:"override"`
	ReadinessJSON  *string         `json:"-" gorm:"column:readiness_json"`
	Readiness      json.RawMessage `json:"readiness" gorm:"-"`
	Stamps
}

// TransitionView is a request with the names and age a queue shows.
type TransitionView struct {
	TransitionRequest
	OrganizationName string  `json:"organization_name" gorm:"->"`
	IncubatorName    *string `json:"incubator_name" gorm:"->"`
	RequestedByName  string  `json:"requested_by_name" gorm:"->"`
	DecidedByName    *string `json:"decided_by_name" gorm:"->"`
	AgeDays          int64   `json:"age_days" gorm:"-"`
	// CanDecide says whether the asking user may approve or reject it: a
	// reviewer or admin, not its requester (the four-eyes rule, SPEC 3).
	CanDecide     bool   `json:"can_decide" gorm:"-"`
	CriteriaMet   *int64 `json:"criteria_met" gorm:"-"`
	CriteriaTotal *int64 `json:"criteria_total" gorm:"-"`
}

// Request statuses.
const (
	StatusPending   = "pending"
	StatusApproved  = "approved"
	StatusRejected  = "rejected"
	StatusWithdrawn = "withdrawn"
)

// TransitionInput is what requesting a move takes.
type TransitionInput struct {
	ToStage     Stage
	Reason      string
	IncubatorID string
}

// moveNotAllowed refuses an illegal move and names the moves that are
// allowed.
func moveNotAllowed(from, to Stage) *RuleError {
	allowed := AllowedTargets(from)
	names := make([]string, len(allowed))
	for i, st := range allowed {
		names[i] = string(st)
	}
	msg := fmt.Sprintf("an organization in %s cannot move to %s; allowed: %s", from, to, strings.Join(names, ", "))
	if len(names) == 0 {
		msg = fmt.Sprintf("an organization in %s cannot move to any stage", from)
	}
	return Broken(RuleTransitionNotAllowed, "to_stage", "%s", msg).With("allowed_targets", allowed)
}

// RequestTransition files a request for a move of an organization a may
// act for. Reviewers and admins may request for any organization.
func (s *Store) RequestTransition(ctx context.Context, a Actor, orgID string, in TransitionInput) (TransitionRequest, error) {
	var req TransitionRequest
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		o, err := visibleOrganization(tx, a, orgID)
		if err != nil {
			return err
		}
		if a.Role != RoleReviewer && !canEditOrganization(a, o) {
			return ErrForbidden
		}
		if !CanMove(o.Stage, in.ToStage) {
			return moveNotAllowed(o.Stage, in.ToStage)
		}
		if err := s.checkIncubatorChoice(tx, o, in); err != nil {
			return err
		}
		if err := checkIncubatorLeaving(tx, o, in.ToStage); err != nil {
			return err
		}
		var pending int64
		if err := tx.Table("transition_requests").Where("organization_id = ? AND status = ?", orgID, StatusPending).Count(&pending).Error; err != nil {
			return err
		}
		if pending > 0 {
			return &ConflictError{Message: "this organization already has a pending request; withdraw or decide it first"}
		}
		// A move out of incubation records the incubator it leaves, so
		// outcomes can be reported per incubator.
		incubator := nullIfEmpty(in.IncubatorID)
		if o.Stage == StageIncubating {
			incubator = o.IncubatorID
		}
		now := NewTime(s.Now())
		req = TransitionRequest{
			ID: NewID(), OrganizationID: orgID, FromStage: o.Stage, ToStage: in.ToStage, IncubatorID: incubator,
			Reason: in.Reason, Status: StatusPending, RequestedBy: a.UserID, RequestedAt: now,
			Stamps: Stamps{CreatedAt: now, UpdatedAt: now, Version: 1},
		}
		if err := tx.Table("transition_requests").Omit("Readiness").Create(&req).Error; err != nil {
			if s.isUnique(err) {
				return &ConflictError{Message: "this organization already has a pending request; withdraw or decide it first"}
			}
			return err
		}
		req.Readiness = json.RawMessage("null")
		return s.audit(tx, a, "request", "transition_request", req.ID, nil, req)
	})
	return req, err
}

// checkIncubatorChoice: entering incubation names an incubator (another
// organization marked is_incubator that is still operating); no other move
// names one. Only incubators are looked at, so the answer says nothing about
// organizations outside the caller's scope.
func (s *Store) checkIncubatorChoice(tx *gorm.DB, o Organization, in TransitionInput) error {
	if in.ToStage != StageIncubating {
		if in.IncubatorID != "" {
			return Invalid("incubator_id", "excluded", "only a move into incubation names an incubator")
		}
		return nil
	}
	if in.IncubatorID == "" {
		return Invalid("incubator_id", "required", "name the incubator that will host the organization")
	}
	if in.IncubatorID == o.ID {
		return Invalid("incubator_id", "self", "an organization cannot incubate itself")
	}
	var inc Organization
	err := tx.Table("organizations").Where("id = ? AND is_incubator = ?", in.IncubatorID, true).Take(&inc).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return Invalid("incubator_id", "incubator", "no incubator has this id")
	} else if err != nil {
		return err
	}
	if inc.Stage == StageDissolved || inc.Stage == StageDormant {
		return Invalid("incubator_id", "incubator", "%s is %s and cannot host organizations", inc.Name, inc.Stage)
	}
	return s.checkIncubatorCycle(tx, o, inc)
}

// checkIncubatorCycle refuses a host that o itself hosts, directly or
// through a chain of incubators hosting each other. The hosts up the chain
// are locked as they are read, so that two approvals closing a cycle from
// either end take turns (PostgreSQL; SQLite has one writer) and the second
// sees the first's host.
func (s *Store) checkIncubatorCycle(tx *gorm.DB, o Organization, inc Organization) error {
	seen := map[string]bool{}
	for id := inc.ID; id != ""; {
		if id == o.ID {
			return Broken(RuleIncubatorCycle, "incubator_id", "%s is hosted, directly or through other incubators, by %s; it cannot host it in turn", inc.Name, o.Name)
		}
		if seen[id] {
			return nil // a cycle above that does not pass through o
		}
		seen[id] = true
		if err := s.dialect.lockRow(tx, "organizations", id); err != nil {
			return err
		}
		var host struct{ IncubatorID *string }
		if err := tx.Table("organizations").Select("incubator_id").Where("id = ?", id).Take(&host).Error; err != nil {
			return err
		}
		id = deref(host.IncubatorID)
	}
	return nil
}

// checkIncubatorLeaving refuses to make an incubator dormant or dissolved
// while it still hosts organizations or is named by a pending request.
func checkIncubatorLeaving(tx *gorm.DB, o Organization, to Stage) error {
	if !o.IsIncubator || (to != StageDormant && to != StageDissolved) {
		return nil
	}
	n, err := incubatorLoad(tx, o.ID)
	if err != nil {
		return err
	}
	if n > 0 {
		return Broken(RuleIncubatorInUse, "", "this incubator still hosts or is asked to host %d organization(s); move them first", n)
	}
	return nil
}

// incubatorLoad counts the organizations an incubator hosts and the pending
// requests that name it.
func incubatorLoad(tx *gorm.DB, incubatorID string) (int64, error) {
	var hosted, asked int64
	if err := tx.Table("organizations").Where("incubator_id = ?", incubatorID).Count(&hosted).Error; err != nil {
		return 0, err
	}
	err := tx.Table("transition_requests").Where("incubator_id = ? AND status = ? AND to_stage = ?", incubatorID, StatusPending, StageIncubating).Count(&asked).Error
	return hosted + asked, err
}

// Decision is a reviewer's answer to a request.
type Decision struct {
	Note     string
	Override bool
}

// pendingForDecision loads a pending request that a may decide or withdraw.
func pendingForDecision(tx *gorm.DB, a Actor, id string) (TransitionRequest, Organization, error) {
	var req TransitionRequest
	err := tx.Table("transition_requests").Where("id = ?", id).Take(&req).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return req, Organization{}, ErrNotFound
	} else if err != nil {
		return req, Organization{}, err
	}
	o, err := visibleOrganization(tx, a, req.OrganizationID)
	if err != nil {
		return req, o, err
	}
	if req.Status != StatusPending {
		return req, o, &ConflictError{Message: "this request was already " + req.Status}
	}
	return req, o, nil
}

// ApproveTransition decides a request and moves the organization, in one
// transaction with its audit entries. Graduating an unready organization
// needs d.Override and a note; the readiness at decision time is kept.
func (s *Store) ApproveTransition(ctx context.Context, a Actor, id string, d Decision) (TransitionRequest, error) {
	return s.decide(ctx, a, id, StatusApproved, d)
}

// RejectTransition refuses a request; the note says why.
func (s *Store) RejectTransition(ctx context.Context, a Actor, id string, note string) (TransitionRequest, error) {
	return s.decide(ctx, a, id, StatusRejected, Decision{Note: note})
}

func (s *Store) decide(ctx context.Context, a Actor, id, status string, d Decision) (TransitionRequest, error) {
	var after TransitionRequest
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		if a.Role != RoleReviewer && a.Role != RoleAdmin {
			return ErrForbidden
		}
		req, o, err := pendingForDecision(tx, a, id)
		if err != nil {
			return err
		}
		if req.RequestedBy == a.UserID {
			return ErrFourEyes
		}
		if status == StatusApproved && o.Stage != req.FromStage {
			return &ConflictError{Message: fmt.Sprintf("the organization is now %s, not %s; reject this request", o.Stage, req.FromStage)}
		}
		if status == StatusApproved {
			// The incubator may have changed since the request was made.
			if req.ToStage == StageIncubating {
				in := TransitionInput{ToStage: req.ToStage, IncubatorID: deref(req.IncubatorID)}
				if err := s.checkIncubatorChoice(tx, o, in); err != nil {
					return err
				}
			}
			if err := checkIncubatorLeaving(tx, o, req.ToStage); err != nil {
				return err
			}
		}
		override := false
		var snapshot *string
		if IsGraduation(req.FromStage, req.ToStage) {
			r, err := s.readiness(tx, o)
			if err != nil {
				return err
			}
			b, _ := json.Marshal(r)
			js := string(b)
			snapshot = &js
			if status == StatusApproved && !r.Ready {
				if !d.Override {
					return Broken(RuleNotReady, "override", "the organization is not ready to graduate (unmet: %s); approve with override and a note to graduate it anyway",
						strings.Join(r.Unmet(), ", ")).With("unmet", r.Unmet())
				}
				if strings.TrimSpace(d.Note) == "" {
					return Invalid("note", "required", "say why the organization graduates without meeting every criterion")
				}
				override = true
			}
		}
		now := s.Now()
		res := tx.Table("transition_requests").Where("id = ? AND status = ?", id, StatusPending).Updates(map[string]any{
			"status": status, "decided_by": a.UserID, "decided_at": now, "decision_note": d.Note, "override": override,
			"readiness_json": snapshot, "updated_at": now, "version": gorm.Expr("version + 1"),
		})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return &ConflictError{Message: "this request was decided by someone else a moment ago"}
		}
		if status == StatusApproved {
			if err := s.moveOrganization(tx, a, o, req); err != nil {
				return err
			}
		}
		if err := tx.Table("transition_requests").Where("id = ?", id).Take(&after).Error; err != nil {
			return err
		}
		after.Readiness = rawOrNull(after.ReadinessJSON)
		action := map[string]string{StatusApproved: "approve", StatusRejected: "reject"}[status]
		return s.audit(tx, a, action, "transition_request", id, req, after)
	})
	return after, err
}

// moveOrganization applies an approved request to the organization.
func (s *Store) moveOrganization(tx *gorm.DB, a Actor, o Organization, req TransitionRequest) error {
	var incubator *string
	if req.ToStage == StageIncubating {
		incubator = req.IncubatorID
	}
	res := tx.Table("organizations").Where("id = ? AND stage = ?", o.ID, req.FromStage).Updates(map[string]any{
		"stage": req.ToStage, "stage_since": s.Now(), "incubator_id": incubator,
		"updated_at": s.Now(), "version": gorm.Expr("version + 1"),
	})
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return &ConflictError{Message: "the organization's stage changed meanwhile"}
	}
	var after Organization
	if err := tx.Table("organizations").Where("id = ?", o.ID).Take(&after).Error; err != nil {
		return err
	}
	return s.audit(tx, a, "stage_change", "organization", o.ID, s.auditedOrganization(o), s.auditedOrganization(after))
}

// WithdrawTransition lets the requester take back a pending request.
func (s *Store) WithdrawTransition(ctx context.Context, a Actor, id string) (TransitionRequest, error) {
	var after TransitionRequest
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		req, _, err := pendingForDecision(tx, a, id)
		if err != nil {
			return err
		}
		if req.RequestedBy != a.UserID {
			return ErrForbidden
		}
		now := s.Now()
		res := tx.Table("transition_requests").Where("id = ? AND status = ?", id, StatusPending).Updates(map[string]any{
			"status": StatusWithdrawn, "decided_at": now, "updated_at": now, "version": gorm.Expr("version + 1"),
		})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return &ConflictError{Message: "this request was decided a moment ago"}
		}
		if err := tx.Table("transition_requests").Where("id = ?", id).Take(&after).Error; err != nil {
			return err
		}
		after.Readiness = rawOrNull(after.ReadinessJSON)
		return s.audit(tx, a, "withdraw", "transition_request", id, req, after)
	})
	return after, err
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
