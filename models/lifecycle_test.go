package models_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

const day = 24 * time.Hour

// world is a small pipeline: an incubator, users of each kind and a clock.
type world struct {
	t         testing.TB
	s         *models.Store
	clk       *storetest.Clock
	com       models.Community
	incubator models.Organization
	admin     models.Actor
	reviewer  models.Actor
	reviewer2 models.Actor
	incUser   models.Actor
}

func newWorld(t testing.TB, d models.Dialect) *world {
	t.Helper()
	clk := storetest.NewClock(time.Date(2025, 1, 1, 8, 0, 0, 0, time.UTC))
	s := storetest.Open(t, d, models.Options{Now: clk.Now})
	w := &world{t: t, s: s, clk: clk}
	ctx, sys := context.Background(), models.System("test")
	var err error
	if w.com, err = s.CreateCommunity(ctx, sys, models.Community{Name: "槐底一社区", Street: "槐底街道", District: "裕华区", Type: "village_to_residence"}); err != nil {
		t.Fatal(err)
	}
	code := models.MakeUSCC("52130108", "MA0C4Y7B")
	w.incubator = w.org("益民社工", &code, "social_service_agency", true, "independent")
	w.admin = w.user("admin1", models.RoleAdmin, "")
	w.reviewer = w.user("rev1", models.RoleReviewer, "")
	w.reviewer2 = w.user("rev2", models.RoleReviewer, "")
	w.incUser = w.user("inc1", models.RoleIncubator, w.incubator.ID)
	return w
}

func (w *world) org(name string, code *string, regType string, isIncubator bool, stage models.Stage) models.Organization {
	w.t.Helper()
	o, err := w.s.CreateOrganization(context.Background(), models.System("test"), models.Organization{
		Name: name, CreditCode: code, RegistrationType: regType, Category: "community_service",
		CommunityID: &w.com.ID, IsIncubator: isIncubator, Stage: stage,
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return o
}

func (w *world) user(name string, role models.Role, orgID string) models.Actor {
	w.t.Helper()
	u, err := w.s.CreateUser(context.Background(), models.System("test"), models.NewUser{
		Username: name, DisplayName: name, Role: role, OrganizationID: orgID, Password: "long-enough-secret",
	})
	if err != nil {
		w.t.Fatal(err)
	}
	a := models.Actor{UserID: u.ID, Username: u.Username, Role: role}
	if orgID != "" {
		a.OrganizationID = orgID
	}
	return a
}

// move requests and approves from -> to, answering the approval's error.
func (w *world) move(o models.Organization, to models.Stage, incubatorID string) error {
	w.t.Helper()
	ctx := context.Background()
	req, err := w.s.RequestTransition(ctx, w.reviewer, o.ID, models.TransitionInput{ToStage: to, IncubatorID: incubatorID, Reason: "test"})
	if err != nil {
		return err
	}
	_, err = w.s.ApproveTransition(ctx, w.admin, req.ID, models.Decision{Note: "ok", Override: true})
	return err
}

func (w *world) stage(id string) models.Stage {
	w.t.Helper()
	o, err := w.s.GetOrganization(context.Background(), w.admin, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return o.Stage
}

func TestEveryMoveOfTheTable(t *testing.T) {
	t.Parallel()
	allowed := map[models.Stage][]models.Stage{
		"applicant":   {"registered", "dissolved"},
		"registered":  {"incubating", "independent", "dormant", "dissolved"},
		"incubating":  {"independent", "registered", "dormant", "dissolved"},
		"independent": {"dormant", "dissolved"},
		"dormant":     {"registered", "independent", "dissolved"},
		"dissolved":   {},
	}
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		for _, from := range models.Stages {
			for _, to := range models.Stages {
				ok := false
				for _, a := range allowed[from] {
					ok = ok || a == to
				}
				o := w.org("机构 "+string(from)+"->"+string(to), nil, "community_filed", false, from)
				inc := ""
				if to == models.StageIncubating {
					inc = w.incubator.ID
				}
				err := w.move(o, to, inc)
				var na *models.RuleError
				switch {
				case ok && err != nil:
					t.Errorf("%s -> %s: refused: %v", from, to, err)
				case ok && w.stage(o.ID) != to:
					t.Errorf("%s -> %s: stage is %s after approval", from, to, w.stage(o.ID))
				case !ok && (!errors.As(err, &na) || na.Code != models.RuleTransitionNotAllowed || na.Field != "to_stage"):
					t.Errorf("%s -> %s: want the transition rule broken, got %v", from, to, err)
				case !ok && len(na.Data["allowed_targets"].([]models.Stage)) != len(allowed[from]):
					t.Errorf("%s -> %s: allowed targets %v, want %v", from, to, na.Data["allowed_targets"], allowed[from])
				case !ok && w.stage(o.ID) != from:
					t.Errorf("%s -> %s: a refused move changed the stage", from, to)
				}
			}
		}
	})
}

func TestFourEyesAndOnePending(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		o := w.org("邻里互助会", nil, "community_filed", false, "registered")
		req, err := w.s.RequestTransition(ctx, w.reviewer, o.ID, models.TransitionInput{ToStage: "incubating", IncubatorID: w.incubator.ID})
		if err != nil {
			t.Fatal(err)
		}
		var ce *models.ConflictError
		if _, err := w.s.RequestTransition(ctx, w.admin, o.ID, models.TransitionInput{ToStage: "dormant"}); !errors.As(err, &ce) {
			t.Fatalf("second pending request: %v, want a conflict", err)
		}
		if _, err := w.s.ApproveTransition(ctx, w.reviewer, req.ID, models.Decision{}); !errors.Is(err, models.ErrFourEyes) {
			t.Fatalf("requester approving: %v, want ErrFourEyes", err)
		}
		if _, err := w.s.RejectTransition(ctx, w.reviewer, req.ID, "no"); !errors.Is(err, models.ErrFourEyes) || !errors.Is(err, models.ErrForbidden) {
			t.Fatalf("requester rejecting: %v, want ErrFourEyes, a kind of ErrForbidden", err)
		}
		if _, err := w.s.WithdrawTransition(ctx, w.reviewer2, req.ID); !errors.Is(err, models.ErrForbidden) {
			t.Fatalf("another reviewer withdrawing: %v, want ErrForbidden", err)
		}
		if _, err := w.s.ApproveTransition(ctx, w.incUser, req.ID, models.Decision{}); !errors.Is(err, models.ErrForbidden) {
			t.Fatalf("incubator approving: %v, want ErrForbidden", err)
		}
		got, err := w.s.ApproveTransition(ctx, w.reviewer2, req.ID, models.Decision{Note: "同意入孵"})
		if err != nil || got.Status != models.StatusApproved || got.DecidedBy == nil || *got.DecidedBy != w.reviewer2.UserID {
			t.Fatalf("approve: %+v %v", got, err)
		}
		after, _ := w.s.GetOrganization(ctx, w.admin, o.ID)
		if after.Stage != "incubating" || after.IncubatorID == nil || *after.IncubatorID != w.incubator.ID {
			t.Fatalf("after approval: %+v", after.Organization)
		}
		if _, err := w.s.RejectTransition(ctx, w.admin, req.ID, "late"); !errors.As(err, &ce) {
			t.Fatalf("deciding a decided request: %v, want a conflict", err)
		}
		// The incubator now sees it and may request for it; leaving
		// incubation clears the incubator.
		req2, err := w.s.RequestTransition(ctx, w.incUser, o.ID, models.TransitionInput{ToStage: "registered", Reason: "终止孵化"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.s.WithdrawTransition(ctx, w.incUser, req2.ID); err != nil {
			t.Fatalf("requester withdrawing: %v", err)
		}
		if w.stage(o.ID) != "incubating" {
			t.Fatal("a withdrawn request moved the organization")
		}
	})
}

func TestConcurrentApprovalsLeaveOneDecision(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		o := w.org("并发机构", nil, "community_filed", false, "applicant")
		if _, err := w.s.RequestTransition(ctx, w.incUser, o.ID, models.TransitionInput{ToStage: "registered"}); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("an incubator requesting for an organization it does not host: %v, want ErrNotFound", err)
		}
		req, err := w.s.RequestTransition(ctx, w.admin, o.ID, models.TransitionInput{ToStage: "registered"})
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, a := range []models.Actor{w.reviewer, w.reviewer2} {
			wg.Add(1)
			go func(i int, a models.Actor) {
				defer wg.Done()
				_, errs[i] = w.s.ApproveTransition(ctx, a, req.ID, models.Decision{Note: "同意"})
			}(i, a)
		}
		wg.Wait()
		if (errs[0] == nil) == (errs[1] == nil) {
			t.Fatalf("want exactly one approval, got %v and %v", errs[0], errs[1])
		}
		l, err := w.s.ListAudit(ctx, models.AuditFilter{Action: "stage_change", EntityID: o.ID})
		if err != nil || l.Total != 1 {
			t.Fatalf("stage changes audited: %d, %v; want 1", l.Total, err)
		}
	})
}
