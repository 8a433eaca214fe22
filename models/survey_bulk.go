package models

import (
	"context"

	"gorm.io/gorm"
)

// BulkInsertSurveys adds surveys with their needs and project links in one
// transaction and one audit entry; the demo data set uses it. Rows keep the
// ids and stamps they come with (the demo dates them in its own timeline).
// The database's checks still hold; the seed keeps the rules the API
// enforces (mentions within respondents, links inside the service area).
func (s *Store) BulkInsertSurveys(ctx context.Context, a Actor, surveys []DemandSurvey, needs []Need, links []ProjectNeed) error {
	return s.InTx(ctx, func(tx *gorm.DB) error {
		steps := []struct {
			table string
			rows  any
			n     int
		}{
			{"demand_surveys", surveys, len(surveys)},
			{"needs", needs, len(needs)},
			{"project_needs", links, len(links)},
		}
		for _, st := range steps {
			if st.n == 0 {
				continue
			}
			if err := tx.Table(st.table).CreateInBatches(st.rows, 200).Error; err != nil {
				return err
			}
		}
		return s.audit(tx, a, "bulk_create", "survey", "", nil, map[string]int{
			"demand_surveys": len(surveys), "needs": len(needs), "project_needs": len(links)})
	})
}
