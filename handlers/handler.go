// Package handlers turns HTTP requests into calls on the models Store: bind,
// validate, call, answer. One file per resource.
package handlers

import (
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

// Keys of values kept on the gin context.
const (
	RequestIDKey = "request_id"
	userKey      = "user"
	// bearerKey is set when the caller came with an API token rather than
	// a session.
	bearerKey = "bearer"
)

// SessionCookie is the name of the sign-in cookie.
const SessionCookie = "hatchery_session"

// Handler holds what every endpoint needs. main builds one and passes it to
// the route table.
type Handler struct {
	Store    *models.Store
	Log      *slog.Logger
	Sessions models.SessionPolicy
	Throttle *Throttle
	// SecureCookies marks the session cookie Secure even on plain HTTP
	// (behind a TLS-terminating proxy).
	SecureCookies bool
	// Demo is set by serve --demo: its defaults keep the demo two clicks
	// away (no role needs a second factor until an admin says so).
	Demo bool
	// ExportXLSXRowLimit overrides the XLSX row limit (tests set it low).
	ExportXLSXRowLimit int64
}

// currentUser answers the signed-in user; Authenticate put it there.
func currentUser(c *gin.Context) models.User {
	u, _ := c.Get(userKey)
	user, _ := u.(models.User)
	return user
}

// Caller answers the user Authenticate found, for middleware outside this
// package; ok is false before authentication.
func Caller(c *gin.Context) (u models.User, ok bool) {
	v, found := c.Get(userKey)
	u, ok = v.(models.User)
	return u, found && ok
}

// IsBearer reports whether the caller came with an API token.
func IsBearer(c *gin.Context) bool { return c.GetBool(bearerKey) }

// actor describes the caller for the audit trail.
func actor(c *gin.Context) models.Actor {
	u := currentUser(c)
	a := models.Actor{
		UserID: u.ID, Username: u.Username, Role: u.Role,
		RequestID: c.GetString(RequestIDKey), ClientIP: c.ClientIP(),
	}
	if u.OrganizationID != nil {
		a.OrganizationID = *u.OrganizationID
	}
	if u.FunderID != nil {
		a.FunderID = *u.FunderID
	}
	return a
}

// RefuseCrossOrigin answers 403 to a write a browser sent from another
// origin, as net/http's CrossOriginProtection judges it, and audits it like
// every other denial. Any web page can make a visitor's browser send such
// requests, signed in or not, so only the first from each client address in
// a minute is audited, as with throttled sign-ins.
func (h *Handler) RefuseCrossOrigin(c *gin.Context) {
	const detail = "cross-origin writes are refused"
	if h.Throttle.ShouldReport("cross-origin " + c.ClientIP()) {
		h.audit(c, "denied", map[string]any{"method": c.Request.Method, "path": c.Request.URL.Path, "reason": detail})
	}
	WriteProblem(c, Problem{Type: problemType("cross-origin"), Status: http.StatusForbidden, Detail: detail})
}
