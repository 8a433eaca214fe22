package models

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Milestone is a step an incubator logs for an incubatee (SPEC 2).
type Milestone struct {
	ID             string   `json:"id"`
	OrganizationID string   `json:"organization_id"`
	Type           string   `json:"type"`
	AchievedOn     Date     `json:"achieved_on"`
	Hours          *float64 `json:"hours"`
	Note           string   `json:"note"`
	EvidenceRef    string   `json:"evidence_ref"`
	LoggedBy       string   `json:"logged_by"`
	LoggedByName   string   `json:"logged_by_name" gorm:"->"`
	Stamps
}

// MilestoneList is an organization's milestones with their training hours.
type MilestoneList struct {
	List[Milestone]
	TrainingHours float64 `json:"training_hours"`
}

// canLogMilestone: reviewers and admins for anyone, an incubator for the
// organizations it incubates now (SPEC 1).
func canLogMilestone(a Actor, o Organization) bool {
	switch a.Role {
	case RoleAdmin, RoleReviewer:
		return true
	case RoleIncubator:
		return o.IncubatorID != nil && *o.IncubatorID == a.OrganizationID
	}
	return false
}

// LogMilestone records a milestone for an organization a may log for.
func (s *Store) LogMilestone(ctx context.Context, a Actor, orgID string, m Milestone) (Milestone, error) {
	now := NewTime(s.Now())
	m.ID, m.OrganizationID, m.LoggedBy = NewID(), orgID, a.UserID
	m.Stamps = Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		o, err := visibleOrganization(tx, a, orgID)
		if err != nil {
			return err
		}
		if !canLogMilestone(a, o) {
			return ErrForbidden
		}
		// A day counts as past or present once it has begun anywhere
		// (UTC+14), so a user's "today" is never refused as future.
		if m.AchievedOn.Time().After(now.Add(14 * time.Hour)) {
			return Invalid("achieved_on", "future", "a milestone cannot be achieved in the future")
		}
		if err := tx.Table("milestones").Omit("logged_by_name").Create(&m).Error; err != nil {
			return err
		}
		if err := tx.Table("users").Select("display_name").Where("id = ?", a.UserID).Scan(&m.LoggedByName).Error; err != nil {
			return err
		}
		return s.audit(tx, a, "create", "milestone", m.ID, nil, m)
	})
	return m, err
}

// ListMilestones answers an organization's milestones, newest first, with
// the total training hours.
func (s *Store) ListMilestones(ctx context.Context, a Actor, orgID string, p Page) (MilestoneList, error) {
	db := s.read.WithContext(ctx)
	if _, err := visibleOrganization(db, a, orgID); err != nil {
		return MilestoneList{}, err
	}
	var out MilestoneList
	var hours struct{ H *float64 }
	if err := db.Table("milestones").Select("SUM(hours) AS h").Where("organization_id = ?", orgID).Scan(&hours).Error; err != nil {
		return out, err
	}
	if hours.H != nil {
		out.TrainingHours = *hours.H
	}
	q := db.Table("milestones").Select("milestones.*, users.display_name AS logged_by_name").
		Joins("JOIN users ON users.id = milestones.logged_by").Where("milestones.organization_id = ?", orgID)
	l, err := listPage(q, p, "milestones.id", func(m Milestone) string { return m.ID })
	out.List = l
	return out, err
}
