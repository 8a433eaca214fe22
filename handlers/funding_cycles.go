package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type fundingCycleListQuery struct {
	pageQuery
	FunderID string `form:"funder_id" binding:"max=64"`
	Year     int    `form:"year" binding:"omitempty,min=1990,max=2100"`
}

type createFundingCycleRequest struct {
	FunderID    string     `json:"funder_id" binding:"max=64"`
	Name        string     `json:"name" binding:"required,notblank,max=200"`
	Year        int        `json:"year" binding:"required,min=1990,max=2100"`
	PoolFen     models.Fen `json:"pool_fen" binding:"gte=0"`
	OpensOn     string     `json:"opens_on" binding:"required,date"`
	ClosesOn    string     `json:"closes_on" binding:"required,date"`
	PeriodStart string     `json:"period_start" binding:"required,date"`
	PeriodEnd   string     `json:"period_end" binding:"required,date"`
}

type updateFundingCycleRequest struct {
	Version     *int64      `json:"version" binding:"omitempty,min=1"`
	Name        *string     `json:"name" binding:"omitempty,notblank,max=200"`
	Year        *int        `json:"year" binding:"omitempty,min=1990,max=2100"`
	PoolFen     *models.Fen `json:"pool_fen" binding:"omitempty,gte=0"`
	OpensOn     *string     `json:"opens_on" binding:"omitempty,date"`
	ClosesOn    *string     `json:"closes_on" binding:"omitempty,date"`
	PeriodStart *string     `json:"period_start" binding:"omitempty,date"`
	PeriodEnd   *string     `json:"period_end" binding:"omitempty,date"`
}

// ListFundingCycles answers GET /funding-cycles.
func (h *Handler) ListFundingCycles(c *gin.Context) {
	var q fundingCycleListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, fundingCycleTable, q.page(), func(p models.Page) (models.List[models.FundingCycleView], error) {
		return h.Store.ListFundingCycles(c.Request.Context(), actor(c), models.FundingCycleFilter{FunderID: q.FunderID, Year: q.Year, Page: p})
	})
}

// GetFundingCycle answers GET /funding-cycles/{id}.
func (h *Handler) GetFundingCycle(c *gin.Context) {
	cy, err := h.Store.GetFundingCycle(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, cy)
}

// CreateFundingCycle answers POST /funding-cycles: a funder's users open a
// round of their own funder; admins name the funder.
func (h *Handler) CreateFundingCycle(c *gin.Context) {
	var req createFundingCycleRequest
	if !bindJSON(c, &req) {
		return
	}
	a := actor(c)
	if a.Role == models.RoleAdmin && req.FunderID == "" {
		FailFields(c, http.StatusUnprocessableEntity, "the request has invalid fields", []models.FieldError{{
			Field: "funder_id", Code: "required", Message: "name the funder whose round this is"}})
		return
	}
	cy, err := h.Store.CreateFundingCycle(c.Request.Context(), a, models.FundingCycle{
		FunderID: req.FunderID, Name: req.Name, Year: req.Year, PoolFen: req.PoolFen,
		OpensOn: models.Date(req.OpensOn), ClosesOn: models.Date(req.ClosesOn),
		PeriodStart: models.Date(req.PeriodStart), PeriodEnd: models.Date(req.PeriodEnd),
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/funding-cycles/"+cy.ID, cy)
}

// UpdateFundingCycle answers PATCH /funding-cycles/{id}.
func (h *Handler) UpdateFundingCycle(c *gin.Context) {
	var req updateFundingCycleRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	cy, err := h.Store.UpdateFundingCycle(c.Request.Context(), actor(c), c.Param("id"), version, models.FundingCyclePatch{
		Name: req.Name, Year: req.Year, PoolFen: req.PoolFen,
		OpensOn: datePtr(req.OpensOn), ClosesOn: datePtr(req.ClosesOn),
		PeriodStart: datePtr(req.PeriodStart), PeriodEnd: datePtr(req.PeriodEnd),
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, cy)
}

// datePtr turns a validated date text into a Date; nil stays nil.
func datePtr(s *string) *models.Date {
	if s == nil {
		return nil
	}
	d := models.Date(*s)
	return &d
}
