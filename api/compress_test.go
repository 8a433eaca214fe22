package api

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// gunzip decodes a gzip body, failing the test when it is not one.
func gunzip(t testing.TB, b []byte) []byte {
	t.Helper()
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("bad gzip: %v", err)
	}
	return out
}

func gzipped(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func varies(h http.Header) bool {
	for _, v := range h.Values("Vary") {
		for f := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(f), "Accept-Encoding") {
				return true
			}
		}
	}
	return false
}

func TestListAnswersAreGzippedWhenAccepted(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		coms := make([]models.Community, 60)
		for i := range coms {
			coms[i] = models.Community{Name: fmt.Sprintf("压缩社区%02d", i), Street: "谈固街道", District: "长安区", Type: "other"}
		}
		if err := ts.Store.BulkInsertReference(context.Background(), models.System("test"), coms, nil); err != nil {
			t.Fatal(err)
		}
		list := "/api/v1/communities?limit=100"
		cases := []struct {
			name, path, acceptEncoding string
			compressed                 bool
		}{
			{"large list, gzip accepted", list, "gzip, deflate, br", true},
			{"large list, gzip with a q-value", list, "br;q=1, gzip;q=0.5", true},
			{"large list, nothing accepted", list, "", false},
			{"large list, gzip refused with q=0", list, "gzip;q=0, br", false},
			{"large list, only identity", list, "identity", false},
			{"small answer", "/api/v1/auth/me", "gzip", false},
			{"small problem", "/api/v1/nothing-here", "gzip", false},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				w := ts.do(request{method: http.MethodGet, path: c.path, as: models.RoleReviewer, header: map[string]string{"Accept-Encoding": c.acceptEncoding}})
				body := w.Body.Bytes()
				if enc := w.Header().Get("Content-Encoding"); (enc == "gzip") != c.compressed || (enc != "" && enc != "gzip") {
					t.Fatalf("Content-Encoding %q, want compressed %v", enc, c.compressed)
				}
				if !varies(w.Header()) {
					t.Errorf("Vary = %q, want Accept-Encoding", w.Header().Values("Vary"))
				}
				if c.compressed {
					// Made afresh it streams without one; kept, its length is the gzipped one.
					if cl := w.Header().Get("Content-Length"); cl != "" && cl != strconv.Itoa(w.Body.Len()) {
						t.Errorf("a compressed answer of %d bytes has Content-Length %s", w.Body.Len(), cl)
					}
					body = gunzip(t, body)
					if len(body) <= len(w.Body.Bytes()) {
						t.Errorf("compressed %d bytes into %d", len(body), w.Body.Len())
					}
				}
				if !json.Valid(body) {
					t.Fatalf("not JSON: %.200q", body)
				}
				if c.path == list {
					var l models.List[models.Community]
					if err := json.Unmarshal(body, &l); err != nil || len(l.Items) != 61 {
						t.Fatalf("%d items, err %v", len(l.Items), err)
					}
				}
			})
		}
	})
}

// listPage is a list answer shaped like a page of communities, about 220
// bytes of JSON per item.
func listPage(n int) models.List[map[string]any] {
	l := models.List[map[string]any]{Total: int64(n) * 40}
	for i := range n {
		l.Items = append(l.Items, map[string]any{
			"id":   fmt.Sprintf("0196%04x-7c1e-7%03x-8%03x-%012x", i*7919%65536, i*31%4096, i*17%4096, i*104729),
			"name": fmt.Sprintf("社区%04d", i*37%10000), "street": fmt.Sprintf("街道%02d", i%40), "district": fmt.Sprintf("区%d", i%3),
			"type": models.CommunityTypes[i%6], "households": 1000 + i*97%5000, "population": 3000 + i*211%15000, "version": 1 + i%4,
		})
	}
	return l
}

// compressEngine is the compression middleware on an engine, behind
// recoverProblem and a middleware that records what the request log would
// see.
func compressEngine(t testing.TB, seen *struct{ status, size int }) *gin.Engine {
	t.Helper()
	gin.SetMode(gin.TestMode)
	compress, err := compressJSON()
	if err != nil {
		t.Fatal(err)
	}
	e := gin.New()
	e.Use(func(c *gin.Context) {
		c.Next()
		seen.status, seen.size = c.Writer.Status(), c.Writer.Size()
	}, recoverProblem(slog.New(slog.NewTextHandler(io.Discard, nil))), compress)
	e.GET("/api/panic", func(c *gin.Context) { panic("under the compressor") })
	big := listPage(50)
	e.GET("/api/json/big", func(c *gin.Context) { c.JSON(http.StatusOK, big) })
	e.GET("/api/json/small", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"ok": true}) })
	e.GET("/api/problem/big", func(c *gin.Context) {
		handlers.FailFields(c, http.StatusUnprocessableEntity, strings.Repeat("bad ", 400), nil)
	})
	e.GET("/api/text/big", func(c *gin.Context) { c.String(http.StatusOK, strings.Repeat("plain ", 400)) })
	e.GET("/api/encoded", func(c *gin.Context) {
		c.Header("Content-Encoding", "gzip")
		c.Data(http.StatusOK, "application/json", gzipped(t, []byte("["+strings.Repeat(`{"a":1},`, 400)+"{}]")))
	})
	e.GET("/api/empty", func(c *gin.Context) { c.Status(http.StatusNoContent) })
	e.GET("/api/streamed", func(c *gin.Context) {
		c.Header("Content-Type", "application/json")
		c.Status(http.StatusAccepted)
		_, _ = c.Writer.WriteString("[")
		for i := range 300 {
			if i > 0 {
				_, _ = c.Writer.WriteString(",")
			}
			_, _ = c.Writer.WriteString(strconv.Itoa(i))
			c.Writer.Flush()
		}
		_, _ = c.Writer.WriteString("]")
	})
	e.GET("/outside/big", func(c *gin.Context) { c.JSON(http.StatusOK, big) })
	return e
}

func TestCompressJSONMiddleware(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, method, path string
		status             int
		encoding           string // the Content-Encoding answered
	}{
		{"large JSON", http.MethodGet, "/api/json/big", 200, "gzip"},
		{"large problem", http.MethodGet, "/api/problem/big", 422, "gzip"},
		{"streamed JSON with flushes", http.MethodGet, "/api/streamed", 202, "gzip"},
		{"small JSON", http.MethodGet, "/api/json/small", 200, ""},
		{"large text is not JSON", http.MethodGet, "/api/text/big", 200, ""},
		{"already encoded, not twice", http.MethodGet, "/api/encoded", 200, "gzip"},
		{"no content", http.MethodGet, "/api/empty", 204, ""},
		{"panic answers the 500 problem plainly", http.MethodGet, "/api/panic", 500, ""},
		{"outside /api/", http.MethodGet, "/outside/big", 200, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var seen struct{ status, size int }
			e := compressEngine(t, &seen)
			req := httptest.NewRequest(c.method, c.path, nil)
			req.Header.Set("Accept-Encoding", "gzip")
			w := httptest.NewRecorder()
			e.ServeHTTP(w, req)
			if w.Code != c.status || seen.status != c.status {
				t.Fatalf("status %d, logged %d, want %d", w.Code, seen.status, c.status)
			}
			if max(seen.size, 0) != w.Body.Len() {
				t.Errorf("logged %d bytes, sent %d", seen.size, w.Body.Len())
			}
			if got := w.Header().Get("Content-Encoding"); got != c.encoding {
				t.Fatalf("Content-Encoding %q, want %q (headers %v)", got, c.encoding, w.Header())
			}
			body := w.Body.Bytes()
			if c.encoding == "gzip" {
				body = gunzip(t, body) // once: JSON comes out
			}
			if strings.HasPrefix(w.Header().Get("Content-Type"), "application/") && c.status != 204 && !json.Valid(body) {
				t.Errorf("not JSON: %.200q", body)
			}
			if strings.HasPrefix(c.path, "/api/") != varies(w.Header()) {
				t.Errorf("Vary = %q", w.Header().Values("Vary"))
			}
		})
	}
}

// BenchmarkCompressJSON measures the middleware on a 13 KiB list answer,
// compressed and passed through, beside the same handler without it.
func BenchmarkCompressJSON(b *testing.B) {
	var seen struct{ status, size int }
	e := compressEngine(b, &seen)
	bare := gin.New()
	big := listPage(50)
	bare.GET("/api/json/big", func(c *gin.Context) { c.JSON(http.StatusOK, big) })
	for _, c := range []struct {
		name, acceptEncoding string
		h                    http.Handler
	}{
		{"without_middleware", "gzip", bare},
		{"identity", "", e},
		{"gzip", "gzip", e},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			var sent int
			for b.Loop() {
				req := httptest.NewRequest(http.MethodGet, "/api/json/big", nil)
				if c.acceptEncoding != "" {
					req.Header.Set("Accept-Encoding", c.acceptEncoding)
				}
				w := httptest.NewRecorder()
				c.h.ServeHTTP(w, req)
				if w.Code != http.StatusOK {
					b.Fatal(w.Code)
				}
				sent = w.Body.Len()
			}
			b.ReportMetric(float64(sent), "sent-bytes")
		})
	}
}
