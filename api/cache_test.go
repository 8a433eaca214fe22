package api

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// body answers w's body, gunzipped when it was sent gzipped.
func body(t *testing.T, w *httptest.ResponseRecorder) []byte {
	t.Helper()
	if w.Header().Get("Content-Encoding") != "gzip" {
		return w.Body.Bytes()
	}
	r, err := gzip.NewReader(bytes.NewReader(w.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAnswerCacheKeepsCallersApart: each role's second read is answered
// from the cache with the bytes of its first, and no role is ever answered
// with another's.
func TestAnswerCacheKeepsCallersApart(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		// A still clock: answers are kept per minute.
		ts := newTestServer(t, d, withClock(storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)).Now))
		gz := map[string]string{"Accept-Encoding": "gzip"}
		first := map[models.Role][]byte{}
		misses, hits := ts.Server.answers.misses.Load(), ts.Server.answers.hits.Load()
		for _, r := range models.Roles {
			w := ts.do(request{method: http.MethodGet, path: "/api/v1/organizations", as: r, header: gz})
			if w.Code == http.StatusOK {
				first[r] = body(t, w)
			}
		}
		if got := ts.Server.answers.misses.Load() - misses; got != int64(len(first)) || ts.Server.answers.hits.Load() != hits {
			t.Fatalf("first reads of %d roles: %d made, %d from the cache", len(first), got, ts.Server.answers.hits.Load()-hits)
		}
		if bytes.Equal(first[models.RoleReviewer], first[models.RoleFunder]) {
			t.Fatal("a reviewer and a funder see the same organizations; the test needs scopes that differ")
		}
		for r, want := range first {
			w := ts.do(request{method: http.MethodGet, path: "/api/v1/organizations", as: r, header: gz})
			if got := body(t, w); w.Code != http.StatusOK || !bytes.Equal(got, want) {
				t.Fatalf("%s's second read: %d %s, want %s", r, w.Code, got, want)
			}
		}
		if got := ts.Server.answers.hits.Load() - hits; got != int64(len(first)) {
			t.Fatalf("second reads of %d roles: %d from the cache", len(first), got)
		}
	})
}

// TestAnswerCacheGzipsWhatTheClientTakes: a kept answer of a kilobyte or
// more goes gzipped to a client that takes gzip and plain to one that
// does not, the same bytes either way; exports are never kept.
func TestAnswerCacheGzipsWhatTheClientTakes(t *testing.T) {
	ts := newTestServer(t, models.SQLite, withClock(storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)).Now))
	path := "/api/v1/organizations"
	plain := ts.do(request{method: http.MethodGet, path: path, as: models.RoleReviewer})
	if plain.Code != http.StatusOK || plain.Body.Len() < compressMinSize {
		t.Fatalf("the organizations: %d, %d bytes; the test needs a kilobyte", plain.Code, plain.Body.Len())
	}
	hits := ts.Server.answers.hits.Load()
	for _, c := range []struct {
		accept string
		gzip   bool
	}{{"gzip", true}, {"gzip;q=0", false}, {"", false}, {"br, gzip;q=0.5", true}} {
		w := ts.do(request{method: http.MethodGet, path: path, as: models.RoleReviewer, header: map[string]string{"Accept-Encoding": c.accept}})
		if got := w.Header().Get("Content-Encoding") == "gzip"; got != c.gzip {
			t.Errorf("Accept-Encoding %q: gzipped %v, want %v", c.accept, got, c.gzip)
		}
		if !bytes.Equal(body(t, w), plain.Body.Bytes()) {
			t.Errorf("Accept-Encoding %q: the kept answer differs from the one made", c.accept)
		}
	}
	if got := ts.Server.answers.hits.Load() - hits; got != 4 {
		t.Fatalf("%d of 4 reads from the cache", got)
	}
	misses := ts.Server.answers.misses.Load()
	for range 2 {
		if w := ts.do(request{method: http.MethodGet, path: "/api/v1/organizations?format=csv", as: models.RoleReviewer}); w.Code != http.StatusOK {
			t.Fatalf("export: %d %s", w.Code, w.Body.String())
		}
	}
	if ts.Server.answers.misses.Load() != misses || ts.Server.answers.hits.Load()-hits != 4 {
		t.Fatal("an export went through the answer cache")
	}
}
