package handlers

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type changePasswordRequest struct {
	CurrentPassword string `json:"current_password" binding:"required,max=128"`
	NewPassword     string `json:"new_password" binding:"required,max=128"`
}

// sessionToken is the caller's session cookie; empty for an API token
// caller, who has no session.
func sessionToken(c *gin.Context) string {
	if c.GetBool(bearerKey) {
		return ""
	}
	token, _ := c.Cookie(SessionCookie)
	return token
}

// ChangePassword answers POST /auth/password. Only a signed-in session may
// change its password, and a wrong current password counts against the
// sign-in throttle like a failed sign-in, so the form cannot be used to
// guess it.
func (h *Handler) ChangePassword(c *gin.Context) {
	if c.GetBool(bearerKey) {
		h.Deny(c, "the password is changed from a signed-in session, not with an API token")
		return
	}
	var req changePasswordRequest
	if !bindJSON(c, &req) {
		return
	}
	account := strings.ToLower(currentUser(c).Username)
	if ok, wait := h.Throttle.Allow(account, c.ClientIP()); !ok {
		h.throttled(c, wait, "too many wrong passwords; wait before trying again")
		return
	}
	err := h.Store.ChangePassword(c.Request.Context(), actor(c), sessionToken(c), req.CurrentPassword, req.NewPassword)
	if !models.IsWrongPassword(err) {
		h.Throttle.Succeeded(account, c.ClientIP())
	}
	if err != nil {
		h.Error(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// ListSessions answers GET /auth/sessions: the caller's live sessions,
// the one making the request marked current.
func (h *Handler) ListSessions(c *gin.Context) {
	var q pageQuery
	if !bindQuery(c, &q) {
		return
	}
	l, err := h.Store.ListSessions(c.Request.Context(), currentUser(c).ID, sessionToken(c), h.Sessions, q.page())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, l)
}

// EndSession answers DELETE /auth/sessions/{id}. Ending the current
// session signs the caller out.
func (h *Handler) EndSession(c *gin.Context) {
	current, err := h.Store.EndSession(c.Request.Context(), actor(c), c.Param("id"), sessionToken(c))
	if err != nil {
		h.Error(c, err)
		return
	}
	if current {
		h.clearCookie(c)
	}
	c.Status(http.StatusNoContent)
}
