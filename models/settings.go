package models

import (
	"context"
	"encoding/json"
	"errors"

	"gorm.io/gorm"
)

// GraduationCriteria are the readiness rules for hatching (SPEC 3). An
// admin changes them; the defaults follow the specification.
type GraduationCriteria struct {
	MinDaysIncubating  int      `json:"min_days_incubating"`
	RequiredMilestones []string `json:"required_milestones"`
	RequireRegistered  bool     `json:"require_registered"`
	MinActiveStaff     int      `json:"min_active_staff"`
	MinProjects        int      `json:"min_projects"`
}

// DefaultGraduationCriteria: 180 days incubating, governance and financial
// systems in place, registered or filed, two paid staff, one project won.
func DefaultGraduationCriteria() GraduationCriteria {
	return GraduationCriteria{
		MinDaysIncubating:  180,
		RequiredMilestones: []string{"governance_established", "financial_system_established"},
		RequireRegistered:  true,
		MinActiveStaff:     2,
		MinProjects:        1,
	}
}

// GraduationSettings is the stored criteria with their version.
type GraduationSettings struct {
	GraduationCriteria
	Version   int64 `json:"version"`
	UpdatedAt *Time `json:"updated_at"`
}

// TrainingTarget is the yearly continuing-education hours each staff member
// should reach; the seed paper ties recognition and pay to them.
type TrainingTarget struct {
	HoursPerYear float64 `json:"hours_per_year"`
}

// DefaultTrainingTarget is 72 hours, what a registered social worker's
// continuing education asks for in a year.
func DefaultTrainingTarget() TrainingTarget { return TrainingTarget{HoursPerYear: 72} }

// TrainingSettings is the stored target with its version.
type TrainingSettings struct {
	TrainingTarget
	Version   int64 `json:"version"`
	UpdatedAt *Time `json:"updated_at"`
}

const (
	graduationKey = "graduation"
	trainingKey   = "training"
)

type settingRow struct {
	Key       string
	Value     string
	UpdatedAt Time
	Version   int64
}

// loadSetting reads the value stored under key into v, leaving v as it is
// (the defaults) at version 0 when none was ever stored.
func loadSetting(db *gorm.DB, key string, v any) (version int64, updated *Time, err error) {
	var row settingRow
	err = db.Table("settings").Where("key = ?", key).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return 0, nil, nil
	} else if err != nil {
		return 0, nil, err
	}
	return row.Version, &row.UpdatedAt, json.Unmarshal([]byte(row.Value), v)
}

// storeSetting replaces the value under key if it is still at version (0:
// never stored), and audits the change from before to the reloaded after.
func (s *Store) storeSetting(tx *gorm.DB, a Actor, key string, version int64, value any, before any, reload func() (any, error)) error {
	b, err := json.Marshal(value)
	if err != nil {
		return err
	}
	now := s.Now()
	if version == 0 {
		err = tx.Table("settings").Create(map[string]any{"key": key, "value": string(b), "updated_at": now, "version": 1}).Error
		if s.isUnique(err) {
			return ErrStale
		}
	} else {
		res := tx.Table("settings").Where("key = ? AND version = ?", key, version).
			Updates(map[string]any{"value": string(b), "updated_at": now, "version": gorm.Expr("version + 1")})
		if err = res.Error; err == nil && res.RowsAffected == 0 {
			return ErrStale
		}
	}
	if err != nil {
		return err
	}
	after, err := reload()
	if err != nil {
		return err
	}
	return s.audit(tx, a, "update", "setting", key, before, after)
}

func graduationSettings(db *gorm.DB) (GraduationSettings, error) {
	out := GraduationSettings{GraduationCriteria: DefaultGraduationCriteria()}
	var err error
	out.Version, out.UpdatedAt, err = loadSetting(db, graduationKey, &out.GraduationCriteria)
	return out, err
}

func trainingSettings(db *gorm.DB) (TrainingSettings, error) {
	out := TrainingSettings{TrainingTarget: DefaultTrainingTarget()}
	var err error
	out.Version, out.UpdatedAt, err = loadSetting(db, trainingKey, &out.TrainingTarget)
	return out, err
}

// GraduationSettings answers the current criteria (version 0: defaults,
// never changed).
func (s *Store) GraduationSettings(ctx context.Context) (GraduationSettings, error) {
	return graduationSettings(s.read.WithContext(ctx))
}

// TrainingSettings answers the current training target (version 0:
// defaults, never changed).
func (s *Store) TrainingSettings(ctx context.Context) (TrainingSettings, error) {
	return trainingSettings(s.read.WithContext(ctx))
}

// SetGraduationCriteria replaces the criteria if they are still at version.
func (s *Store) SetGraduationCriteria(ctx context.Context, a Actor, version int64, c GraduationCriteria) (GraduationSettings, error) {
	var after GraduationSettings
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		before, err := graduationSettings(tx)
		if err != nil {
			return err
		}
		if before.Version != version {
			return ErrStale
		}
		return s.storeSetting(tx, a, graduationKey, version, c, before, func() (any, error) {
			after, err = graduationSettings(tx)
			return after, err
		})
	})
	return after, err
}

// SetTrainingTarget replaces the training target if it is still at version.
func (s *Store) SetTrainingTarget(ctx context.Context, a Actor, version int64, t TrainingTarget) (TrainingSettings, error) {
	var after TrainingSettings
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		before, err := trainingSettings(tx)
		if err != nil {
			return err
		}
		if before.Version != version {
			return ErrStale
		}
		return s.storeSetting(tx, a, trainingKey, version, t, before, func() (any, error) {
			after, err = trainingSettings(tx)
			return after, err
		})
	})
	return after, err
}
