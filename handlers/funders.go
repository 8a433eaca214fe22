package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type funderListQuery struct {
	pageQuery
	Q    string `form:"q" binding:"max=200"`
	Kind string `form:"kind" binding:"omitempty,enum=FunderKind"`
}

type createFunderRequest struct {
	Name       string `json:"name" binding:"required,notblank,max=200"`
	Kind       string `json:"kind" binding:"required,enum=FunderKind"`
	Department string `json:"department" binding:"max=200"`
	CreditCode string `json:"credit_code" binding:"omitempty,uscc"`
}

type updateFunderRequest struct {
	Version    *int64  `json:"version" binding:"omitempty,min=1"`
	Name       *string `json:"name" binding:"omitempty,notblank,max=200"`
	Kind       *string `json:"kind" binding:"omitempty,enum=FunderKind"`
	Department *string `json:"department" binding:"omitempty,max=200"`
	CreditCode *string `json:"credit_code" binding:"omitempty,uscc|len=0"`
}

// ListFunders answers GET /funders.
func (h *Handler) ListFunders(c *gin.Context) {
	var q funderListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, funderTable, q.page(), func(p models.Page) (models.List[models.Funder], error) {
		return h.Store.ListFunders(c.Request.Context(), models.FunderFilter{Q: q.Q, Kind: q.Kind, Page: p})
	})
}

// GetFunder answers GET /funders/{id}.
func (h *Handler) GetFunder(c *gin.Context) {
	f, err := h.Store.GetFunder(c.Request.Context(), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, f)
}

// CreateFunder answers POST /funders.
func (h *Handler) CreateFunder(c *gin.Context) {
	var req createFunderRequest
	if !bindJSON(c, &req) {
		return
	}
	f, err := h.Store.CreateFunder(c.Request.Context(), actor(c), models.Funder{
		Name: req.Name, Kind: req.Kind, Department: req.Department, CreditCode: &req.CreditCode,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/funders/"+f.ID, f)
}

// UpdateFunder answers PATCH /funders/{id}; an empty credit_code clears it.
func (h *Handler) UpdateFunder(c *gin.Context) {
	var req updateFunderRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	f, err := h.Store.UpdateFunder(c.Request.Context(), actor(c), c.Param("id"), version, models.FunderPatch{
		Name: req.Name, Kind: req.Kind, Department: req.Department, CreditCode: req.CreditCode,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, f)
}
