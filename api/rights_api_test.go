package api

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// An incubator user logs milestones in parallel while an admin disables
// them: every write either lands before the disable's audit entry or is
// refused (401 once the session is gone, 403 when it was let in before)
// and stores nothing.
func TestDisableDuringWrites(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		inc := ts.userOf(models.RoleIncubator)
		session := sessionHeader(ts.cookie(models.RoleIncubator))
		ts.cookie(models.RoleAdmin)
		const writers = 30
		answers := make([]*httptest.ResponseRecorder, writers)
		var wg sync.WaitGroup
		write := func(i int) {
			defer wg.Done()
			answers[i] = ts.do(request{method: "POST", path: "/api/v1/organizations/" + ts.Fix.Org.ID + "/milestones", header: session,
				body: map[string]any{"type": "other", "achieved_on": "2025-04-18", "note": fmt.Sprint("第", i, "条")}})
		}
		wg.Add(writers + 1)
		for i := 0; i < writers; i++ {
			go write(i)
			if i == writers/2 {
				go func() {
					defer wg.Done()
					w := ts.do(request{method: "PATCH", path: "/api/v1/users/" + inc.ID, as: models.RoleAdmin,
						body: map[string]any{"version": inc.Version, "disabled": true}})
					if w.Code != http.StatusOK {
						t.Errorf("disable: %d %s", w.Code, w.Body.String())
					}
				}()
			}
		}
		wg.Wait()

		created := 0
		for i, w := range answers {
			switch w.Code {
			case http.StatusCreated:
				created++
			case http.StatusUnauthorized, http.StatusForbidden:
				wantProblem(t, w, w.Code, "")
			default:
				t.Errorf("write %d: %d %s", i, w.Code, w.Body.String())
			}
		}
		if n := ts.milestonesOn(ts.Fix.Org.ID); n != int64(created) {
			t.Errorf("%d milestones stored, %d answered 201", n, created)
		}
		disable := ts.auditFor("update", inc.ID)
		if len(disable) != 1 {
			t.Fatalf("want one update entry for the user, got %d", len(disable))
		}
		byUser, err := ts.Store.ListAudit(context.Background(), models.AuditFilter{ActorID: inc.ID, Page: models.Page{Limit: 200}})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range byUser.Items {
			if e.Seq > disable[0].Seq && e.Action != "denied" {
				t.Errorf("entry %d (%s %s) by the user follows the disable (%d)", e.Seq, e.Action, e.Entity, disable[0].Seq)
			}
		}
	})
}

// Blank and one-character passwords are refused with a field error when a
// user is created or a password changed, and never sign in.
func TestWeakPasswordRoutes(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		target := ts.userOf(models.RoleReviewer)
		cases := []struct{ pw, code string }{
			{"        ", "password_blank"},
			{"aaaaaaaa", "password_repeated"},
		}
		for _, c := range cases {
			w := ts.do(request{method: "POST", path: "/api/v1/users", as: models.RoleAdmin, body: map[string]any{
				"username": "weak_user", "password": c.pw, "role": "reviewer", "display_name": "弱密码"}})
			if p := wantProblem(t, w, http.StatusUnprocessableEntity, "password"); p.Errors[0].Code != c.code {
				t.Errorf("create with %q: code %q, want %q", c.pw, p.Errors[0].Code, c.code)
			}
			if ts.login("weak_user", c.pw) != "" {
				t.Errorf("%q signs in", c.pw)
			}
			w = ts.do(request{method: "PATCH", path: "/api/v1/users/" + target.ID, as: models.RoleAdmin, body: map[string]any{
				"version": target.Version, "password": c.pw}})
			if p := wantProblem(t, w, http.StatusUnprocessableEntity, "password"); p.Errors[0].Code != c.code {
				t.Errorf("change to %q: code %q, want %q", c.pw, p.Errors[0].Code, c.code)
			}
			if ts.login(target.Username, c.pw) != "" {
				t.Errorf("%q signs in after a refused change", c.pw)
			}
		}
	})
}

// A user whose rights change after their request was let in (signed in,
// role checked) but before it writes gets 403 and the write stores nothing.
// The change is made from the Store's clock, which the request reads after
// its session and user were read.
func TestRightsChangedMidRequest(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		var hook atomic.Pointer[func()]
		clk := newClock()
		now := func() time.Time {
			if f := hook.Swap(nil); f != nil {
				(*f)()
			}
			return clk.Now()
		}
		ts := newTestServer(t, d, withClock(now))
		ctx := context.Background()
		other := ts.newUser(models.RoleAdmin)
		otherAdmin := models.Actor{UserID: other.ID, Username: other.Username, Role: models.RoleAdmin}
		change := func(who models.User, p models.UserPatch) func() {
			return func() {
				u, err := ts.Store.GetUser(ctx, who.ID)
				if err == nil {
					_, err = ts.Store.UpdateUser(ctx, otherAdmin, u.ID, u.Version, p)
				}
				if err != nil {
					t.Errorf("change %s: %v", who.Username, err)
				}
			}
		}
		cases := []struct {
			name   string
			as     models.Role
			change models.UserPatch
			req    request
			stored func() int64
		}{
			{"admin demoted, creates a community", models.RoleAdmin, models.UserPatch{Role: ptr(models.RoleReviewer)},
				request{method: "POST", path: "/api/v1/communities", body: map[string]any{"name": "新建社区", "street": "谈固街道", "district": "长安区", "type": "old_neighborhood"}},
				func() int64 {
					l, err := ts.Store.ListCommunities(ctx, models.CommunityFilter{Q: "新建社区", Page: models.Page{Limit: 1}})
					if err != nil {
						t.Fatal(err)
					}
					return l.Total
				}},
			{"incubator disabled, logs a milestone", models.RoleIncubator, models.UserPatch{Disabled: ptr(true)},
				request{method: "POST", path: "/api/v1/organizations/" + ts.Fix.Org.ID + "/milestones", body: map[string]any{"type": "other", "achieved_on": "2026-03-01"}},
				func() int64 { return ts.milestonesOn(ts.Fix.Org.ID) }},
		}
		for _, c := range cases {
			c.req.as = c.as
			ts.cookie(c.as) // signed in before the change
			f := change(ts.userOf(c.as), c.change)
			hook.Store(&f)
			denied := ts.auditCount("denied")
			w := ts.do(c.req)
			if hook.Load() != nil {
				t.Fatalf("%s: the change was not made", c.name)
			}
			if w.Code != http.StatusForbidden {
				t.Errorf("%s: %d %s, want 403", c.name, w.Code, w.Body.String())
				continue
			}
			wantProblem(t, w, http.StatusForbidden, "")
			if n := c.stored(); n != 0 {
				t.Errorf("%s: %d rows stored by the refused write", c.name, n)
			}
			if n := ts.auditCount("denied"); n != denied+1 {
				t.Errorf("%s: %d denied entries, want %d: the refusal is audited", c.name, n, denied+1)
			}
		}
	})
}

func ptr[T any](v T) *T { return &v }
