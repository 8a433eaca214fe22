package models_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// A request is authenticated before its write runs; a user disabled,
// demoted or rebound in between must not get the write through.
func TestWriteRechecksRightsInItsTransaction(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		o := w.org("权限机构", nil, "community_filed", false, "registered")
		must(t, w.move(o, "incubating", w.incubator.ID))
		other := w.org("另一孵化器", nil, "community_filed", true, "independent")
		admin2 := w.user("admin2", models.RoleAdmin, "")
		cases := []struct {
			name  string
			user  models.Actor // as the request was let in
			patch models.UserPatch
			write func(a models.Actor) error
		}{
			{"disabled incubator logs a milestone", w.user("inc-d", models.RoleIncubator, w.incubator.ID), models.UserPatch{Disabled: ptr(true)},
				func(a models.Actor) error {
					_, err := w.s.LogMilestone(ctx, a, o.ID, models.Milestone{Type: "other", AchievedOn: "2024-12-01"})
					return err
				}},
			{"rebound incubator logs a milestone", w.user("inc-r", models.RoleIncubator, w.incubator.ID), models.UserPatch{OrganizationID: &other.ID},
				func(a models.Actor) error {
					_, err := w.s.LogMilestone(ctx, a, o.ID, models.Milestone{Type: "other", AchievedOn: "2024-12-02"})
					return err
				}},
			{"demoted admin creates a community", w.user("admin-x", models.RoleAdmin, ""), models.UserPatch{Role: ptr(models.RoleReviewer)},
				func(a models.Actor) error {
					_, err := w.s.CreateCommunity(ctx, a, models.Community{Name: "新社区", Street: "槐底街道", District: "裕华区", Type: "village_to_residence"})
					return err
				}},
			{"demoted admin disables another admin", w.user("admin-y", models.RoleAdmin, ""), models.UserPatch{Role: ptr(models.RoleReviewer)},
				func(a models.Actor) error {
					u, err := w.s.GetUser(ctx, admin2.UserID)
					must(t, err)
					_, err = w.s.UpdateUser(ctx, a, admin2.UserID, u.Version, models.UserPatch{Disabled: ptr(true)})
					return err
				}},
		}
		for _, c := range cases {
			u, err := w.s.GetUser(ctx, c.user.UserID)
			must(t, err)
			if _, err := w.s.UpdateUser(ctx, w.admin, u.ID, u.Version, c.patch); err != nil {
				t.Fatalf("%s: change the user: %v", c.name, err)
			}
			before := auditSeqs(t, w.s)
			err = c.write(c.user)
			if !errors.Is(err, models.ErrRightsChanged) || !errors.Is(err, models.ErrForbidden) {
				t.Errorf("%s: err %v, want the refusal %q", c.name, err, models.ErrRightsChanged)
			}
			if after := auditSeqs(t, w.s); after != before {
				t.Errorf("%s: the audit head moved from %d to %d; a refused write stores nothing", c.name, before, after)
			}
		}
		if a, err := w.s.GetUser(ctx, admin2.UserID); err != nil || a.Disabled {
			t.Errorf("admin2 after a demoted admin tried to disable them: %+v, %v", a, err)
		}
		list, err := w.s.ListMilestones(ctx, w.admin, o.ID, models.Page{Limit: 10})
		must(t, err)
		if len(list.Items) != 0 {
			t.Errorf("milestones stored by refused writes: %+v", list.Items)
		}
		// Events that change no row are recorded for a disabled user too.
		disabled := cases[0].user
		must(t, w.s.Audit(ctx, disabled, "denied", "request", "r1", map[string]string{"reason": "test"}))
	})
}

func auditSeqs(t *testing.T, s *models.Store) int64 {
	t.Helper()
	l, err := s.ListAudit(context.Background(), models.AuditFilter{Page: models.Page{Limit: 1}})
	must(t, err)
	if len(l.Items) == 0 {
		return 0
	}
	return l.Items[0].Seq
}

// Writes racing the user's disabling land before its audit entry or not at
// all, whatever the interleaving.
func TestNoWriteFollowsTheDisable(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		o := w.org("并发机构", nil, "community_filed", false, "registered")
		must(t, w.move(o, "incubating", w.incubator.ID))
		u, err := w.s.GetUser(ctx, w.incUser.UserID)
		must(t, err)
		const writers = 30
		errs := make([]error, writers)
		var wg sync.WaitGroup
		write := func(i int) {
			defer wg.Done()
			_, errs[i] = w.s.LogMilestone(ctx, w.incUser, o.ID, models.Milestone{Type: "other", AchievedOn: "2024-12-01", Note: fmt.Sprint(i)})
		}
		for i := 0; i < writers/2; i++ {
			wg.Add(1)
			go write(i)
		}
		_, err = w.s.UpdateUser(ctx, w.admin, u.ID, u.Version, models.UserPatch{Disabled: ptr(true)})
		must(t, err)
		// The rest were let in before the disable and write after it.
		for i := writers / 2; i < writers; i++ {
			wg.Add(1)
			go write(i)
		}
		wg.Wait()

		entries, err := w.s.ListAudit(ctx, models.AuditFilter{Entity: "user", EntityID: u.ID, Action: "update", Page: models.Page{Limit: 10}})
		must(t, err)
		if len(entries.Items) != 1 {
			t.Fatalf("want the one disable entry, got %d", len(entries.Items))
		}
		disableSeq := entries.Items[0].Seq
		byUser, err := w.s.ListAudit(ctx, models.AuditFilter{ActorID: u.ID, Page: models.Page{Limit: 200}})
		must(t, err)
		for _, e := range byUser.Items {
			if e.Seq > disableSeq {
				t.Errorf("entry %d (%s %s) by the user follows the disable (%d)", e.Seq, e.Action, e.Entity, disableSeq)
			}
		}
		ok := 0
		for i, err := range errs {
			switch {
			case err == nil:
				ok++
			case !errors.Is(err, models.ErrRightsChanged):
				t.Errorf("write %d: %v, want success or the refusal", i, err)
			}
		}
		list, err := w.s.ListMilestones(ctx, w.admin, o.ID, models.Page{Limit: 100})
		must(t, err)
		if len(list.Items) != ok {
			t.Errorf("%d milestones stored, %d writes answered success", len(list.Items), ok)
		}
		if ok >= writers/2+1 {
			t.Errorf("%d writes succeeded; those started after the disable must not", ok)
		}
	})
}

// Two admins demoting (or disabling) each other at once: one wins, the
// other is refused, and an enabled admin always remains.
func TestAdminsDemotingEachOther(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		a, b := w.admin, w.user("admin2", models.RoleAdmin, "")
		for round := 0; round < 6; round++ {
			patch := models.UserPatch{Role: ptr(models.RoleReviewer)}
			if round%2 == 1 {
				patch = models.UserPatch{Disabled: ptr(true)}
			}
			ua, err := w.s.GetUser(ctx, a.UserID)
			must(t, err)
			ub, err := w.s.GetUser(ctx, b.UserID)
			must(t, err)
			var errA, errB error
			var wg sync.WaitGroup
			wg.Add(2)
			go func() { defer wg.Done(); _, errA = w.s.UpdateUser(ctx, a, ub.ID, ub.Version, patch) }()
			go func() { defer wg.Done(); _, errB = w.s.UpdateUser(ctx, b, ua.ID, ua.Version, patch) }()
			wg.Wait()
			if (errA == nil) == (errB == nil) {
				t.Fatalf("round %d: a: %v, b: %v; want exactly one to succeed", round, errA, errB)
			}
			winner, loser, lost := a, b, errB
			if errB == nil {
				winner, loser, lost = b, a, errA
			}
			var re *models.RuleError
			if !errors.Is(lost, models.ErrRightsChanged) && !(errors.As(lost, &re) && re.Code == models.RuleLastAdmin) {
				t.Errorf("round %d: the loser got %v, want the refusal or %s", round, lost, models.RuleLastAdmin)
			}
			if n := enabledAdmins(t, w.s); n != 1 {
				t.Fatalf("round %d: %d enabled admins, want 1", round, n)
			}
			// The winner restores the loser for the next round.
			ul, err := w.s.GetUser(ctx, loser.UserID)
			must(t, err)
			if _, err := w.s.UpdateUser(ctx, winner, ul.ID, ul.Version, models.UserPatch{Role: ptr(models.RoleAdmin), Disabled: ptr(false)}); err != nil {
				t.Fatalf("round %d: restore: %v", round, err)
			}
		}
	})
}

func enabledAdmins(t *testing.T, s *models.Store) int {
	t.Helper()
	l, err := s.ListUsers(context.Background(), models.UserFilter{Role: string(models.RoleAdmin), Page: models.Page{Limit: 200}})
	must(t, err)
	n := 0
	for _, u := range l.Items {
		if !u.Disabled {
			n++
		}
	}
	return n
}

// The last enabled admin cannot be disabled or demoted, by anyone.
func TestLastAdminStays(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		sys := models.System("test")
		off := w.user("admin-off", models.RoleAdmin, "")
		u, err := w.s.GetUser(ctx, off.UserID)
		must(t, err)
		if _, err := w.s.UpdateUser(ctx, w.admin, u.ID, u.Version, models.UserPatch{Disabled: ptr(true)}); err != nil {
			t.Fatalf("disabling one of two admins: %v", err)
		}
		cases := []struct {
			name  string
			patch models.UserPatch
			field string
		}{
			{"disable", models.UserPatch{Disabled: ptr(true)}, "disabled"},
			{"demote", models.UserPatch{Role: ptr(models.RoleReviewer)}, "role"},
			{"demote and disable", models.UserPatch{Role: ptr(models.RoleReviewer), Disabled: ptr(true)}, "disabled"},
		}
		for _, c := range cases {
			before, err := w.s.GetUser(ctx, w.admin.UserID)
			must(t, err)
			_, err = w.s.UpdateUser(ctx, sys, before.ID, before.Version, c.patch)
			var re *models.RuleError
			if !errors.As(err, &re) || re.Code != models.RuleLastAdmin || re.Field != c.field {
				t.Errorf("%s: err %v, want %s on %s", c.name, err, models.RuleLastAdmin, c.field)
			}
			after, err := w.s.GetUser(ctx, before.ID)
			must(t, err)
			if after.Version != before.Version || after.Role != models.RoleAdmin || after.Disabled {
				t.Errorf("%s: the admin changed: %+v", c.name, after)
			}
		}
		// Renaming the last admin is no demotion.
		before, err := w.s.GetUser(ctx, w.admin.UserID)
		must(t, err)
		if _, err := w.s.UpdateUser(ctx, sys, before.ID, before.Version, models.UserPatch{DisplayName: ptr("管理员")}); err != nil {
			t.Errorf("renaming the last admin: %v", err)
		}
	})
}

func ptr[T any](v T) *T { return &v }
