package handlers

import (
	"encoding/json"
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
	redact := actor(c).Role == models.RoleSecurityAuditor
	respondList(h, c, auditTable, q.page(), func(p models.Page) (models.List[models.AuditEntry], error) {
		if redact && p.Each != nil {
			each := p.Each
			p.Each = func(total int64, batch any) error {
				return each(total, redactedForAuditors(batch.([]models.AuditEntry)))
			}
		}
		l, err := h.Store.ListAudit(c.Request.Context(), models.AuditFilter{
			Entity: q.Entity, EntityID: q.EntityID, ActorID: q.ActorID, Action: q.Action,
			From: models.Date(q.From), To: models.Date(q.To), Page: p,
		})
		if redact {
			l.Items = redactedForAuditors(l.Items)
		}
		return l, err
	})
}

// publicNames are the kinds of record whose names are not personal: a
// security auditor reads them beside an entry (people's names, a user's or
// a staff member's, are not).
var publicNames = map[string]bool{
	"organization": true, "community": true, "funder": true, "funding_cycle": true, "project": true, "indicator": true,
	"demand_survey": true, "transition_request": true, "milestone": true, "disbursement": true, "expenditure": true,
}

// redactedForAuditors is what a security auditor reads of entries: who did
// what, when, from where, to which record and which fields, and the values
// of closed lists (stages, statuses, roles); never the personal values
// themselves (names, phones, notes). The hashes stay, so the chain can be
// checked; /audit/verify reads the stored entries.
func redactedForAuditors(rows []models.AuditEntry) []models.AuditEntry {
	null := json.RawMessage("null")
	for i := range rows {
		e := &rows[i]
		e.Before, e.After = nil, nil
		if !publicNames[e.Entity] {
			e.EntityName = nil
		}
		for j := range e.Changes {
			if e.Changes[j].Enum == "" {
				e.Changes[j].Before, e.Changes[j].After = null, null
			}
		}
	}
	return rows
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
