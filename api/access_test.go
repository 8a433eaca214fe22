package api

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// anonymous is the caller without credentials in the access matrix.
const anonymous models.Role = ""

// everyCaller is anonymous followed by every role.
var everyCaller = append([]models.Role{anonymous}, models.Roles...)

func callerName(r models.Role) string {
	if r == anonymous {
		return "anonymous"
	}
	return string(r)
}

// sharedWith signs every role in once and answers a view of ts whose
// failures are reported on t, so that parallel sub-cases can share one
// server (and its sign-ins) without touching the parent test.
func (ts *testServer) sharedWith(t testing.TB) *testServer {
	t.Helper()
	for _, r := range models.Roles {
		ts.cookie(r)
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return &testServer{t: t, Store: ts.Store, Server: ts.Server, Users: ts.Users, Fix: ts.Fix, cookies: maps.Clone(ts.cookies)}
}

// uniqueSuffix is a short random suffix that keeps names and request ids
// apart between cases running at the same time.
func uniqueSuffix() string {
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// digits8 is eight random decimal digits, a body for models.MakeUSCC.
func digits8() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = '0' + b[i]%10
	}
	return string(b)
}

// sessionHeader sends a session cookie other than the cached one of a role.
func sessionHeader(cookie string) map[string]string {
	return map[string]string{"Cookie": handlers.SessionCookie + "=" + cookie}
}

func bearerHeader(token string) map[string]string {
	return map[string]string{"Authorization": "Bearer " + token}
}

// userOf is the fixture user behind role.
func (ts *testServer) userOf(role models.Role) models.User { return ts.Users[role] }

// actorOf acts as the fixture user of role in direct Store calls.
func (ts *testServer) actorOf(role models.Role) models.Actor {
	u := ts.Users[role]
	return models.Actor{UserID: u.ID, Username: u.Username, Role: u.Role}
}

// auditFor lists the audit entries of one action on one entity id (or, for
// events such as denials, one request id).
func (ts *testServer) auditFor(action, entityID string) []models.AuditEntry {
	ts.t.Helper()
	l, err := ts.Store.ListAudit(context.Background(), models.AuditFilter{Action: action, EntityID: entityID, Page: models.Page{Limit: 200}})
	if err != nil {
		ts.t.Fatal(err)
	}
	return l.Items
}

// newUser creates a reviewer (or the given role, unbound) with testPassword.
func (ts *testServer) newUser(role models.Role) models.User {
	ts.t.Helper()
	u, err := ts.Store.CreateUser(context.Background(), models.System("test"), models.NewUser{
		Username: "user_" + uniqueSuffix(), DisplayName: "临时用户", Role: role, Password: testPassword,
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return u
}

func (ts *testServer) newCommunity() models.Community {
	ts.t.Helper()
	c, err := ts.Store.CreateCommunity(context.Background(), models.System("test"), models.Community{
		Name: "建华社区" + uniqueSuffix(), Street: ts.Fix.Community.Street, District: ts.Fix.Community.District,
		Type: "old_neighborhood", Households: 800, Population: 2100,
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return c
}

func (ts *testServer) newFunder() models.Funder {
	ts.t.Helper()
	code := models.MakeUSCC("11130100", digits8())
	f, err := ts.Store.CreateFunder(context.Background(), models.System("test"), models.Funder{
		Name: "慈善基金会" + uniqueSuffix(), Kind: "foundation", Department: "项目部", CreditCode: &code,
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return f
}

func (ts *testServer) newToken(role models.Role) models.NewAPIToken {
	ts.t.Helper()
	tok, err := ts.Store.CreateToken(context.Background(), ts.actorOf(role), "脚本"+uniqueSuffix(), 0)
	if err != nil {
		ts.t.Fatal(err)
	}
	return tok
}

// everyoneGets, signedInGets and onlyRoles build a route's expected status
// per caller.
func everyoneGets(status int) map[models.Role]int {
	m := map[models.Role]int{}
	for _, r := range everyCaller {
		m[r] = status
	}
	return m
}

func signedInGets(status int) map[models.Role]int {
	m := everyoneGets(status)
	m[anonymous] = http.StatusUnauthorized
	return m
}

func onlyRoles(status int, allowed ...models.Role) map[models.Role]int {
	m := signedInGets(http.StatusForbidden)
	for _, r := range allowed {
		m[r] = status
	}
	return m
}

// accessCase is one route of the table in routes.go.
type accessCase struct {
	method, route string // exactly as gin lists the route
	want          map[models.Role]int
	prepare       prepareFunc
}

// prepareFunc makes what a call needs and answers the request to send as
// the caller, and a check of what the answer did (allowed) or did not do
// (refused) to the stored data.
type prepareFunc func(t *testing.T, ts *testServer, as models.Role) (request, checkFunc)

type checkFunc func(t *testing.T, w *httptest.ResponseRecorder, allowed bool)

func noCheck(*testing.T, *httptest.ResponseRecorder, bool) {}

// readRoute is a read with nothing to set up.
func readRoute(path string, check func(t *testing.T, ts *testServer, as models.Role, w *httptest.ResponseRecorder)) prepareFunc {
	return func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
		return request{method: http.MethodGet, path: path, as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
			if allowed && check != nil {
				check(t, ts, as, w)
			}
		}
	}
}

func accessCases(fx fixture, users map[models.Role]models.User) []accessCase {
	admin, reviewer := models.RoleAdmin, models.RoleReviewer
	return []accessCase{
		{"GET", "/healthz", everyoneGets(200), readRoute("/healthz", nil)},
		{"GET", "/readyz", everyoneGets(200), readRoute("/readyz", nil)},
		{"GET", "/metrics", everyoneGets(200), readRoute("/metrics", nil)},
		{"GET", "/api/v1/openapi.json", everyoneGets(200), readRoute("/api/v1/openapi.json", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if doc := decode[map[string]any](t, w); doc["openapi"] == nil {
				t.Errorf("not an OpenAPI document: %.200s", w.Body.String())
			}
		})},
		{"POST", "/api/v1/auth/login", everyoneGets(200), func(_ *testing.T, _ *testServer, as models.Role) (request, checkFunc) {
			who := "u_" + string(as)
			if as == anonymous {
				who = "u_reviewer"
			}
			return request{method: "POST", path: "/api/v1/auth/login", as: as, body: map[string]string{"username": who, "password": testPassword}},
				func(t *testing.T, w *httptest.ResponseRecorder, _ bool) {
					if u := decode[models.User](t, w); u.Username != who {
						t.Errorf("signed in as %q, want %q", u.Username, who)
					}
					if !slices.ContainsFunc(w.Result().Cookies(), func(c *http.Cookie) bool { return c.Name == handlers.SessionCookie && c.Value != "" }) {
						t.Errorf("no session cookie set")
					}
				}
		}},
		{"POST", "/api/v1/auth/logout", signedInGets(204), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			if as == anonymous {
				return request{method: "POST", path: "/api/v1/auth/logout"}, noCheck
			}
			// A session of its own, so the role's shared one lives on.
			c := ts.login("u_"+string(as), testPassword)
			return request{method: "POST", path: "/api/v1/auth/logout", header: sessionHeader(c)}, func(t *testing.T, _ *httptest.ResponseRecorder, _ bool) {
				wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/auth/me", header: sessionHeader(c)}), 401, "")
				if w := ts.do(request{method: "GET", path: "/api/v1/auth/me", as: as}); w.Code != 200 {
					t.Errorf("logout ended another session of the user: %d", w.Code)
				}
			}
		}},
		{"GET", "/api/v1/auth/me", signedInGets(200), readRoute("/api/v1/auth/me", func(t *testing.T, _ *testServer, as models.Role, w *httptest.ResponseRecorder) {
			if u := decode[models.User](t, w); u.Username != "u_"+string(as) || u.Role != as {
				t.Errorf("me answered %s", w.Body.String())
			}
		})},

		{"GET", "/api/v1/tokens", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			if as == anonymous {
				return request{method: "GET", path: "/api/v1/tokens"}, noCheck
			}
			own, other := ts.newToken(as), ts.newToken(otherRole(as))
			return request{method: "GET", path: "/api/v1/tokens", as: as}, func(t *testing.T, w *httptest.ResponseRecorder, _ bool) {
				checkOwnTokens(t, ts, as, w, own, other)
			}
		}},
		{"POST", "/api/v1/tokens", signedInGets(201), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			return request{method: "POST", path: "/api/v1/tokens", as: as, body: map[string]any{"name": "导出脚本" + uniqueSuffix(), "expires_in_days": 30}},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					if !allowed {
						return
					}
					tok := decode[models.NewAPIToken](t, w)
					if !strings.HasPrefix(tok.Token, "ht_") || tok.ID == "" || tok.ExpiresAt == nil {
						t.Fatalf("created token %s", w.Body.String())
					}
					me := ts.do(request{method: "GET", path: "/api/v1/auth/me", header: bearerHeader(tok.Token)})
					if me.Code != 200 || decode[models.User](t, me).ID != ts.userOf(as).ID {
						t.Errorf("the new token does not act as its maker: %d %s", me.Code, me.Body.String())
					}
				}
		}},
		{"DELETE", "/api/v1/tokens/:id", signedInGets(204), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			owner := as
			if as == anonymous {
				owner = models.RoleReviewer
			}
			tok := ts.newToken(owner)
			return request{method: "DELETE", path: "/api/v1/tokens/" + tok.ID, as: as}, func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
				w := ts.do(request{method: "GET", path: "/api/v1/auth/me", header: bearerHeader(tok.Token)})
				if allowed {
					wantProblem(t, w, 401, "")
				} else if w.Code != 200 {
					t.Errorf("a refused revocation revoked the token: %d", w.Code)
				}
			}
		}},

		{"GET", "/api/v1/users", onlyRoles(200, admin), readRoute("/api/v1/users", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if l := decode[models.List[models.User]](t, w); l.Total < int64(len(models.Roles)) || strings.Contains(w.Body.String(), "argon2") {
				t.Errorf("user list: %.300s", w.Body.String())
			}
		})},
		{"POST", "/api/v1/users", onlyRoles(201, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			name := "new_" + uniqueSuffix()
			body := map[string]any{"username": name, "password": "a-long-unusual-passphrase", "role": "reviewer", "display_name": "新审核员"}
			return request{method: "POST", path: "/api/v1/users", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				l, err := ts.Store.ListUsers(context.Background(), models.UserFilter{Q: name})
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int64{true: 1, false: 0}[allowed]; l.Total != want {
					t.Fatalf("users named %s: %d, want %d", name, l.Total, want)
				}
				if allowed {
					u := decode[models.User](t, w)
					if u.ID == "" || u.Version != 1 || u.Username != name || u.Role != models.RoleReviewer || strings.Contains(w.Body.String(), "argon2") {
						t.Errorf("created user %s", w.Body.String())
					}
				}
			}
		}},
		{"GET", "/api/v1/users/:id", onlyRoles(200, admin), readRoute("/api/v1/users/"+users[models.RoleFunder].ID, func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if u := decode[models.User](t, w); u.Username != "u_funder" {
				t.Errorf("user %s", w.Body.String())
			}
		})},
		{"PATCH", "/api/v1/users/:id", onlyRoles(200, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// A refused change cannot touch the fixture user; only an
			// allowed one needs a user of its own.
			target := ts.userOf(models.RoleFunder)
			if as == models.RoleAdmin {
				target = ts.newUser(models.RoleReviewer)
			}
			name := "改名" + uniqueSuffix()
			return request{method: "PATCH", path: "/api/v1/users/" + target.ID, as: as, body: map[string]any{"version": 1, "display_name": name}},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					got, err := ts.Store.GetUser(context.Background(), target.ID)
					if err != nil {
						t.Fatal(err)
					}
					if allowed && (got.Version != 2 || got.DisplayName != name) {
						t.Errorf("after the change: %+v", got)
					}
					if !allowed && (got.Version != 1 || got.DisplayName != target.DisplayName) {
						t.Errorf("a refused change was stored: %+v", got)
					}
				}
		}},

		{"GET", "/api/v1/audit", onlyRoles(200, admin, reviewer), readRoute("/api/v1/audit", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if l := decode[models.List[models.AuditEntry]](t, w); l.Total == 0 || len(l.Items) == 0 || l.Items[0].Hash == "" {
				t.Errorf("audit list: %.300s", w.Body.String())
			}
		})},
		{"GET", "/api/v1/audit/verify", onlyRoles(200, admin, reviewer), readRoute("/api/v1/audit/verify", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			// Other cases write while this one reads, so only the shape is
			// checked here; the chain itself is tested in models.
			v := decode[map[string]any](t, w)
			if _, ok := v["ok"].(bool); !ok || v["checked"] == nil {
				t.Errorf("verify answered %s", w.Body.String())
			}
			if _, ok := v["first_bad"]; !ok {
				t.Errorf("verify answered no first_bad: %s", w.Body.String())
			}
		})},

		{"GET", "/api/v1/communities", signedInGets(200), readRoute("/api/v1/communities", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if l := decode[models.List[models.Community]](t, w); l.Total < 1 || len(l.Items) < 1 {
				t.Errorf("community list: %.300s", w.Body.String())
			}
		})},
		{"POST", "/api/v1/communities", onlyRoles(201, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			name := "槐中路社区" + uniqueSuffix()
			body := map[string]any{"name": name, "street": "槐中路街道", "district": "桥西区", "type": "commodity_housing", "households": 2400, "population": 6100}
			return request{method: "POST", path: "/api/v1/communities", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				l, err := ts.Store.ListCommunities(context.Background(), models.CommunityFilter{Q: name})
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int64{true: 1, false: 0}[allowed]; l.Total != want {
					t.Fatalf("communities named %s: %d, want %d", name, l.Total, want)
				}
				if allowed {
					c := decode[models.Community](t, w)
					if c.ID == "" || c.Version != 1 || c.Name != name || c.Population != 6100 || w.Header().Get("Location") != "/api/v1/communities/"+c.ID {
						t.Errorf("created community %s", w.Body.String())
					}
				}
			}
		}},
		{"GET", "/api/v1/communities/:id", signedInGets(200), readRoute("/api/v1/communities/"+fx.Community.ID, func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if c := decode[models.Community](t, w); c.ID != fx.Community.ID || c.Name != fx.Community.Name {
				t.Errorf("community %s", w.Body.String())
			}
		})},
		{"PATCH", "/api/v1/communities/:id", onlyRoles(200, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.newCommunity()
			return request{method: "PATCH", path: "/api/v1/communities/" + target.ID, as: as, body: map[string]any{"version": 1, "population": 4321}},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					got, err := ts.Store.GetCommunity(context.Background(), target.ID)
					if err != nil {
						t.Fatal(err)
					}
					if allowed && (got.Version != 2 || got.Population != 4321) {
						t.Errorf("after the change: %+v", got)
					}
					if !allowed && (got.Version != 1 || got.Population != target.Population) {
						t.Errorf("a refused change was stored: %+v", got)
					}
				}
		}},

		{"GET", "/api/v1/funders", signedInGets(200), readRoute("/api/v1/funders", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if l := decode[models.List[models.Funder]](t, w); l.Total < 1 || len(l.Items) < 1 {
				t.Errorf("funder list: %.300s", w.Body.String())
			}
		})},
		{"POST", "/api/v1/funders", onlyRoles(201, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			name := "长安区民政局" + uniqueSuffix()
			code := models.MakeUSCC("11130100", digits8())
			body := map[string]any{"name": name, "kind": "government", "department": "社会组织管理科", "credit_code": code}
			return request{method: "POST", path: "/api/v1/funders", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				l, err := ts.Store.ListFunders(context.Background(), models.FunderFilter{Q: name})
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int64{true: 1, false: 0}[allowed]; l.Total != want {
					t.Fatalf("funders named %s: %d, want %d", name, l.Total, want)
				}
				if allowed {
					f := decode[models.Funder](t, w)
					if f.ID == "" || f.Version != 1 || f.Name != name || f.CreditCode == nil || *f.CreditCode != code {
						t.Errorf("created funder %s", w.Body.String())
					}
				}
			}
		}},
		{"GET", "/api/v1/funders/:id", signedInGets(200), readRoute("/api/v1/funders/"+fx.Funder.ID, func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if f := decode[models.Funder](t, w); f.ID != fx.Funder.ID || f.Name != fx.Funder.Name {
				t.Errorf("funder %s", w.Body.String())
			}
		})},
		{"PATCH", "/api/v1/funders/:id", onlyRoles(200, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.newFunder()
			return request{method: "PATCH", path: "/api/v1/funders/" + target.ID, as: as, body: map[string]any{"version": 1, "department": "财务科"}},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					got, err := ts.Store.GetFunder(context.Background(), target.ID)
					if err != nil {
						t.Fatal(err)
					}
					if allowed && (got.Version != 2 || got.Department != "财务科") {
						t.Errorf("after the change: %+v", got)
					}
					if !allowed && (got.Version != 1 || got.Department != target.Department) {
						t.Errorf("a refused change was stored: %+v", got)
					}
				}
		}},
	}
}

// otherRole is a role whose fixture user is not the one of r.
func otherRole(r models.Role) models.Role {
	if r == models.RoleReviewer {
		return models.RoleFunder
	}
	return models.RoleReviewer
}

// checkOwnTokens checks that a token list holds the caller's own token and
// only tokens of the caller, and no secret.
func checkOwnTokens(t *testing.T, ts *testServer, as models.Role, w *httptest.ResponseRecorder, own, other models.NewAPIToken) {
	t.Helper()
	if w.Code != 200 {
		t.Fatalf("list tokens: %d %s", w.Code, w.Body.String())
	}
	body := w.Body.String()
	for _, secret := range []string{own.Token, other.Token, own.TokenHash, other.TokenHash} {
		if strings.Contains(body, secret) {
			t.Fatalf("the token list shows a secret or its hash: %s", body)
		}
	}
	var raw struct {
		Items []map[string]any `json:"items"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	mine, err := ts.Store.ListTokens(context.Background(), ts.userOf(as).ID, models.Page{Limit: models.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, tok := range mine.Items {
		ids[tok.ID] = true
	}
	seenOwn := false
	for _, item := range raw.Items {
		for _, k := range []string{"token", "token_hash", "user_id"} {
			if _, ok := item[k]; ok {
				t.Errorf("a listed token carries %q: %v", k, item)
			}
		}
		id, _ := item["id"].(string)
		if !ids[id] {
			t.Errorf("the list of %s holds a token that is not theirs: %v", as, item)
		}
		seenOwn = seenOwn || id == own.ID
	}
	if !seenOwn {
		t.Errorf("the caller's own token %s is missing from %s", own.ID, body)
	}
}

// accessMatrixCases checks every route for every caller.
func accessMatrixCases(t *testing.T, parent *testServer) {
	cases := accessCases(parent.Fix, parent.Users)

	t.Run("the matrix covers every route", func(t *testing.T) {
		covered := map[string]bool{}
		for _, c := range cases {
			key := c.method + " " + c.route
			if covered[key] {
				t.Errorf("%s is in the matrix twice", key)
			}
			covered[key] = true
			for _, r := range everyCaller {
				if _, ok := c.want[r]; !ok {
					t.Errorf("%s has no expected status for %s", key, callerName(r))
				}
			}
		}
		served := map[string]bool{}
		for _, r := range parent.Server.Engine.Routes() {
			key := r.Method + " " + r.Path
			served[key] = true
			if !covered[key] {
				t.Errorf("route %s is not in the access matrix; add it with the status each role gets", key)
			}
		}
		for key := range covered {
			if !served[key] {
				t.Errorf("the matrix names %s, which the server does not serve", key)
			}
		}
	})

	for _, c := range cases {
		for _, as := range everyCaller {
			want := c.want[as]
			t.Run(fmt.Sprintf("%s %s as %s", c.method, c.route, callerName(as)), func(t *testing.T) {
				t.Parallel()
				ts := parent.sharedWith(t)
				req, check := c.prepare(t, ts, as)
				reqID := "access-" + uniqueSuffix()
				req.header = maps.Clone(req.header)
				if req.header == nil {
					req.header = map[string]string{}
				}
				req.header["X-Request-ID"] = reqID
				deniedBefore := ts.auditCount("denied")

				w := ts.do(req)
				if w.Code != want {
					t.Fatalf("status %d, want %d; body %.400s", w.Code, want, w.Body.String())
				}
				if want >= 400 {
					wantProblem(t, w, want, "")
				}
				if want == http.StatusForbidden {
					denials := ts.auditFor("denied", reqID)
					if len(denials) != 1 || denials[0].ActorID == nil || *denials[0].ActorID != ts.userOf(as).ID {
						t.Errorf("denial audit entries for this request: %+v, want one by %s", denials, as)
					}
					if n := ts.auditCount("denied"); n <= deniedBefore {
						t.Errorf("denied entries %d -> %d, want growth", deniedBefore, n)
					}
				}
				check(t, w, want < 300)
			})
		}
	}
}

// missingRecordCases checks that an admin reading or changing a row that
// does not exist gets 404 and nothing is written.
func missingRecordCases(t *testing.T, parent *testServer) {
	missing := models.NewID()
	cases := []struct {
		name string
		req  request
	}{
		{"get user", request{method: "GET", path: "/api/v1/users/" + missing}},
		{"patch user", request{method: "PATCH", path: "/api/v1/users/" + missing, body: map[string]any{"version": 1, "display_name": "无人"}}},
		{"disable user", request{method: "PATCH", path: "/api/v1/users/" + missing, body: map[string]any{"version": 1, "disabled": true}}},
		{"get user with a non-uuid id", request{method: "GET", path: "/api/v1/users/not-an-id"}},
		{"get community", request{method: "GET", path: "/api/v1/communities/" + missing}},
		{"patch community", request{method: "PATCH", path: "/api/v1/communities/" + missing, body: map[string]any{"version": 1, "name": "无此社区"}}},
		{"get funder", request{method: "GET", path: "/api/v1/funders/" + missing}},
		{"patch funder", request{method: "PATCH", path: "/api/v1/funders/" + missing, body: map[string]any{"version": 1, "name": "无此资助方"}}},
		{"revoke token", request{method: "DELETE", path: "/api/v1/tokens/" + missing}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ts := parent.sharedWith(t)
			c.req.as = models.RoleAdmin
			wantProblem(t, ts.do(c.req), http.StatusNotFound, "")
			// Other groups write to this server at the same time, so only
			// entries about the missing id can be counted.
			if n := len(ts.auditFor("update", missing)); n != 0 {
				t.Errorf("%d update entries for a missing row", n)
			}
		})
	}
}

// tokenOwnershipCases checks that API tokens are private to their owner.
func tokenOwnershipCases(t *testing.T, parent *testServer) {
	cases := []struct {
		name string
		run  func(t *testing.T, ts *testServer, as models.Role, own, other models.NewAPIToken)
	}{
		{"cannot revoke another user's token", func(t *testing.T, ts *testServer, as models.Role, _, other models.NewAPIToken) {
			wantProblem(t, ts.do(request{method: "DELETE", path: "/api/v1/tokens/" + other.ID, as: as}), http.StatusNotFound, "")
			if w := ts.do(request{method: "GET", path: "/api/v1/auth/me", header: bearerHeader(other.Token)}); w.Code != 200 {
				t.Fatalf("the other user's token stopped working: %d", w.Code)
			}
			if n := len(ts.auditFor("revoke", other.ID)); n != 0 {
				t.Fatalf("%d revoke entries for a refused revocation", n)
			}
		}},
		{"lists only its own tokens, without secrets", func(t *testing.T, ts *testServer, as models.Role, own, other models.NewAPIToken) {
			checkOwnTokens(t, ts, as, ts.do(request{method: "GET", path: "/api/v1/tokens", as: as}), own, other)
		}},
		{"revokes its own token", func(t *testing.T, ts *testServer, as models.Role, own, other models.NewAPIToken) {
			if w := ts.do(request{method: "DELETE", path: "/api/v1/tokens/" + own.ID, as: as}); w.Code != http.StatusNoContent {
				t.Fatalf("revoke: %d %s", w.Code, w.Body.String())
			}
			wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/auth/me", header: bearerHeader(own.Token)}), http.StatusUnauthorized, "")
			if w := ts.do(request{method: "GET", path: "/api/v1/auth/me", header: bearerHeader(other.Token)}); w.Code != 200 {
				t.Fatalf("revoking one token ended another user's: %d", w.Code)
			}
			if n := len(ts.auditFor("revoke", own.ID)); n != 1 {
				t.Fatalf("%d revoke entries, want 1", n)
			}
		}},
	}
	for _, c := range cases {
		for _, as := range models.Roles {
			t.Run(c.name+" as "+string(as), func(t *testing.T) {
				t.Parallel()
				ts := parent.sharedWith(t)
				c.run(t, ts, as, ts.newToken(as), ts.newToken(otherRole(as)))
			})
		}
	}
}

func TestAccessControl(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		parent := newTestServer(t, d)
		parent.sharedWith(t) // sign every role in before the cases share it
		groups := []struct {
			name string
			run  func(t *testing.T, parent *testServer)
		}{
			{"matrix", accessMatrixCases},
			{"missing records", missingRecordCases},
			{"token ownership", tokenOwnershipCases},
		}
		for _, g := range groups {
			t.Run(g.name, func(t *testing.T) {
				t.Parallel()
				g.run(t, parent)
			})
		}
	})
}
