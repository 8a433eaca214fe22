package api

import (
	"bytes"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"hatchery/handlers"
)

// spa serves the built frontend: files as they are, and index.html for any
// other path so that the client-side router can take it. Unknown /api/
// paths answer a JSON 404 instead.
func spa(files fs.FS) gin.HandlerFunc {
	return func(c *gin.Context) {
		p := c.Request.URL.Path
		if strings.HasPrefix(p, "/api/") || p == "/api" {
			handlers.Fail(c, http.StatusNotFound, "no such API route")
			return
		}
		if c.Request.Method != http.MethodGet && c.Request.Method != http.MethodHead {
			handlers.Fail(c, http.StatusMethodNotAllowed, "only GET and HEAD are served here")
			return
		}
		name := strings.TrimPrefix(path.Clean(p), "/")
		if name != "" && name != "index.html" && isFile(files, name) {
			if strings.HasPrefix(name, "assets/") {
				c.Header("Cache-Control", "public, max-age=31536000, immutable")
			}
			serveFile(c, files, name)
			return
		}
		if !isFile(files, "index.html") {
			c.Data(http.StatusServiceUnavailable, "text/plain; charset=utf-8",
				[]byte("The web interface has not been built. Run `make run`, or `make frontend` and rebuild.\n"))
			return
		}
		c.Header("Cache-Control", "no-cache")
		serveFile(c, files, "index.html")
	}
}

// precompressed lists the siblings that the frontend build writes next to
// each compressible file (app.js.br, app.js.gz), in the order the server
// prefers them, with the media type such a file has when asked for by its
// own name (brotli has no registered one).
var precompressed = []struct{ coding, suffix, mediaType string }{
	{"br", ".br", "application/octet-stream"},
	{"gzip", ".gz", "application/gzip"},
}

// serveFile answers the file name, or its precompressed sibling when the
// client accepts that encoding, with the original's Content-Type.
func serveFile(c *gin.Context, files fs.FS, name string) {
	h := c.Writer.Header()
	// Without a known type the original is served as it is, so that
	// http.ServeContent sniffs its own bytes, not a sibling's.
	if ctype := mediaType(name); ctype != "" {
		h.Set("Content-Type", ctype)
		sibling, coding, some := pickSibling(files, name, c.GetHeader("Accept-Encoding"))
		if some {
			h.Add("Vary", "Accept-Encoding")
		}
		if coding != "" {
			serveEncoded(c, files, sibling, coding)
			return
		}
	}
	f, st, ok := openFile(c, files, name)
	if !ok {
		return
	}
	defer f.Close()
	content, isSeeker := f.(io.ReadSeeker)
	if !isSeeker {
		b, err := io.ReadAll(f)
		if err != nil {
			handlers.Fail(c, http.StatusInternalServerError, "the file could not be read")
			return
		}
		content = bytes.NewReader(b)
	}
	// ServeContent answers HEAD, ranges and conditional requests.
	http.ServeContent(c.Writer, c.Request, name, st.ModTime(), content)
}

// serveEncoded answers a precompressed sibling whole, with its length.
// http.ServeContent would leave the length out once Content-Encoding is
// set, and ranges of an encoded file are of no use to a browser.
func serveEncoded(c *gin.Context, files fs.FS, sibling, coding string) {
	f, st, ok := openFile(c, files, sibling)
	if !ok {
		return
	}
	defer f.Close()
	h := c.Writer.Header()
	h.Set("Content-Encoding", coding)
	h.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	c.Status(http.StatusOK)
	c.Writer.WriteHeaderNow()
	if c.Request.Method != http.MethodHead {
		_, _ = io.Copy(c.Writer, f)
	}
}

// openFile opens name, answering 500 when it cannot.
func openFile(c *gin.Context, files fs.FS, name string) (fs.File, fs.FileInfo, bool) {
	f, err := files.Open(name)
	if err != nil {
		handlers.Fail(c, http.StatusInternalServerError, "the file could not be read")
		return nil, nil, false
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		handlers.Fail(c, http.StatusInternalServerError, "the file could not be read")
		return nil, nil, false
	}
	return f, st, true
}

// mediaType answers the Content-Type of name by its extension, or "".
func mediaType(name string) string {
	for _, p := range precompressed {
		if strings.HasSuffix(name, p.suffix) {
			return p.mediaType
		}
	}
	return mime.TypeByExtension(path.Ext(name))
}

// pickSibling answers the precompressed sibling of name that the
// Accept-Encoding value accepts with the highest q-value (the earlier in
// precompressed on a tie), and whether name has any sibling at all, in which
// case the answer varies with Accept-Encoding.
func pickSibling(files fs.FS, name, acceptEncoding string) (sibling, coding string, some bool) {
	best := 0.0
	for _, p := range precompressed {
		if !isFile(files, name+p.suffix) {
			continue
		}
		some = true
		if q := acceptQ(acceptEncoding, p.coding); q > best {
			sibling, coding, best = name+p.suffix, p.coding, q
		}
	}
	return sibling, coding, some
}

// acceptQ answers the q-value an Accept-Encoding value gives coding: 1
// when it is named without one, 0 when it is not named or the q-value is
// not a number from 0 to 1. "x-gzip" counts as gzip (RFC 9110, 8.4.1.3).
// A bare "*" is not taken as consent, as gzhttp does not take it either:
// clients that send it often expect plain bytes.
func acceptQ(acceptEncoding, coding string) float64 {
	for entry := range strings.SplitSeq(acceptEncoding, ",") {
		name, params, _ := strings.Cut(entry, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "x-gzip" {
			name = "gzip"
		}
		if name != coding {
			continue
		}
		for param := range strings.SplitSeq(params, ";") {
			k, v, _ := strings.Cut(param, "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || q < 0 || q > 1 {
					return 0
				}
				return q
			}
		}
		return 1
	}
	return 0
}

func isFile(files fs.FS, name string) bool {
	st, err := fs.Stat(files, name)
	return err == nil && !st.IsDir()
}
