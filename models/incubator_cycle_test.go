package models_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

func wantCycle(t *testing.T, what string, err error) {
	t.Helper()
	var re *models.RuleError
	if !errors.As(err, &re) || re.Code != models.RuleIncubatorCycle || re.Field != "incubator_id" {
		t.Errorf("%s: err %v, want %s on incubator_id", what, err, models.RuleIncubatorCycle)
	}
}

// An incubator cannot be hosted, directly or through a chain, by an
// organization it hosts: refused when asked and again when approved.
func TestIncubatorsCannotHostEachOther(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		a := w.org("孵化器甲", nil, "community_filed", true, "registered")
		b := w.org("孵化器乙", nil, "community_filed", true, "registered")
		c := w.org("孵化器丙", nil, "community_filed", true, "registered")
		incubate := func(o, host models.Organization) (models.TransitionRequest, error) {
			return w.s.RequestTransition(ctx, w.reviewer, o.ID, models.TransitionInput{ToStage: "incubating", IncubatorID: host.ID, Reason: "test"})
		}

		// Asked before b was hosted by a: no cycle yet, so the request stands.
		early, err := incubate(a, b)
		must(t, err)
		must(t, w.move(b, "incubating", a.ID))
		_, err = w.s.ApproveTransition(ctx, w.admin, early.ID, models.Decision{Note: "ok"})
		wantCycle(t, "approving a hosted by b, which a hosts", err)
		if st := w.stage(a.ID); st != "registered" {
			t.Errorf("a is %s after the refused approval", st)
		}
		_, err = w.s.RejectTransition(ctx, w.admin, early.ID, "cycle")
		must(t, err)

		_, err = incubate(a, b)
		wantCycle(t, "asking for a hosted by b", err)
		must(t, w.move(c, "incubating", b.ID)) // a hosts b, b hosts c
		_, err = incubate(a, c)
		wantCycle(t, "asking for a hosted by c, through b", err)

		// Hosting along the chain, not around it, stays allowed.
		dd := w.org("孵化器丁", nil, "community_filed", true, "registered")
		must(t, w.move(dd, "incubating", c.ID))
	})
}

// Two approvals closing a cycle from either end at once: one stands.
func TestIncubatorCycleRace(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		x := w.org("孵化器戊", nil, "community_filed", true, "registered")
		y := w.org("孵化器己", nil, "community_filed", true, "registered")
		rx, err := w.s.RequestTransition(ctx, w.reviewer, x.ID, models.TransitionInput{ToStage: "incubating", IncubatorID: y.ID, Reason: "test"})
		must(t, err)
		ry, err := w.s.RequestTransition(ctx, w.reviewer, y.ID, models.TransitionInput{ToStage: "incubating", IncubatorID: x.ID, Reason: "test"})
		must(t, err)
		errs := make([]error, 2)
		var wg sync.WaitGroup
		for i, id := range []string{rx.ID, ry.ID} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, errs[i] = w.s.ApproveTransition(ctx, w.admin, id, models.Decision{Note: "ok"})
			}()
		}
		wg.Wait()
		if (errs[0] == nil) == (errs[1] == nil) {
			t.Fatalf("approvals: %v, %v; want exactly one to stand", errs[0], errs[1])
		}
		for _, err := range errs {
			if err != nil {
				wantCycle(t, "the second approval", err)
			}
		}
		if n := btoi(w.stage(x.ID) == "incubating") + btoi(w.stage(y.ID) == "incubating"); n != 1 {
			t.Errorf("%d of the two are incubating, want 1", n)
		}
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
