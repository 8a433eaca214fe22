package api

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

func TestBadTokenSaysWhy(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clk := newClock()
		ts := newTestServer(t, d, withClock(clk.Now))
		create := func(body map[string]any) models.NewAPIToken {
			w := ts.do(request{method: "POST", path: "/api/v1/tokens", as: models.RoleFunder, body: body})
			if w.Code != http.StatusCreated {
				t.Fatalf("create token: %d %s", w.Code, w.Body.String())
			}
			return decode[models.NewAPIToken](t, w)
		}
		expiring := create(map[string]any{"name": "一天", "expires_in_days": 1})
		revoked := create(map[string]any{"name": "已撤销"})
		kept := create(map[string]any{"name": "长期"})
		if w := ts.do(request{method: "DELETE", path: "/api/v1/tokens/" + revoked.ID, as: models.RoleFunder}); w.Code != http.StatusNoContent {
			t.Fatalf("revoke: %d %s", w.Code, w.Body.String())
		}
		clk.Add(25 * time.Hour)
		me := func(auth string) request {
			return request{method: "GET", path: "/api/v1/auth/me", header: map[string]string{"Authorization": auth}}
		}

		cases := []struct {
			name   string
			auth   string
			status int
			says   string // part of the detail; "" for a success
		}{
			{"unknown token", "Bearer ht_guess", http.StatusUnauthorized, "invalid, expired or revoked"},
			{"altered token", "Bearer " + kept.Token + "x", http.StatusUnauthorized, "invalid, expired or revoked"},
			{"expired token", "Bearer " + expiring.Token, http.StatusUnauthorized, "invalid, expired or revoked"},
			{"revoked token", "Bearer " + revoked.Token, http.StatusUnauthorized, "invalid, expired or revoked"},
			{"session cookie as a bearer", "Bearer " + ts.cookie(models.RoleAdmin), http.StatusUnauthorized, "invalid, expired or revoked"},
			{"another scheme", "Basic dTpw", http.StatusUnauthorized, `must be "Bearer <token>"`},
			{"valid token", "Bearer " + kept.Token, http.StatusOK, ""},
		}
		denied := ts.auditCount("denied")
		for _, c := range cases {
			w := ts.do(me(c.auth))
			if c.says == "" {
				if w.Code != c.status || decode[models.User](t, w).Username != "u_funder" {
					t.Fatalf("%s: %d %s", c.name, w.Code, w.Body.String())
				}
				continue
			}
			p := wantProblem(t, w, c.status, "")
			if !strings.Contains(p.Detail, c.says) {
				t.Fatalf("%s: detail %q does not say %q", c.name, p.Detail, c.says)
			}
			if c.says == "invalid, expired or revoked" {
				if got := w.Header().Get("WWW-Authenticate"); got != `Bearer error="invalid_token"` {
					t.Fatalf("%s: WWW-Authenticate = %q", c.name, got)
				}
				denied++
			}
			if n := ts.auditCount("denied"); n != denied {
				t.Fatalf("%s: denied entries = %d, want %d (one per bad token)", c.name, n, denied)
			}
		}
		// Without any credentials the answer still asks to sign in.
		if p := wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/auth/me"}), http.StatusUnauthorized, ""); p.Detail != "sign in first" {
			t.Fatalf("no credentials: %q", p.Detail)
		}
	})
}

// A token cannot make tokens: one that expires tomorrow could otherwise
// mint one that never does and keeps working after the first is revoked.
func TestTokensAreMadeFromASession(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		tok := ts.newToken(models.RoleFunder)
		denied := ts.auditCount("denied")
		w := ts.do(request{method: "POST", path: "/api/v1/tokens", header: bearerHeader(tok.Token),
			body: map[string]any{"name": "由令牌创建"}})
		p := wantProblem(t, w, http.StatusForbidden, "")
		if !strings.Contains(p.Detail, "signed-in session") {
			t.Errorf("detail %q does not say tokens are made from a signed-in session", p.Detail)
		}
		if n := ts.auditCount("denied"); n != denied+1 {
			t.Errorf("denied entries = %d, want %d", n, denied+1)
		}
		list, err := ts.Store.ListTokens(context.Background(), ts.userOf(models.RoleFunder).ID, models.Page{Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		if len(list.Items) != 1 || list.Items[0].ID != tok.ID {
			t.Errorf("tokens after the refusal: %+v, want only the first", list.Items)
		}
		// The token still reads its own tokens and revokes them.
		if w := ts.do(request{method: "GET", path: "/api/v1/tokens", header: bearerHeader(tok.Token)}); w.Code != http.StatusOK {
			t.Errorf("list with a token: %d %s", w.Code, w.Body.String())
		}
	})
}
