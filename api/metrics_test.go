package api

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// TestMetricsLabelsAreBounded sends requests with made-up methods, paths and
// statuses without signing in; /metrics must not grow a series for each.
func TestMetricsLabelsAreBounded(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		series := func() int {
			w := ts.do(request{method: http.MethodGet, path: "/metrics", remote: loopbackPeer})
			if w.Code != http.StatusOK {
				t.Fatalf("/metrics answered %d", w.Code)
			}
			n := 0
			for _, line := range strings.Split(w.Body.String(), "\n") {
				if strings.HasPrefix(line, "hatchery_http_") {
					n++
				}
			}
			return n
		}
		warm := func() {
			for _, r := range []request{
				{method: "BREW", path: "/api/v1/communities"},
				{method: http.MethodGet, path: "/api/v1/no-such-thing"},
				{method: http.MethodGet, path: "/api/v1/communities"},
				{method: http.MethodGet, path: "/spa/page"},
			} {
				ts.do(r)
			}
		}
		warm()
		series() // counts /metrics itself
		before := series()
		for i := range 200 {
			ts.do(request{method: fmt.Sprintf("M%dX", i), path: fmt.Sprintf("/api/v1/communities/%d", i)})
			ts.do(request{method: http.MethodGet, path: fmt.Sprintf("/anything/%d", i)})
		}
		warm()
		if after := series(); after != before {
			t.Errorf("metric lines went from %d to %d after requests with new methods and paths", before, after)
		}
		w := ts.do(request{method: http.MethodGet, path: "/metrics", remote: loopbackPeer})
		for _, bad := range []string{`method="M1X"`, `status="404"`, "/anything/"} {
			if strings.Contains(w.Body.String(), bad) {
				t.Errorf("/metrics holds a client-chosen label value %s", bad)
			}
		}
		if !strings.Contains(w.Body.String(), `method="other"`) || !strings.Contains(w.Body.String(), `status="4xx"`) {
			t.Errorf("/metrics lacks the other method or the 4xx class:\n%.2000s", w.Body.String())
		}
	})
}

// TestMetricsAnswerOnlyThisMachineOrTheToken: /metrics is for the
// operator's scraper. The peer address decides what is local, so a request
// that a proxy on this machine forwards from outside is not, whatever
// X-Forwarded-For claims; elsewhere only the exact token opens it.
func TestMetricsAnswerOnlyThisMachineOrTheToken(t *testing.T) {
	t.Parallel()
	const token = "s3cret-metrics-token-0123456789"
	ts := newTestServer(t, models.SQLite)
	withToken := metricsServer(t, ts, token)
	without := metricsServer(t, ts, "")
	outside := "203.0.113.9:51000"
	cases := []struct {
		name    string
		srv     http.Handler
		remote  string
		header  map[string]string
		status  int
		problem bool
	}{
		{"local scraper", withToken, loopbackPeer, nil, 200, false},
		{"local scraper over IPv6", without, "[::1]:9100", nil, 200, false},
		{"local scraper, IPv4 in IPv6", without, "[::ffff:127.0.0.1]:9100", nil, 200, false},
		{"local scraper without a token configured", without, loopbackPeer, nil, 200, false},
		{"outside with the token", withToken, outside, map[string]string{"Authorization": "Bearer " + token}, 200, false},
		{"outside without a token", withToken, outside, nil, 401, true},
		{"outside with a wrong token", withToken, outside, map[string]string{"Authorization": "Bearer wrong"}, 401, true},
		{"outside with the token cut short", withToken, outside, map[string]string{"Authorization": "Bearer " + token[:len(token)-1]}, 401, true},
		{"outside with the token and more", withToken, outside, map[string]string{"Authorization": "Bearer " + token + "x"}, 401, true},
		{"outside with the token but no scheme", withToken, outside, map[string]string{"Authorization": token}, 401, true},
		{"outside claiming to be local", withToken, outside, map[string]string{"X-Forwarded-For": "127.0.0.1"}, 401, true},
		{"forwarded by the local proxy from outside", withToken, loopbackPeer, map[string]string{"X-Forwarded-For": "198.51.100.7"}, 401, true},
		{"forwarded by the local proxy, local client claimed", withToken, loopbackPeer, map[string]string{"X-Forwarded-For": "127.0.0.1"}, 401, true},
		{"forwarded with X-Real-IP", without, loopbackPeer, map[string]string{"X-Real-IP": "198.51.100.7"}, 403, true},
		{"forwarded with Forwarded", without, loopbackPeer, map[string]string{"Forwarded": "for=198.51.100.7"}, 403, true},
		{"outside, no token configured", without, outside, nil, 403, true},
		{"outside, no token configured, one sent", without, outside, map[string]string{"Authorization": "Bearer " + token}, 403, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			req := httptest.NewRequest(http.MethodGet, "/metrics", nil)
			req.RemoteAddr = c.remote
			for k, v := range c.header {
				req.Header.Set(k, v)
			}
			w := httptest.NewRecorder()
			c.srv.ServeHTTP(w, req)
			if c.problem {
				wantProblem(t, w, c.status, "")
				if strings.Contains(w.Body.String(), "hatchery_http_") || strings.Contains(w.Body.String(), "go_goroutines") {
					t.Fatalf("a refusal carries metrics: %.300s", w.Body.String())
				}
				if c.status == 401 && !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer") {
					t.Fatalf("401 without a Bearer challenge: %v", w.Header())
				}
				return
			}
			if w.Code != c.status || !strings.Contains(w.Body.String(), "hatchery_http_") {
				t.Fatalf("status %d, want %d with metrics; body %.300s", w.Code, c.status, w.Body.String())
			}
		})
	}
}

// metricsServer builds a server on ts's database that trusts a proxy on
// this machine and takes token for /metrics.
func metricsServer(t *testing.T, ts *testServer, token string) http.Handler {
	t.Helper()
	h := &handlers.Handler{Store: ts.Store, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Throttle: handlers.NewThrottle(handlers.DefaultThrottle())}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector())
	srv, err := New(Deps{Handler: h, Log: h.Log, Registry: reg, Frontend: fstest.MapFS{"index.html": {Data: []byte("<!doctype html>")}},
		TrustedProxies: []string{"127.0.0.1", "::1"}, MetricsToken: token})
	if err != nil {
		t.Fatal(err)
	}
	// One counted request, so that the request metrics have a series.
	srv.Handler.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/healthz", nil))
	return srv.Handler
}
