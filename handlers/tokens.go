package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type createTokenRequest struct {
	Name          string `json:"name" binding:"required,notblank,max=100"`
	ExpiresInDays int    `json:"expires_in_days" binding:"omitempty,min=1,max=3650"`
}

// ListTokens answers GET /tokens: the caller's own tokens, without secrets.
func (h *Handler) ListTokens(c *gin.Context) {
	var q pageQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, tokenTable, q.page(), func(p models.Page) (models.List[models.APIToken], error) {
		return h.Store.ListTokens(c.Request.Context(), currentUser(c).ID, p)
	})
}

// CreateToken answers POST /tokens with the secret, shown this once.
// Tokens are made from a signed-in session only: a token that made tokens
// could outlive its own expiry and revocation through them.
func (h *Handler) CreateToken(c *gin.Context) {
	if c.GetBool(bearerKey) {
		h.Deny(c, "API tokens are made from a signed-in session, not with another API token")
		return
	}
	var req createTokenRequest
	if !bindJSON(c, &req) {
		return
	}
	t, err := h.Store.CreateToken(c.Request.Context(), actor(c), req.Name, req.ExpiresInDays)
	if err != nil {
		h.Error(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	created(c, "/api/v1/tokens/"+t.ID, t)
}

// RevokeToken answers DELETE /tokens/{id}.
func (h *Handler) RevokeToken(c *gin.Context) {
	if err := h.Store.RevokeToken(c.Request.Context(), actor(c), c.Param("id")); err != nil {
		h.Error(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}
