package handlers

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type graduationSettingsRequest struct {
	Version            *int64   `json:"version" binding:"required,min=0"`
	MinDaysIncubating  *int     `json:"min_days_incubating" binding:"required,min=0,max=3650"`
	RequiredMilestones []string `json:"required_milestones" binding:"required,max=10,unique,dive,enum=MilestoneType"`
	RequireRegistered  *bool    `json:"require_registered" binding:"required"`
	MinActiveStaff     *int     `json:"min_active_staff" binding:"required,min=0,max=1000"`
	MinProjects        *int     `json:"min_projects" binding:"required,min=0,max=1000"`
}

// GraduationSettings answers GET /settings/graduation.
func (h *Handler) GraduationSettings(c *gin.Context) {
	s, err := h.Store.GraduationSettings(c.Request.Context())
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}

// SetGraduationSettings answers PUT /settings/graduation (admin); version 0
// replaces the defaults for the first time.
func (h *Handler) SetGraduationSettings(c *gin.Context) {
	var req graduationSettingsRequest
	if !bindJSON(c, &req) {
		return
	}
	s, err := h.Store.SetGraduationCriteria(c.Request.Context(), actor(c), *req.Version, models.GraduationCriteria{
		MinDaysIncubating: *req.MinDaysIncubating, RequiredMilestones: req.RequiredMilestones,
		RequireRegistered: *req.RequireRegistered, MinActiveStaff: *req.MinActiveStaff, MinProjects: *req.MinProjects,
	})
	if err != nil {
		h.Error(c, err)
		return
	}
	c.JSON(http.StatusOK, s)
}
