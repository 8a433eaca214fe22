package api

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/handlers"
)

// MaxUploadBytes caps the body of a route that takes a file.
const MaxUploadBytes = 10 << 20

// uploadLimit answers the body limit of a route that takes a file
// (multipart/form-data) instead of JSON.
func uploadLimit(route string) (int64, bool) {
	switch route {
	case "/api/v1/surveys/import":
		return MaxUploadBytes, true
	}
	return 0, false
}

// limitBodies applies limitBody to every route but those that take a file,
// which get limitUpload with their own limit.
func limitBodies(c *gin.Context) {
	if limit, ok := uploadLimit(c.FullPath()); ok {
		limitUpload(c, limit)
		return
	}
	limitBody(c)
}

// limitUpload refuses a body over limit (413). Whether it is the
// multipart/form-data the route takes is the handler's to say (415), after
// the caller is known.
func limitUpload(c *gin.Context, limit int64) {
	if c.Request.ContentLength > limit {
		handlers.Fail(c, http.StatusRequestEntityTooLarge, fmt.Sprintf("the body is larger than %d bytes (%d MiB)", limit, limit>>20))
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, limit)
	c.Next()
}
