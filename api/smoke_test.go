package api

import (
	"net/http"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

func TestServerAnswersBasics(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		cases := []struct {
			name   string
			req    request
			status int
			ctype  string
		}{
			{"healthz", request{method: "GET", path: "/healthz"}, 200, "application/json"},
			{"readyz", request{method: "GET", path: "/readyz"}, 200, "application/json"},
			{"metrics", request{method: "GET", path: "/metrics", remote: loopbackPeer}, 200, "text/plain"},
			{"openapi", request{method: "GET", path: "/api/v1/openapi.json"}, 200, "application/json"},
			{"spa deep link", request{method: "GET", path: "/communities/abc"}, 200, "text/html"},
			{"spa asset", request{method: "GET", path: "/assets/app-1.js"}, 200, "text/javascript"},
			{"unknown api path", request{method: "GET", path: "/api/v1/nothing-here"}, 404, "application/problem+json"},
			{"me anonymous", request{method: "GET", path: "/api/v1/auth/me"}, 401, "application/problem+json"},
			{"me signed in", request{method: "GET", path: "/api/v1/auth/me", as: models.RoleReviewer}, 200, "application/json"},
		}
		for _, c := range cases {
			w := ts.do(c.req)
			if w.Code != c.status {
				t.Errorf("%s: status %d, want %d (%s)", c.name, w.Code, c.status, w.Body.String())
			}
			if ct := w.Header().Get("Content-Type"); len(ct) < len(c.ctype) || ct[:len(c.ctype)] != c.ctype {
				t.Errorf("%s: content type %q, want %q", c.name, ct, c.ctype)
			}
			if w.Header().Get("X-Content-Type-Options") != "nosniff" || w.Header().Get("Content-Security-Policy") == "" {
				t.Errorf("%s: security headers missing: %v", c.name, w.Header())
			}
		}
		if w := ts.do(request{method: "GET", path: "/api/v1/auth/me", as: models.RoleReviewer}); decode[models.User](t, w).Username != "u_reviewer" {
			t.Errorf("me answered %s", w.Body.String())
		}
		w := ts.do(request{method: http.MethodPost, path: "/api/v1/communities", as: models.RoleAdmin, body: map[string]any{"name": "x"}, header: map[string]string{"Sec-Fetch-Site": "cross-site"}})
		wantProblem(t, w, http.StatusForbidden, "")
	})
}
