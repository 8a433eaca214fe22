package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type organizationListQuery struct {
	pageQuery
	Q                string `form:"q" binding:"max=200"`
	Stage            string `form:"stage" binding:"omitempty,enum=Stage"`
	Category         string `form:"category" binding:"omitempty,enum=OrganizationCategory"`
	RegistrationType string `form:"registration_type" binding:"omitempty,enum=RegistrationType"`
	CommunityID      string `form:"community_id" binding:"max=64"`
	District         string `form:"district" binding:"max=100"`
	IncubatorID      string `form:"incubator_id" binding:"max=64"`
	IsIncubator      *bool  `form:"is_incubator"`
	Hosted           string `form:"hosted" binding:"omitempty,enum=HostedFilter"`
}

type createOrganizationRequest struct {
	Name             string `json:"name" binding:"required,notblank,max=200"`
	CreditCode       string `json:"credit_code" binding:"omitempty,uscc"`
	RegistrationType string `json:"registration_type" binding:"required,enum=RegistrationType"`
	Category         string `json:"category" binding:"required,enum=OrganizationCategory"`
	CommunityID      string `json:"community_id" binding:"max=64"`
	IsIncubator      bool   `json:"is_incubator"`
	FoundedOn        string `json:"founded_on" binding:"omitempty,date"`
	ContactName      string `json:"contact_name" binding:"max=100"`
	ContactPhone     string `json:"contact_phone" binding:"omitempty,phone"`
	Description      string `json:"description" binding:"max=4000"`
}

type updateOrganizationRequest struct {
	Version          *int64  `json:"version" binding:"omitempty,min=1"`
	Name             *string `json:"name" binding:"omitempty,notblank,max=200"`
	CreditCode       *string `json:"credit_code" binding:"omitempty,uscc|len=0"`
	RegistrationType *string `json:"registration_type" binding:"omitempty,enum=RegistrationType"`
	Category         *string `json:"category" binding:"omitempty,enum=OrganizationCategory"`
	CommunityID      *string `json:"community_id" binding:"omitempty,max=64"`
	IsIncubator      *bool   `json:"is_incubator"`
	FoundedOn        *string `json:"founded_on" binding:"omitempty,date|len=0"`
	ContactName      *string `json:"contact_name" binding:"omitempty,max=100"`
	ContactPhone     *string `json:"contact_phone" binding:"omitempty,phone|len=0"`
	Description      *string `json:"description" binding:"omitempty,max=4000"`
}

// ListOrganizations answers GET /organizations, scoped to the caller.
func (h *Handler) ListOrganizations(c *gin.Context) {
	var q organizationListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, organizationTable, q.page(), func(p models.Page) (models.List[models.OrganizationView], error) {
		return h.Store.ListOrganizations(c.Request.Context(), actor(c), models.OrganizationFilter{
			Q: q.Q, Stage: q.Stage, Category: q.Category, RegistrationType: q.RegistrationType, CommunityID: q.CommunityID,
			District: q.District, IncubatorID: q.IncubatorID, IsIncubator: q.IsIncubator, Hosted: q.Hosted, Page: p,
		})
	})
}

// GetOrganization answers GET /organizations/{id}.
func (h *Handler) GetOrganization(c *gin.Context) {
	o, err := h.Store.GetOrganization(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, o)
}

// CreateOrganization answers POST /organizations (admin); a new
// organization starts as an applicant.
func (h *Handler) CreateOrganization(c *gin.Context) {
	var req createOrganizationRequest
	if !bindJSON(c, &req) {
		return
	}
	o := models.Organization{
		Name: req.Name, CreditCode: &req.CreditCode, RegistrationType: req.RegistrationType, Category: req.Category,
		CommunityID: &req.CommunityID, IsIncubator: req.IsIncubator, ContactName: req.ContactName,
		ContactPhone: req.ContactPhone, Description: req.Description, Stage: models.StageApplicant,
	}
	if req.FoundedOn != "" {
		d := models.Date(req.FoundedOn)
		o.FoundedOn = &d
	}
	o, err := h.Store.CreateOrganization(c.Request.Context(), actor(c), o)
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/organizations/"+o.ID, o)
}

// UpdateOrganization answers PATCH /organizations/{id}. Stage, stage_since
// and incubator_id are not writable here: they change through transitions.
func (h *Handler) UpdateOrganization(c *gin.Context) {
	var req updateOrganizationRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	_, err := h.Store.UpdateOrganization(c.Request.Context(), actor(c), c.Param("id"), version, models.OrganizationPatch{
		Name: req.Name, CreditCode: req.CreditCode, RegistrationType: req.RegistrationType, Category: req.Category,
		CommunityID: req.CommunityID, IsIncubator: req.IsIncubator, FoundedOn: req.FoundedOn,
		ContactName: req.ContactName, ContactPhone: req.ContactPhone, Description: req.Description,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	h.GetOrganization(c) // answer the stored row as GET shows it, names and allowed moves included
}

// Readiness answers GET /organizations/{id}/readiness.
func (h *Handler) Readiness(c *gin.Context) {
	r, err := h.Store.Readiness(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, r)
}

// StageTimeline answers GET /organizations/{id}/timeline: time in each stage.
func (h *Handler) StageTimeline(c *gin.Context) {
	t, err := h.Store.StageTimeline(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"items": t})
}
