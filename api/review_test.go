package api

import (
	"net/http"
	"testing"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

func TestURLsMustBeText(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		for _, path := range []string{
			"/api/v1/organizations?q=%ff", "/api/v1/organizations?q=%00", "/api/v1/organizations/%ff",
			"/api/v1/organizations/%00/milestones", "/api/v1/users?q=%ff", "/api/v1/audit?entity=%ff",
			"/api/v1/communities?district=%e4%b8", "/api/v1/reports/pipeline?incubator_id=%ff",
		} {
			wantProblem(t, ts.do(request{method: "GET", path: path, as: models.RoleAdmin}), http.StatusBadRequest, "")
		}
		// A cursor that decodes to bytes that are not text is not ours.
		wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/organizations?cursor=azr_", as: models.RoleAdmin}), http.StatusUnprocessableEntity, "cursor")
	})
}

func TestUsernamesIgnoreCase(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		body := map[string]any{"username": "Wang.Min", "password": "a-long-enough-secret", "role": "reviewer", "display_name": "王敏"}
		w := ts.do(request{method: "POST", path: "/api/v1/users", as: models.RoleAdmin, body: body})
		if w.Code != 201 || decode[models.User](t, w).Username != "wang.min" {
			t.Fatalf("create: %d %s", w.Code, w.Body.String())
		}
		body["username"] = "WANG.MIN"
		wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/users", as: models.RoleAdmin, body: body}), http.StatusConflict, "username")
		if ts.login("Wang.MIN", "a-long-enough-secret") == "" {
			t.Fatal("signing in with another case failed")
		}
	})
}

func TestBadTokensAreThrottled(t *testing.T) {
	t.Parallel()
	clk := newClock()
	ts := newTestServer(t, models.SQLite, withThrottle(handlers.ThrottleConfig{
		AccountBurst: 5, AccountEvery: 1e9, AddressBurst: 3, AddressEvery: 60e9, Now: clk.Now,
	}))
	bad := request{method: "GET", path: "/api/v1/auth/me", header: map[string]string{"Authorization": "Bearer ht_guess"}}
	for i := 0; i < 3; i++ {
		wantProblem(t, ts.do(bad), http.StatusUnauthorized, "")
	}
	w := ts.do(bad)
	wantProblem(t, w, http.StatusTooManyRequests, "")
	if w.Header().Get("Retry-After") == "" {
		t.Fatal("no Retry-After")
	}
	if n := ts.auditCount("denied"); n != 3 {
		t.Fatalf("denied entries = %d, want 3 (throttled guesses write nothing)", n)
	}
}

func TestEmptyPatchChangesNothing(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		path := "/api/v1/communities/" + ts.Fix.Community.ID
		before := ts.auditCount("update")
		w := ts.do(request{method: "PATCH", path: path, as: models.RoleAdmin, body: map[string]any{"version": 1}})
		if w.Code != 200 || decode[models.Community](t, w).Version != 1 {
			t.Fatalf("empty patch: %d %s", w.Code, w.Body.String())
		}
		if ts.auditCount("update") != before {
			t.Fatal("an empty patch wrote an audit entry")
		}
		wantProblem(t, ts.do(request{method: "PATCH", path: path, as: models.RoleAdmin, body: map[string]any{"version": 7}}), http.StatusConflict, "version")
	})
}
