package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// testPassword is every fixture user's password.
const testPassword = "correct-horse-battery"

// testServer is the real engine on a fresh database with one user per role.
type testServer struct {
	t       testing.TB
	Store   *models.Store
	Server  *Server
	Users   map[models.Role]models.User
	Fix     fixture
	mu      sync.Mutex
	cookies map[models.Role]string
}

// fixture is the reference data every test server starts with.
type fixture struct {
	Community models.Community
	Funder    models.Funder
	Incubator models.Organization
	Org       models.Organization
}

type serverOption func(*handlers.Handler, *models.Options)

func withThrottle(cfg handlers.ThrottleConfig) serverOption {
	return func(h *handlers.Handler, _ *models.Options) { h.Throttle = handlers.NewThrottle(cfg) }
}

func withClock(now func() time.Time) serverOption {
	return func(_ *handlers.Handler, o *models.Options) { o.Now = now }
}

func withSessions(p models.SessionPolicy) serverOption {
	return func(h *handlers.Handler, _ *models.Options) { h.Sessions = p }
}

// withLog sends the server's log (a line per request, the causes of 500s)
// to w instead of discarding it.
func withLog(w io.Writer) serverOption {
	return func(h *handlers.Handler, _ *models.Options) { h.Log = slog.New(slog.NewTextHandler(w, nil)) }
}

func newTestServer(t testing.TB, d models.Dialect, opts ...serverOption) *testServer {
	t.Helper()
	gin.SetMode(gin.TestMode)
	h := &handlers.Handler{
		Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
		Sessions: models.SessionPolicy{Idle: time.Hour, Absolute: 8 * time.Hour},
		Throttle: handlers.NewThrottle(handlers.ThrottleConfig{AccountBurst: 1000, AccountEvery: time.Millisecond, AddressBurst: 1000, AddressEvery: time.Millisecond}),
		// The fixture users sign in with a password alone, as in the demo;
		// the second-factor tests turn this off.
		Demo: true,
	}
	var o models.Options
	for _, opt := range opts {
		opt(h, &o)
	}
	if h.Store == nil {
		h.Store = storetest.Open(t, d, o)
	}
	ts := &testServer{t: t, Store: h.Store, Server: buildServer(t, h), Users: map[models.Role]models.User{}, cookies: map[models.Role]string{}}
	ts.seed()
	return ts
}

// withStore serves from s (opened by the test) instead of a fresh database.
func withStore(s *models.Store) serverOption {
	return func(h *handlers.Handler, _ *models.Options) { h.Store = s }
}

// buildServer is the engine around h, with a stand-in for the built SPA.
func buildServer(t testing.TB, h *handlers.Handler) *Server {
	t.Helper()
	srv, err := New(Deps{Handler: h, Log: h.Log, Registry: prometheus.NewRegistry(), Frontend: fstest.MapFS{
		"index.html":      {Data: []byte("<!doctype html><title>Hatchery</title>")},
		"assets/app-1.js": {Data: []byte("console.log(1)")},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

func (ts *testServer) seed() {
	ctx, a := context.Background(), models.System("test")
	var err error
	must := func(e error) {
		if e != nil {
			ts.t.Fatal(e)
		}
	}
	ts.Fix.Community, err = ts.Store.CreateCommunity(ctx, a, models.Community{Name: "谈固东社区", Street: "谈固街道", District: "长安区", Type: "village_to_residence", Households: 3120, Population: 8950})
	must(err)
	ts.Fix.Funder, err = ts.Store.CreateFunder(ctx, a, models.Funder{Name: "石家庄市民政局", Kind: "government"})
	must(err)
	incCode := models.MakeUSCC("52130102", "MA0C4Y7B")
	ts.Fix.Incubator, err = ts.Store.CreateOrganization(ctx, a, models.Organization{Name: "益民社工", CreditCode: &incCode, RegistrationType: "social_service_agency", Category: "community_service", IsIncubator: true, Stage: "independent"})
	must(err)
	ts.Fix.Org, err = ts.Store.CreateOrganization(ctx, a, models.Organization{Name: "邻里互助会", RegistrationType: "community_filed", Category: "elderly_care", Stage: "incubating", IncubatorID: &ts.Fix.Incubator.ID})
	must(err)
	for _, r := range models.Roles {
		u := models.NewUser{Username: "u_" + string(r), DisplayName: string(r), Role: r, Password: testPassword}
		switch r {
		case models.RoleIncubator:
			u.OrganizationID = ts.Fix.Incubator.ID
		case models.RoleOrgStaff:
			u.OrganizationID = ts.Fix.Org.ID
		case models.RoleFunder:
			u.FunderID = ts.Fix.Funder.ID
		}
		ts.Users[r], err = ts.Store.CreateUser(ctx, a, u)
		must(err)
	}
}

// request is one call to the server.
type request struct {
	method, path string
	body         any               // marshalled to JSON unless a string or []byte
	as           models.Role       // sign in as this role first; "" for anonymous
	header       map[string]string // extra headers
	remote       string            // the TCP peer, "host:port"; "" is httptest's 192.0.2.1
}

// loopbackPeer is a client on the server's own machine.
const loopbackPeer = "127.0.0.1:40000"

// do sends r through the full handler (cross-origin protection included).
func (ts *testServer) do(r request) *httptest.ResponseRecorder {
	ts.t.Helper()
	var body io.Reader
	switch b := r.body.(type) {
	case nil:
	case string:
		body = strings.NewReader(b)
	case []byte:
		body = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			ts.t.Fatal(err)
		}
		body = bytes.NewReader(j)
	}
	req := httptest.NewRequest(r.method, r.path, body)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	if r.remote != "" {
		req.RemoteAddr = r.remote
	}
	if r.as != "" {
		req.AddCookie(&http.Cookie{Name: handlers.SessionCookie, Value: ts.cookie(r.as)})
	}
	w := httptest.NewRecorder()
	ts.Server.Handler.ServeHTTP(w, req)
	return w
}

// cookie signs in as the fixture user of role, once per server.
func (ts *testServer) cookie(role models.Role) string {
	ts.t.Helper()
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if c, ok := ts.cookies[role]; ok {
		return c
	}
	c := ts.login("u_"+string(role), testPassword)
	if c == "" {
		ts.t.Fatalf("could not sign in as %s", role)
	}
	ts.cookies[role] = c
	return c
}

// forget drops the cached session of role, so the next request signs in anew.
func (ts *testServer) forget(role models.Role) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	delete(ts.cookies, role)
}

// login answers the session cookie, or "" when sign-in failed.
func (ts *testServer) login(username, password string) string {
	ts.t.Helper()
	b, _ := json.Marshal(map[string]string{"username": username, "password": password})
	req := httptest.NewRequest(http.MethodPost, "/api/v1/auth/login", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	ts.Server.Handler.ServeHTTP(w, req)
	for _, c := range w.Result().Cookies() {
		if c.Name == handlers.SessionCookie && w.Code == http.StatusOK {
			return c.Value
		}
	}
	return ""
}

// decode reads a JSON answer into v.
func decode[T any](t testing.TB, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %q: %v", w.Body.String(), err)
	}
	return v
}

// problem is the shape of an error answer.
type problem struct {
	Type   string              `json:"type"`
	Title  string              `json:"title"`
	Status int                 `json:"status"`
	Detail string              `json:"detail"`
	Errors []models.FieldError `json:"errors"`
}

// wantProblem checks that w is a problem+json answer with status and, when
// field is not empty, an error naming that field.
func wantProblem(t testing.TB, w *httptest.ResponseRecorder, status int, field string) problem {
	t.Helper()
	if w.Code != status {
		t.Fatalf("status = %d, want %d; body %s", w.Code, status, w.Body.String())
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
		t.Fatalf("content type = %q, want application/problem+json; body %s", ct, w.Body.String())
	}
	p := decode[problem](t, w)
	if p.Status != status || p.Title == "" || p.Detail == "" || p.Type == "" {
		t.Fatalf("incomplete problem: %+v", p)
	}
	if field != "" {
		for _, e := range p.Errors {
			if e.Field == field {
				return p
			}
		}
		t.Fatalf("no error names field %q: %+v", field, p.Errors)
	}
	return p
}

// auditCount is the number of audit entries, to prove a refusal wrote nothing
// but its own denial.
func (ts *testServer) auditCount(action string) int64 {
	ts.t.Helper()
	l, err := ts.Store.ListAudit(context.Background(), models.AuditFilter{Action: action, Page: models.Page{Limit: 1}})
	if err != nil {
		ts.t.Fatal(err)
	}
	return l.Total
}

// caseGroup is a named set of cases sharing one server.
type caseGroup struct {
	name string
	run  func(t *testing.T, parent *testServer)
}

// runGroups runs each group in parallel on one server per database, with
// every role signed in before the cases share it.
func runGroups(t *testing.T, groups ...caseGroup) {
	t.Helper()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		parent := newTestServer(t, d)
		parent.sharedWith(t)
		for _, g := range groups {
			t.Run(g.name, func(t *testing.T) {
				t.Parallel()
				g.run(t, parent)
			})
		}
	})
}
