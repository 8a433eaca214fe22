package api

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestErrorsAreProblemsOverTCP: the replies net/http writes itself, before
// any handler, are problem+json too.
func TestErrorsAreProblemsOverTCP(t *testing.T) {
	t.Parallel()
	ts := newTestServer(t, models.SQLite)
	srv := httptest.NewUnstartedServer(ts.Server.Handler)
	srv.Listener = ProblemListener(srv.Listener)
	srv.Start()
	t.Cleanup(srv.Close)
	cases := []struct {
		name    string
		request string
		status  int
		detail  string
	}{
		{"header fields over a mebibyte", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 1<<20+8192) + "\r\n\r\n",
			http.StatusRequestHeaderFieldsTooLarge, "header fields are larger"},
		{"two Host headers", "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", http.StatusBadRequest, "could not be read"},
		{"a malformed Host header", "GET /healthz HTTP/1.1\r\nHost: a b\r\n\r\n", http.StatusBadRequest, "malformed Host header"},
		{"no Host header", "GET /healthz HTTP/1.1\r\n\r\n", http.StatusBadRequest, "missing required Host header"},
		{"a request line that is not HTTP", "HELLO\r\n\r\n", http.StatusBadRequest, "could not be read"},
		{"an unknown transfer encoding", "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: rot13\r\n\r\n",
			http.StatusNotImplemented, "transfer encoding"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", srv.Listener.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
			go func() { _, _ = io.WriteString(conn, c.request) }()
			res, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			if res.StatusCode != c.status || res.Header.Get("Content-Type") != "application/problem+json" {
				t.Fatalf("answered %d %q", res.StatusCode, res.Header.Get("Content-Type"))
			}
			var p problem
			if err := json.NewDecoder(res.Body).Decode(&p); err != nil {
				t.Fatal(err)
			}
			if p.Status != c.status || p.Title == "" || p.Type == "" || !strings.Contains(p.Detail, c.detail) {
				t.Errorf("problem %+v, want detail with %q", p, c.detail)
			}
		})
	}
	// Ordinary answers pass through untouched, several on one connection.
	client := srv.Client()
	for range 3 {
		res, err := client.Get(srv.URL + "/api/v1/no-such-route")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusNotFound || res.Header.Get("Content-Type") != "application/problem+json" || !strings.Contains(string(body), `"status":404`) {
			t.Errorf("answered %d %q %s", res.StatusCode, res.Header.Get("Content-Type"), body)
		}
	}
}

// TestNoRedirectFollowsTheClient: a path with a trailing slash (or in
// another case) answers 404 problem+json, not a redirect built from
// X-Forwarded-Prefix.
func TestNoRedirectFollowsTheClient(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		for _, path := range []string{"/api/v1/communities/", "/api/v1/Communities", "/healthz/", "/api/v1//communities"} {
			w := ts.do(request{method: http.MethodGet, path: path, as: models.RoleAdmin, header: map[string]string{"X-Forwarded-Prefix": "//evil.example"}})
			if loc := w.Header().Get("Location"); loc != "" {
				t.Errorf("%s redirects to %q", path, loc)
			}
			if strings.HasPrefix(path, "/api/") {
				wantProblem(t, w, http.StatusNotFound, "")
			} else if w.Code >= 300 && w.Code < 400 {
				t.Errorf("%s answered %d", path, w.Code)
			}
		}
	})
}

// TestHeadWorksWhereverGetDoes: HEAD answers as GET would, without a body.
func TestHeadWorksWhereverGetDoes(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		for _, c := range []struct {
			path string
			as   models.Role
		}{
			{"/healthz", ""}, {"/readyz", ""}, {"/metrics", ""}, {"/metrics?local", ""}, {"/api/v1/openapi.json", ""},
			{"/api/v1/communities", models.RoleAdmin}, {"/api/v1/organizations/" + ts.Fix.Org.ID, models.RoleAdmin},
			{"/api/v1/auth/me", ""}, {"/", ""}, {"/organizations/x", ""}, {"/assets/app-1.js", ""},
		} {
			remote := ""
			if c.path == "/metrics?local" {
				remote = loopbackPeer
			}
			get := ts.do(request{method: http.MethodGet, path: c.path, as: c.as, remote: remote})
			head := ts.do(request{method: http.MethodHead, path: c.path, as: c.as, remote: remote})
			if head.Code != get.Code || head.Header().Get("Content-Type") != get.Header().Get("Content-Type") {
				t.Errorf("HEAD %s: %d %q; GET: %d %q", c.path, head.Code, head.Header().Get("Content-Type"), get.Code, get.Header().Get("Content-Type"))
			}
			if head.Body.Len() != 0 {
				t.Errorf("HEAD %s has a body: %.100s", c.path, head.Body.String())
			}
		}
		// A route without GET still refuses HEAD, naming HEAD.
		w := ts.do(request{method: http.MethodHead, path: "/api/v1/auth/login"})
		if w.Code != http.StatusMethodNotAllowed {
			t.Errorf("HEAD on a POST route: %d", w.Code)
		}
	})
}
