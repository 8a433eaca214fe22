package models_test

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

func criterion(t *testing.T, r models.Readiness, key string) models.Criterion {
	t.Helper()
	for _, c := range r.Criteria {
		if c.Key == key {
			return c
		}
	}
	t.Fatalf("no criterion %q in %+v", key, r.Criteria)
	return models.Criterion{}
}

func TestReadinessCriteria(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		o := w.org("助老服务队", nil, "community_filed", false, "registered")
		if err := w.move(o, "incubating", w.incubator.ID); err != nil {
			t.Fatal(err)
		}
		w.clk.Add(179 * day)
		r, err := w.s.Readiness(ctx, w.incUser, o.ID)
		if err != nil {
			t.Fatal(err)
		}
		if c := criterion(t, r, "days_incubating"); c.Met || c.Figure != 179 || c.Required != 180 {
			t.Fatalf("day 179: %+v", c)
		}
		for _, key := range []string{"milestone:governance_established", "milestone:financial_system_established", "active_staff", "projects"} {
			if c := criterion(t, r, key); c.Met || c.Figure != 0 {
				t.Fatalf("%s should be unmet with 0: %+v", key, c)
			}
		}
		if c := criterion(t, r, "registered"); !c.Met {
			t.Fatalf("a community-filed organization counts as registered: %+v", c)
		}
		w.clk.Add(day)
		if _, err := w.s.LogMilestone(ctx, w.incUser, o.ID, models.Milestone{Type: "governance_established", AchievedOn: "2025-06-01"}); err != nil {
			t.Fatal(err)
		}
		r, _ = w.s.Readiness(ctx, w.incUser, o.ID)
		if c := criterion(t, r, "days_incubating"); !c.Met || c.Figure != 180 {
			t.Fatalf("day 180: %+v", c)
		}
		if c := criterion(t, r, "milestone:governance_established"); !c.Met || c.Figure != 1 {
			t.Fatalf("governance logged: %+v", c)
		}
		if r.Ready {
			t.Fatal("ready without the financial milestone, staff or projects")
		}
		unreg := w.org("未登记团队", nil, "unregistered", false, "registered")
		if err := w.move(unreg, "incubating", w.incubator.ID); err != nil {
			t.Fatal(err)
		}
		ru, _ := w.s.Readiness(ctx, w.admin, unreg.ID)
		if c := criterion(t, ru, "registered"); c.Met {
			t.Fatalf("an unregistered organization without a code counts as registered: %+v", c)
		}
		if c := criterion(t, ru, "days_incubating"); c.Figure != 0 || c.Met {
			t.Fatalf("just entered: %+v", c)
		}
	})
}

func TestGraduationOverrideAndSnapshot(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		o := w.org("青少年成长营", nil, "community_filed", false, "registered")
		if err := w.move(o, "incubating", w.incubator.ID); err != nil {
			t.Fatal(err)
		}
		w.clk.Add(200 * day)
		req, err := w.s.RequestTransition(ctx, w.incUser, o.ID, models.TransitionInput{ToStage: "independent"})
		if err != nil {
			t.Fatal(err)
		}
		var nr *models.RuleError
		if _, err := w.s.ApproveTransition(ctx, w.reviewer, req.ID, models.Decision{Note: "同意"}); !errors.As(err, &nr) || nr.Code != models.RuleNotReady || len(nr.Data["unmet"].([]string)) != 4 {
			t.Fatalf("unready without override: %v, want the not-ready rule naming 4 criteria", err)
		}
		var ve *models.ValidationError
		if _, err := w.s.ApproveTransition(ctx, w.reviewer, req.ID, models.Decision{Override: true, Note: "  "}); !errors.As(err, &ve) || ve.Fields[0].Field != "note" {
			t.Fatalf("override without note: %v", err)
		}
		if w.stage(o.ID) != "incubating" {
			t.Fatal("a refused approval moved the organization")
		}
		got, err := w.s.ApproveTransition(ctx, w.reviewer, req.ID, models.Decision{Override: true, Note: "实地核查：已有稳定志愿者团队与街道资助"})
		if err != nil || !got.Override {
			t.Fatalf("override: %+v %v", got, err)
		}
		var snap models.Readiness
		if err := json.Unmarshal(got.Readiness, &snap); err != nil || snap.Ready || len(snap.Unmet()) != 4 || criterion(t, snap, "days_incubating").Figure != 200 {
			t.Fatalf("snapshot: %s (%v)", got.Readiness, err)
		}

		// With criteria an admin relaxed, a ready graduation needs no override.
		set, _ := w.s.GraduationSettings(ctx)
		if set.Version != 0 || set.MinDaysIncubating != 180 {
			t.Fatalf("defaults: %+v", set)
		}
		relaxed := models.GraduationCriteria{MinDaysIncubating: 30, RequiredMilestones: []string{}, RequireRegistered: true}
		if _, err := w.s.SetGraduationCriteria(ctx, w.admin, 0, relaxed); err != nil {
			t.Fatal(err)
		}
		if _, err := w.s.SetGraduationCriteria(ctx, w.admin, 0, relaxed); !errors.Is(err, models.ErrStale) {
			t.Fatalf("stale settings version: %v", err)
		}
		o2 := w.org("文体队", nil, "community_filed", false, "registered")
		if err := w.move(o2, "incubating", w.incubator.ID); err != nil {
			t.Fatal(err)
		}
		w.clk.Add(31 * day)
		req2, _ := w.s.RequestTransition(ctx, w.incUser, o2.ID, models.TransitionInput{ToStage: "independent"})
		got2, err := w.s.ApproveTransition(ctx, w.reviewer, req2.ID, models.Decision{})
		if err != nil || got2.Override {
			t.Fatalf("ready graduation: %+v %v", got2, err)
		}
		if err := json.Unmarshal(got2.Readiness, &snap); err != nil || !snap.Ready {
			t.Fatalf("ready snapshot: %s", got2.Readiness)
		}
		l, _ := w.s.ListAudit(ctx, models.AuditFilter{Entity: "setting"})
		if l.Total != 1 {
			t.Fatalf("settings changes audited: %d, want 1", l.Total)
		}
	})
}
