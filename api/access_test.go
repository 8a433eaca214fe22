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
	"net/url"
	"slices"
	"strings"
	"testing"

	"hatchery/handlers"
	"hatchery/models"
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
	a := models.Actor{UserID: u.ID, Username: u.Username, Role: u.Role}
	if u.OrganizationID != nil {
		a.OrganizationID = *u.OrganizationID
	}
	if u.FunderID != nil {
		a.FunderID = *u.FunderID
	}
	return a
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
		{"GET", "/metrics", everyoneGets(200), func(_ *testing.T, _ *testServer, as models.Role) (request, checkFunc) {
			// Only this machine reads metrics, whoever is signed in (metrics_test.go).
			return request{method: http.MethodGet, path: "/metrics", as: as, remote: loopbackPeer}, func(*testing.T, *httptest.ResponseRecorder, bool) {}
		}},
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

		{"GET", "/api/v1/organizations", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// Two organizations of a district of their own: one the fixture
			// incubator hosts, one nobody hosts.
			com := ts.caseCommunity()
			hosted := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, &com)
			ts.caseOrganization(models.StageRegistered, nil, &com)
			path := "/api/v1/organizations?district=" + url.QueryEscape(com.District)
			return request{method: "GET", path: path, as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				if !allowed {
					return
				}
				want := map[models.Role]int64{models.RoleAdmin: 2, models.RoleReviewer: 2, models.RoleIncubator: 1}[as]
				l := decode[models.List[models.OrganizationView]](t, w)
				if l.Total != want || int64(len(l.Items)) != want {
					t.Fatalf("%s sees %d organizations of the district, want %d: %.400s", as, l.Total, want, w.Body.String())
				}
				if as == models.RoleIncubator && l.Items[0].ID != hosted.ID {
					t.Errorf("the incubator sees %s, want its incubatee %s", l.Items[0].ID, hosted.ID)
				}
				all := decode[models.List[models.OrganizationView]](t, ts.do(request{method: "GET", path: "/api/v1/organizations?limit=200", as: as}))
				switch as {
				case models.RoleOrgStaff: // its own, and the incubators it may ask to host it
					for _, o := range all.Items {
						if o.ID != ts.Fix.Org.ID && !o.IsIncubator {
							t.Errorf("org_staff sees %s, which is neither its own nor an incubator", o.Name)
						}
					}
					if all.Total != 2 {
						t.Errorf("org_staff sees %d organizations, want its own and the one incubator: %+v", all.Total, all.Items)
					}
				case models.RoleFunder: // the contractor of the money fixture's project
					if all.Total != 1 || all.Items[0].ID != ts.Fix.Org.ID {
						t.Errorf("a funder sees %d organizations, want its one contractor: %+v", all.Total, all.Items)
					}
				case models.RoleIncubator:
					seen := map[string]bool{}
					for _, o := range all.Items {
						seen[o.ID] = true
						if o.ID != ts.Fix.Incubator.ID && (o.IncubatorID == nil || *o.IncubatorID != ts.Fix.Incubator.ID) && !ts.incubatedBefore(o.ID, ts.Fix.Incubator.ID) {
							t.Errorf("the incubator sees %s (%s), which it neither is, hosts nor hosted", o.Name, o.ID)
						}
					}
					if !seen[ts.Fix.Incubator.ID] || !seen[ts.Fix.Org.ID] {
						t.Errorf("the incubator does not see itself and its incubatee %s", ts.Fix.Org.ID)
					}
				}
			}
		}},
		{"POST", "/api/v1/organizations", onlyRoles(201, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			name := "槐北社区睦邻会" + uniqueSuffix()
			body := map[string]any{"name": name, "registration_type": "community_filed", "category": "elderly_care",
				"community_id": ts.Fix.Community.ID, "contact_phone": "13903110000"}
			return request{method: "POST", path: "/api/v1/organizations", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				l, err := ts.Store.ListOrganizations(context.Background(), ts.actorOf(models.RoleAdmin), models.OrganizationFilter{Q: name})
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int64{true: 1, false: 0}[allowed]; l.Total != want {
					t.Fatalf("organizations named %s: %d, want %d", name, l.Total, want)
				}
				if allowed {
					o := decode[models.Organization](t, w)
					if o.ID == "" || o.Version != 1 || o.Name != name || o.Stage != models.StageApplicant || w.Header().Get("Location") != "/api/v1/organizations/"+o.ID {
						t.Errorf("created organization %s", w.Body.String())
					}
				}
			}
		}},
		{"GET", "/api/v1/organizations/:id", fixtureOrgReaders(), readRoute("/api/v1/organizations/"+fx.Org.ID, func(t *testing.T, ts *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			o := decode[models.OrganizationView](t, w)
			if o.ID != fx.Org.ID || o.IncubatorName == nil || *o.IncubatorName != fx.Incubator.Name ||
				!slices.Equal(o.AllowedTargets, models.AllowedTargets(models.StageIncubating)) {
				t.Errorf("organization %s", w.Body.String())
			}
		})},
		{"PATCH", "/api/v1/organizations/:id", orgEditors(), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// org_staff can only reach its own organization, and no other case
			// changes that one; everybody else changes one of its own.
			id := ts.Fix.Org.ID
			switch as {
			case models.RoleOrgStaff:
			case models.RoleIncubator:
				id = ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil).ID
			default:
				id = ts.caseOrganization(models.StageRegistered, nil, nil).ID
			}
			target := ts.storedOrganization(id)
			name := "联系人" + uniqueSuffix()
			return request{method: "PATCH", path: "/api/v1/organizations/" + target.ID, as: as, body: map[string]any{"version": target.Version, "contact_name": name}},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					got := ts.storedOrganization(target.ID)
					if allowed && (got.Version != target.Version+1 || got.ContactName != name) {
						t.Errorf("after the change: %+v", got)
					}
					if !allowed && (got.Version != target.Version || got.ContactName != target.ContactName) {
						t.Errorf("a refused change was stored: %+v", got)
					}
				}
		}},
		{"GET", "/api/v1/organizations/:id/readiness", fixtureOrgReaders(), readRoute("/api/v1/organizations/"+fx.Org.ID+"/readiness", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if r := decode[models.Readiness](t, w); r.OrganizationID != fx.Org.ID || r.Stage != models.StageIncubating || len(r.Criteria) == 0 {
				t.Errorf("readiness %s", w.Body.String())
			}
		})},
		{"GET", "/api/v1/organizations/:id/timeline", fixtureOrgReaders(), readRoute("/api/v1/organizations/"+fx.Org.ID+"/timeline", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if tl := decode[struct{ Items []models.StagePeriod }](t, w); len(tl.Items) != 1 || tl.Items[0].Stage != models.StageIncubating || tl.Items[0].To != nil {
				t.Errorf("timeline %s", w.Body.String())
			}
		})},
		{"GET", "/api/v1/organizations/:id/transitions", fixtureOrgReaders(), readRoute("/api/v1/organizations/"+fx.Org.ID+"/transitions", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			for _, r := range decode[models.List[models.TransitionView]](t, w).Items {
				if r.OrganizationID != fx.Org.ID {
					t.Errorf("the history of %s holds a request on %s", fx.Org.ID, r.OrganizationID)
				}
			}
		})},
		{"POST", "/api/v1/organizations/:id/transitions", orgRequesters(), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// Each case asks for its own organization, so that no case meets
			// another's pending request; org_staff can only reach its own, and
			// no other case files a request on it.
			var target models.Organization
			switch as {
			case models.RoleOrgStaff:
				target = ts.Fix.Org
			case models.RoleIncubator:
				target = ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil)
			default:
				target = ts.caseOrganization(models.StageRegistered, nil, nil)
			}
			before := ts.storedOrganization(target.ID)
			body := map[string]any{"to_stage": "dormant", "reason": "暂停活动" + uniqueSuffix()}
			return request{method: "POST", path: "/api/v1/organizations/" + target.ID + "/transitions", as: as, body: body},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					reqs := ts.requestsOn(target.ID)
					if !allowed {
						if len(reqs) != 0 {
							t.Errorf("a refused request was stored: %+v", reqs)
						}
						return
					}
					got := decode[models.TransitionRequest](t, w)
					if len(reqs) != 1 || reqs[0].ID != got.ID || got.Status != models.StatusPending || got.RequestedBy != ts.userOf(as).ID ||
						got.FromStage != before.Stage || got.ToStage != models.StageDormant || w.Header().Get("Location") == "" {
						t.Errorf("requested %s; stored %+v", w.Body.String(), reqs)
					}
					if after := ts.storedOrganization(target.ID); after.Stage != before.Stage || after.Version != before.Version {
						t.Errorf("a request moved the organization: %+v", after)
					}
				}
		}},
		{"GET", "/api/v1/organizations/:id/milestones", fixtureOrgReaders(), readRoute("/api/v1/organizations/"+fx.Org.ID+"/milestones", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			var l map[string]any
			if err := json.Unmarshal(w.Body.Bytes(), &l); err != nil || l["items"] == nil || l["training_hours"] == nil {
				t.Errorf("milestones %s", w.Body.String())
			}
		})},
		{"POST", "/api/v1/organizations/:id/milestones", milestoneLoggers(), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			var target models.Organization
			switch as {
			case models.RoleOrgStaff:
				target = ts.Fix.Org // the only one it sees; no other case logs on it
			case models.RoleIncubator:
				target = ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil)
			default:
				target = ts.caseOrganization(models.StageRegistered, nil, nil)
			}
			before := ts.milestonesOn(target.ID)
			body := map[string]any{"type": "capacity_training", "achieved_on": "2025-04-18", "hours": 3, "note": "财务制度培训"}
			return request{method: "POST", path: "/api/v1/organizations/" + target.ID + "/milestones", as: as, body: body},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					want := before
					if allowed {
						want++
						if m := decode[models.Milestone](t, w); m.OrganizationID != target.ID || m.LoggedBy != ts.userOf(as).ID || m.Hours == nil || *m.Hours != 3 {
							t.Errorf("logged %s", w.Body.String())
						}
					}
					if n := ts.milestonesOn(target.ID); n != want {
						t.Errorf("milestones on the organization: %d, want %d", n, want)
					}
				}
		}},

		{"GET", "/api/v1/transitions", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			com := ts.caseCommunity()
			hosted := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, &com)
			other := ts.caseOrganization(models.StageRegistered, nil, &com)
			mine := ts.casePending(hosted, models.StageDormant, models.RoleAdmin)
			ts.casePending(other, models.StageDormant, models.RoleAdmin)
			path := "/api/v1/transitions?district=" + url.QueryEscape(com.District)
			return request{method: "GET", path: path, as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				if !allowed {
					return
				}
				want := map[models.Role]int64{models.RoleAdmin: 2, models.RoleReviewer: 2, models.RoleIncubator: 1}[as]
				l := decode[models.List[models.TransitionView]](t, w)
				if l.Total != want || int64(len(l.Items)) != want {
					t.Fatalf("%s sees %d requests of the district, want %d: %.400s", as, l.Total, want, w.Body.String())
				}
				if as == models.RoleIncubator && l.Items[0].ID != mine.ID {
					t.Errorf("the incubator sees request %s, want %s on its incubatee", l.Items[0].ID, mine.ID)
				}
				for _, r := range l.Items {
					if r.OrganizationName == "" || r.RequestedByName == "" || r.Status != models.StatusPending {
						t.Errorf("queue item %+v", r)
					}
				}
				all := decode[models.List[models.TransitionView]](t, ts.do(request{method: "GET", path: "/api/v1/transitions?limit=200", as: as}))
				for _, r := range all.Items {
					if (as == models.RoleOrgStaff || as == models.RoleFunder) && r.OrganizationID != ts.Fix.Org.ID {
						t.Errorf("%s sees request %s on %s", as, r.ID, r.OrganizationID)
					}
				}
			}
		}},
		{"POST", "/api/v1/transitions/:id/approve", onlyRoles(200, admin, reviewer), decisionCase("approve", map[string]any{"note": "同意"}, models.StatusApproved)},
		{"POST", "/api/v1/transitions/:id/reject", onlyRoles(200, admin, reviewer), decisionCase("reject", map[string]any{"note": "材料不全"}, models.StatusRejected)},
		{"POST", "/api/v1/transitions/:id/withdraw", withdrawers(), decisionCase("withdraw", nil, models.StatusWithdrawn)},

		{"GET", "/api/v1/settings/graduation", signedInGets(200), readRoute("/api/v1/settings/graduation", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if s := decode[models.GraduationSettings](t, w); s.RequiredMilestones == nil || s.MinDaysIncubating <= 0 {
				t.Errorf("settings %s", w.Body.String())
			}
		})},
		{"PUT", "/api/v1/settings/graduation", onlyRoles(200, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// Only the admin's case changes the settings, and it writes the
			// defaults back; a refused case asks for a figure nobody else uses.
			before, err := ts.Store.GraduationSettings(context.Background())
			if err != nil {
				ts.t.Fatal(err)
			}
			c := models.DefaultGraduationCriteria()
			if as != models.RoleAdmin {
				c.MinDaysIncubating = 3210
			}
			body := map[string]any{"version": before.Version, "min_days_incubating": c.MinDaysIncubating, "required_milestones": c.RequiredMilestones,
				"require_registered": c.RequireRegistered, "min_active_staff": c.MinActiveStaff, "min_projects": c.MinProjects}
			return request{method: "PUT", path: "/api/v1/settings/graduation", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				got, err := ts.Store.GraduationSettings(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if allowed && (got.Version != before.Version+1 || got.UpdatedAt == nil || decode[models.GraduationSettings](t, w).Version != got.Version) {
					t.Errorf("after the change: %+v", got)
				}
				if !allowed && got.MinDaysIncubating == 3210 {
					t.Errorf("a refused change was stored: %+v", got)
				}
			}
		}},

		{"GET", "/api/v1/reports/pipeline", onlyRoles(200, admin, reviewer), readRoute("/api/v1/reports/pipeline", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			r := decode[models.PipelineReport](t, w)
			for _, s := range models.Stages {
				if _, ok := r.ByStage[s]; !ok {
					t.Errorf("by_stage lacks %s: %s", s, w.Body.String())
				}
			}
			if r.ByStage[models.StageIncubating] < 1 || r.Stuck.ThresholdDays != models.StuckAfterDays || r.Incubation.From == "" {
				t.Errorf("pipeline %.400s", w.Body.String())
			}
		})},
	}
}

// otherRole is a role whose fixture user is not the one of r.
func otherRole(r models.Role) models.Role {
	if r == models.RoleReviewer {
		return models.RoleFunder
	}
	return models.RoleReviewer
}

// Who gets what on an organization's routes (SPEC 1), called on the fixture
// organization or one of the case's own: admins and reviewers see every
// organization, the incubator the ones it hosts, org_staff its own, and a
// funder the contractors of its projects, so none of the case's own (404).

func orgReaders(status int) map[models.Role]int {
	m := signedInGets(status)
	m[models.RoleFunder] = http.StatusNotFound
	return m
}

// fixtureOrgReaders read the fixture organization: every role, the funder
// too, since the money fixture's project makes the organization its
// contractor.
func fixtureOrgReaders() map[models.Role]int { return signedInGets(http.StatusOK) }

// orgEditors may change a profile; a reviewer only reads it.
func orgEditors() map[models.Role]int {
	m := orgReaders(http.StatusOK)
	m[models.RoleReviewer] = http.StatusForbidden
	return m
}

// orgRequesters may ask for a stage transition (SPEC 3).
func orgRequesters() map[models.Role]int { return orgReaders(http.StatusCreated) }

// milestoneLoggers: admins, reviewers and the current incubator; an
// organization's own staff does not log its milestones.
func milestoneLoggers() map[models.Role]int {
	m := orgReaders(http.StatusCreated)
	m[models.RoleOrgStaff] = http.StatusForbidden
	return m
}

// withdrawers of a request the incubator made for its incubatee: only the
// incubator; others who see the organization get 403, the rest 404.
func withdrawers() map[models.Role]int {
	return map[models.Role]int{
		anonymous: http.StatusUnauthorized, models.RoleAdmin: http.StatusForbidden, models.RoleReviewer: http.StatusForbidden,
		models.RoleIncubator: http.StatusOK, models.RoleOrgStaff: http.StatusNotFound, models.RoleFunder: http.StatusNotFound,
	}
}

// decisionCase acts on a pending request the fixture incubator made for an
// incubatee of the case's own; an allowed call leaves it in status.
func decisionCase(action string, body any, status string) prepareFunc {
	return func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
		target := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil)
		pending := ts.casePending(target, models.StageDormant, models.RoleIncubator)
		return request{method: "POST", path: "/api/v1/transitions/" + pending.ID + "/" + action, as: as, body: body},
			func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				reqs := ts.requestsOn(target.ID)
				wantStatus, wantStage := models.StatusPending, models.StageIncubating
				if allowed {
					wantStatus = status
					if status == models.StatusApproved {
						wantStage = models.StageDormant
					}
					if got := decode[models.TransitionRequest](t, w); got.ID != pending.ID || got.Status != status {
						t.Errorf("%s answered %s", action, w.Body.String())
					}
				}
				if len(reqs) != 1 || reqs[0].Status != wantStatus {
					t.Errorf("after %s the requests are %+v, want one %s", action, reqs, wantStatus)
				}
				if o := ts.storedOrganization(target.ID); o.Stage != wantStage {
					t.Errorf("after %s the organization is %s, want %s", action, o.Stage, wantStage)
				}
			}
	}
}

// caseCommunity is a community in a district of its own, so that a case can
// filter lists down to its own rows while other cases write.
func (ts *testServer) caseCommunity() models.Community {
	ts.t.Helper()
	c, err := ts.Store.CreateCommunity(context.Background(), models.System("test"), models.Community{
		Name: "新苑社区", Street: "新苑街道", District: "测试区" + uniqueSuffix(), Type: "commodity_housing", Households: 500, Population: 1400,
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return c
}

// caseOrganization stores a community-filed organization in stage, hosted by
// incubator when it is not nil.
func (ts *testServer) caseOrganization(stage models.Stage, incubator *models.Organization, community *models.Community) models.Organization {
	ts.t.Helper()
	o := models.Organization{Name: "睦邻服务社" + uniqueSuffix(), RegistrationType: "community_filed", Category: "community_service", Stage: stage}
	if incubator != nil {
		o.IncubatorID = &incubator.ID
	}
	if community != nil {
		o.CommunityID = &community.ID
	}
	o, err := ts.Store.CreateOrganization(context.Background(), models.System("test"), o)
	if err != nil {
		ts.t.Fatal(err)
	}
	return o
}

// casePending files a request to move o to stage, made by the fixture user
// of role.
func (ts *testServer) casePending(o models.Organization, to models.Stage, by models.Role) models.TransitionRequest {
	ts.t.Helper()
	r, err := ts.Store.RequestTransition(context.Background(), ts.actorOf(by), o.ID, models.TransitionInput{ToStage: to, Reason: "测试申请"})
	if err != nil {
		ts.t.Fatal(err)
	}
	return r
}

// storedOrganization reads an organization as an admin.
func (ts *testServer) storedOrganization(id string) models.OrganizationView {
	ts.t.Helper()
	o, err := ts.Store.GetOrganization(context.Background(), ts.actorOf(models.RoleAdmin), id)
	if err != nil {
		ts.t.Fatal(err)
	}
	return o
}

// requestsOn lists the transition requests on an organization.
func (ts *testServer) requestsOn(orgID string) []models.TransitionView {
	ts.t.Helper()
	l, err := ts.Store.ListTransitions(context.Background(), ts.actorOf(models.RoleAdmin), models.TransitionFilter{OrganizationID: orgID, Page: models.Page{Limit: models.MaxLimit}})
	if err != nil {
		ts.t.Fatal(err)
	}
	return l.Items
}

// incubatedBefore reports whether an approved request moved orgID into or
// out of incubation by incubatorID.
func (ts *testServer) incubatedBefore(orgID, incubatorID string) bool {
	for _, r := range ts.requestsOn(orgID) {
		if r.Status == models.StatusApproved && r.IncubatorID != nil && *r.IncubatorID == incubatorID {
			return true
		}
	}
	return false
}

// milestonesOn counts an organization's milestones.
func (ts *testServer) milestonesOn(orgID string) int64 {
	ts.t.Helper()
	l, err := ts.Store.ListMilestones(context.Background(), ts.actorOf(models.RoleAdmin), orgID, models.Page{Limit: 1})
	if err != nil {
		ts.t.Fatal(err)
	}
	return l.Total
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
	money := parent.sharedWith(t).moneyFixture()
	staff := parent.sharedWith(t).staffFixture()
	surveys := parent.sharedWith(t).surveyFixture()
	parent.sharedWith(t).configureOpenData()
	cases := append(accessCases(parent.Fix, parent.Users), moneyAccessCases(parent.Fix, money)...)
	cases = append(cases, openDataAccessCases(money)...)
	cases = append(cases, staffAccessCases(parent.Fix, staff)...)
	cases = append(cases, surveyAccessCases(parent.Fix, surveys)...)
	cases = append(cases, surveyImportAccessCases(parent.Fix)...)
	cases = append(cases, accountAccessCases()...)
	cases = append(cases, secondFactorAccessCases()...)
	cases = append(cases, homeAccessCases(parent.Fix)...)
	cases = append(cases, passwordSettingsAccessCases()...)
	cases = confineSecurityAuditor(cases)

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
				deniedBefore := ts.auditCount("denied")

				w := ts.do(req)
				reqID := w.Header().Get("X-Request-ID")
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
		{"get organization", request{method: "GET", path: "/api/v1/organizations/" + missing}},
		{"patch organization", request{method: "PATCH", path: "/api/v1/organizations/" + missing, body: map[string]any{"version": 1, "name": "无此组织"}}},
		{"readiness", request{method: "GET", path: "/api/v1/organizations/" + missing + "/readiness"}},
		{"timeline", request{method: "GET", path: "/api/v1/organizations/" + missing + "/timeline"}},
		{"organization transitions", request{method: "GET", path: "/api/v1/organizations/" + missing + "/transitions"}},
		{"request transition", request{method: "POST", path: "/api/v1/organizations/" + missing + "/transitions", body: map[string]any{"to_stage": "dissolved"}}},
		{"milestones", request{method: "GET", path: "/api/v1/organizations/" + missing + "/milestones"}},
		{"log milestone", request{method: "POST", path: "/api/v1/organizations/" + missing + "/milestones", body: map[string]any{"type": "other", "achieved_on": "2025-01-02"}}},
		{"approve", request{method: "POST", path: "/api/v1/transitions/" + missing + "/approve", body: map[string]any{}}},
		{"reject", request{method: "POST", path: "/api/v1/transitions/" + missing + "/reject", body: map[string]any{"note": "无此申请"}}},
		{"withdraw", request{method: "POST", path: "/api/v1/transitions/" + missing + "/withdraw"}},
		{"organization funding", request{method: "GET", path: "/api/v1/organizations/" + missing + "/funding"}},
		{"get funding cycle", request{method: "GET", path: "/api/v1/funding-cycles/" + missing}},
		{"patch funding cycle", request{method: "PATCH", path: "/api/v1/funding-cycles/" + missing, body: map[string]any{"version": 1, "pool_fen": 1}}},
		{"get project", request{method: "GET", path: "/api/v1/projects/" + missing}},
		{"patch project", request{method: "PATCH", path: "/api/v1/projects/" + missing, body: map[string]any{"version": 1, "title": "无此项目"}}},
		{"move project", request{method: "POST", path: "/api/v1/projects/" + missing + "/status", body: map[string]any{"to": "terminated"}}},
		{"evaluate project", request{method: "POST", path: "/api/v1/projects/" + missing + "/evaluation", body: map[string]any{"grade": "pass", "score": 60}}},
		{"record actual", request{method: "PATCH", path: "/api/v1/projects/" + missing + "/indicators/" + missing, body: map[string]any{"version": 1, "actual": 1}}},
		{"spend audit", request{method: "GET", path: "/api/v1/projects/" + missing + "/spend-audit"}},
		{"OCDS package", request{method: "GET", path: "/api/v1/projects/" + missing + "/ocds"}},
		{"disbursements", request{method: "GET", path: "/api/v1/projects/" + missing + "/disbursements"}},
		{"record disbursement", request{method: "POST", path: "/api/v1/projects/" + missing + "/disbursements", body: map[string]any{"paid_on": "2025-05-01", "amount_fen": 100}}},
		{"reverse disbursement", request{method: "POST", path: "/api/v1/disbursements/" + missing + "/reverse", body: map[string]any{"reason": "无此款项"}}},
		{"expenditures", request{method: "GET", path: "/api/v1/projects/" + missing + "/expenditures"}},
		{"record expenditure", request{method: "POST", path: "/api/v1/projects/" + missing + "/expenditures", body: map[string]any{"budget_category": "other", "amount_fen": 100, "spent_on": "2025-05-01"}}},
		{"reverse expenditure", request{method: "POST", path: "/api/v1/expenditures/" + missing + "/reverse", body: map[string]any{"reason": "无此支出"}}},
		{"portfolio of a missing funder", request{method: "GET", path: "/api/v1/reports/spend-audit?funder_id=" + missing}},
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

// lifecycleScopeCases checks the organization scope beyond the matrix: an
// incubator keeps reading what it hosted but may no longer change it, staff
// see no other organization, and nobody decides a request they made
// (SPEC 1, 3).
func lifecycleScopeCases(t *testing.T, parent *testServer) {
	ctx := context.Background()
	cases := []struct {
		name string
		run  func(t *testing.T, ts *testServer)
	}{
		{"an incubator reads but may not change an organization it no longer hosts", func(t *testing.T, ts *testServer) {
			o := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil)
			r := ts.casePending(o, models.StageRegistered, models.RoleIncubator)
			if _, err := ts.Store.ApproveTransition(ctx, ts.actorOf(models.RoleReviewer), r.ID, models.Decision{Note: "结束孵化"}); err != nil {
				t.Fatal(err)
			}
			path := "/api/v1/organizations/" + o.ID
			as := models.RoleIncubator
			if w := ts.do(request{method: "GET", path: path, as: as}); w.Code != http.StatusOK {
				t.Fatalf("GET a former incubatee: %d %s", w.Code, w.Body.String())
			}
			before := ts.storedOrganization(o.ID)
			for _, req := range []request{
				{method: "PATCH", path: path, as: as, body: map[string]any{"version": before.Version, "description": "仍想修改"}},
				{method: "POST", path: path + "/milestones", as: as, body: map[string]any{"type": "other", "achieved_on": "2025-01-02"}},
				{method: "POST", path: path + "/transitions", as: as, body: map[string]any{"to_stage": "dormant"}},
			} {
				wantProblem(t, ts.do(req), http.StatusForbidden, "")
			}
			if after := ts.storedOrganization(o.ID); after.Version != before.Version || after.Description != before.Description {
				t.Errorf("a refused change was stored: %+v", after)
			}
			if n := ts.milestonesOn(o.ID); n != 0 {
				t.Errorf("%d milestones after a refused log", n)
			}
			if reqs := ts.requestsOn(o.ID); len(reqs) != 1 {
				t.Errorf("requests after a refused one: %+v", reqs)
			}
		}},
		{"staff, incubators and funders see no organization outside their scope", func(t *testing.T, ts *testServer) {
			o := ts.caseOrganization(models.StageRegistered, nil, nil)
			for _, as := range []models.Role{models.RoleOrgStaff, models.RoleIncubator, models.RoleFunder} {
				for _, req := range []request{
					{method: "GET", path: "/api/v1/organizations/" + o.ID, as: as},
					{method: "GET", path: "/api/v1/organizations/" + o.ID + "/readiness", as: as},
					{method: "PATCH", path: "/api/v1/organizations/" + o.ID, as: as, body: map[string]any{"version": 1, "description": "越权"}},
					{method: "POST", path: "/api/v1/organizations/" + o.ID + "/transitions", as: as, body: map[string]any{"to_stage": "dormant"}},
				} {
					wantProblem(t, ts.do(req), http.StatusNotFound, "")
				}
			}
			if after := ts.storedOrganization(o.ID); after.Version != 1 || len(ts.requestsOn(o.ID)) != 0 {
				t.Errorf("a refused call changed the organization: %+v", after)
			}
		}},
		{"an incubator reads its own organization", func(t *testing.T, ts *testServer) {
			if w := ts.do(request{method: "GET", path: "/api/v1/organizations/" + ts.Fix.Incubator.ID, as: models.RoleIncubator}); w.Code != http.StatusOK {
				t.Fatalf("GET its own organization: %d %s", w.Code, w.Body.String())
			}
		}},
	}
	for _, decider := range []models.Role{models.RoleAdmin, models.RoleReviewer} {
		for _, action := range []string{"approve", "reject"} {
			cases = append(cases, struct {
				name string
				run  func(t *testing.T, ts *testServer)
			}{fmt.Sprintf("%s may not %s its own request", decider, action), func(t *testing.T, ts *testServer) {
				o := ts.caseOrganization(models.StageRegistered, nil, nil)
				r := ts.casePending(o, models.StageDormant, decider)
				w := ts.do(request{method: "POST", path: "/api/v1/transitions/" + r.ID + "/" + action, as: decider,
					body: map[string]any{"note": "自己批准"}})
				reqID := w.Header().Get("X-Request-ID")
				wantProblem(t, w, http.StatusForbidden, "")
				if d := ts.auditFor("denied", reqID); len(d) != 1 || d[0].ActorID == nil || *d[0].ActorID != ts.userOf(decider).ID {
					t.Errorf("denial entries: %+v", d)
				}
				if reqs := ts.requestsOn(o.ID); len(reqs) != 1 || reqs[0].Status != models.StatusPending {
					t.Errorf("after a refused decision: %+v", reqs)
				}
				if after := ts.storedOrganization(o.ID); after.Stage != models.StageRegistered {
					t.Errorf("a refused decision moved the organization to %s", after.Stage)
				}
			}})
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.run(t, parent.sharedWith(t))
		})
	}
}

func TestAccessControl(t *testing.T) {
	t.Parallel()
	runGroups(t,
		caseGroup{"matrix", accessMatrixCases},
		caseGroup{"missing records", missingRecordCases},
		caseGroup{"token ownership", tokenOwnershipCases},
		caseGroup{"lifecycle scope", lifecycleScopeCases},
		caseGroup{"money scope", moneyScopeCases},
		caseGroup{"staff scope", staffScopeCases},
		caseGroup{"survey scope", surveyScopeCases},
	)
}
