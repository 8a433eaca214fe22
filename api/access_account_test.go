package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"hatchery/models"
)

// twinOf creates a user with the role and binding of role's fixture user
// and testPassword, so that a case may change its password or end its
// sessions without touching the sessions other cases share.
func (ts *testServer) twinOf(role models.Role) models.User {
	ts.t.Helper()
	fx := ts.userOf(role)
	in := models.NewUser{Username: "twin_" + uniqueSuffix(), DisplayName: "同角色用户", Role: role, Password: testPassword}
	if fx.OrganizationID != nil {
		in.OrganizationID = *fx.OrganizationID
	}
	if fx.FunderID != nil {
		in.FunderID = *fx.FunderID
	}
	u, err := ts.Store.CreateUser(context.Background(), models.System("test"), in)
	if err != nil {
		ts.t.Fatal(err)
	}
	return u
}

// meStatus is what GET /auth/me answers to a session cookie.
func (ts *testServer) meStatus(cookie string) int {
	ts.t.Helper()
	return ts.do(request{method: "GET", path: "/api/v1/auth/me", header: sessionHeader(cookie)}).Code
}

// accountAccessCases are the rows of the account routes: every signed-in
// caller may change their own password and see and end their own sessions.
func accountAccessCases() []accessCase {
	return []accessCase{
		{"POST", "/api/v1/auth/password", signedInGets(204), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			body := map[string]string{"current_password": testPassword, "new_password": "a-fresh-passphrase-" + uniqueSuffix()}
			if as == anonymous {
				return request{method: "POST", path: "/api/v1/auth/password", body: body}, noCheck
			}
			u := ts.twinOf(as)
			mine, other := ts.login(u.Username, testPassword), ts.login(u.Username, testPassword)
			return request{method: "POST", path: "/api/v1/auth/password", header: sessionHeader(mine), body: body}, func(t *testing.T, _ *httptest.ResponseRecorder, _ bool) {
				if got := ts.meStatus(mine); got != 200 {
					t.Errorf("the session that changed the password: %d, want 200", got)
				}
				if got := ts.meStatus(other); got != 401 {
					t.Errorf("another session after the change: %d, want 401", got)
				}
				if ts.login(u.Username, body["new_password"]) == "" {
					t.Errorf("the new password does not sign in")
				}
			}
		}},
		{"GET", "/api/v1/auth/sessions", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			if as == anonymous {
				return request{method: "GET", path: "/api/v1/auth/sessions"}, noCheck
			}
			u := ts.twinOf(as)
			mine, other := ts.login(u.Username, testPassword), ts.login(u.Username, testPassword)
			return request{method: "GET", path: "/api/v1/auth/sessions", header: sessionHeader(mine)}, func(t *testing.T, w *httptest.ResponseRecorder, _ bool) {
				checkOwnSessions(t, ts, w, u.ID, mine, other)
			}
		}},
		{"DELETE", "/api/v1/auth/sessions/:id", signedInGets(204), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			owner := as
			if as == anonymous {
				owner = models.RoleReviewer
			}
			u := ts.twinOf(owner)
			mine, other := ts.login(u.Username, testPassword), ts.login(u.Username, testPassword)
			target := sessionIDOf(ts, u.ID, other)
			req := request{method: "DELETE", path: "/api/v1/auth/sessions/" + target, header: sessionHeader(mine)}
			if as == anonymous {
				req.header = nil
			}
			return req, func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
				want := 200
				if allowed {
					want = 401
				}
				if got := ts.meStatus(other); got != want {
					t.Errorf("the ended session answers %d, want %d", got, want)
				}
				if got := ts.meStatus(mine); got != 200 {
					t.Errorf("the session that ended another: %d, want 200", got)
				}
			}
		}},
	}
}

// everySession lists sessions whatever their idle time: the cases only
// need their ids.
var everySession = models.SessionPolicy{Idle: 365 * 24 * time.Hour, Absolute: 365 * 24 * time.Hour}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// sessionIDOf is the id of the user's session behind cookie.
func sessionIDOf(ts *testServer, userID, cookie string) string {
	ts.t.Helper()
	l, err := ts.Store.ListSessions(context.Background(), userID, cookie, everySession, models.Page{Limit: models.MaxLimit})
	if err != nil {
		ts.t.Fatal(err)
	}
	for _, s := range l.Items {
		if s.Current {
			return s.ID
		}
	}
	ts.t.Fatalf("no session of %s behind the cookie", userID)
	return ""
}

// checkOwnSessions checks that a session list holds exactly the user's
// sessions, marks the current one, and shows no token or hash.
func checkOwnSessions(t *testing.T, ts *testServer, w *httptest.ResponseRecorder, userID, current string, others ...string) {
	t.Helper()
	if w.Code != 200 {
		t.Fatalf("list sessions: %d %s", w.Code, w.Body.String())
	}
	body := w.Body.String()
	for _, c := range append([]string{current}, others...) {
		if strings.Contains(body, c) || strings.Contains(body, sha256Hex(c)) {
			t.Fatalf("the session list shows a token or its hash: %s", body)
		}
	}
	l := decode[models.List[models.Session]](t, w)
	want := map[string]bool{sessionIDOf(ts, userID, current): true}
	for _, c := range others {
		want[sessionIDOf(ts, userID, c)] = false
	}
	if len(l.Items) != len(want) || l.Total != int64(len(want)) {
		t.Fatalf("%d sessions listed (total %d), want %d: %s", len(l.Items), l.Total, len(want), body)
	}
	for _, s := range l.Items {
		isCurrent, ok := want[s.ID]
		if !ok {
			t.Errorf("session %s is not the caller's", s.ID)
		}
		if s.Current != isCurrent {
			t.Errorf("session %s current = %v, want %v", s.ID, s.Current, isCurrent)
		}
	}
}
