package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type logMilestoneRequest struct {
	Type        string   `json:"type" binding:"required,enum=MilestoneType"`
	AchievedOn  string   `json:"achieved_on" binding:"required,date"`
	Hours       *float64 `json:"hours" binding:"omitempty,gte=0,lte=2000"`
	Note        string   `json:"note" binding:"max=2000"`
	EvidenceRef string   `json:"evidence_ref" binding:"max=500"`
}

// ListMilestones answers GET /organizations/{id}/milestones with the total
// training hours.
func (h *Handler) ListMilestones(c *gin.Context) {
	var q pageQuery
	if !bindQuery(c, &q) {
		return
	}
	ex, ok := exportOf(c)
	if !ok {
		return
	}
	if ex.format != formatJSON {
		exportList(h, c, ex, milestoneTable, "", func(p models.Page) (models.List[models.Milestone], error) {
			l, err := h.Store.ListMilestones(c.Request.Context(), actor(c), c.Param("id"), p)
			return l.List, err
		})
		return
	}
	list, err := h.Store.ListMilestones(c.Request.Context(), actor(c), c.Param("id"), q.page())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, list)
}

// LogMilestone answers POST /organizations/{id}/milestones.
func (h *Handler) LogMilestone(c *gin.Context) {
	var req logMilestoneRequest
	if !bindJSON(c, &req) {
		return
	}
	m, err := h.Store.LogMilestone(c.Request.Context(), actor(c), c.Param("id"), models.Milestone{
		Type: req.Type, AchievedOn: models.Date(req.AchievedOn), Hours: req.Hours, Note: req.Note, EvidenceRef: req.EvidenceRef,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/organizations/"+m.OrganizationID+"/milestones", m)
}
