package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type auditListQuery struct {
	pageQuery
	Entity   string `form:"entity" binding:"omitempty,enum=AuditEntity"`
	EntityID string `form:"entity_id" binding:"max=64"`
	ActorID  string `form:"actor_id" binding:"max=64"`
	Action   string `form:"action" binding:"omitempty,enum=AuditAction"`
	From     string `form:"from" binding:"omitempty,date"`
	To       string `form:"to" binding:"omitempty,date"`
}

// ListAudit answers GET /audit (admin, reviewer), newest first.
func (h *Handler) ListAudit(c *gin.Context) {
	var q auditListQuery
	if !bindQuery(c, &q) {
		return
	}
	if q.From != "" && q.To != "" && q.To < q.From {
		FailFields(c, http.StatusUnprocessableEntity, "a query parameter is invalid", []models.FieldError{{
			Field: "to", Code: "gtefield", Message: "the period ends before it starts: to must be on or after from"}})
		return
	}
	respondList(h, c, auditTable, q.page(), func(p models.Page) (models.List[models.AuditEntry], error) {
		return h.Store.ListAudit(c.Request.Context(), models.AuditFilter{
			Entity: q.Entity, EntityID: q.EntityID, ActorID: q.ActorID, Action: q.Action,
			From: models.Date(q.From), To: models.Date(q.To), Page: p,
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
