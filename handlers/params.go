package handlers

import (
	"fmt"
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
	Sort   string `form:"sort" binding:"max=64"`
}

func (p pageQuery) page() models.Page {
	pg := models.Page{Cursor: p.Cursor, Sort: p.Sort}
	if p.Limit != nil {
		pg.Limit = *p.Limit
	}
	return pg
}

// expectedVersion takes the version a PATCH was based on from the body or
// from If-Match (SPEC 4.4). It answers 422 when neither is given, and 400
// when both are and disagree: the request contradicts itself, and taking
// either could change a record the client did not mean.
func expectedVersion(c *gin.Context, body *int64) (int64, bool) {
	header, inHeader := int64(0), false
	if m := strings.Trim(strings.TrimPrefix(c.GetHeader("If-Match"), "W/"), `"`); m != "" {
		if v, err := strconv.ParseInt(m, 10, 64); err == nil && v > 0 {
			header, inHeader = v, true
		}
	}
	switch {
	case body != nil && inHeader && *body != header:
		FailFields(c, http.StatusBadRequest, "the body and If-Match name different versions", []models.FieldError{{
			Field: "version", Code: "version_mismatch",
			Message: fmt.Sprintf("the body says version %d and If-Match says %d; send one, or the same in both", *body, header),
		}})
		return 0, false
	case body != nil:
		return *body, true
	case inHeader:
		return header, true
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

// reportPeriod completes a report's period: to defaults to today and from
// to a year before it; a period that ends before it starts, or spans more
// than years calendar years, is refused (it has then answered, and ok is
// false).
func (h *Handler) reportPeriod(c *gin.Context, from, to string, years int) (models.Date, models.Date, bool) {
	if to == "" {
		to = h.Store.Now().Format(models.DateLayout)
	}
	if from == "" {
		from = models.Date(to).Time().AddDate(-1, 0, 1).Format(models.DateLayout)
	}
	if from > to {
		FailFields(c, http.StatusUnprocessableEntity, "the period ends before it starts", []models.FieldError{{Field: "to", Code: "gtefield", Message: "must not be before from"}})
		return "", "", false
	}
	// Counted as the calendar does: 2016-01-01 to 2025-12-31 is the longest
	// ten-year period starting 2016-01-01.
	if !models.Date(to).Time().Before(models.Date(from).Time().AddDate(years, 0, 0)) {
		FailFields(c, http.StatusUnprocessableEntity, "the period is too long", []models.FieldError{{Field: "from", Code: "max", Message: fmt.Sprintf("a period is at most %d years", years)}})
		return "", "", false
	}
	return models.Date(from), models.Date(to), true
}
