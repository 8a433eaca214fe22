package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type communityListQuery struct {
	pageQuery
	Q        string `form:"q" binding:"max=100"`
	District string `form:"district" binding:"max=100"`
	Street   string `form:"street" binding:"max=100"`
	Type     string `form:"type" binding:"omitempty,enum=CommunityType"`
}

type createCommunityRequest struct {
	Name       string `json:"name" binding:"required,notblank,max=100"`
	Street     string `json:"street" binding:"required,notblank,max=100"`
	District   string `json:"district" binding:"required,notblank,max=100"`
	Type       string `json:"type" binding:"required,enum=CommunityType"`
	Households int64  `json:"households" binding:"gte=0,lte=1000000"`
	Population int64  `json:"population" binding:"gte=0,lte=10000000"`
}

type updateCommunityRequest struct {
	Version    *int64  `json:"version" binding:"omitempty,min=1"`
	Name       *string `json:"name" binding:"omitempty,notblank,max=100"`
	Street     *string `json:"street" binding:"omitempty,notblank,max=100"`
	District   *string `json:"district" binding:"omitempty,notblank,max=100"`
	Type       *string `json:"type" binding:"omitempty,enum=CommunityType"`
	Households *int64  `json:"households" binding:"omitempty,gte=0,lte=1000000"`
	Population *int64  `json:"population" binding:"omitempty,gte=0,lte=10000000"`
}

// ListCommunities answers GET /communities.
func (h *Handler) ListCommunities(c *gin.Context) {
	var q communityListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, communityTable, q.page(), func(p models.Page) (models.List[models.Community], error) {
		return h.Store.ListCommunities(c.Request.Context(), models.CommunityFilter{
			Q: q.Q, District: q.District, Street: q.Street, Type: q.Type, Page: p,
		})
	})
}

// GetCommunity answers GET /communities/{id}.
func (h *Handler) GetCommunity(c *gin.Context) {
	com, err := h.Store.GetCommunity(c.Request.Context(), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, com)
}

// CreateCommunity answers POST /communities.
func (h *Handler) CreateCommunity(c *gin.Context) {
	var req createCommunityRequest
	if !bindJSON(c, &req) {
		return
	}
	com, err := h.Store.CreateCommunity(c.Request.Context(), actor(c), models.Community{
		Name: req.Name, Street: req.Street, District: req.District, Type: req.Type,
		Households: req.Households, Population: req.Population,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/communities/"+com.ID, com)
}

// UpdateCommunity answers PATCH /communities/{id}.
func (h *Handler) UpdateCommunity(c *gin.Context) {
	var req updateCommunityRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	com, err := h.Store.UpdateCommunity(c.Request.Context(), actor(c), c.Param("id"), version, models.CommunityPatch{
		Name: req.Name, Street: req.Street, District: req.District, Type: req.Type,
		Households: req.Households, Population: req.Population,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, com)
}
