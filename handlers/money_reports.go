package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type portfolioQuery struct {
	FunderID string `form:"funder_id" binding:"max=64"`
	Flag     string `form:"flag" binding:"omitempty,enum=AuditFlagFilter"`
	Limit    int    `form:"limit" binding:"omitempty,min=1,max=200"`
	Offset   int    `form:"offset" binding:"omitempty,min=0,max=1000000"`
}

type fundingQuery struct {
	FunderID string `form:"funder_id" binding:"max=64"`
	District string `form:"district" binding:"max=100"`
	Limit    int    `form:"limit" binding:"omitempty,min=1,max=1000"`
}

// ProjectSpendAudit answers GET /projects/{id}/spend-audit (SPEC 5.3).
func (h *Handler) ProjectSpendAudit(c *gin.Context) {
	ex, ok := exportOf(c)
	if !ok {
		return
	}
	a, err := h.Store.ProjectSpendAudit(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	respondReport(h, c, ex, label{"项目支出审计", "project spend audit"}, a, func() []section { return projectAuditSections(a) })
}

// PortfolioSpendAudit answers GET /reports/spend-audit?funder_id= (SPEC
// 5.3): a funder's users audit their own portfolio; reviewers and admins
// name the funder. flag narrows the projects' audits and limit with offset
// pages them (exports hold all that flag keeps).
func (h *Handler) PortfolioSpendAudit(c *gin.Context) {
	ex, ok := exportOf(c)
	if !ok {
		return
	}
	var q portfolioQuery
	if !bindQuery(c, &q) {
		return
	}
	a := actor(c)
	if a.Role == models.RoleFunder && q.FunderID == "" {
		q.FunderID = a.FunderID
	}
	if q.FunderID == "" {
		FailFields(c, http.StatusUnprocessableEntity, "a query parameter is invalid", []models.FieldError{{
			Field: "funder_id", Code: "required", Message: "name the funder whose portfolio to audit"}})
		return
	}
	if _, err := h.Store.GetFunder(c.Request.Context(), q.FunderID); err != nil {
		h.Error(c, err)
		return
	}
	f := models.PortfolioFilter{FunderID: q.FunderID, Flag: q.Flag, Limit: q.Limit, Offset: q.Offset}
	if ex.format != formatJSON {
		f.Limit, f.Offset = 0, 0 // an export holds every audit the flag keeps
	}
	r, err := h.Store.PortfolioAuditPage(c.Request.Context(), a, f)
	if err != nil {
		h.Error(c, err)
		return
	}
	respondReport(h, c, ex, label{"组合审计", "portfolio spend audit"}, r, func() []section { return portfolioAuditSections(r) })
}

// OrganizationFunding answers GET /organizations/{id}/funding (SPEC 5.2).
func (h *Handler) OrganizationFunding(c *gin.Context) {
	ex, ok := exportOf(c)
	if !ok {
		return
	}
	r, err := h.Store.OrganizationFunding(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	respondReport(h, c, ex, label{"组织资金连续性", "organization funding"}, r, func() []section { return organizationFundingSections(r) })
}

// FundingReport answers GET /reports/funding (SPEC 5.2).
func (h *Handler) FundingReport(c *gin.Context) {
	ex, ok := exportOf(c)
	if !ok {
		return
	}
	var q fundingQuery
	if !bindQuery(c, &q) {
		return
	}
	r, err := h.Store.FundingReport(c.Request.Context(), actor(c), models.FundingFilter{FunderID: q.FunderID, District: q.District, Limit: q.Limit})
	if err != nil {
		h.Error(c, err)
		return
	}
	respondReport(h, c, ex, label{"资金连续性", "funding continuity"}, r, func() []section { return fundingSections(r) })
}
