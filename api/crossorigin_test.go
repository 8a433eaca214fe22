package api

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// withRequestLog rebuilds ts's server on the same database with the request
// log written to the answered buffer and the throttle on clk.
func withRequestLog(t *testing.T, ts *testServer, clk *storetest.Clock) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	h := &handlers.Handler{
		Store: ts.Store, Log: log,
		Sessions: models.SessionPolicy{Idle: time.Hour, Absolute: 8 * time.Hour},
		Throttle: handlers.NewThrottle(handlers.ThrottleConfig{AccountBurst: 1000, AccountEvery: time.Millisecond, AddressBurst: 1000, AddressEvery: time.Millisecond, Now: clk.Now}),
		Demo:     true, // as newTestServer: the fixture users have no second factor
	}
	srv, err := New(Deps{Handler: h, Log: log, Registry: prometheus.NewRegistry(), Frontend: fstest.MapFS{}})
	if err != nil {
		t.Fatal(err)
	}
	ts.Server = srv
	return &buf
}

// requestLogLine finds the request log line with the request id.
func requestLogLine(t *testing.T, log *bytes.Buffer, id string) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(log.Bytes()))
	for {
		var line map[string]any
		if err := dec.Decode(&line); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if line["msg"] == "request" && line["request_id"] == id {
			return line
		}
	}
	t.Fatalf("no request log line for %s in:\n%s", id, log.String())
	return nil
}

// auditOf answers the denied entries of a request id, read through the API.
func (ts *testServer) auditOf(t *testing.T, requestID string) []models.AuditEntry {
	t.Helper()
	w := ts.do(request{method: http.MethodGet, path: "/api/v1/audit?action=denied&limit=100", as: models.RoleAdmin})
	if w.Code != http.StatusOK {
		t.Fatalf("audit list: %d %s", w.Code, w.Body.String())
	}
	var found []models.AuditEntry
	for _, e := range decode[models.List[models.AuditEntry]](t, w).Items {
		if e.RequestID == requestID {
			found = append(found, e)
		}
	}
	return found
}

func TestCrossOriginWritesAreRefusedLoggedAndAudited(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		clk := storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
		log := withRequestLog(t, ts, clk)
		ts.cookie(models.RoleAdmin)

		cases := []struct {
			name   string
			header map[string]string
			status int
		}{
			{"sec-fetch-site cross-site", map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
			{"sec-fetch-site same-site", map[string]string{"Sec-Fetch-Site": "same-site"}, http.StatusForbidden},
			{"origin of another host", map[string]string{"Origin": "https://evil.example"}, http.StatusForbidden},
			{"sec-fetch-site same-origin", map[string]string{"Sec-Fetch-Site": "same-origin"}, http.StatusCreated},
			{"origin of this host", map[string]string{"Origin": "http://example.com"}, http.StatusCreated},
			{"no browser headers", nil, http.StatusCreated},
		}
		for i, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				header := map[string]string{}
				for k, v := range c.header {
					header[k] = v
				}
				body := map[string]any{"name": "跨域社区" + string(rune('A'+i)), "street": "谈固街道", "district": "长安区", "type": "other"}
				w := ts.do(request{method: http.MethodPost, path: "/api/v1/communities", as: models.RoleAdmin, body: body, header: header})
				if w.Code != c.status {
					t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body.String())
				}
				id := w.Header().Get("X-Request-ID")
				line := requestLogLine(t, log, id)
				if line["route"] != "/api/v1/communities" || line["status"] != float64(c.status) {
					t.Errorf("request log: %v", line)
				}
				entries := ts.auditOf(t, id)
				if c.status != http.StatusForbidden {
					if len(entries) != 0 {
						t.Errorf("an allowed write was audited as denied: %+v", entries)
					}
					return
				}
				p := wantProblem(t, w, http.StatusForbidden, "")
				got := decode[struct {
					RequestID string `json:"request_id"`
				}](t, w)
				if p.Type != "urn:hatchery:problem:cross-origin" || got.RequestID != id {
					t.Errorf("problem %+v with request_id %q, want type cross-origin and %q", p, got.RequestID, id)
				}
				if w.Header().Get("Content-Security-Policy") == "" {
					t.Error("the refusal lacks the security headers")
				}
				if len(entries) != 1 || entries[0].Entity != "request" || entries[0].EntityID != id ||
					!strings.Contains(string(entries[0].After), "/api/v1/communities") {
					t.Fatalf("audit entries %+v", entries)
				}
				clk.Add(time.Minute) // the next case's refusal is audited too
			})
		}

		l, err := ts.Store.ListCommunities(t.Context(), models.CommunityFilter{Q: "跨域社区", Page: models.Page{Limit: 10}})
		if err != nil {
			t.Fatal(err)
		}
		if l.Total != 3 {
			t.Errorf("%d communities were created, want the 3 same-origin ones", l.Total)
		}
	})
}

func TestCrossOriginRefusalFloodIsAuditedOnceAMinute(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		clk := storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
		withRequestLog(t, ts, clk)
		refuse := func() string {
			w := ts.do(request{method: http.MethodDelete, path: "/api/v1/tokens/x", header: map[string]string{"Sec-Fetch-Site": "cross-site"}})
			wantProblem(t, w, http.StatusForbidden, "")
			return w.Header().Get("X-Request-ID")
		}
		first := refuse()
		second := refuse()
		clk.Add(time.Minute)
		third := refuse()
		for _, c := range []struct {
			id   string
			want int
		}{{first, 1}, {second, 0}, {third, 1}} {
			if got := len(ts.auditOf(t, c.id)); got != c.want {
				t.Errorf("request %s: %d audit entries, want %d", c.id, got, c.want)
			}
		}
	})
}
