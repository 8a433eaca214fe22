package models

import (
	"context"

	"gorm.io/gorm"
)

// SurveyBatch is a batch of synthetic surveys with their needs and the
// projects linked to them.
type SurveyBatch struct {
	Surveys []DemandSurvey
	Needs   []Need
	Links   []ProjectNeed
}

// BulkInsertSurveys adds a batch of surveys, needs and links in one
// transaction and one audit entry; the synthetic data set uses it. The
// rows carry their ids and stamps; the database's checks still hold.
func (s *Store) BulkInsertSurveys(ctx context.Context, a Actor, b SurveyBatch) error {
	return s.InTx(ctx, func(tx *gorm.DB) error {
		if len(b.Surveys) > 0 {
			if err := tx.Table("demand_surveys").CreateInBatches(b.Surveys, 400).Error; err != nil {
				return err
			}
		}
		if len(b.Needs) > 0 {
			if err := tx.Table("needs").CreateInBatches(b.Needs, 400).Error; err != nil {
				return err
			}
		}
		if len(b.Links) > 0 {
			if err := tx.Table("project_needs").CreateInBatches(b.Links, 400).Error; err != nil {
				return err
			}
		}
		return s.audit(tx, a, "bulk_create", "surveys", "", nil, map[string]int{
			"demand_surveys": len(b.Surveys), "needs": len(b.Needs), "project_needs": len(b.Links)})
	})
}
