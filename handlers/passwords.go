package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type passwordSettingsRequest struct {
	Version    *int64 `json:"version" binding:"required,min=0"`
	MaxAgeDays *int   `json:"max_age_days" binding:"required,min=0,max=3650"`
}

// PasswordSettings answers GET /settings/passwords.
func (h *Handler) PasswordSettings(c *gin.Context) {
	s, err := h.Store.PasswordSettings(c.Request.Context())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}

// SetPasswordSettings answers PUT /settings/passwords (admin); version 0
// sets the policy for the first time, max_age_days 0 turns the maximum
// age off.
func (h *Handler) SetPasswordSettings(c *gin.Context) {
	var req passwordSettingsRequest
	if !bindJSON(c, &req) {
		return
	}
	s, err := h.Store.SetPasswordPolicy(c.Request.Context(), actor(c), *req.Version, models.PasswordPolicy{MaxAgeDays: *req.MaxAgeDays})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}

// SignedInUser is the answer of sign-in and GET /auth/me: the user;
// whether their password has passed the policy's maximum age, in which
// case the session may only change it; and whether their role needs a
// second factor they have not set up, in which case it may only enrol.
type SignedInUser struct {
	models.User
	MustChangePassword bool `json:"must_change_password"`
	MustEnrolTOTP      bool `json:"must_enrol_totp"`
}

// expiredKey is set on a session whose user's password has expired.
const expiredKey = "password_expired"

// whileExpired are the routes a session with an expired password may
// call: enough to see who it is, change the password, or leave.
var whileExpired = map[string]bool{
	"GET /api/v1/auth/me":        true,
	"POST /api/v1/auth/password": true,
	"POST /api/v1/auth/logout":   true,
}

// RequireCurrentPassword answers 403 `password_expired` to a signed-in
// session whose password is older than the policy allows, on every route
// but whileExpired. API tokens are credentials of their own, with their
// own expiry, and are not held to the password's age.
func (h *Handler) RequireCurrentPassword(c *gin.Context) {
	if c.GetBool(bearerKey) {
		c.Next()
		return
	}
	expired, err := h.Store.PasswordExpired(c.Request.Context(), currentUser(c))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.Set(expiredKey, expired)
	if expired && !whileExpired[c.Request.Method+" "+c.FullPath()] {
		WriteProblem(c, Problem{Type: problemType("password_expired"), Status: http.StatusForbidden,
			Title: "Password expired", Detail: "your password has expired; change it before doing anything else"})
		return
	}
	c.Next()
}
