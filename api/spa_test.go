package api

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"

	"hatchery/handlers"
)

// spaServer is the real engine serving files, with no database behind it:
// the files are answered before anything would reach the store.
func spaServer(t testing.TB, files fstest.MapFS) http.Handler {
	t.Helper()
	gin.SetMode(gin.TestMode)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	h := &handlers.Handler{Log: log, Throttle: handlers.NewThrottle(handlers.DefaultThrottle())}
	srv, err := New(Deps{Handler: h, Log: log, Registry: prometheus.NewRegistry(), Frontend: files})
	if err != nil {
		t.Fatal(err)
	}
	return srv.Handler
}

func TestPrecompressedAssets(t *testing.T) {
	t.Parallel()
	js := []byte(strings.Repeat("console.log('hatchery');\n", 100))
	index := []byte("<!doctype html><title>Hatchery</title><div id=app></div>")
	files := fstest.MapFS{
		"index.html":            {Data: index},
		"index.html.br":         {Data: []byte("brotli(index)")},
		"index.html.gz":         {Data: gzipped(t, index)},
		"assets/app-1.js":       {Data: js},
		"assets/app-1.js.br":    {Data: []byte("brotli(app)")},
		"assets/app-1.js.gz":    {Data: gzipped(t, js)},
		"assets/logo-1.png":     {Data: []byte("\x89PNG\r\n\x1a\n")},
		"assets/only-gz.css":    {Data: []byte("body{}")},
		"assets/only-gz.css.gz": {Data: gzipped(t, []byte("body{}"))},
	}
	const immutable = "public, max-age=31536000, immutable"
	cases := []struct {
		name, method, path, acceptEncoding string
		encoding, ctype, cache             string
		served                             string // the file sent
		body                               []byte // what the client decodes
		vary                               bool
	}{
		{"br preferred", "GET", "/assets/app-1.js", "gzip, deflate, br, zstd", "br", "text/javascript", immutable, "assets/app-1.js.br", []byte("brotli(app)"), true},
		{"gzip only", "GET", "/assets/app-1.js", "gzip", "gzip", "text/javascript", immutable, "assets/app-1.js.gz", js, true},
		{"x-gzip", "GET", "/assets/app-1.js", "x-gzip", "gzip", "text/javascript", immutable, "assets/app-1.js.gz", js, true},
		{"br refused with q=0", "GET", "/assets/app-1.js", "br;q=0, gzip", "gzip", "text/javascript", immutable, "assets/app-1.js.gz", js, true},
		{"higher q wins", "GET", "/assets/app-1.js", "br;q=0.5, gzip;q=0.9", "gzip", "text/javascript", immutable, "assets/app-1.js.gz", js, true},
		{"bad q-values refuse", "GET", "/assets/app-1.js", "br;q=2, gzip;q=x", "", "text/javascript", immutable, "assets/app-1.js", js, true},
		{"nothing accepted", "GET", "/assets/app-1.js", "", "", "text/javascript", immutable, "assets/app-1.js", js, true},
		{"gzip refused", "GET", "/assets/app-1.js", "gzip;q=0", "", "text/javascript", immutable, "assets/app-1.js", js, true},
		{"wildcard is not consent", "GET", "/assets/app-1.js", "*", "", "text/javascript", immutable, "assets/app-1.js", js, true},
		{"only a gzip sibling", "GET", "/assets/only-gz.css", "br, gzip", "gzip", "text/css", immutable, "assets/only-gz.css.gz", []byte("body{}"), true},
		{"no sibling", "GET", "/assets/logo-1.png", "br, gzip", "", "image/png", immutable, "assets/logo-1.png", []byte("\x89PNG\r\n\x1a\n"), false},
		{"HEAD of a precompressed asset", "HEAD", "/assets/app-1.js", "br", "br", "text/javascript", immutable, "assets/app-1.js.br", nil, true},
		{"HEAD of a plain asset", "HEAD", "/assets/app-1.js", "", "", "text/javascript", immutable, "assets/app-1.js", nil, true},
		{"deep link gets index.html.br", "GET", "/communities/abc", "br", "br", "text/html", "no-cache", "index.html.br", []byte("brotli(index)"), true},
		{"deep link gets index.html.gz", "GET", "/communities/abc", "gzip", "gzip", "text/html", "no-cache", "index.html.gz", index, true},
		{"root, plain", "GET", "/", "", "", "text/html", "no-cache", "index.html", index, true},
		{"HEAD of a deep link", "HEAD", "/communities/abc", "gzip", "gzip", "text/html", "no-cache", "index.html.gz", nil, true},
		{"a sibling by its own name", "GET", "/assets/app-1.js.gz", "gzip", "", "application/gzip", immutable, "assets/app-1.js.gz", files["assets/app-1.js.gz"].Data, false},
	}
	srv := spaServer(t, files)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			req := httptest.NewRequest(c.method, c.path, nil)
			if c.acceptEncoding != "" {
				req.Header.Set("Accept-Encoding", c.acceptEncoding)
			}
			w := httptest.NewRecorder()
			srv.ServeHTTP(w, req)
			res := w.Result()
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", res.StatusCode, w.Body.String())
			}
			if got := res.Header.Get("Content-Encoding"); got != c.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, c.encoding)
			}
			if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, c.ctype) {
				t.Errorf("Content-Type %q, want %q", got, c.ctype)
			}
			if got := res.Header.Get("Cache-Control"); got != c.cache {
				t.Errorf("Cache-Control %q, want %q", got, c.cache)
			}
			if varies(res.Header) != c.vary {
				t.Errorf("Vary %q, want Accept-Encoding: %v", res.Header.Values("Vary"), c.vary)
			}
			sent := files[c.served].Data
			if got := res.Header.Get("Content-Length"); got != strconv.Itoa(len(sent)) {
				t.Errorf("Content-Length %s, want %d", got, len(sent))
			}
			body := w.Body.Bytes()
			if c.method == http.MethodHead {
				if len(body) != 0 {
					t.Errorf("HEAD answered %d bytes", len(body))
				}
				return
			}
			if c.encoding == "gzip" {
				body = gunzip(t, body)
			}
			if !bytes.Equal(body, c.body) {
				t.Errorf("body %.80q, want %.80q", body, c.body)
			}
		})
	}
}
