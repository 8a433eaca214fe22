package api

import (
	"context"
	"maps"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// securityAuditorMay lists, apart from the handlers' own list, every route
// a security auditor may call: the audit trail (and its exports, which are
// GET /audit?format=), their own account, sessions and tokens, a minimal
// home, the password policy and communities (reference data). A status of
// 0 keeps what the route's case expects of every signed-in caller.
// Everything else is 403: organizations and their contacts, staff, users,
// projects, the ledger, surveys and needs, funders, funding cycles,
// transitions, reports and the other settings.
var securityAuditorMay = map[string]int{
	"GET /api/v1/audit":                  http.StatusOK,
	"GET /api/v1/audit/verify":           http.StatusOK,
	"GET /api/v1/home":                   http.StatusOK,
	"GET /api/v1/settings/passwords":     http.StatusOK,
	"GET /api/v1/communities":            http.StatusOK,
	"GET /api/v1/communities/:id":        http.StatusOK,
	"POST /api/v1/auth/logout":           0,
	"GET /api/v1/auth/me":                0,
	"POST /api/v1/auth/password":         0,
	"GET /api/v1/auth/sessions":          0,
	"DELETE /api/v1/auth/sessions/:id":   0,
	"POST /api/v1/auth/totp/enroll":      0,
	"POST /api/v1/auth/totp/confirm":     0,
	"DELETE /api/v1/auth/totp":           0,
	"GET /api/v1/settings/second-factor": 0,
	"GET /api/v1/tokens":                 0,
	"POST /api/v1/tokens":                0,
	"DELETE /api/v1/tokens/:id":          0,
}

// confineSecurityAuditor sets what a security auditor gets from each route
// of the access matrix: 403 unless securityAuditorMay lets it through.
// Unauthenticated routes (health, sign-in, the OpenAPI document) answer
// everyone alike.
func confineSecurityAuditor(cases []accessCase) []accessCase {
	for i, c := range cases {
		if !strings.HasPrefix(c.route, "/api/v1/") || c.route == "/api/v1/auth/login" || c.route == "/api/v1/openapi.json" {
			continue
		}
		want := maps.Clone(c.want)
		status, ok := securityAuditorMay[c.method+" "+c.route]
		switch {
		case !ok:
			want[models.RoleSecurityAuditor] = http.StatusForbidden
		case status != 0:
			want[models.RoleSecurityAuditor] = status
		default:
			want[models.RoleSecurityAuditor] = want[models.RoleReviewer]
		}
		cases[i].want = want
	}
	return cases
}

// passwordSettingsAccessCases are the matrix's rows for the password policy.
func passwordSettingsAccessCases() []accessCase {
	return []accessCase{
		{"GET", "/api/v1/settings/passwords", signedInGets(200), readRoute("/api/v1/settings/passwords", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if s := decode[models.PasswordSettings](t, w); s.MaxAgeDays < 0 {
				t.Errorf("settings %s", w.Body.String())
			}
		})},
		{"PUT", "/api/v1/settings/passwords", onlyRoles(200, models.RoleAdmin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			before, err := ts.Store.PasswordSettings(context.Background())
			if err != nil {
				ts.t.Fatal(err)
			}
			// Only the admin's case changes the policy, to 3650 days, the
			// most allowed, so no fixture password expires; a refused case
			// asks for a figure nobody else uses (the cases run at once).
			days := 3650
			if as != models.RoleAdmin {
				days = 3649
			}
			body := map[string]any{"version": before.Version, "max_age_days": days}
			return request{method: "PUT", path: "/api/v1/settings/passwords", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				got, err := ts.Store.PasswordSettings(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if allowed && (got.Version != before.Version+1 || got.MaxAgeDays != 3650) {
					t.Errorf("after the change: %+v", got)
				}
				if !allowed && got.MaxAgeDays == 3649 {
					t.Errorf("a refused change was stored: %+v", got)
				}
			}
		}},
	}
}

// TestSecurityAuditorReadsTheAuditTrail: the trail, its verification and
// its export, and nothing personal.
func TestSecurityAuditorReadsTheAuditTrail(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		sa := models.RoleSecurityAuditor
		l := decode[models.List[models.AuditEntry]](t, ts.do(request{method: "GET", path: "/api/v1/audit?limit=5", as: sa}))
		if len(l.Items) == 0 || l.Total == 0 {
			t.Fatalf("audit list: %+v", l)
		}
		if v := decode[models.AuditVerification](t, ts.do(request{method: "GET", path: "/api/v1/audit/verify", as: sa})); !v.OK {
			t.Errorf("verify: %+v", v)
		}
		w := ts.do(request{method: "GET", path: "/api/v1/audit?format=csv", as: sa})
		if w.Code != http.StatusOK || !strings.Contains(w.Header().Get("Content-Type"), "csv") || !strings.Contains(w.Body.String(), "u_security_auditor") {
			t.Errorf("audit export: %d %s %.200s", w.Code, w.Header().Get("Content-Type"), w.Body.String())
		}
		for _, path := range []string{
			"/api/v1/organizations", "/api/v1/organizations/" + ts.Fix.Org.ID, "/api/v1/organizations/" + ts.Fix.Org.ID + "/staff",
			"/api/v1/users", "/api/v1/users/" + ts.userOf(models.RoleAdmin).ID, "/api/v1/projects", "/api/v1/surveys",
			"/api/v1/funders", "/api/v1/transitions", "/api/v1/reports/pipeline", "/api/v1/organizations?format=csv",
		} {
			w := ts.do(request{method: "GET", path: path, as: sa})
			wantProblem(t, w, http.StatusForbidden, "")
		}
		// The trail tells them who changed which fields of which record,
		// not the personal values: a staff member's name and phone are in
		// the admin's reading of the entry, not in the auditor's, nor in
		// their export.
		m := ts.caseStaff(ts.Fix.Org.ID)
		entry := "/api/v1/audit?entity=staff_member&entity_id=" + m.ID
		if body := ts.do(request{method: "GET", path: entry, as: models.RoleAdmin}).Body.String(); !strings.Contains(body, m.Name) {
			t.Fatalf("the admin does not read the name in the entry: %.300s", body)
		}
		seen := decode[models.List[models.AuditEntry]](t, ts.do(request{method: "GET", path: entry, as: sa}))
		if len(seen.Items) != 1 || len(seen.Items[0].Changes) == 0 || seen.Items[0].Hash == "" {
			t.Fatalf("the auditor's entry: %+v", seen)
		}
		for _, w := range []*httptest.ResponseRecorder{
			ts.do(request{method: "GET", path: entry, as: sa}),
			ts.do(request{method: "GET", path: entry + "&format=csv", as: sa}),
		} {
			if body := w.Body.String(); strings.Contains(body, m.Name) || strings.Contains(body, m.Phone[7:]) {
				t.Errorf("a security auditor reads personal values: %.400s", body)
			}
		}
		// Their own token reaches the trail and is held to the same list.
		tok := ts.newToken(sa)
		if w := ts.do(request{method: "GET", path: "/api/v1/audit/verify", header: bearerHeader(tok.Token)}); w.Code != http.StatusOK {
			t.Errorf("verify with a token: %d", w.Code)
		}
		wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/organizations", header: bearerHeader(tok.Token)}), http.StatusForbidden, "")
	})
}

// TestAdminCannotDemoteOrDisableThemselves: PATCH of one's own role or
// disabled flag answers 422 self_lockout and changes nothing; another
// admin may.
func TestAdminCannotDemoteOrDisableThemselves(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		me := ts.userOf(models.RoleAdmin)
		for _, body := range []map[string]any{
			{"version": me.Version, "role": "security_auditor"},
			{"version": me.Version, "role": "reviewer"},
			{"version": me.Version, "disabled": true},
		} {
			w := ts.do(request{method: "PATCH", path: "/api/v1/users/" + me.ID, as: models.RoleAdmin, body: body})
			p := wantProblem(t, w, http.StatusUnprocessableEntity, "")
			if p.Type != "urn:hatchery:problem:"+models.RuleSelfLockout {
				t.Errorf("%v: problem %+v", body, p)
			}
		}
		after, err := ts.Store.GetUser(context.Background(), me.ID)
		if err != nil || after.Role != models.RoleAdmin || after.Disabled || after.Version != me.Version {
			t.Fatalf("after refused changes: %+v, %v", after, err)
		}
		// Another user can be made a security auditor.
		other := ts.newUser(models.RoleReviewer)
		w := ts.do(request{method: "PATCH", path: "/api/v1/users/" + other.ID, as: models.RoleAdmin, body: map[string]any{"version": other.Version, "role": "security_auditor"}})
		if w.Code != http.StatusOK || decode[models.User](t, w).Role != models.RoleSecurityAuditor {
			t.Fatalf("make a security auditor: %d %s", w.Code, w.Body.String())
		}
	})
}

// TestExpiredPasswordOnlyChanges: under a maximum age, a user whose
// password is older signs in with must_change_password, is refused
// everything but the change (403 password_expired), and is let through
// once the password is changed. API tokens are not held to it.
func TestExpiredPasswordOnlyChanges(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
		ts := newTestServer(t, d, withClock(clk.Now))
		tok := ts.newToken(models.RoleReviewer)
		w := ts.do(request{method: "PUT", path: "/api/v1/settings/passwords", as: models.RoleAdmin, body: map[string]any{"version": 0, "max_age_days": -1}})
		wantProblem(t, w, http.StatusUnprocessableEntity, "max_age_days")
		w = ts.do(request{method: "PUT", path: "/api/v1/settings/passwords", as: models.RoleAdmin, body: map[string]any{"version": 0, "max_age_days": 30}})
		if w.Code != http.StatusOK || decode[models.PasswordSettings](t, w).MaxAgeDays != 30 {
			t.Fatalf("set the policy: %d %s", w.Code, w.Body.String())
		}
		if n := len(ts.auditFor("update", "passwords")); n != 1 {
			t.Errorf("%d audit entries of the policy, want 1", n)
		}

		// Within the age nothing changes.
		w = ts.postLogin("u_reviewer", testPassword)
		if w.Code != http.StatusOK || decode[handlers.SignedInUser](t, w).MustChangePassword {
			t.Fatalf("a fresh password: %d %s", w.Code, w.Body.String())
		}

		clk.Add(31 * 24 * time.Hour)
		w = ts.postLogin("u_reviewer", testPassword)
		if w.Code != http.StatusOK || !decode[handlers.SignedInUser](t, w).MustChangePassword {
			t.Fatalf("an expired password signs in with must_change_password: %d %s", w.Code, w.Body.String())
		}
		cookie := ""
		for _, c := range w.Result().Cookies() {
			if c.Name == handlers.SessionCookie {
				cookie = c.Value
			}
		}
		h := sessionHeader(cookie)
		for _, r := range []request{
			{method: "GET", path: "/api/v1/organizations", header: h},
			{method: "GET", path: "/api/v1/home", header: h},
			{method: "POST", path: "/api/v1/tokens", header: h, body: map[string]any{"name": "x"}},
		} {
			p := wantProblem(t, ts.do(r), http.StatusForbidden, "")
			if p.Type != "urn:hatchery:problem:password_expired" {
				t.Errorf("%s %s: %+v", r.method, r.path, p)
			}
		}
		if me := decode[handlers.SignedInUser](t, ts.do(request{method: "GET", path: "/api/v1/auth/me", header: h})); !me.MustChangePassword {
			t.Errorf("me: %+v", me)
		}
		// A token is its own credential.
		if w := ts.do(request{method: "GET", path: "/api/v1/organizations", header: bearerHeader(tok.Token)}); w.Code != http.StatusOK {
			t.Errorf("with a token: %d", w.Code)
		}

		// The current password again is refused; a new one lets it through.
		w = ts.do(request{method: "POST", path: "/api/v1/auth/password", header: h, body: map[string]string{"current_password": testPassword, "new_password": testPassword}})
		wantProblem(t, w, http.StatusUnprocessableEntity, "new_password")
		w = ts.do(request{method: "POST", path: "/api/v1/auth/password", header: h, body: map[string]string{"current_password": testPassword, "new_password": "a-renewed-passphrase"}})
		if w.Code != http.StatusNoContent {
			t.Fatalf("change: %d %s", w.Code, w.Body.String())
		}
		if w := ts.do(request{method: "GET", path: "/api/v1/organizations", header: h}); w.Code != http.StatusOK {
			t.Fatalf("after the change: %d %s", w.Code, w.Body.String())
		}
		if me := decode[handlers.SignedInUser](t, ts.do(request{method: "GET", path: "/api/v1/auth/me", header: h})); me.MustChangePassword {
			t.Errorf("me after the change: %+v", me)
		}
	})
}

// postLogin signs in and answers the whole answer.
func (ts *testServer) postLogin(username, password string) *httptest.ResponseRecorder {
	ts.t.Helper()
	return ts.do(request{method: "POST", path: "/api/v1/auth/login", body: map[string]string{"username": username, "password": password}})
}

// TestPasswordReuseOverTheAPI: each of the last five is refused with 422
// password_reused naming new_password; the one before them is accepted.
func TestPasswordReuseOverTheAPI(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		cookie := ts.login("u_funder", testPassword)
		h := sessionHeader(cookie)
		pw := func(i int) string { return "rotating-passphrase-" + string(rune('a'+i)) }
		change := func(cur, next string) *httptest.ResponseRecorder {
			return ts.do(request{method: "POST", path: "/api/v1/auth/password", header: h, body: map[string]string{"current_password": cur, "new_password": next}})
		}
		cur := testPassword
		for i := 1; i <= 6; i++ {
			if w := change(cur, pw(i)); w.Code != http.StatusNoContent {
				t.Fatalf("change %d: %d %s", i, w.Code, w.Body.String())
			}
			cur = pw(i)
		}
		for i := 1; i <= 5; i++ {
			p := wantProblem(t, change(cur, pw(i)), http.StatusUnprocessableEntity, "new_password")
			if p.Type != "urn:hatchery:problem:"+models.RulePasswordReused {
				t.Errorf("reusing %d: %+v", i, p)
			}
		}
		if w := change(cur, testPassword); w.Code != http.StatusNoContent {
			t.Fatalf("the sixth-oldest: %d %s", w.Code, w.Body.String())
		}
	})
}
