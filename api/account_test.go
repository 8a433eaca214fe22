package api

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

func changePassword(ts *testServer, cookie, current, next string) *httptest.ResponseRecorder {
	return ts.do(request{method: "POST", path: "/api/v1/auth/password", header: sessionHeader(cookie),
		body: map[string]string{"current_password": current, "new_password": next}})
}

func TestChangePassword(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		const fresh = "a-fresh-passphrase-17"
		// unchanged checks that the password is still testPassword and that
		// the user's other session still works.
		unchanged := func(t *testing.T, u models.User, other string) {
			t.Helper()
			if ts.meStatus(other) != 200 {
				t.Errorf("a refused change ended another session")
			}
			if ts.login(u.Username, testPassword) == "" {
				t.Errorf("a refused change changed the password")
			}
		}
		refusals := []struct {
			name, current, next, field, code string
		}{
			{"wrong current password", "not-the-password", fresh, "current_password", "password_wrong"},
			{"too short", testPassword, "short", "new_password", "password_length"},
			{"one character repeated", testPassword, "zzzzzzzzzz", "new_password", "password_repeated"},
			{"common", testPassword, "password123", "new_password", "password_common"},
			{"the current one", testPassword, testPassword, "new_password", "password_unchanged"},
		}
		for _, c := range refusals {
			t.Run(c.name, func(t *testing.T) {
				u := ts.newUser(models.RoleReviewer)
				mine, other := ts.login(u.Username, testPassword), ts.login(u.Username, testPassword)
				p := wantProblem(t, changePassword(ts, mine, c.current, c.next), http.StatusUnprocessableEntity, c.field)
				if p.Errors[0].Code != c.code {
					t.Errorf("code %q, want %q", p.Errors[0].Code, c.code)
				}
				unchanged(t, u, other)
				if n := len(ts.auditFor("change_password", u.ID)); n != 0 {
					t.Errorf("%d change_password entries for a refused change", n)
				}
			})
		}
		t.Run("an API token may not change the password", func(t *testing.T) {
			u := ts.newUser(models.RoleReviewer)
			other := ts.login(u.Username, testPassword)
			tok := ts.do(request{method: "POST", path: "/api/v1/tokens", header: sessionHeader(other), body: map[string]any{"name": "脚本"}})
			secret := decode[models.NewAPIToken](t, tok).Token
			wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/auth/password", header: bearerHeader(secret),
				body: map[string]string{"current_password": testPassword, "new_password": fresh}}), http.StatusForbidden, "")
			unchanged(t, u, other)
		})
		t.Run("success ends the other sessions only", func(t *testing.T) {
			u := ts.newUser(models.RoleReviewer)
			mine := ts.login(u.Username, testPassword)
			others := []string{ts.login(u.Username, testPassword), ts.login(u.Username, testPassword)}
			bystander := ts.cookie(models.RoleReviewer)
			if w := changePassword(ts, mine, testPassword, fresh); w.Code != http.StatusNoContent {
				t.Fatalf("change: %d %s", w.Code, w.Body.String())
			}
			if got := ts.meStatus(mine); got != 200 {
				t.Errorf("the current session: %d, want 200", got)
			}
			for _, c := range others {
				if got := ts.meStatus(c); got != 401 {
					t.Errorf("an old session: %d, want 401", got)
				}
			}
			if got := ts.meStatus(bystander); got != 200 {
				t.Errorf("another user's session: %d, want 200", got)
			}
			if ts.login(u.Username, testPassword) != "" {
				t.Errorf("the old password still signs in")
			}
			if ts.login(u.Username, fresh) == "" {
				t.Errorf("the new password does not sign in")
			}
			entries := ts.auditFor("change_password", u.ID)
			if len(entries) != 1 {
				t.Fatalf("%d change_password entries, want 1", len(entries))
			}
			if e := entries[0]; strings.Contains(string(e.After)+string(e.Before), "argon2") ||
				strings.Contains(string(e.After), fresh) || !strings.Contains(string(e.After), `"sessions_ended":2`) {
				t.Errorf("audit entry: before %s after %s", e.Before, e.After)
			}
		})
	})
}

func TestWrongCurrentPasswordIsThrottled(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, withThrottle(handlers.ThrottleConfig{
			AccountBurst: 3, AccountEvery: time.Hour, AddressBurst: 100, AddressEvery: time.Second,
		}))
		u := ts.newUser(models.RoleReviewer)
		mine := ts.login(u.Username, testPassword) // a success refills the account
		// Weak new passwords with the right current one are not guesses.
		for i := 0; i < 4; i++ {
			wantProblem(t, changePassword(ts, mine, testPassword, "short"), http.StatusUnprocessableEntity, "new_password")
		}
		for i := 0; i < 3; i++ {
			wantProblem(t, changePassword(ts, mine, "guess-number-"+string(rune('a'+i)), "a-fresh-passphrase-17"), http.StatusUnprocessableEntity, "current_password")
		}
		wantProblem(t, changePassword(ts, mine, testPassword, "a-fresh-passphrase-17"), http.StatusTooManyRequests, "")
		if ts.login(u.Username, testPassword) != "" {
			t.Errorf("sign-in must share the spent account budget")
		}
	})
}

func TestSessions(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		list := func(cookie string) *httptest.ResponseRecorder {
			return ts.do(request{method: "GET", path: "/api/v1/auth/sessions", header: sessionHeader(cookie)})
		}
		end := func(cookie, id string) *httptest.ResponseRecorder {
			return ts.do(request{method: "DELETE", path: "/api/v1/auth/sessions/" + id, header: sessionHeader(cookie)})
		}
		t.Run("lists exactly the caller's sessions", func(t *testing.T) {
			u, stranger := ts.newUser(models.RoleReviewer), ts.newUser(models.RoleReviewer)
			mine, other := ts.login(u.Username, testPassword), ts.login(u.Username, testPassword)
			theirs := ts.login(stranger.Username, testPassword)
			w := list(mine)
			checkOwnSessions(t, ts, w, u.ID, mine, other)
			if strings.Contains(w.Body.String(), theirs) || strings.Contains(w.Body.String(), sessionIDOf(ts, stranger.ID, theirs)) {
				t.Errorf("another user's session is listed: %s", w.Body.String())
			}
			if cc := w.Header().Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control %q, want no-store", cc)
			}
		})
		t.Run("another user's session is not found", func(t *testing.T) {
			u, stranger := ts.newUser(models.RoleReviewer), ts.newUser(models.RoleAdmin)
			mine, theirs := ts.login(u.Username, testPassword), ts.login(stranger.Username, testPassword)
			id := sessionIDOf(ts, stranger.ID, theirs)
			wantProblem(t, end(mine, id), http.StatusNotFound, "")
			wantProblem(t, end(mine, "not-an-id"), http.StatusNotFound, "")
			if got := ts.meStatus(theirs); got != 200 {
				t.Errorf("the stranger's session: %d, want 200", got)
			}
			if n := len(ts.auditFor("end_session", id)); n != 0 {
				t.Errorf("%d end_session entries for a refused end", n)
			}
		})
		t.Run("ends another of one's sessions", func(t *testing.T) {
			u := ts.newUser(models.RoleReviewer)
			mine, other := ts.login(u.Username, testPassword), ts.login(u.Username, testPassword)
			id := sessionIDOf(ts, u.ID, other)
			if w := end(mine, id); w.Code != http.StatusNoContent || len(w.Result().Cookies()) != 0 {
				t.Fatalf("end: %d, cookies %v", w.Code, w.Result().Cookies())
			}
			if ts.meStatus(other) != 401 || ts.meStatus(mine) != 200 {
				t.Errorf("after ending the other session: other %d, mine %d", ts.meStatus(other), ts.meStatus(mine))
			}
			checkOwnSessions(t, ts, list(mine), u.ID, mine)
			if n := len(ts.auditFor("end_session", id)); n != 1 {
				t.Errorf("%d end_session entries, want 1", n)
			}
		})
		t.Run("ending the current session signs out", func(t *testing.T) {
			u := ts.newUser(models.RoleReviewer)
			mine := ts.login(u.Username, testPassword)
			w := end(mine, sessionIDOf(ts, u.ID, mine))
			if w.Code != http.StatusNoContent {
				t.Fatalf("end: %d %s", w.Code, w.Body.String())
			}
			cleared := false
			for _, c := range w.Result().Cookies() {
				cleared = cleared || (c.Name == handlers.SessionCookie && c.MaxAge < 0)
			}
			if !cleared || ts.meStatus(mine) != 401 {
				t.Errorf("the current session lives on (cookie cleared %v)", cleared)
			}
		})
		t.Run("an API token lists sessions with none current", func(t *testing.T) {
			u := ts.newUser(models.RoleReviewer)
			mine := ts.login(u.Username, testPassword)
			tok := decode[models.NewAPIToken](t, ts.do(request{method: "POST", path: "/api/v1/tokens", header: sessionHeader(mine), body: map[string]any{"name": "脚本"}}))
			w := ts.do(request{method: "GET", path: "/api/v1/auth/sessions", header: bearerHeader(tok.Token)})
			l := decode[models.List[models.Session]](t, w)
			if w.Code != 200 || len(l.Items) != 1 || l.Items[0].Current {
				t.Errorf("sessions seen by a token: %d %s", w.Code, w.Body.String())
			}
		})
	})
}
