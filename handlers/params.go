package handlers

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

// pageQuery is the paging part of every list's query string (SPEC 6).
type pageQuery struct {
	Limit  *int   `form:"limit" binding:"omitempty,min=1,max=200"`
	Cursor string `form:"cursor" binding:"max=400"`
}

func (p pageQuery) page() models.Page {
	pg := models.Page{Cursor: p.Cursor}
	if p.Limit != nil {
		pg.Limit = *p.Limit
	}
	return pg
}

// expectedVersion takes the version a PATCH was based on from the body or,
// failing that, from If-Match (SPEC 4.4). It answers 422 when neither is given.
func expectedVersion(c *gin.Context, body *int64) (int64, bool) {
	if body != nil {
		return *body, true
	}
	if m := strings.Trim(strings.TrimPrefix(c.GetHeader("If-Match"), "W/"), `"`); m != "" {
		if v, err := strconv.ParseInt(m, 10, 64); err == nil && v > 0 {
			return v, true
		}
	}
	FailFields(c, http.StatusUnprocessableEntity, "say which version you are changing", []models.FieldError{{
		Field: "version", Code: "required", Message: "send the version you read, in the body or in If-Match",
	}})
	return 0, false
}

// created answers 201 with the stored object and its location.
func created(c *gin.Context, location string, v any) {
	c.Header("Location", location)
	c.JSON(http.StatusCreated, v)
}
