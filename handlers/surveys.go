package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type surveyListQuery struct {
	pageQuery
	Q                string `form:"q" binding:"max=200"`
	CommunityID      string `form:"community_id" binding:"max=64"`
	District         string `form:"district" binding:"max=100"`
	Method           string `form:"method" binding:"omitempty,enum=SurveyMethod"`
	ConductedByOrgID string `form:"conducted_by_org_id" binding:"max=64"`
}

type needRequest struct {
	ID          string `json:"id" binding:"max=64"`
	Category    string `json:"category" binding:"required,enum=NeedCategory"`
	Title       string `json:"title" binding:"required,notblank,max=200"`
	Description string `json:"description" binding:"max=2000"`
	Mentions    int64  `json:"mentions" binding:"gte=0,lte=10000000"`
	Priority    string `json:"priority" binding:"required,enum=NeedPriority"`
}

type createSurveyRequest struct {
	CommunityID      string        `json:"community_id" binding:"required,max=64"`
	Title            string        `json:"title" binding:"required,notblank,max=200"`
	Method           string        `json:"method" binding:"required,enum=SurveyMethod"`
	ConductedByOrgID *string       `json:"conducted_by_org_id" binding:"omitempty,max=64"`
	ConductedOn      string        `json:"conducted_on" binding:"required,date"`
	Respondents      int64         `json:"respondents" binding:"required,min=1,max=10000000"`
	Needs            []needRequest `json:"needs" binding:"max=100,dive"`
}

type updateSurveyRequest struct {
	Version          *int64        `json:"version" binding:"omitempty,min=1"`
	Title            *string       `json:"title" binding:"omitempty,notblank,max=200"`
	Method           *string       `json:"method" binding:"omitempty,enum=SurveyMethod"`
	ConductedByOrgID *string       `json:"conducted_by_org_id" binding:"omitempty,max=64"`
	ConductedOn      *string       `json:"conducted_on" binding:"omitempty,date"`
	Respondents      *int64        `json:"respondents" binding:"omitempty,min=1,max=10000000"`
	Needs            []needRequest `json:"needs" binding:"omitempty,max=100,dive"`
}

type needListQuery struct {
	pageQuery
	CommunityID string `form:"community_id" binding:"max=64"`
	District    string `form:"district" binding:"max=100"`
	Category    string `form:"category" binding:"omitempty,enum=NeedCategory"`
	Priority    string `form:"priority" binding:"omitempty,enum=NeedPriority"`
	SurveyID    string `form:"survey_id" binding:"max=64"`
	Uncovered   bool   `form:"uncovered"`
	ProjectID   string `form:"project_id" binding:"max=64"`
}

type linkNeedRequest struct {
	NeedID string `json:"need_id" binding:"required,max=64"`
	Note   string `json:"note" binding:"max=1000"`
}

type coverageQuery struct {
	District string `form:"district" binding:"max=100"`
	Sort     string `form:"sort" binding:"omitempty,enum=CoverageSort"`
	Limit    int    `form:"limit" binding:"omitempty,min=1,max=200"`
	Offset   int    `form:"offset" binding:"omitempty,min=0,max=1000000"`
}

func newNeeds(reqs []needRequest) []models.NewNeed {
	if reqs == nil {
		return nil
	}
	out := make([]models.NewNeed, len(reqs))
	for i, n := range reqs {
		out[i] = models.NewNeed{ID: n.ID, Category: n.Category, Title: n.Title, Description: n.Description, Mentions: n.Mentions, Priority: n.Priority}
	}
	return out
}

// ListSurveys answers GET /surveys.
func (h *Handler) ListSurveys(c *gin.Context) {
	var q surveyListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, surveyTable, q.page(), func(p models.Page) (models.List[models.DemandSurvey], error) {
		return h.Store.ListSurveys(c.Request.Context(), actor(c), models.SurveyFilter{Q: q.Q, CommunityID: q.CommunityID,
			District: q.District, Method: q.Method, ConductedByOrgID: q.ConductedByOrgID, Page: p})
	})
}

// CreateSurvey answers POST /surveys: a survey with its needs inline.
func (h *Handler) CreateSurvey(c *gin.Context) {
	var req createSurveyRequest
	if !bindJSON(c, &req) {
		return
	}
	v, err := h.Store.CreateSurvey(c.Request.Context(), actor(c), models.NewSurvey{CommunityID: req.CommunityID, Title: req.Title,
		Method: req.Method, ConductedByOrgID: req.ConductedByOrgID, ConductedOn: models.Date(req.ConductedOn),
		Respondents: req.Respondents, Needs: newNeeds(req.Needs)})
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/surveys/"+v.ID, v)
}

// GetSurvey answers GET /surveys/{id}, with its needs.
func (h *Handler) GetSurvey(c *gin.Context) {
	v, err := h.Store.GetSurvey(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, v)
}

// UpdateSurvey answers PATCH /surveys/{id}: a correction of the survey
// and, when needs is given, of the whole list of its needs.
func (h *Handler) UpdateSurvey(c *gin.Context) {
	var req updateSurveyRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	v, err := h.Store.UpdateSurvey(c.Request.Context(), actor(c), c.Param("id"), version, models.SurveyPatch{
		Title: req.Title, Method: req.Method, ConductedByOrgID: req.ConductedByOrgID, ConductedOn: datePtr(req.ConductedOn),
		Respondents: req.Respondents, Needs: newNeeds(req.Needs)})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, v)
}

// ListNeeds answers GET /needs.
func (h *Handler) ListNeeds(c *gin.Context) {
	var q needListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, needTable, q.page(), func(p models.Page) (models.List[models.Need], error) {
		return h.Store.ListNeeds(c.Request.Context(), actor(c), models.NeedFilter{CommunityID: q.CommunityID, District: q.District,
			Category: q.Category, Priority: q.Priority, SurveyID: q.SurveyID, Uncovered: q.Uncovered, ProjectID: q.ProjectID, Page: p})
	})
}

// ListProjectNeeds answers GET /projects/{id}/needs.
func (h *Handler) ListProjectNeeds(c *gin.Context) {
	var q pageQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, needTable, q.page(), func(p models.Page) (models.List[models.Need], error) {
		return h.Store.ListProjectNeeds(c.Request.Context(), actor(c), c.Param("id"), p)
	})
}

// LinkNeed answers POST /projects/{id}/needs.
func (h *Handler) LinkNeed(c *gin.Context) {
	var req linkNeedRequest
	if !bindJSON(c, &req) {
		return
	}
	l, err := h.Store.LinkNeed(c.Request.Context(), actor(c), c.Param("id"), req.NeedID, req.Note)
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/projects/"+l.ProjectID+"/needs/"+l.NeedID, l)
}

// UnlinkNeed answers DELETE /projects/{id}/needs/{need_id}.
func (h *Handler) UnlinkNeed(c *gin.Context) {
	if err := h.Store.UnlinkNeed(c.Request.Context(), actor(c), c.Param("id"), c.Param("need_id")); err != nil {
		h.Error(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// DemandCoverage answers GET /reports/demand-coverage (SPEC 5.5), its
// communities sorted and one page of them when asked (exports hold all).
func (h *Handler) DemandCoverage(c *gin.Context) {
	ex, ok := exportOf(c)
	if !ok {
		return
	}
	var q coverageQuery
	if !bindQuery(c, &q) {
		return
	}
	f := models.CoverageFilter{District: q.District, Sort: q.Sort, Limit: q.Limit, Offset: q.Offset}
	if ex.format != formatJSON {
		f.Limit, f.Offset = 0, 0 // an export holds every community
	}
	r, err := h.Store.CoveragePage(c.Request.Context(), f)
	if err != nil {
		h.Error(c, err)
		return
	}
	respondReport(h, c, ex, label{"需求回应", "demand coverage"}, r, func() []section { return coverageSections(r) })
}
