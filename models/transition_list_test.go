package models_test

import (
	"context"
	"fmt"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestPendingQueueOldestFirst holds the review queue to its order: the
// pending queue oldest first across pages, other lists newest first, and
// sort overriding either.
func TestPendingQueueOldestFirst(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		var asked []string // oldest first
		for i := range 5 {
			o := w.org(fmt.Sprintf("机构%d", i), nil, "community_filed", false, models.StageApplicant)
			r, err := w.s.RequestTransition(ctx, w.reviewer, o.ID, models.TransitionInput{ToStage: models.StageRegistered, Reason: "reason " + o.Name})
			if err != nil {
				t.Fatal(err)
			}
			asked = append(asked, r.ID)
			w.clk.Add(day)
		}
		pages := func(f models.TransitionFilter) []string {
			t.Helper()
			var ids []string
			f.Limit = 2
			for {
				l, err := w.s.ListTransitions(ctx, w.admin, f)
				if err != nil {
					t.Fatal(err)
				}
				if l.Total != 5 {
					t.Fatalf("total %d, want 5", l.Total)
				}
				for _, it := range l.Items {
					ids = append(ids, it.ID)
				}
				if l.NextCursor == nil {
					return ids
				}
				f.Cursor = *l.NextCursor
			}
		}
		reversed := make([]string, len(asked))
		for i, id := range asked {
			reversed[len(asked)-1-i] = id
		}
		cases := []struct {
			name string
			f    models.TransitionFilter
			want []string
		}{
			{"pending queue", models.TransitionFilter{Status: models.StatusPending}, asked},
			{"pending newest first on request", models.TransitionFilter{Status: models.StatusPending, Sort: models.SortNewest}, reversed},
			{"every status", models.TransitionFilter{}, reversed},
			{"every status oldest first on request", models.TransitionFilter{Sort: models.SortOldest}, asked},
		}
		for _, c := range cases {
			if got := pages(c.f); fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("%s: %v, want %v", c.name, got, c.want)
			}
		}
		// A cursor of one order is refused by the other.
		l, err := w.s.ListTransitions(ctx, w.admin, models.TransitionFilter{Status: models.StatusPending, Page: models.Page{Limit: 2}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.s.ListTransitions(ctx, w.admin, models.TransitionFilter{Status: models.StatusPending, Sort: models.SortNewest,
			Page: models.Page{Limit: 2, Cursor: *l.NextCursor}}); err == nil {
			t.Error("an oldest-first cursor was accepted by the newest-first list")
		}
		if l.Items[0].Reason != "reason 机构0" || l.Items[0].AgeDays != 5 {
			t.Errorf("first row: reason %q, age %d days", l.Items[0].Reason, l.Items[0].AgeDays)
		}
	})
}

// TestQueueRowsSayWhoDecidesAndHowReady: can_decide follows the four-eyes
// rule and the role; a graduation carries its criteria counts, others none.
func TestQueueRowsSayWhoDecidesAndHowReady(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		grad := w.org("待出壳机构", nil, "community_filed", false, models.StageIncubating)
		other := w.org("申请机构", nil, "community_filed", false, models.StageApplicant)
		g, err := w.s.RequestTransition(ctx, w.reviewer, grad.ID, models.TransitionInput{ToStage: models.StageIndependent})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.s.RequestTransition(ctx, w.reviewer, other.ID, models.TransitionInput{ToStage: models.StageRegistered}); err != nil {
			t.Fatal(err)
		}
		r, err := w.s.Readiness(ctx, w.admin, grad.ID)
		if err != nil {
			t.Fatal(err)
		}
		wantMet, wantTotal := int64(len(r.Criteria)-len(r.Unmet())), int64(len(r.Criteria))
		if wantTotal == 0 {
			t.Fatal("no criteria to count")
		}
		for _, c := range []struct {
			name   string
			a      models.Actor
			decide bool
		}{
			{"the requester", w.reviewer, false},
			{"another reviewer", w.reviewer2, true},
			{"an admin", w.admin, true},
			{"an incubator", w.incUser, false},
		} {
			l, err := w.s.ListTransitions(ctx, c.a, models.TransitionFilter{Status: models.StatusPending})
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range l.Items {
				if it.CanDecide != c.decide {
					t.Errorf("%s: can_decide %v on %s", c.name, it.CanDecide, it.OrganizationName)
				}
				switch {
				case it.ID == g.ID && (it.CriteriaMet == nil || *it.CriteriaMet != wantMet || *it.CriteriaTotal != wantTotal):
					t.Errorf("%s: graduation counts %v/%v, want %d/%d", c.name, it.CriteriaMet, it.CriteriaTotal, wantMet, wantTotal)
				case it.ID != g.ID && (it.CriteriaMet != nil || it.CriteriaTotal != nil):
					t.Errorf("%s: counts on a move that is no graduation", c.name)
				}
			}
		}
		// Once decided, the counts are those of the decision's snapshot and
		// nobody may decide again.
		if _, err := w.s.ApproveTransition(ctx, w.admin, g.ID, models.Decision{Note: "anyway", Override: true}); err != nil {
			t.Fatal(err)
		}
		l, err := w.s.ListTransitions(ctx, w.admin, models.TransitionFilter{Status: models.StatusApproved})
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Items) != 1 || l.Items[0].CanDecide || l.Items[0].CriteriaMet == nil || *l.Items[0].CriteriaTotal != wantTotal {
			t.Errorf("decided graduation row: %+v", l.Items)
		}
	})
}
