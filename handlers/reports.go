package handlers

import (
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
	ex, ok := exportOf(c)
	if !ok {
		return
	}
	var q pipelineQuery
	if !bindQuery(c, &q) {
		return
	}
	from, to, ok := h.reportPeriod(c, q.From, q.To, 20)
	if !ok {
		return
	}
	r, err := h.Store.Pipeline(c.Request.Context(), models.PipelineFilter{
		District: q.District, Category: q.Category, IncubatorID: q.IncubatorID, From: from, To: to,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	respondReport(h, c, ex, label{"孵化进程", "pipeline"}, r, func() []section { return pipelineSections(r) })
}
