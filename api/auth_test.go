package api

import (
	"crypto/tls"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

func newClock() *storetest.Clock {
	return storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
}

func loginBody(user, pw string) map[string]string {
	return map[string]string{"username": user, "password": pw}
}

func TestSignInThrottling(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, withThrottle(handlers.ThrottleConfig{
			AccountBurst: 3, AccountEvery: time.Minute, AddressBurst: 5, AddressEvery: 10 * time.Second, Now: clk.Now,
		}))
		login := func(user, pw string) *httptest.ResponseRecorder {
			return ts.do(request{method: "POST", path: "/api/v1/auth/login", body: loginBody(user, pw)})
		}
		for i := 0; i < 3; i++ {
			wantProblem(t, login("u_admin", "wrong-password-1"), http.StatusUnauthorized, "")
		}
		w := login("u_admin", testPassword)
		wantProblem(t, w, http.StatusTooManyRequests, "")
		if ra, _ := strconv.Atoi(w.Header().Get("Retry-After")); ra < 1 || ra > 60 {
			t.Fatalf("Retry-After = %q, want 1..60 seconds", w.Header().Get("Retry-After"))
		}
		if n := ts.auditCount("login_failed"); n != 3 {
			t.Fatalf("login_failed entries = %d, want 3", n)
		}
		if n := ts.auditCount("login_throttled"); n != 1 {
			t.Fatalf("login_throttled entries = %d, want 1", n)
		}
		// One minute refills one account token; the address bucket (5, one
		// per 10 s) has 1 left plus 6 refilled, capped at 5.
		clk.Add(time.Minute)
		if w := login("u_admin", testPassword); w.Code != http.StatusOK {
			t.Fatalf("after waiting: %d %s", w.Code, w.Body.String())
		}
		// The address limit holds across accounts: 5 attempts, then 429.
		clk.Add(time.Hour)
		for i, user := range []string{"a1", "a2", "a3", "a4", "a5"} {
			if w := login(user, "wrong-password-1"); w.Code != http.StatusUnauthorized {
				t.Fatalf("attempt %d: %d", i, w.Code)
			}
		}
		wantProblem(t, login("a6", "wrong-password-1"), http.StatusTooManyRequests, "")
	})
}

func TestSessionLifetime(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, withClock(clk.Now), withSessions(models.SessionPolicy{Idle: 30 * time.Minute, Absolute: 2 * time.Hour}))
		me := func(cookie string) int {
			req := httptest.NewRequest("GET", "/api/v1/auth/me", nil)
			req.AddCookie(&http.Cookie{Name: handlers.SessionCookie, Value: cookie})
			w := httptest.NewRecorder()
			ts.Server.Handler.ServeHTTP(w, req)
			return w.Code
		}
		t.Run("idle", func(t *testing.T) {
			c := ts.login("u_reviewer", testPassword)
			clk.Add(29 * time.Minute)
			if got := me(c); got != 200 {
				t.Fatalf("after 29 idle minutes: %d, want 200", got)
			}
			clk.Add(29 * time.Minute) // 29 minutes since the last request
			if got := me(c); got != 200 {
				t.Fatalf("activity should extend the session: %d", got)
			}
			clk.Add(31 * time.Minute)
			if got := me(c); got != 401 {
				t.Fatalf("after 31 idle minutes: %d, want 401", got)
			}
			clk.Add(-31 * time.Minute)
			if got := me(c); got != 401 {
				t.Fatalf("an expired session must be gone for good: %d", got)
			}
		})
		t.Run("absolute", func(t *testing.T) {
			c := ts.login("u_admin", testPassword)
			for i := 0; i < 5; i++ { // 100 minutes of steady use
				clk.Add(20 * time.Minute)
				if got := me(c); got != 200 {
					t.Fatalf("at %d min: %d", (i+1)*20, got)
				}
			}
			clk.Add(20 * time.Minute) // 120 minutes after sign-in
			if got := me(c); got != 401 {
				t.Fatalf("past the absolute limit: %d, want 401", got)
			}
		})
		t.Run("logout", func(t *testing.T) {
			c := ts.login("u_funder", testPassword)
			req := httptest.NewRequest("POST", "/api/v1/auth/logout", strings.NewReader("{}"))
			req.Header.Set("Content-Type", "application/json")
			req.AddCookie(&http.Cookie{Name: handlers.SessionCookie, Value: c})
			w := httptest.NewRecorder()
			ts.Server.Handler.ServeHTTP(w, req)
			if w.Code != http.StatusNoContent {
				t.Fatalf("logout: %d", w.Code)
			}
			if got := me(c); got != 401 {
				t.Fatalf("after logout: %d, want 401", got)
			}
		})
	})
}

func TestSessionCookieAttributes(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t, models.SQLite)
	for _, tlsOn := range []bool{false, true} {
		req := httptest.NewRequest("POST", "/api/v1/auth/login", strings.NewReader(`{"username":"u_admin","password":"`+testPassword+`"}`))
		req.Header.Set("Content-Type", "application/json")
		if tlsOn {
			req.TLS = &tls.ConnectionState{}
		}
		w := httptest.NewRecorder()
		ts.Server.Handler.ServeHTTP(w, req)
		cs := w.Result().Cookies()
		if w.Code != 200 || len(cs) != 1 {
			t.Fatalf("login: %d, cookies %v", w.Code, cs)
		}
		c := cs[0]
		if !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure != tlsOn || len(c.Value) < 43 {
			t.Fatalf("tls=%v: cookie %+v", tlsOn, c)
		}
		// password_changed_at and must_change_password are answered; the
		// hash never is.
		if body := w.Body.String(); strings.Contains(body, "password_hash") || strings.Contains(body, "argon2") {
			t.Fatalf("the answer mentions the password hash: %s", body)
		}
	}
}

func TestAPITokens(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, withClock(clk.Now))
		bearer := func(tok string) *httptest.ResponseRecorder {
			return ts.do(request{method: "GET", path: "/api/v1/auth/me", header: map[string]string{"Authorization": "Bearer " + tok}})
		}
		w := ts.do(request{method: "POST", path: "/api/v1/tokens", as: models.RoleFunder, body: map[string]any{"name": "月度对账脚本", "expires_in_days": 1}})
		if w.Code != http.StatusCreated {
			t.Fatalf("create: %d %s", w.Code, w.Body.String())
		}
		tok := decode[models.NewAPIToken](t, w)
		if !strings.HasPrefix(tok.Token, "ht_") || tok.ExpiresAt == nil {
			t.Fatalf("created token %+v", tok)
		}
		if w := bearer(tok.Token); w.Code != 200 || decode[models.User](t, w).Username != "u_funder" {
			t.Fatalf("bearer: %d %s", w.Code, w.Body.String())
		}
		list := ts.do(request{method: "GET", path: "/api/v1/tokens", as: models.RoleFunder})
		if strings.Contains(list.Body.String(), tok.Token) || strings.Contains(list.Body.String(), `"token"`) || !strings.Contains(list.Body.String(), tok.ID) {
			t.Fatalf("token list must name the token without its secret: %s", list.Body.String())
		}
		wantProblem(t, bearer(tok.Token+"x"), http.StatusUnauthorized, "")
		wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/auth/me", header: map[string]string{"Authorization": "Basic abc"}}), http.StatusUnauthorized, "")

		clk.Add(25 * time.Hour)
		wantProblem(t, bearer(tok.Token), http.StatusUnauthorized, "")

		ts.forget(models.RoleFunder) // the session has expired too
		w = ts.do(request{method: "POST", path: "/api/v1/tokens", as: models.RoleFunder, body: map[string]any{"name": "second"}})
		tok2 := decode[models.NewAPIToken](t, w)
		if w := bearer(tok2.Token); w.Code != 200 {
			t.Fatalf("no-expiry token: %d", w.Code)
		}
		if w := ts.do(request{method: "DELETE", path: "/api/v1/tokens/" + tok2.ID, as: models.RoleFunder}); w.Code != http.StatusNoContent {
			t.Fatalf("revoke: %d %s", w.Code, w.Body.String())
		}
		wantProblem(t, bearer(tok2.Token), http.StatusUnauthorized, "")
		if n := ts.auditCount("revoke"); n != 1 {
			t.Fatalf("revoke audit entries = %d, want 1", n)
		}
	})
}
