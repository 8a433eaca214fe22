package models

import (
	"context"

	"gorm.io/gorm"
)

// Organization is a community social organization (SPEC 2). Its lifecycle
// (stage, stage_since, incubator_id) changes only through transitions.
type Organization struct {
	ID               string  `json:"id"`
	Name             string  `json:"name"`
	CreditCode       *string `json:"credit_code"`
	RegistrationType string  `json:"registration_type"`
	Category         string  `json:"category"`
	CommunityID      *string `json:"community_id"`
	IsIncubator      bool    `json:"is_incubator"`
	IncubatorID      *string `json:"incubator_id"`
	Stage            string  `json:"stage"`
	StageSince       Time    `json:"stage_since"`
	FoundedOn        *string `json:"founded_on"`
	ContactName      string  `json:"contact_name"`
	ContactPhone     string  `json:"contact_phone"`
	Description      string  `json:"description"`
	Stamps
}

// CreateOrganization stores o as given (the demo data set places its
// organizations directly in their stage) and audits it.
func (s *Store) CreateOrganization(ctx context.Context, a Actor, o Organization) (Organization, error) {
	now := NewTime(s.Now())
	o.ID, o.Stamps = NewID(), Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}
	if o.Stage == "" {
		o.Stage = "applicant"
	}
	if o.StageSince.IsZero() {
		o.StageSince = now
	}
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		if err := tx.Table("organizations").Create(&o).Error; err != nil {
			if isUniqueViolation(err) {
				return &ConflictError{Field: "credit_code", Message: "another organization has this credit code"}
			}
			return err
		}
		return s.audit(tx, a, "create", "organization", o.ID, nil, o)
	})
	return o, err
}
