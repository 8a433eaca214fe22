package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/handlers"
	"hatchery/models"
)

// routes is the table of contents of the HTTP API. Each line names who may
// call it; everything under /api/v1 except sign-in needs a signed-in user.
func routes(e *gin.Engine, h *handlers.Handler, metrics http.Handler) {
	e.GET("/healthz", h.Healthz)
	e.GET("/readyz", h.Readyz)
	e.GET("/metrics", gin.WrapH(metrics))

	v1 := e.Group("/api/v1")
	v1.GET("/openapi.json", openAPIDocument)
	v1.POST("/auth/login", h.Login)

	var (
		anyone   = v1.Group("", h.Authenticate)
		admin    = h.RequireRole(models.RoleAdmin)
		auditors = h.RequireRole(models.RoleAdmin, models.RoleReviewer)
	)

	anyone.POST("/auth/logout", h.Logout)
	anyone.GET("/auth/me", h.Me)

	anyone.GET("/tokens", h.ListTokens)
	anyone.POST("/tokens", h.CreateToken)
	anyone.DELETE("/tokens/:id", h.RevokeToken)

	anyone.GET("/users", admin, h.ListUsers)
	anyone.POST("/users", admin, h.CreateUser)
	anyone.GET("/users/:id", admin, h.GetUser)
	anyone.PATCH("/users/:id", admin, h.UpdateUser)

	anyone.GET("/audit", auditors, h.ListAudit)
	anyone.GET("/audit/verify", auditors, h.VerifyAudit)

	anyone.GET("/communities", h.ListCommunities)
	anyone.POST("/communities", admin, h.CreateCommunity)
	anyone.GET("/communities/:id", h.GetCommunity)
	anyone.PATCH("/communities/:id", admin, h.UpdateCommunity)

	anyone.GET("/funders", h.ListFunders)
	anyone.POST("/funders", admin, h.CreateFunder)
	anyone.GET("/funders/:id", h.GetFunder)
	anyone.PATCH("/funders/:id", admin, h.UpdateFunder)
}
