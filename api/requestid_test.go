package api

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"testing"
	"testing/fstest"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// TestRequestIDComesFromTheServerOrATrustedProxy: a client's X-Request-ID
// never reaches the audit trail (two requests may send the same one); a
// trusted proxy's does.
func TestRequestIDComesFromTheServerOrATrustedProxy(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		var buf bytes.Buffer
		log := slog.New(slog.NewJSONHandler(&buf, nil))
		build := func(proxies []string) *Server {
			h := &handlers.Handler{Store: ts.Store, Log: log,
				Sessions: models.SessionPolicy{Idle: time.Hour, Absolute: 8 * time.Hour},
				Throttle: handlers.NewThrottle(handlers.ThrottleConfig{AccountBurst: 1000, AccountEvery: time.Millisecond, AddressBurst: 1000, AddressEvery: time.Millisecond}),
				Demo:     true, // as newTestServer: the fixture users have no second factor
			}
			srv, err := New(Deps{Handler: h, Log: log, Registry: prometheus.NewRegistry(), Frontend: fstest.MapFS{}, TrustedProxies: proxies})
			if err != nil {
				t.Fatal(err)
			}
			return srv
		}
		create := func(name, sentID string) string {
			t.Helper()
			w := ts.do(request{method: http.MethodPost, path: "/api/v1/communities", as: models.RoleAdmin,
				body:   map[string]any{"name": name, "street": "谈固街道", "district": "长安区", "type": "other"},
				header: map[string]string{"X-Request-ID": sentID}})
			if w.Code != http.StatusCreated {
				t.Fatalf("create: %d %s", w.Code, w.Body.String())
			}
			return w.Header().Get("X-Request-ID")
		}
		auditIDs := func() map[string]int {
			l, err := ts.Store.ListAudit(context.Background(), models.AuditFilter{Action: "create", Page: models.Page{Limit: 200}})
			if err != nil {
				t.Fatal(err)
			}
			out := map[string]int{}
			for _, e := range l.Items {
				out[e.RequestID]++
			}
			return out
		}

		// httptest requests come from 192.0.2.1, which no proxy list names here.
		ts.Server = build(nil)
		first := create("请求号社区甲", "chosen-by-client")
		second := create("请求号社区乙", "chosen-by-client")
		if first == "chosen-by-client" || second == "chosen-by-client" || first == second {
			t.Errorf("answered request ids %q and %q; want fresh ones of the server's", first, second)
		}
		ids := auditIDs()
		if ids["chosen-by-client"] != 0 {
			t.Errorf("the audit trail holds the client's request id %d times", ids["chosen-by-client"])
		}
		if ids[first] != 1 || ids[second] != 1 {
			t.Errorf("audit entries by request id: %v; want one each for %s and %s", ids, first, second)
		}
		line := requestLogLine(t, &buf, first)
		if line["client_request_id"] != "chosen-by-client" {
			t.Errorf("request log line: %v; want client_request_id", line)
		}

		ts.Server = build([]string{"192.0.2.0/24"})
		if got := create("请求号社区丙", "from-the-proxy-1"); got != "from-the-proxy-1" {
			t.Errorf("behind a trusted proxy the request id is %q, want the proxy's", got)
		}
		if auditIDs()["from-the-proxy-1"] != 1 {
			t.Errorf("the proxy's request id is not in the audit trail")
		}
	})
}
