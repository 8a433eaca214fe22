package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type projectListQuery struct {
	pageQuery
	Q              string `form:"q" binding:"max=200"`
	Status         string `form:"status" binding:"omitempty,enum=ProjectStatus"`
	FunderID       string `form:"funder_id" binding:"max=64"`
	OrganizationID string `form:"organization_id" binding:"max=64"`
	FundingCycleID string `form:"funding_cycle_id" binding:"max=64"`
	CommunityID    string `form:"community_id" binding:"max=64"`
	District       string `form:"district" binding:"max=100"`
	Year           int    `form:"year" binding:"omitempty,min=1990,max=2100"`
}

type budgetLineRequest struct {
	Category  string     `json:"category" binding:"required,enum=BudgetCategory"`
	AmountFen models.Fen `json:"amount_fen" binding:"gte=0"`
}

type trancheRequest struct {
	Seq       int        `json:"seq" binding:"required,min=1,max=100"`
	DueOn     string     `json:"due_on" binding:"required,date"`
	AmountFen models.Fen `json:"amount_fen" binding:"required,gte=1"`
	Condition string     `json:"condition" binding:"max=500"`
}

type indicatorRequest struct {
	Name   string  `json:"name" binding:"required,notblank,max=200"`
	Unit   string  `json:"unit" binding:"max=50"`
	Target float64 `json:"target" binding:"gte=0,lte=1000000000"`
}

type createProjectRequest struct {
	Code           string              `json:"code" binding:"required,notblank,max=64"`
	Title          string              `json:"title" binding:"required,notblank,max=200"`
	OrganizationID string              `json:"organization_id" binding:"required,max=64"`
	FunderID       string              `json:"funder_id" binding:"max=64"`
	FundingCycleID string              `json:"funding_cycle_id" binding:"max=64"`
	Category       string              `json:"category" binding:"required,enum=OrganizationCategory"`
	BudgetFen      models.Fen          `json:"budget_fen" binding:"required,gte=1"`
	StartOn        string              `json:"start_on" binding:"required,date"`
	EndOn          string              `json:"end_on" binding:"required,date"`
	Description    string              `json:"description" binding:"max=5000"`
	CommunityIDs   []string            `json:"community_ids" binding:"required,min=1,max=50,dive,max=64"`
	BudgetLines    []budgetLineRequest `json:"budget_lines" binding:"max=6,dive"`
	Tranches       []trancheRequest    `json:"tranches" binding:"max=100,dive"`
	Indicators     []indicatorRequest  `json:"indicators" binding:"max=50,dive"`
}

type updateProjectRequest struct {
	Version        *int64              `json:"version" binding:"omitempty,min=1"`
	Code           *string             `json:"code" binding:"omitempty,notblank,max=64"`
	Title          *string             `json:"title" binding:"omitempty,notblank,max=200"`
	OrganizationID *string             `json:"organization_id" binding:"omitempty,max=64"`
	FundingCycleID *string             `json:"funding_cycle_id" binding:"omitempty,max=64"`
	Category       *string             `json:"category" binding:"omitempty,enum=OrganizationCategory"`
	BudgetFen      *models.Fen         `json:"budget_fen" binding:"omitempty,gte=1"`
	StartOn        *string             `json:"start_on" binding:"omitempty,date"`
	EndOn          *string             `json:"end_on" binding:"omitempty,date"`
	Description    *string             `json:"description" binding:"omitempty,max=5000"`
	CommunityIDs   []string            `json:"community_ids" binding:"omitempty,min=1,max=50,dive,max=64"`
	BudgetLines    []budgetLineRequest `json:"budget_lines" binding:"omitempty,max=6,dive"`
	Tranches       []trancheRequest    `json:"tranches" binding:"omitempty,max=100,dive"`
	Indicators     []indicatorRequest  `json:"indicators" binding:"omitempty,max=50,dive"`
}

type moveProjectRequest struct {
	To string `json:"to" binding:"required,enum=ProjectStatus"`
}

type evaluateProjectRequest struct {
	Grade             string   `json:"grade" binding:"required,enum=EvaluationGrade"`
	Score             *int     `json:"score" binding:"required,min=0,max=100"`
	EvaluatedOn       string   `json:"evaluated_on" binding:"omitempty,date"`
	Note              string   `json:"note" binding:"max=2000"`
	SatisfactionShare *float64 `json:"satisfaction_share" binding:"omitempty,gte=0,lte=1"`
}

type updateIndicatorRequest struct {
	Version *int64   `json:"version" binding:"omitempty,min=1"`
	Actual  *float64 `json:"actual" binding:"required,gte=0,lte=1000000000"`
}

// ListProjects answers GET /projects, scoped to the caller.
func (h *Handler) ListProjects(c *gin.Context) {
	var q projectListQuery
	if !bindQuery(c, &q) {
		return
	}
	if format := c.Query("format"); isOpenDataFormat(format) {
		h.exportOpenData(c, format, q.filter(q.page()))
		return
	}
	respondList(h, c, projectTable, q.page(), func(p models.Page) (models.List[models.ProjectView], error) {
		return h.Store.ListProjects(c.Request.Context(), actor(c), q.filter(p))
	}, models.OpenDataFormats...)
}

// filter is the project filter the query names, with page p.
func (q projectListQuery) filter(p models.Page) models.ProjectFilter {
	return models.ProjectFilter{
		Q: q.Q, Status: q.Status, FunderID: q.FunderID, OrganizationID: q.OrganizationID, FundingCycleID: q.FundingCycleID,
		CommunityID: q.CommunityID, District: q.District, Year: q.Year, Page: p,
	}
}

// GetProject answers GET /projects/{id}.
func (h *Handler) GetProject(c *gin.Context) {
	p, err := h.Store.GetProject(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, p)
}

// CreateProject answers POST /projects: a draft with its plan inline.
func (h *Handler) CreateProject(c *gin.Context) {
	var req createProjectRequest
	if !bindJSON(c, &req) {
		return
	}
	a := actor(c)
	if a.Role == models.RoleAdmin && req.FunderID == "" {
		FailFields(c, http.StatusUnprocessableEntity, "the request has invalid fields", []models.FieldError{{
			Field: "funder_id", Code: "required", Message: "name the funder that pays for the project"}})
		return
	}
	in := models.ProjectInput{
		Code: req.Code, Title: req.Title, OrganizationID: req.OrganizationID, FunderID: req.FunderID, FundingCycleID: req.FundingCycleID,
		Category: req.Category, BudgetFen: req.BudgetFen, StartOn: models.Date(req.StartOn), EndOn: models.Date(req.EndOn),
		Description: req.Description,
	}
	plan(&in, req.CommunityIDs, req.BudgetLines, req.Tranches, req.Indicators)
	p, err := h.Store.CreateProject(c.Request.Context(), a, in)
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/projects/"+p.ID, p)
}

// plan copies the inline plan of a request into in; a list the request
// left out stays nil (unchanged on an edit).
func plan(in *models.ProjectInput, communities []string, lines []budgetLineRequest, tranches []trancheRequest, indicators []indicatorRequest) {
	in.CommunityIDs = communities
	if lines != nil {
		in.BudgetLines = make([]models.BudgetLine, len(lines))
		for i, l := range lines {
			in.BudgetLines[i] = models.BudgetLine{Category: l.Category, AmountFen: l.AmountFen}
		}
	}
	if tranches != nil {
		in.Tranches = make([]models.Tranche, len(tranches))
		for i, t := range tranches {
			in.Tranches[i] = models.Tranche{Seq: t.Seq, DueOn: models.Date(t.DueOn), AmountFen: t.AmountFen, Condition: t.Condition}
		}
	}
	if indicators != nil {
		in.Indicators = make([]models.IndicatorInput, len(indicators))
		for i, x := range indicators {
			in.Indicators[i] = models.IndicatorInput{Name: x.Name, Unit: x.Unit, Target: x.Target}
		}
	}
}

// UpdateProject answers PATCH /projects/{id}: a draft's fields and plan.
func (h *Handler) UpdateProject(c *gin.Context) {
	var req updateProjectRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	patch := models.ProjectPatch{
		Code: req.Code, Title: req.Title, OrganizationID: req.OrganizationID, FundingCycleID: req.FundingCycleID,
		Category: req.Category, BudgetFen: req.BudgetFen, StartOn: datePtr(req.StartOn), EndOn: datePtr(req.EndOn),
		Description: req.Description,
	}
	plan(&patch.Plan, req.CommunityIDs, req.BudgetLines, req.Tranches, req.Indicators)
	p, err := h.Store.UpdateProject(c.Request.Context(), actor(c), c.Param("id"), version, patch)
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, p)
}

// MoveProject answers POST /projects/{id}/status {"to"} (SPEC 6.1).
func (h *Handler) MoveProject(c *gin.Context) {
	var req moveProjectRequest
	if !bindJSON(c, &req) {
		return
	}
	p, err := h.Store.MoveProject(c.Request.Context(), actor(c), c.Param("id"), models.ProjectStatus(req.To))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, p)
}

// EvaluateProject answers POST /projects/{id}/evaluation.
func (h *Handler) EvaluateProject(c *gin.Context) {
	var req evaluateProjectRequest
	if !bindJSON(c, &req) {
		return
	}
	p, err := h.Store.EvaluateProject(c.Request.Context(), actor(c), c.Param("id"), models.EvaluationInput{
		Grade: req.Grade, Score: *req.Score, EvaluatedOn: models.Date(req.EvaluatedOn), Note: req.Note, SatisfactionShare: req.SatisfactionShare,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, p)
}

// UpdateIndicator answers PATCH /projects/{id}/indicators/{indicator_id}:
// the contractor records what was delivered.
func (h *Handler) UpdateIndicator(c *gin.Context) {
	var req updateIndicatorRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	ind, err := h.Store.UpdateIndicatorActual(c.Request.Context(), actor(c), c.Param("id"), c.Param("indicator_id"), version, req.Actual)
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, ind)
}
