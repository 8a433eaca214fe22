package handlers

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	qrcode "github.com/skip2/go-qrcode"

	"hatchery/models"
)

// mustEnrolKey is set on the context of a caller whose role needs a second
// factor they have not yet set up: they may only enrol.
const mustEnrolKey = "must_enrol_totp"

// enrolmentRoutes are what such a caller may still do: with the password
// past its maximum age as well, it is changed first (whileExpired), then
// the second factor set up.
var enrolmentRoutes = map[string]bool{
	"GET /api/v1/auth/me":            true,
	"POST /api/v1/auth/password":     true,
	"POST /api/v1/auth/logout":       true,
	"POST /api/v1/auth/totp/enroll":  true,
	"POST /api/v1/auth/totp/confirm": true,
}

// secondFactorPolicy is the policy in force; the demo's default needs none.
func (h *Handler) secondFactorPolicy(c *gin.Context) (models.SecondFactorPolicy, error) {
	s, err := h.Store.SecondFactorSettings(c.Request.Context(), models.DefaultSecondFactorPolicy(h.Demo))
	return s.SecondFactorPolicy, err
}

// mustEnrol reports whether u's role needs a second factor u has not set up.
func (h *Handler) mustEnrol(c *gin.Context, u models.User) (bool, error) {
	if u.TOTPEnabled {
		return false, nil
	}
	p, err := h.secondFactorPolicy(c)
	return p.Requires(u.Role), err
}

// holdForEnrolment answers 403 totp_enrolment_required to a caller who must
// enrol first, unless the route is part of enrolling; it answers whether
// the request may go on.
func (h *Handler) holdForEnrolment(c *gin.Context, u models.User) bool {
	must, err := h.mustEnrol(c, u)
	if err != nil {
		h.Error(c, err)
		return false
	}
	if !must {
		return true
	}
	c.Set(mustEnrolKey, true)
	if enrolmentRoutes[c.Request.Method+" "+c.FullPath()] {
		return true
	}
	WriteProblem(c, Problem{Type: problemType("totp_enrolment_required"), Status: http.StatusForbidden,
		Detail: "your role signs in with two-step verification: set it up on your account page first"})
	return false
}

type totpEnrolment struct {
	models.TOTPEnrolment
	QRSVG string `json:"qr_svg"`
}

// EnrolTOTP answers POST /auth/totp/enroll: a new pending secret, its
// otpauth URI and the URI as a QR code. From a session only.
func (h *Handler) EnrolTOTP(c *gin.Context) {
	if c.GetBool(bearerKey) {
		h.Deny(c, "two-step verification is set up from a signed-in session, not with an API token")
		return
	}
	e, err := h.Store.EnrolTOTP(c.Request.Context(), actor(c))
	if err != nil {
		h.Error(c, err)
		return
	}
	svg, err := qrSVG(e.URI)
	if err != nil {
		h.Error(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, totpEnrolment{TOTPEnrolment: e, QRSVG: svg})
}

type confirmTOTPRequest struct {
	Code string `json:"code" binding:"required,max=16"`
}

// ConfirmTOTP answers POST /auth/totp/confirm: a current code turns the
// pending secret on, and the ten recovery codes are answered, once.
func (h *Handler) ConfirmTOTP(c *gin.Context) {
	if c.GetBool(bearerKey) {
		h.Deny(c, "two-step verification is set up from a signed-in session, not with an API token")
		return
	}
	var req confirmTOTPRequest
	if !bindJSON(c, &req) {
		return
	}
	codes, err := h.Store.ConfirmTOTP(c.Request.Context(), actor(c), req.Code)
	if err != nil {
		h.Error(c, err)
		return
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, gin.H{"recovery_codes": codes})
}

type disableTOTPRequest struct {
	Password string `json:"password" binding:"required,max=128"`
}

// DisableTOTP answers DELETE /auth/totp: the caller turns their second
// factor off with their password, unless their role needs one. A wrong
// password counts against the sign-in throttle.
func (h *Handler) DisableTOTP(c *gin.Context) {
	if c.GetBool(bearerKey) {
		h.Deny(c, "two-step verification is turned off from a signed-in session, not with an API token")
		return
	}
	var req disableTOTPRequest
	if !bindJSON(c, &req) {
		return
	}
	account := strings.ToLower(currentUser(c).Username)
	if ok, wait := h.Throttle.Allow(account, c.ClientIP()); !ok {
		h.throttled(c, wait, "too many wrong passwords; wait before trying again")
		return
	}
	policy, err := h.secondFactorPolicy(c)
	if err == nil {
		err = h.Store.DisableTOTP(c.Request.Context(), actor(c), req.Password, policy)
	}
	if !models.IsWrongPassword(err) {
		h.Throttle.Succeeded(account, c.ClientIP())
	}
	if err != nil {
		h.Error(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// ResetTOTP answers DELETE /users/{id}/totp (admin).
func (h *Handler) ResetTOTP(c *gin.Context) {
	if err := h.Store.ResetTOTP(c.Request.Context(), actor(c), c.Param("id")); err != nil {
		h.Error(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// SecondFactorSettings answers GET /settings/second-factor.
func (h *Handler) SecondFactorSettings(c *gin.Context) {
	s, err := h.Store.SecondFactorSettings(c.Request.Context(), models.DefaultSecondFactorPolicy(h.Demo))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}

type secondFactorSettingsRequest struct {
	Version       *int64   `json:"version" binding:"required,min=0"`
	RequiredRoles []string `json:"required_roles" binding:"required,max=6,unique,dive,enum=Role"`
}

// SetSecondFactorSettings answers PUT /settings/second-factor (admin).
func (h *Handler) SetSecondFactorSettings(c *gin.Context) {
	var req secondFactorSettingsRequest
	if !bindJSON(c, &req) {
		return
	}
	p := models.SecondFactorPolicy{RequiredRoles: make([]models.Role, len(req.RequiredRoles))}
	for i, r := range req.RequiredRoles {
		p.RequiredRoles[i] = models.Role(r)
	}
	s, err := h.Store.SetSecondFactorPolicy(c.Request.Context(), actor(c), *req.Version, p, models.DefaultSecondFactorPolicy(h.Demo))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}

// loginProblem answers a sign-in refused at the second factor, and false
// for any other error.
func loginProblem(c *gin.Context, err error) bool {
	switch {
	case errors.Is(err, models.ErrSecondFactorRequired):
		WriteProblem(c, Problem{Type: problemType("totp_required"), Status: http.StatusUnauthorized,
			Detail: "enter the code from your authenticator app, or a recovery code"})
	case errors.Is(err, models.ErrSecondFactorWrong):
		WriteProblem(c, Problem{Type: problemType("totp_invalid"), Status: http.StatusUnauthorized,
			Detail: "the code is wrong or was already used; enter the current code"})
	default:
		return false
	}
	return true
}

// qrSVG draws text as a QR code in SVG: one path of unit squares, with
// the quiet zone the library leaves around it.
func qrSVG(text string) (string, error) {
	q, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return "", err
	}
	bits := q.Bitmap()
	var b strings.Builder
	n := len(bits)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges">`, n, n)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="`, n, n)
	for y, row := range bits {
		for x, on := range row {
			if on {
				fmt.Fprintf(&b, "M%d %dh1v1h-1z", x, y)
			}
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String(), nil
}
