package models

import "context"

// ImportedForTest answers every stored survey, each with its needs in
// order, read straight from the tables, and the number of audit entries.
func (s *Store) ImportedForTest(ctx context.Context) ([]DemandSurvey, int64, error) {
	db := s.read.WithContext(ctx)
	var surveys []DemandSurvey
	if err := db.Table("demand_surveys").Order("id").Find(&surveys).Error; err != nil {
		return nil, 0, err
	}
	for i := range surveys {
		if err := db.Table("needs").Where("survey_id = ?", surveys[i].ID).Order("seq").Find(&surveys[i].Needs).Error; err != nil {
			return nil, 0, err
		}
	}
	var entries int64
	err := db.Table("audit_entries").Count(&entries).Error
	return surveys, entries, err
}
