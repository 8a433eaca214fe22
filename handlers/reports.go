package handlers

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type pipelineQuery struct {
	District    string `form:"district" binding:"max=100"`
	Category    string `form:"category" binding:"omitempty,enum=OrganizationCategory"`
	IncubatorID string `form:"incubator_id" binding:"max=64"`
	From        string `form:"from" binding:"omitempty,date"`
	To          string `form:"to" binding:"omitempty,date"`
}

// Pipeline answers GET /reports/pipeline (SPEC 5.1). The period defaults
// to the last twelve months.
func (h *Handler) Pipeline(c *gin.Context) {
	var q pipelineQuery
	if !bindQuery(c, &q) {
		return
	}
	today := h.Store.Now().Format(models.DateLayout)
	if q.To == "" {
		q.To = today
	}
	if q.From == "" {
		q.From = models.Date(q.To).Time().AddDate(-1, 0, 1).Format(models.DateLayout)
	}
	if q.From > q.To {
		FailFields(c, http.StatusUnprocessableEntity, "the period ends before it starts", []models.FieldError{{Field: "to", Code: "gtefield", Message: "must not be before from"}})
		return
	}
	if models.Date(q.To).Time().Sub(models.Date(q.From).Time()) > 20*366*24*time.Hour {
		FailFields(c, http.StatusUnprocessableEntity, "the period is too long", []models.FieldError{{Field: "from", Code: "max", Message: "a period is at most 20 years"}})
		return
	}
	r, err := h.Store.Pipeline(c.Request.Context(), models.PipelineFilter{
		District: q.District, Category: q.Category, IncubatorID: q.IncubatorID, From: models.Date(q.From), To: models.Date(q.To),
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, r)
}
