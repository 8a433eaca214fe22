package api

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestMetricsLabelsAreBounded sends requests with made-up methods, paths and
// statuses without signing in; /metrics must not grow a series for each.
func TestMetricsLabelsAreBounded(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		series := func() int {
			w := ts.do(request{method: http.MethodGet, path: "/metrics"})
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
		w := ts.do(request{method: http.MethodGet, path: "/metrics"})
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
