package models_test

import (
	"context"
	"errors"
	"testing"

	"pgregory.net/rapid"

	"hatchery/models"
)

// modelMoves is the lifecycle table written out again, independently of the
// code under test (SPEC 3).
var modelMoves = map[models.Stage]map[models.Stage]bool{
	"applicant":   {"registered": true, "dissolved": true},
	"registered":  {"incubating": true, "independent": true, "dormant": true, "dissolved": true},
	"incubating":  {"independent": true, "registered": true, "dormant": true, "dissolved": true},
	"independent": {"dormant": true, "dissolved": true},
	"dormant":     {"registered": true, "independent": true, "dissolved": true},
	"dissolved":   {},
}

type modelOrg struct {
	stage     models.Stage
	pending   string // request id, "" when none
	requester int    // index of the actor who made the pending request
}

// lifecycleProperty runs a random sequence of requests and decisions against
// the store and a small model of the rules, and compares them after each
// step.
func lifecycleProperty(w *world) func(*rapid.T) {
	actors := []models.Actor{w.admin, w.reviewer, w.reviewer2}
	return func(rt *rapid.T) {
		ctx := context.Background()
		orgs := make([]models.Organization, 3)
		state := make([]modelOrg, 3)
		for i := range orgs {
			o, err := w.s.CreateOrganization(ctx, models.System("model"), models.Organization{
				Name: "模型机构", RegistrationType: "community_filed", Category: "other", Stage: "applicant",
			})
			if err != nil {
				rt.Fatal(err)
			}
			orgs[i], state[i] = o, modelOrg{stage: "applicant"}
		}
		steps := rapid.IntRange(1, 25).Draw(rt, "steps")
		for step := 0; step < steps; step++ {
			i := rapid.IntRange(0, 2).Draw(rt, "org")
			who := rapid.IntRange(0, 2).Draw(rt, "actor")
			m := &state[i]
			switch op := rapid.SampledFrom([]string{"request", "approve", "reject", "withdraw"}).Draw(rt, "op"); op {
			case "request":
				to := rapid.SampledFrom(models.Stages).Draw(rt, "to")
				in := models.TransitionInput{ToStage: to}
				if to == models.StageIncubating {
					in.IncubatorID = w.incubator.ID
				}
				req, err := w.s.RequestTransition(ctx, actors[who], orgs[i].ID, in)
				var na *models.RuleError
				var ce *models.ConflictError
				switch {
				case !modelMoves[m.stage][to]:
					if !errors.As(err, &na) || na.Code != models.RuleTransitionNotAllowed {
						rt.Fatalf("%s -> %s: %v, want not allowed", m.stage, to, err)
					}
				case m.pending != "":
					if !errors.As(err, &ce) {
						rt.Fatalf("request with one pending: %v, want conflict", err)
					}
				case err != nil:
					rt.Fatalf("%s -> %s refused: %v", m.stage, to, err)
				default:
					m.pending, m.requester = req.ID, who
				}
			case "approve", "reject", "withdraw":
				if m.pending == "" {
					continue
				}
				var (
					got models.TransitionRequest
					err error
				)
				switch op {
				case "approve":
					got, err = w.s.ApproveTransition(ctx, actors[who], m.pending, models.Decision{Note: "依据模型", Override: true})
				case "reject":
					got, err = w.s.RejectTransition(ctx, actors[who], m.pending, "依据模型")
				default:
					got, err = w.s.WithdrawTransition(ctx, actors[who], m.pending)
				}
				switch {
				case op == "withdraw" && who != m.requester:
					if !errors.Is(err, models.ErrForbidden) {
						rt.Fatalf("withdraw by another: %v", err)
					}
				case op != "withdraw" && who == m.requester:
					if !errors.Is(err, models.ErrFourEyes) {
						rt.Fatalf("%s by the requester: %v", op, err)
					}
				case err != nil:
					rt.Fatalf("%s: %v", op, err)
				default:
					if op == "approve" {
						m.stage = got.ToStage
					}
					m.pending = ""
				}
			}
			o, err := w.s.GetOrganization(ctx, w.admin, orgs[i].ID)
			if err != nil {
				rt.Fatal(err)
			}
			if o.Stage != m.stage {
				rt.Fatalf("stage %s, model says %s", o.Stage, m.stage)
			}
			if (o.Stage == models.StageIncubating) != (o.IncubatorID != nil) {
				rt.Fatalf("stage %s with incubator %v", o.Stage, o.IncubatorID)
			}
			l, err := w.s.ListTransitions(ctx, w.admin, models.TransitionFilter{OrganizationID: orgs[i].ID, Status: models.StatusPending})
			if err != nil {
				rt.Fatal(err)
			}
			want := int64(0)
			if m.pending != "" {
				want = 1
			}
			if l.Total != want {
				rt.Fatalf("%d pending requests, model says %d", l.Total, want)
			}
		}
	}
}

func TestLifecycleAgainstModel(t *testing.T) {
	t.Parallel()
	w := newWorld(t, models.SQLite)
	rapid.Check(t, lifecycleProperty(w))
}

func FuzzLifecycleAgainstModel(f *testing.F) {
	w := newWorld(f, models.SQLite)
	f.Fuzz(rapid.MakeFuzz(lifecycleProperty(w)))
}
