package handlers

import (
	"math"
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type staffListQuery struct {
	pageQuery
	Active         *bool  `form:"active"`
	EmploymentType string `form:"employment_type" binding:"omitempty,enum=EmploymentType"`
}

type addStaffRequest struct {
	Name           string   `json:"name" binding:"required,notblank,max=100"`
	Phone          string   `json:"phone" binding:"omitempty,phone"`
	Title          string   `json:"title" binding:"max=100"`
	EmploymentType string   `json:"employment_type" binding:"required,enum=EmploymentType"`
	Qualification  string   `json:"qualification" binding:"omitempty,enum=Qualification"`
	Education      string   `json:"education" binding:"required,enum=Education"`
	JoinedOn       string   `json:"joined_on" binding:"required,date"`
	LeftOn         *string  `json:"left_on" binding:"omitempty,date"`
	LeaveReason    *string  `json:"leave_reason" binding:"omitempty,enum=LeaveReason"`
	TrainingHours  *float64 `json:"training_hours" binding:"omitempty,gte=0,lte=2000"`
}

type updateStaffRequest struct {
	Version        *int64   `json:"version" binding:"omitempty,min=1"`
	Name           *string  `json:"name" binding:"omitempty,notblank,max=100"`
	Phone          *string  `json:"phone" binding:"omitempty,phone|len=0"`
	Title          *string  `json:"title" binding:"omitempty,max=100"`
	EmploymentType *string  `json:"employment_type" binding:"omitempty,enum=EmploymentType"`
	Qualification  *string  `json:"qualification" binding:"omitempty,enum=Qualification"`
	Education      *string  `json:"education" binding:"omitempty,enum=Education"`
	JoinedOn       *string  `json:"joined_on" binding:"omitempty,date"`
	LeftOn         *string  `json:"left_on" binding:"omitempty,date|len=0"`
	LeaveReason    *string  `json:"leave_reason" binding:"omitempty,enum=LeaveReason|len=0"`
	TrainingHours  *float64 `json:"training_hours" binding:"omitempty,gte=0,lte=2000"`
}

type turnoverQuery struct {
	From     string `form:"from" binding:"omitempty,date"`
	To       string `form:"to" binding:"omitempty,date"`
	GroupBy  string `form:"group_by" binding:"omitempty,enum=TurnoverGrouping"`
	District string `form:"district" binding:"max=100"`
	Limit    int    `form:"limit" binding:"omitempty,min=1,max=5000"`
	Offset   int    `form:"offset" binding:"omitempty,min=0,max=1000000"`
}

type trainingSettingsRequest struct {
	Version      *int64   `json:"version" binding:"required,min=0"`
	HoursPerYear *float64 `json:"hours_per_year" binding:"required,gte=0,lte=2000"`
}

// ListStaff answers GET /organizations/{id}/staff.
func (h *Handler) ListStaff(c *gin.Context) {
	var q staffListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, staffTable, q.page(), func(p models.Page) (models.List[models.StaffMember], error) {
		return h.Store.ListStaff(c.Request.Context(), actor(c), c.Param("id"), models.StaffFilter{Active: q.Active, EmploymentType: q.EmploymentType, Page: p})
	})
}

// AddStaffMember answers POST /organizations/{id}/staff: someone working
// there now, or a past member with left_on already set.
func (h *Handler) AddStaffMember(c *gin.Context) {
	var req addStaffRequest
	if !bindJSON(c, &req) {
		return
	}
	m := models.StaffMember{Name: req.Name, Phone: req.Phone, Title: req.Title, EmploymentType: req.EmploymentType,
		Qualification: req.Qualification, Education: req.Education, JoinedOn: models.Date(req.JoinedOn), LeaveReason: req.LeaveReason}
	if req.LeftOn != nil {
		m.LeftOn = datePtr(req.LeftOn)
	}
	if req.TrainingHours != nil {
		m.TrainingHours = *req.TrainingHours
	}
	got, err := h.Store.AddStaffMember(c.Request.Context(), actor(c), c.Param("id"), m)
	if err != nil {
		h.Error(c, err)
		return
	}
	created(c, "/api/v1/staff/"+got.ID, got)
}

// GetStaffMember answers GET /staff/{id}.
func (h *Handler) GetStaffMember(c *gin.Context) {
	m, err := h.Store.GetStaffMember(c.Request.Context(), actor(c), c.Param("id"))
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, m)
}

// UpdateStaffMember answers PATCH /staff/{id}: a correction, or a departure
// (left_on with leave_reason).
func (h *Handler) UpdateStaffMember(c *gin.Context) {
	var req updateStaffRequest
	if !bindJSON(c, &req) {
		return
	}
	version, ok := expectedVersion(c, req.Version)
	if !ok {
		return
	}
	m, err := h.Store.UpdateStaffMember(c.Request.Context(), actor(c), c.Param("id"), version, models.StaffPatch{
		Name: req.Name, Phone: req.Phone, Title: req.Title, EmploymentType: req.EmploymentType, Qualification: req.Qualification,
		Education: req.Education, JoinedOn: datePtr(req.JoinedOn), LeftOn: req.LeftOn, LeaveReason: req.LeaveReason, TrainingHours: req.TrainingHours,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, m)
}

// Turnover answers GET /reports/turnover (SPEC 5.4). The period defaults to
// the last twelve months and spans at most ten years; the grouping defaults
// to organization.
func (h *Handler) Turnover(c *gin.Context) {
	ex, ok := exportOf(c)
	if !ok {
		return
	}
	var q turnoverQuery
	if !bindQuery(c, &q) {
		return
	}
	from, to, ok := h.reportPeriod(c, q.From, q.To, 10)
	if !ok {
		return
	}
	if q.GroupBy == "" {
		q.GroupBy = "organization"
	}
	if ex.format != formatJSON {
		q.Offset = 0 // an export starts at the highest turnover
		if q.Limit == 0 {
			q.Limit = math.MaxInt32 // and holds every group unless asked for fewer
		}
	}
	r, err := h.Store.Turnover(c.Request.Context(), actor(c), models.TurnoverFilter{
		From: from, To: to, GroupBy: q.GroupBy, District: q.District, Limit: q.Limit, Offset: q.Offset})
	if err != nil {
		h.Error(c, err)
		return
	}
	respondReport(h, c, ex, label{"人员流失", "turnover"}, r, func() []section { return turnoverSections(r) })
}

// TrainingSettings answers GET /settings/training.
func (h *Handler) TrainingSettings(c *gin.Context) {
	s, err := h.Store.TrainingSettings(c.Request.Context())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}

// SetTrainingSettings answers PUT /settings/training (admin).
func (h *Handler) SetTrainingSettings(c *gin.Context) {
	var req trainingSettingsRequest
	if !bindJSON(c, &req) {
		return
	}
	s, err := h.Store.SetTrainingTarget(c.Request.Context(), actor(c), *req.Version, models.TrainingTarget{HoursPerYear: *req.HoursPerYear})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}
