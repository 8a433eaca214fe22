package api

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// twoServers starts two servers, each with its own Store (and so its own
// caches), on one database, as several Hatchery servers run behind a proxy.
// a holds the fixture; b shares its users and reference data.
func twoServers(t *testing.T, d models.Dialect) (a, b *testServer) {
	t.Helper()
	dsn := storetest.DSN(t, d)
	// A still clock shared by both: answers are kept per minute.
	clock := storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	open := func() *models.Store {
		s, err := models.Open(context.Background(), dsn, models.Options{Keys: storetest.Keys(), Now: clock.Now})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	sa := open()
	if _, err := sa.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	a = newTestServer(t, d, withStore(sa))
	h := &handlers.Handler{
		Store:    open(),
		Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
		Sessions: models.SessionPolicy{Idle: time.Hour, Absolute: 8 * time.Hour},
		Throttle: handlers.NewThrottle(handlers.ThrottleConfig{AccountBurst: 1000, AccountEvery: time.Millisecond, AddressBurst: 1000, AddressEvery: time.Millisecond}),
		Demo:     true,
	}
	b = &testServer{t: t, Store: h.Store, Server: buildServer(t, h), Users: a.Users, Fix: a.Fix, cookies: map[models.Role]string{}}
	return a, b
}

// getStatus reads path on ts with the given headers twice (the second time
// from whatever the server kept) and answers the status, failing when the
// two differ.
func getStatus(t *testing.T, ts *testServer, path string, header map[string]string) int {
	t.Helper()
	first := ts.do(request{method: http.MethodGet, path: path, header: header})
	second := ts.do(request{method: http.MethodGet, path: path, header: header})
	if first.Code != second.Code {
		t.Fatalf("GET %s answered %d, then %d", path, first.Code, second.Code)
	}
	return first.Code
}

func TestTwoServersOnOneDatabaseReadEachOthersWrites(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		a, b := twoServers(t, d)
		reviewer := models.RoleReviewer
		orgPath := "/api/v1/organizations/" + a.Fix.Org.ID

		t.Run("a record", func(t *testing.T) {
			hits := b.Server.answers.hits.Load()
			for range 3 {
				if got := decode[models.OrganizationView](t, b.do(request{method: http.MethodGet, path: orgPath, as: reviewer})); got.Name != a.Fix.Org.Name {
					t.Fatalf("b reads the name %q", got.Name)
				}
			}
			if b.Server.answers.hits.Load()-hits != 2 {
				t.Fatalf("b answered %d of three reads from its cache, want 2", b.Server.answers.hits.Load()-hits)
			}
			w := a.do(request{method: http.MethodPatch, path: orgPath, as: models.RoleAdmin, body: map[string]any{"name": "邻里互助服务社", "version": a.Fix.Org.Version}})
			if w.Code != http.StatusOK {
				t.Fatalf("rename on a: %d %s", w.Code, w.Body.String())
			}
			if got := decode[models.OrganizationView](t, b.do(request{method: http.MethodGet, path: orgPath, as: reviewer})); got.Name != "邻里互助服务社" {
				t.Fatalf("after the rename on a, b reads the name %q", got.Name)
			}
		})

		t.Run("a list's total and a report", func(t *testing.T) {
			list := func() int64 {
				return decode[models.List[models.OrganizationView]](t, b.do(request{method: http.MethodGet, path: "/api/v1/organizations?limit=1", as: reviewer})).Total
			}
			counted := func() (n int64) {
				for _, k := range decode[models.PipelineReport](t, b.do(request{method: http.MethodGet, path: "/api/v1/reports/pipeline", as: reviewer})).ByStage {
					n += k
				}
				return n
			}
			total, before := list(), counted()
			if list() != total || counted() != before {
				t.Fatal("b's second reads differ from its first with nothing changed")
			}
			w := a.do(request{method: http.MethodPost, path: "/api/v1/organizations", as: models.RoleAdmin, body: map[string]any{
				"name": "谈固东社区书画社", "registration_type": "community_filed", "category": "culture_sports",
				"community_id": a.Fix.Community.ID}})
			if w.Code != http.StatusCreated {
				t.Fatalf("create on a: %d %s", w.Code, w.Body.String())
			}
			if got := list(); got != total+1 {
				t.Fatalf("after a created an organization, b counts %d, want %d", got, total+1)
			}
			if got := counted(); got != before+1 {
				t.Fatalf("after a created an organization, b's pipeline counts %d by stage, want %d", got, before+1)
			}
		})

		t.Run("the bureau's home, shared by reviewers", func(t *testing.T) {
			other := b.login(a.newUser(models.RoleReviewer).Username, testPassword)
			pending := func(header map[string]string) int64 {
				t.Helper()
				w := b.do(request{method: http.MethodGet, path: "/api/v1/home", as: map[bool]models.Role{true: reviewer}[header == nil], header: header})
				h := decode[models.Home](t, w)
				if h.Bureau == nil {
					t.Fatalf("no bureau home: %s", w.Body.String())
				}
				return h.Bureau.Pending.Count
			}
			before := pending(nil)
			if pending(sessionHeader(other)) != before || pending(nil) != before {
				t.Fatal("two reviewers' homes count different pending requests with nothing changed")
			}
			w := a.do(request{method: http.MethodPost, path: "/api/v1/organizations/" + a.Fix.Org.ID + "/transitions", as: models.RoleOrgStaff,
				body: map[string]any{"to_stage": "dormant", "reason": "负责人外出务工，活动暂停"}})
			if w.Code != http.StatusCreated {
				t.Fatalf("request on a: %d %s", w.Code, w.Body.String())
			}
			if got := pending(sessionHeader(other)); got != before+1 {
				t.Fatalf("after a request on a, another reviewer's home on b counts %d pending, want %d", got, before+1)
			}
			if got := pending(nil); got != before+1 {
				t.Fatalf("after a request on a, the reviewer's home on b counts %d pending, want %d", got, before+1)
			}

			// Its figures, shared by reviewers too.
			communities := func(header map[string]string) int64 {
				t.Helper()
				w := b.do(request{method: http.MethodGet, path: "/api/v1/home/figures", as: map[bool]models.Role{true: reviewer}[header == nil], header: header})
				if w.Code != http.StatusOK {
					t.Fatalf("figures: %d %s", w.Code, w.Body.String())
				}
				return decode[models.BureauFigures](t, w).Evidence.CommunitiesTotal
			}
			was := communities(nil)
			if communities(sessionHeader(other)) != was {
				t.Fatal("two reviewers' home figures count different communities with nothing changed")
			}
			w = a.do(request{method: http.MethodPost, path: "/api/v1/communities", as: models.RoleAdmin,
				body: map[string]any{"name": "谈固南社区", "street": "谈固街道", "district": "长安区", "type": "old_neighborhood"}})
			if w.Code != http.StatusCreated {
				t.Fatalf("community on a: %d %s", w.Code, w.Body.String())
			}
			if got := communities(sessionHeader(other)); got != was+1 {
				t.Fatalf("after a community was made on a, the home figures on b count %d communities, want %d", got, was+1)
			}
		})

		t.Run("a revoked token", func(t *testing.T) {
			tok := a.newToken(models.RoleFunder)
			header := bearerHeader(tok.Token)
			if code := getStatus(t, b, "/api/v1/auth/me", header); code != http.StatusOK {
				t.Fatalf("b answers the new token %d", code)
			}
			w := a.do(request{method: http.MethodDelete, path: "/api/v1/tokens/" + tok.ID, as: models.RoleFunder})
			if w.Code != http.StatusNoContent {
				t.Fatalf("revoke on a: %d %s", w.Code, w.Body.String())
			}
			if code := getStatus(t, b, "/api/v1/auth/me", header); code != http.StatusUnauthorized {
				t.Fatalf("b answers a token revoked on a with %d", code)
			}
		})

		t.Run("a disabled user", func(t *testing.T) {
			u := a.newUser(models.RoleReviewer)
			cookie := b.login(u.Username, testPassword)
			if code := getStatus(t, b, orgPath, sessionHeader(cookie)); code != http.StatusOK {
				t.Fatalf("b answers the new user %d", code)
			}
			w := a.do(request{method: http.MethodPatch, path: "/api/v1/users/" + u.ID, as: models.RoleAdmin, body: map[string]any{"disabled": true, "version": u.Version}})
			if w.Code != http.StatusOK {
				t.Fatalf("disable on a: %d %s", w.Code, w.Body.String())
			}
			if code := getStatus(t, b, orgPath, sessionHeader(cookie)); code != http.StatusUnauthorized {
				t.Fatalf("b answers a user disabled on a with %d", code)
			}
		})

		t.Run("an ended session", func(t *testing.T) {
			u := a.newUser(models.RoleReviewer)
			cookie := b.login(u.Username, testPassword)
			other := b.login(u.Username, testPassword)
			if code := getStatus(t, b, orgPath, sessionHeader(cookie)); code != http.StatusOK {
				t.Fatalf("b answers the new session %d", code)
			}
			if code := getStatus(t, b, orgPath, sessionHeader(other)); code != http.StatusOK {
				t.Fatalf("b answers the second session %d", code)
			}
			w := a.do(request{method: http.MethodPost, path: "/api/v1/auth/logout", header: sessionHeader(cookie)})
			if w.Code != http.StatusNoContent {
				t.Fatalf("sign out on a: %d %s", w.Code, w.Body.String())
			}
			if code := getStatus(t, b, orgPath, sessionHeader(cookie)); code != http.StatusUnauthorized {
				t.Fatalf("b answers a session ended on a with %d", code)
			}
			if code := getStatus(t, b, orgPath, sessionHeader(other)); code != http.StatusOK {
				t.Fatalf("b answers the user's other session %d after the first ended", code)
			}
		})
	})
}
