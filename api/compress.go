package api

import (
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/klauspost/compress/gzhttp"

	"hatchery/handlers"
)

// compressMinSize is the smallest JSON answer worth compressing: below
// about one packet gzip saves no round trip and still costs work.
const compressMinSize = 1024

// compressJSON gzips JSON and problem answers under /api/ of
// compressMinSize bytes or more for clients whose Accept-Encoding takes
// gzip (q=0 refuses it). gzhttp buffers the start of an answer to decide,
// leaves alone answers that already carry a Content-Encoding, sets Vary,
// drops Content-Length and pools its writers. The engine's own writer stays
// underneath, so the request log counts the bytes that were sent.
func compressJSON() (gin.HandlerFunc, error) {
	wrap, err := gzhttp.NewWrapper(
		gzhttp.MinSize(compressMinSize),
		gzhttp.ContentTypes([]string{"application/json", handlers.ProblemContentType}),
		gzhttp.EnableZstd(false),
		gzhttp.SetContentType(false),
	)
	if err != nil {
		return nil, err
	}
	return func(c *gin.Context) {
		if !strings.HasPrefix(c.Request.URL.Path, "/api/") {
			c.Next()
			return
		}
		engine := c.Writer
		// Restored even on a panic, so that recoverProblem answers through
		// the engine's writer and not a compressor already returned to its pool.
		defer func() { c.Writer = engine }()
		wrap(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			cw := &compressWriter{ResponseWriter: engine, w: w, status: engine.Status(), size: -1}
			c.Writer = cw
			c.Next()
			// A status without a body (204) must reach the engine before
			// the compressor closes.
			cw.WriteHeaderNow()
		})).ServeHTTP(engine, c.Request)
	}, nil
}

// compressWriter is the gin.ResponseWriter the rest of the chain writes to:
// the status is kept until the first byte as gin's own writer keeps it,
// and the body goes through the compressor w. Hijack, CloseNotify and
// Pusher are the engine's.
type compressWriter struct {
	gin.ResponseWriter
	w      http.ResponseWriter
	status int
	size   int // bytes written before compression; -1 before the header
}

func (cw *compressWriter) Header() http.Header { return cw.w.Header() }

func (cw *compressWriter) WriteHeader(code int) {
	if code > 0 && !cw.Written() {
		cw.status = code
	}
}

func (cw *compressWriter) WriteHeaderNow() {
	if !cw.Written() {
		cw.size = 0
		cw.w.WriteHeader(cw.status)
	}
}

func (cw *compressWriter) Write(b []byte) (int, error) {
	cw.WriteHeaderNow()
	n, err := cw.w.Write(b)
	cw.size += n
	return n, err
}

func (cw *compressWriter) WriteString(s string) (int, error) {
	cw.WriteHeaderNow()
	n, err := io.WriteString(cw.w, s)
	cw.size += n
	return n, err
}

func (cw *compressWriter) Flush() {
	cw.WriteHeaderNow()
	_ = http.NewResponseController(cw.w).Flush()
}

func (cw *compressWriter) Status() int   { return cw.status }
func (cw *compressWriter) Size() int     { return cw.size }
func (cw *compressWriter) Written() bool { return cw.size != -1 }

// Unwrap lets http.ResponseController reach the connection.
func (cw *compressWriter) Unwrap() http.ResponseWriter { return cw.w }
