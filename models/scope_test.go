package models_test

import (
	"context"
	"errors"
	"sort"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestOrganizationScope checks who sees which organization (SPEC 1): an
// incubator sees itself, its current incubatees and those it incubated
// before; staff see their own; funders see none until projects exist.
func TestOrganizationScope(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		otherInc := w.org("另一孵化器", nil, "community_filed", true, "independent")
		now := w.org("在孵机构", nil, "community_filed", false, "registered")
		before := w.org("已出壳机构", nil, "community_filed", false, "registered")
		elsewhere := w.org("他处在孵", nil, "community_filed", false, "registered")
		stranger := w.org("无关机构", nil, "community_filed", false, "applicant")
		must(t, w.move(now, "incubating", w.incubator.ID))
		must(t, w.move(before, "incubating", w.incubator.ID))
		must(t, w.move(before, "independent", ""))
		must(t, w.move(elsewhere, "incubating", otherInc.ID))
		staff := w.user("staff1", models.RoleOrgStaff, now.ID)
		funder, err := w.s.CreateFunder(ctx, models.System("t"), models.Funder{Name: "区民政局", Kind: "government"})
		must(t, err)
		fu, err := w.s.CreateUser(ctx, models.System("t"), models.NewUser{Username: "fund1", DisplayName: "f", Role: models.RoleFunder, FunderID: funder.ID, Password: "long-enough-secret"})
		must(t, err)
		funderActor := models.Actor{UserID: fu.ID, Role: models.RoleFunder, FunderID: funder.ID}

		all := []string{w.incubator.ID, otherInc.ID, now.ID, before.ID, elsewhere.ID, stranger.ID}
		cases := []struct {
			name string
			a    models.Actor
			want []string
		}{
			{"admin", w.admin, all},
			{"reviewer", w.reviewer, all},
			// Incubators are listed for incubator and staff users alike, so
			// that an organization can choose where to ask for incubation.
			{"incubator", w.incUser, []string{w.incubator.ID, now.ID, before.ID, otherInc.ID}},
			{"org staff", staff, []string{now.ID, w.incubator.ID, otherInc.ID}},
			{"funder", funderActor, nil},
		}
		for _, c := range cases {
			l, err := w.s.ListOrganizations(ctx, c.a, models.OrganizationFilter{Page: models.Page{Limit: 200}})
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			var got []string
			for _, o := range l.Items {
				got = append(got, o.ID)
			}
			sort.Strings(got)
			want := append([]string(nil), c.want...)
			sort.Strings(want)
			if len(got) != len(want) || int(l.Total) != len(want) {
				t.Errorf("%s sees %d (total %d), want %d", c.name, len(got), l.Total, len(want))
				continue
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s sees %v, want %v", c.name, got, want)
					break
				}
			}
			for _, id := range all {
				_, err := w.s.GetOrganization(ctx, c.a, id)
				visible := false
				for _, v := range want {
					visible = visible || v == id
				}
				if visible != (err == nil) || (!visible && !errors.Is(err, models.ErrNotFound)) {
					t.Errorf("%s get %s: %v (visible %v)", c.name, id, err, visible)
				}
			}
		}
		// Seeing is not editing: an incubator reads its former incubatee but
		// may not change it; staff cannot change is_incubator.
		name := "改名"
		if _, err := w.s.UpdateOrganization(ctx, w.incUser, before.ID, 1, models.OrganizationPatch{Name: &name}); !errors.Is(err, models.ErrForbidden) {
			t.Errorf("incubator editing a former incubatee: %v", err)
		}
		yes := true
		cur, _ := w.s.GetOrganization(ctx, staff, now.ID)
		if _, err := w.s.UpdateOrganization(ctx, staff, now.ID, cur.Version, models.OrganizationPatch{IsIncubator: &yes}); !errors.Is(err, models.ErrForbidden) {
			t.Errorf("staff setting is_incubator: %v", err)
		}
		if _, err := w.s.UpdateOrganization(ctx, staff, now.ID, cur.Version, models.OrganizationPatch{Name: &name}); err != nil {
			t.Errorf("staff editing their own: %v", err)
		}
		tl, err := w.s.ListTransitions(ctx, w.incUser, models.TransitionFilter{Page: models.Page{Limit: 200}})
		must(t, err)
		for _, tr := range tl.Items {
			if tr.OrganizationID == elsewhere.ID || tr.OrganizationID == stranger.ID {
				t.Errorf("incubator sees a request of %s", tr.OrganizationName)
			}
		}
		if tl.Total != 3 { // now: 1 approved; before: 2 approved
			t.Errorf("incubator sees %d requests, want 3", tl.Total)
		}
		ml, err := w.s.ListMilestones(ctx, w.incUser, now.ID, models.Page{})
		if err != nil || ml.Total != 0 {
			t.Errorf("milestones: %+v %v", ml, err)
		}
	})
}

func TestMilestoneDates(t *testing.T) {
	t.Parallel()
	w := newWorld(t, models.SQLite) // the clock reads 2025-01-01 08:00 UTC
	ctx := context.Background()
	o := w.org("日期机构", nil, "community_filed", false, "registered")
	must(t, w.move(o, "incubating", w.incubator.ID))
	for _, c := range []struct {
		day  models.Date
		want bool
	}{
		{"2024-12-31", true},
		{"2025-01-01", true},
		// 08:00 UTC is 16:00 in China and 22:00 on 1 January in UTC+14, the
		// earliest zone: 2 January has begun nowhere yet.
		{"2025-01-02", false},
	} {
		_, err := w.s.LogMilestone(ctx, w.incUser, o.ID, models.Milestone{Type: "other", AchievedOn: c.day})
		var ve *models.ValidationError
		if got := err == nil; got != c.want || (!c.want && !errors.As(err, &ve)) {
			t.Errorf("%s: err %v, want accepted %v", c.day, err, c.want)
		}
	}
}

func TestIncubatorChoiceAndRetirement(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		o := w.org("入孵申请者", nil, "community_filed", false, "registered")
		staff := w.user("staff9", models.RoleOrgStaff, o.ID)
		plain := w.org("非孵化机构", nil, "community_filed", false, "registered")
		var ve *models.ValidationError
		for _, id := range []string{plain.ID, "no-such-id"} {
			_, err := w.s.RequestTransition(ctx, staff, o.ID, models.TransitionInput{ToStage: "incubating", IncubatorID: id})
			if !errors.As(err, &ve) || ve.Fields[0].Message != "no incubator has this id" {
				t.Fatalf("naming %s: %v; want the same answer for a non-incubator and a missing id", id, err)
			}
		}
		// Staff see the incubator's profile but not its records.
		if _, err := w.s.GetOrganization(ctx, staff, w.incubator.ID); err != nil {
			t.Fatalf("staff reading an incubator's profile: %v", err)
		}
		if _, err := w.s.Readiness(ctx, staff, w.incubator.ID); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("staff reading an incubator's readiness: %v", err)
		}

		inc2 := w.org("新孵化器", nil, "community_filed", true, "independent")
		req, err := w.s.RequestTransition(ctx, staff, o.ID, models.TransitionInput{ToStage: "incubating", IncubatorID: inc2.ID})
		must(t, err)
		no := false
		if _, err := w.s.UpdateOrganization(ctx, w.admin, inc2.ID, inc2.Version, models.OrganizationPatch{IsIncubator: &no}); err == nil {
			t.Fatal("an incubator named by a pending request was retired")
		}
		// Dormant while asked to host: refused at request and at approval.
		var re *models.RuleError
		if _, err := w.s.RequestTransition(ctx, w.admin, inc2.ID, models.TransitionInput{ToStage: "dormant"}); !errors.As(err, &re) {
			t.Fatalf("an incubator asked to host went dormant: %v", err)
		}
		if _, err := w.s.ApproveTransition(ctx, w.reviewer, req.ID, models.Decision{Note: "同意"}); err != nil {
			t.Fatal(err)
		}
		if _, err := w.s.RequestTransition(ctx, w.admin, inc2.ID, models.TransitionInput{ToStage: "dissolved"}); !errors.As(err, &re) {
			t.Fatalf("an incubator hosting an organization was dissolved: %v", err)
		}
	})
}
