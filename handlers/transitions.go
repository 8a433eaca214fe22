package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type transitionListQuery struct {
	pageQuery
	Status         string `form:"status" binding:"omitempty,enum=TransitionStatus"`
	ToStage        string `form:"to_stage" binding:"omitempty,enum=Stage"`
	OrganizationID string `form:"organization_id" binding:"max=64"`
	IncubatorID    string `form:"incubator_id" binding:"max=64"`
	District       string `form:"district" binding:"max=100"`
	Sort           string `form:"sort" binding:"omitempty,enum=TransitionSort"`
}

type requestTransitionRequest struct {
	ToStage     string `json:"to_stage" binding:"required,enum=Stage"`
	Reason      string `json:"reason" binding:"max=2000"`
	IncubatorID string `json:"incubator_id" binding:"max=64"`
}

type approveRequest struct {
	Note     string `json:"note" binding:"max=2000"`
	Override bool   `json:"override"`
}

type rejectRequest struct {
	Note string `json:"note" binding:"required,notblank,max=2000"`
}

// ListTransitions answers GET /transitions: the review queue, scoped.
func (h *Handler) ListTransitions(c *gin.Context) {
	var q transitionListQuery
	if !bindQuery(c, &q) {
		return
	}
	// The queue's sort is its own (oldest or newest first), not a column.
	page := q.page()
	page.Sort = ""
	respondList(h, c, transitionTable, page, func(p models.Page) (models.List[models.TransitionView], error) {
		return h.Store.ListTransitions(c.Request.Context(), actor(c), models.TransitionFilter{
			Status: q.Status, ToStage: q.ToStage, OrganizationID: q.OrganizationID, IncubatorID: q.IncubatorID, District: q.District,
			Sort: q.Sort, Page: p,
		})
	})
}

// OrganizationTransitions answers GET /organizations/{id}/transitions.
func (h *Handler) OrganizationTransitions(c *gin.Context) {
	var q pageQuery
	if !bindQuery(c, &q) {
		return
	}
	list, err := h.Store.OrganizationTransitions(c.Request.Context(), actor(c), c.Param("id"), q.page())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, list)
}

// RequestTransition answers POST /organizations/{id}/transitions.
func (h *Handler) RequestTransition(c *gin.Context) {
	var req requestTransitionRequest
	if !bindJSON(c, &req) {
		return
	}
	t, err := h.Store.RequestTransition(c.Request.Context(), actor(c), c.Param("id"), models.TransitionInput{
		ToStage: models.Stage(req.ToStage), Reason: req.Reason, IncubatorID: req.IncubatorID,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/organizations/"+t.OrganizationID+"/transitions", t)
}

// ApproveTransition answers POST /transitions/{id}/approve.
func (h *Handler) ApproveTransition(c *gin.Context) {
	var req approveRequest
	if !bindJSON(c, &req) {
		return
	}
	t, err := h.Store.ApproveTransition(c.Request.Context(), actor(c), c.Param("id"), models.Decision{Note: req.Note, Override: req.Override})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, t)
}

// RejectTransition answers POST /transitions/{id}/reject; a note is required.
func (h *Handler) RejectTransition(c *gin.Context) {
	var req rejectRequest
	if !bindJSON(c, &req) {
		return
	}
	t, err := h.Store.RejectTransition(c.Request.Context(), actor(c), c.Param("id"), req.Note)
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, t)
}

// WithdrawTransition answers POST /transitions/{id}/withdraw (the requester).
func (h *Handler) WithdrawTransition(c *gin.Context) {
	t, err := h.Store.WithdrawTransition(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, t)
}
