package handlers

import (
	"github.com/gin-gonic/gin"

	"hatchery/models"
)

// securityAuditorRoutes are all a security auditor may call: the audit
// trail, its verification and its exports, their own account and tokens,
// a minimal home, the password policy they check, and communities, which
// are reference data. Everything else, above all what is personal
// (organizations and their contacts, staff, users, projects, surveys), is
// refused with 403, and so is any route added later until it is listed
// here: the duty of checking the system is kept apart from running it.
var securityAuditorRoutes = map[string]bool{
	"POST /api/v1/auth/logout":           true,
	"GET /api/v1/auth/me":                true,
	"POST /api/v1/auth/password":         true,
	"GET /api/v1/auth/sessions":          true,
	"DELETE /api/v1/auth/sessions/:id":   true,
	"POST /api/v1/auth/totp/enroll":      true,
	"POST /api/v1/auth/totp/confirm":     true,
	"DELETE /api/v1/auth/totp":           true,
	"GET /api/v1/settings/second-factor": true,
	"GET /api/v1/home":                   true,
	"GET /api/v1/tokens":                 true,
	"POST /api/v1/tokens":                true,
	"DELETE /api/v1/tokens/:id":          true,
	"GET /api/v1/audit":                  true,
	"GET /api/v1/audit/verify":           true,
	"GET /api/v1/settings/passwords":     true,
	"GET /api/v1/communities":            true,
	"GET /api/v1/communities/:id":        true,
}

// SeparateDuties keeps a security auditor to securityAuditorRoutes; the
// other roles pass.
func (h *Handler) SeparateDuties(c *gin.Context) {
	if currentUser(c).Role == models.RoleSecurityAuditor && !securityAuditorRoutes[c.Request.Method+" "+c.FullPath()] {
		h.Deny(c, "a security auditor reads the audit trail only")
		return
	}
	c.Next()
}
