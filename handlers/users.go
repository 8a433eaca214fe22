package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type userListQuery struct {
	pageQuery
	Q    string `form:"q" binding:"max=64"`
	Role string `form:"role" binding:"omitempty,enum=Role"`
}

type createUserRequest struct {
	Username       string `json:"username" binding:"required,username"`
	Password       string `json:"password" binding:"required,max=128"`
	Role           string `json:"role" binding:"required,enum=Role"`
	DisplayName    string `json:"display_name" binding:"required,notblank,max=100"`
	OrganizationID string `json:"organization_id" binding:"max=64"`
	FunderID       string `json:"funder_id" binding:"max=64"`
}

type updateUserRequest struct {
	Version        *int64  `json:"version" binding:"omitempty,min=1"`
	DisplayName    *string `json:"display_name" binding:"omitempty,notblank,max=100"`
	Role           *string `json:"role" binding:"omitempty,enum=Role"`
	OrganizationID *string `json:"organization_id" binding:"omitempty,max=64"`
	FunderID       *string `json:"funder_id" binding:"omitempty,max=64"`
	Disabled       *bool   `json:"disabled"`
	Password       *string `json:"password" binding:"omitempty,max=128"`
}

// ListUsers answers GET /users (admin).
func (h *Handler) ListUsers(c *gin.Context) {
	var q userListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, userTable, q.page(), func(p models.Page) (models.List[models.UserView], error) {
		return h.Store.ListUsers(c.Request.Context(), models.UserFilter{Q: q.Q, Role: q.Role, Page: p})
	})
}

// GetUser answers GET /users/{id} (admin).
func (h *Handler) GetUser(c *gin.Context) {
	u, err := h.Store.GetUser(c.Request.Context(), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, u)
}

// CreateUser answers POST /users (admin).
func (h *Handler) CreateUser(c *gin.Context) {
	var req createUserRequest
	if !bindJSON(c, &req) {
		return
	}
	u, err := h.Store.CreateUser(c.Request.Context(), actor(c), models.NewUser{
		Username: req.Username, Password: req.Password, Role: models.Role(req.Role), DisplayName: req.DisplayName,
		OrganizationID: req.OrganizationID, FunderID: req.FunderID,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/users/"+u.ID, u)
}

// UpdateUser answers PATCH /users/{id} (admin). Disabling a user ends their
// sessions and tokens.
func (h *Handler) UpdateUser(c *gin.Context) {
	var req updateUserRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	p := models.UserPatch{DisplayName: req.DisplayName, OrganizationID: req.OrganizationID, FunderID: req.FunderID, Disabled: req.Disabled, Password: req.Password}
	if req.Role != nil {
		r := models.Role(*req.Role)
		p.Role = &r
	}
	u, err := h.Store.UpdateUser(c.Request.Context(), actor(c), c.Param("id"), version, p)
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, u)
}
