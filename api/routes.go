package api

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/handlers"
	"hatchery/models"
)

// routes is the table of contents of the HTTP API. Each line names who may
// call it; everything under /api/v1 except sign-in needs a signed-in user.
//
// cached, right before a read's handler, answers it again from the answer
// cache while nothing underneath has changed (cache.go); readiness as of
// now, the audit trail and one's own account are made afresh each time.
func routes(e *gin.Engine, h *handlers.Handler, metrics http.Handler, metricsToken string, cached gin.HandlerFunc) {
	e.GET("/healthz", h.Healthz)
	e.GET("/readyz", h.Readyz)
	e.GET("/metrics", metricsAccess(metricsToken), gin.WrapH(metrics)) // this machine, or the metrics token

	v1 := e.Group("/api/v1")
	v1.GET("/openapi.json", openAPIDocument)
	v1.POST("/auth/login", h.Login)

	var (
		anyone   = v1.Group("", h.Authenticate, h.RequireCurrentPassword, h.SeparateDuties)
		admin    = h.RequireRole(models.RoleAdmin)
		auditors = h.RequireRole(models.RoleAdmin, models.RoleReviewer)
		// read the audit trail: the bureau, and security auditors, who read
		// nothing else (handlers.SeparateDuties)
		auditTrail = h.RequireRole(models.RoleAdmin, models.RoleReviewer, models.RoleSecurityAuditor)
		deciders   = auditors                                                                // who decide stage-transition requests (SPEC 3)
		payers     = h.RequireRole(models.RoleAdmin, models.RoleFunder)                      // fund projects and pay them
		spenders   = h.RequireRole(models.RoleAdmin, models.RoleOrgStaff)                    // spend on their own projects
		evaluators = h.RequireRole(models.RoleAdmin, models.RoleReviewer, models.RoleFunder) // evaluate and audit
		// record demand surveys: staff and incubators those they ran
		surveyors = h.RequireRole(models.RoleAdmin, models.RoleReviewer, models.RoleOrgStaff, models.RoleIncubator)
	)

	anyone.POST("/auth/logout", h.Logout)
	anyone.GET("/auth/me", h.Me)
	anyone.POST("/auth/password", h.ChangePassword) // from a session, not an API token
	anyone.GET("/auth/sessions", h.ListSessions)
	anyone.DELETE("/auth/sessions/:id", h.EndSession) // one's own; another's is 404
	// Two-step verification (TOTP), one's own and from a session; a role
	// that needs it may do only these (and me, logout) until it is on.
	anyone.POST("/auth/totp/enroll", h.EnrolTOTP)
	anyone.POST("/auth/totp/confirm", h.ConfirmTOTP)
	anyone.DELETE("/auth/totp", h.DisableTOTP) // with the password; not when the role needs it

	// Each role's landing page, scoped to the caller in models.
	anyone.GET("/home", cached, h.Home)
	anyone.GET("/home/figures", auditors, cached, h.HomeFigures) // the bureau home's figures, after its lists

	anyone.GET("/tokens", h.ListTokens)
	anyone.POST("/tokens", h.CreateToken)
	anyone.DELETE("/tokens/:id", h.RevokeToken)

	anyone.GET("/users", admin, cached, h.ListUsers)
	anyone.POST("/users", admin, h.CreateUser)
	anyone.GET("/users/:id", admin, cached, h.GetUser)
	anyone.PATCH("/users/:id", admin, h.UpdateUser)
	anyone.DELETE("/users/:id/totp", admin, h.ResetTOTP) // a lost phone: the user enrols again

	anyone.GET("/audit", auditTrail, h.ListAudit)
	anyone.GET("/audit/verify", auditTrail, h.VerifyAudit)

	anyone.GET("/communities", cached, h.ListCommunities)
	anyone.POST("/communities", admin, h.CreateCommunity)
	anyone.GET("/communities/:id", cached, h.GetCommunity)
	anyone.PATCH("/communities/:id", admin, h.UpdateCommunity)

	// Organizations: every query is scoped to the caller in models (SPEC 1);
	// outside the scope is 404, inside it without the right is 403.
	anyone.GET("/organizations", cached, h.ListOrganizations)
	anyone.POST("/organizations", admin, h.CreateOrganization)
	anyone.GET("/organizations/:id", cached, h.GetOrganization)
	anyone.PATCH("/organizations/:id", h.UpdateOrganization)
	anyone.GET("/organizations/:id/readiness", h.Readiness)
	anyone.GET("/organizations/:id/timeline", cached, h.StageTimeline)
	anyone.GET("/organizations/:id/transitions", cached, h.OrganizationTransitions)
	anyone.POST("/organizations/:id/transitions", h.RequestTransition)
	anyone.GET("/organizations/:id/milestones", cached, h.ListMilestones)
	anyone.POST("/organizations/:id/milestones", h.LogMilestone)

	anyone.GET("/transitions", cached, h.ListTransitions)
	anyone.POST("/transitions/:id/approve", deciders, h.ApproveTransition)
	anyone.POST("/transitions/:id/reject", deciders, h.RejectTransition)
	anyone.POST("/transitions/:id/withdraw", h.WithdrawTransition)

	anyone.GET("/settings/graduation", h.GraduationSettings)
	anyone.PUT("/settings/graduation", admin, h.SetGraduationSettings)
	anyone.GET("/settings/open-data", h.OpenDataSettings) // publisher and OCDS/360Giving prefixes
	anyone.PUT("/settings/open-data", admin, h.SetOpenDataSettings)
	anyone.GET("/settings/passwords", h.PasswordSettings) // the maximum age of a password
	anyone.PUT("/settings/passwords", admin, h.SetPasswordSettings)
	anyone.GET("/settings/second-factor", h.SecondFactorSettings) // which roles need two-step verification
	anyone.PUT("/settings/second-factor", admin, h.SetSecondFactorSettings)

	anyone.GET("/reports/pipeline", auditors, cached, h.Pipeline)

	// Funding cycles and projects (SPEC 6.1): funders manage their own,
	// contractors spend; every query is scoped in models.
	anyone.GET("/funding-cycles", cached, h.ListFundingCycles)
	anyone.POST("/funding-cycles", payers, h.CreateFundingCycle)
	anyone.GET("/funding-cycles/:id", cached, h.GetFundingCycle)
	anyone.PATCH("/funding-cycles/:id", payers, h.UpdateFundingCycle)

	anyone.GET("/projects", cached, h.ListProjects)
	anyone.POST("/projects", payers, h.CreateProject)
	anyone.GET("/projects/:id", cached, h.GetProject)
	anyone.PATCH("/projects/:id", payers, h.UpdateProject)
	anyone.POST("/projects/:id/status", payers, h.MoveProject)
	anyone.POST("/projects/:id/evaluation", evaluators, h.EvaluateProject)
	anyone.PATCH("/projects/:id/indicators/:indicator_id", spenders, h.UpdateIndicator)
	anyone.GET("/projects/:id/spend-audit", cached, h.ProjectSpendAudit)
	anyone.GET("/projects/:id/ocds", h.ProjectOCDS) // OCDS release package; the list answers ?format=ocds|360giving|360giving-json

	// The ledger (SPEC 4.2): insert-only, with Idempotency-Key.
	anyone.GET("/projects/:id/disbursements", cached, h.ListDisbursements)
	anyone.POST("/projects/:id/disbursements", payers, h.RecordDisbursement)
	anyone.POST("/disbursements/:id/reverse", payers, h.ReverseDisbursement)
	anyone.GET("/projects/:id/expenditures", cached, h.ListExpenditures)
	anyone.GET("/expenditures", cached, h.ListPortfolioLedger) // scoped: the expenditures of the projects the caller sees
	anyone.POST("/projects/:id/expenditures", spenders, h.RecordExpenditure)
	anyone.POST("/expenditures/:id/reverse", spenders, h.ReverseExpenditure)

	// Staff (SPEC 2, 5.4): the organization's own staff and its current
	// incubator keep the roster; phone numbers are masked for the others.
	anyone.GET("/organizations/:id/staff", cached, h.ListStaff)
	anyone.POST("/organizations/:id/staff", h.AddStaffMember)
	anyone.GET("/staff/:id", cached, h.GetStaffMember)
	anyone.PATCH("/staff/:id", h.UpdateStaffMember)
	anyone.GET("/reports/turnover", cached, h.Turnover)
	anyone.GET("/settings/training", h.TrainingSettings)
	anyone.PUT("/settings/training", admin, h.SetTrainingSettings)

	anyone.GET("/organizations/:id/funding", cached, h.OrganizationFunding)
	anyone.GET("/reports/funding", evaluators, cached, h.FundingReport)
	anyone.GET("/reports/spend-audit", evaluators, cached, h.PortfolioSpendAudit)

	// Demand surveys and their needs (SPEC 2, 5.5): read in the caller's
	// scope; recorded by admins, reviewers and the organization that ran
	// them (or its incubator). Projects are linked to the needs of the
	// communities they serve by their funder and contractor.
	anyone.GET("/surveys", cached, h.ListSurveys)
	anyone.POST("/surveys", h.CreateSurvey)
	anyone.GET("/surveys/:id", cached, h.GetSurvey)
	anyone.PATCH("/surveys/:id", h.UpdateSurvey)
	anyone.GET("/needs", cached, h.ListNeeds)
	anyone.GET("/projects/:id/needs", cached, h.ListProjectNeeds)
	anyone.POST("/projects/:id/needs", h.LinkNeed)
	anyone.DELETE("/projects/:id/needs/:need_id", h.UnlinkNeed)
	anyone.GET("/reports/demand-coverage", evaluators, cached, h.DemandCoverage)

	// Survey import (SPEC 2): a spreadsheet of results, one row per need,
	// stored whole or not at all; the callers of POST /surveys.
	anyone.POST("/surveys/import", surveyors, h.ImportSurveys)
	anyone.GET("/surveys/import/template", surveyors, h.SurveyImportTemplate)

	anyone.GET("/funders", cached, h.ListFunders)
	anyone.POST("/funders", admin, h.CreateFunder)
	anyone.GET("/funders/:id", cached, h.GetFunder)
	anyone.PATCH("/funders/:id", admin, h.UpdateFunder)
}
