package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type auditListQuery struct {
	pageQuery
	Entity   string `form:"entity" binding:"max=64"`
	EntityID string `form:"entity_id" binding:"max=64"`
	ActorID  string `form:"actor_id" binding:"max=64"`
	Action   string `form:"action" binding:"max=64"`
}

// ListAudit answers GET /audit (admin, reviewer), newest first.
func (h *Handler) ListAudit(c *gin.Context) {
	var q auditListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, auditTable, q.page(), func(p models.Page) (models.List[models.AuditEntry], error) {
		return h.Store.ListAudit(c.Request.Context(), models.AuditFilter{
			Entity: q.Entity, EntityID: q.EntityID, ActorID: q.ActorID, Action: q.Action, Page: p,
		})
	})
}

// VerifyAudit answers GET /audit/verify: whether the hash chain is intact.
func (h *Handler) VerifyAudit(c *gin.Context) {
	res, err := h.Store.VerifyAudit(c.Request.Context())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, res)
}
