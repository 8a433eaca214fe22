package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Healthz answers that the process is up; it touches nothing.
func (h *Handler) Healthz(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"status": "ok"})
}

// Readyz answers whether the database answers.
func (h *Handler) Readyz(c *gin.Context) {
	if err := h.Store.Ping(c.Request.Context()); err != nil {
		h.Log.WarnContext(c.Request.Context(), "not ready", "err", err)
		WriteProblem(c, Problem{Status: http.StatusServiceUnavailable, Detail: "the database does not answer"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready"})
}
