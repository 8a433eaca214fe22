package api

import (
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/gin-gonic/gin"

	"hatchery/handlers"
)

// spa serves the built frontend: files as they are, and index.html for any
// other path so that the client-side router can take it. Unknown /api/
// paths answer a JSON 404 instead.
func spa(files fs.FS) gin.HandlerFunc {
	fileServer := http.FileServer(http.FS(files))
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
		if name != "" && name != "index.html" {
			if st, err := fs.Stat(files, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					c.Header("Cache-Control", "public, max-age=31536000, immutable")
				}
				fileServer.ServeHTTP(c.Writer, c.Request)
				return
			}
		}
		index, err := fs.ReadFile(files, "index.html")
		if err != nil {
			c.Data(http.StatusServiceUnavailable, "text/plain; charset=utf-8",
				[]byte("The web interface has not been built. Run `make run`, or `make frontend` and rebuild.\n"))
			return
		}
		c.Header("Cache-Control", "no-cache")
		c.Data(http.StatusOK, "text/html; charset=utf-8", index)
	}
}
