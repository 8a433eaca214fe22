package models

import (
	"context"
	"sort"
	"time"

	"gorm.io/gorm"
)

// StuckAfterDays is when incubation counts as stuck (SPEC 5.1).
const StuckAfterDays = 540

// PipelineFilter narrows the pipeline report; From and To bound the
// incubation outcomes (inclusive days).
type PipelineFilter struct {
	District    string
	Category    string
	IncubatorID string
	From        Date
	To          Date
}

// PipelineReport is SPEC 5.1.
type PipelineReport struct {
	ByStage    map[Stage]int64    `json:"by_stage"`
	Incubation IncubationOutcomes `json:"incubation"`
	Stuck      StuckReport        `json:"stuck"`
	Pending    PendingReport      `json:"pending"`
	Survival   SurvivalReport     `json:"survival"`
}

// IncubationOutcomes counts approved moves into and out of incubation
// decided within the period, overall and by quarter.
type IncubationOutcomes struct {
	From                 Date             `json:"from"`
	To                   Date             `json:"to"`
	Entered              int64            `json:"entered"`
	Graduated            int64            `json:"graduated"`
	Ended                int64            `json:"ended"`
	MedianDaysToGraduate *float64         `json:"median_days_to_graduate"`
	ByQuarter            []QuarterOutcome `json:"by_quarter"`
}

// QuarterOutcome is one quarter's outcomes, e.g. "2025Q3".
type QuarterOutcome struct {
	Quarter   string `json:"quarter"`
	Entered   int64  `json:"entered"`
	Graduated int64  `json:"graduated"`
	Ended     int64  `json:"ended"`
}

// StuckReport lists organizations incubating longer than StuckAfterDays.
type StuckReport struct {
	ThresholdDays int           `json:"threshold_days"`
	Count         int64         `json:"count"`
	Items         []StuckMember `json:"items"`
}

// StuckMember is one stuck organization.
type StuckMember struct {
	ID            string  `json:"id"`
	Name          string  `json:"name"`
	IncubatorID   *string `json:"incubator_id"`
	IncubatorName *string `json:"incubator_name"`
	StageSince    Time    `json:"stage_since"`
	Days          int64   `json:"days"`
}

// PendingReport summarizes the review queue.
type PendingReport struct {
	Count         int64            `json:"count"`
	MedianAgeDays *float64         `json:"median_age_days"`
	OldestAgeDays *int64           `json:"oldest_age_days"`
	Items         []PendingRequest `json:"items"`
}

// PendingRequest is one waiting request with its age.
type PendingRequest struct {
	ID               string `json:"id"`
	OrganizationID   string `json:"organization_id"`
	OrganizationName string `json:"organization_name"`
	FromStage        Stage  `json:"from_stage"`
	ToStage          Stage  `json:"to_stage"`
	RequestedAt      Time   `json:"requested_at"`
	AgeDays          int64  `json:"age_days"`
}

// SurvivalReport counts hatched organizations still alive: with a
// contracted, active or completed project or an active staff member in the
// last 12 months (SPEC 5.1).
type SurvivalReport struct {
	Hatched int64    `json:"hatched"`
	Alive   int64    `json:"alive"`
	Share   *float64 `json:"share"`
}

// orgFilter applies the report's organization filters to q, which must
// join organizations.
func (f PipelineFilter) orgFilter(q *gorm.DB) *gorm.DB {
	if f.District != "" {
		q = q.Where("organizations.community_id IN (SELECT id FROM communities WHERE district = ?)", f.District)
	}
	if f.Category != "" {
		q = q.Where("organizations.category = ?", f.Category)
	}
	return q
}

// Pipeline computes the report with a fixed handful of aggregate queries.
func (s *Store) Pipeline(ctx context.Context, f PipelineFilter) (PipelineReport, error) {
	db := s.read.WithContext(ctx)
	now := s.Now()
	r := PipelineReport{ByStage: map[Stage]int64{}}
	for _, st := range Stages {
		r.ByStage[st] = 0
	}

	hatched := func() *gorm.DB {
		q := f.orgFilter(db.Table("organizations").
			Where("organizations.id IN (SELECT organization_id FROM transition_requests WHERE status = ? AND to_stage = ?)", StatusApproved, StageIndependent))
		if f.IncubatorID != "" {
			q = q.Where("organizations.id IN (SELECT organization_id FROM transition_requests WHERE status = ? AND incubator_id = ?)", StatusApproved, f.IncubatorID)
		}
		return q
	}
	// Alive: a contracted, active or completed project whose period reaches
	// into the last 12 months, or someone on the roster in that time.
	yearAgo := Date(now.AddDate(-1, 0, 0).Format(DateLayout))
	// The report's parts are read at once through the reader pool.
	err := together(
		func() error {
			var stages []struct {
				Stage Stage
				N     int64
			}
			q := f.orgFilter(db.Table("organizations").Select("stage, COUNT(*) AS n"))
			if f.IncubatorID != "" { // those it hosts now and those it hosted before
				q = q.Where("organizations.incubator_id = ? OR organizations.id IN "+
					"(SELECT organization_id FROM transition_requests WHERE status = ? AND incubator_id = ?)", f.IncubatorID, StatusApproved, f.IncubatorID)
			}
			if err := q.Group("stage").Scan(&stages).Error; err != nil {
				return err
			}
			for _, row := range stages {
				r.ByStage[row.Stage] = row.N
			}
			return nil
		},
		func() error { return s.incubationOutcomes(db, f, &r.Incubation) },
		func() (err error) { r.Stuck, err = stuckReport(db, f, now, 100); return err },
		func() (err error) {
			pq := f.orgFilter(pendingQuery(db))
			if f.IncubatorID != "" {
				pq = pq.Where("organizations.incubator_id = ? OR transition_requests.incubator_id = ?", f.IncubatorID, f.IncubatorID)
			}
			r.Pending, err = pendingReport(pq, now, 50)
			return err
		},
		func() error { return hatched().Count(&r.Survival.Hatched).Error },
		func() error {
			// EXISTS seeks each hatched organization's projects and roster by
			// its index, rather than reading every project and staff record.
			return hatched().Where("(EXISTS (SELECT 1 FROM projects p WHERE p.organization_id = organizations.id AND p.status IN ? AND p.end_on >= ?) "+
				"OR EXISTS (SELECT 1 FROM staff_members sm WHERE sm.organization_id = organizations.id AND (sm.left_on IS NULL OR sm.left_on >= ?)))",
				awardedStatuses, yearAgo, yearAgo).Count(&r.Survival.Alive).Error
		},
	)
	if err != nil {
		return r, err
	}
	if r.Survival.Hatched > 0 {
		share := float64(r.Survival.Alive) / float64(r.Survival.Hatched)
		r.Survival.Share = &share
	}
	return r, nil
}

// stuckReport counts the organizations f selects that have been incubating
// longer than StuckAfterDays at now, and lists the first limit of them,
// the longest incubating first.
func stuckReport(db *gorm.DB, f PipelineFilter, now time.Time, limit int) (StuckReport, error) {
	r := StuckReport{ThresholdDays: StuckAfterDays, Items: []StuckMember{}}
	stuck := func() *gorm.DB {
		q := f.orgFilter(db.Table("organizations").
			Where("organizations.stage = ? AND organizations.stage_since < ?", StageIncubating, now.Add(-StuckAfterDays*24*time.Hour)))
		if f.IncubatorID != "" {
			q = q.Where("organizations.incubator_id = ?", f.IncubatorID)
		}
		return q
	}
	err := together(
		func() error {
			return stuck().Joins("LEFT JOIN organizations inc ON inc.id = organizations.incubator_id").
				Select("organizations.id, organizations.name, organizations.incubator_id, inc.name AS incubator_name, organizations.stage_since").
				Order("organizations.stage_since").Limit(limit).Scan(&r.Items).Error
		},
		func() error { return stuck().Count(&r.Count).Error },
	)
	for i := range r.Items {
		r.Items[i].Days = daysBetween(r.Items[i].StageSince.Time, now)
	}
	return r, err
}

// pendingQuery selects the pending requests with their organizations'
// names; callers narrow it.
func pendingQuery(db *gorm.DB) *gorm.DB {
	return db.Table("transition_requests").
		Select("transition_requests.id, transition_requests.organization_id, organizations.name AS organization_name, " +
			"transition_requests.from_stage, transition_requests.to_stage, transition_requests.requested_at").
		Joins("JOIN organizations ON organizations.id = transition_requests.organization_id").
		Where("transition_requests.status = '" + StatusPending + "'") // the partial index of 0012
}

// pendingReport reads the requests q selects, oldest first, with their
// ages, median and oldest age, listing the first limit.
func pendingReport(q *gorm.DB, now time.Time, limit int) (PendingReport, error) {
	var out PendingReport
	var pending []PendingRequest
	if err := q.Order("transition_requests.requested_at").Scan(&pending).Error; err != nil {
		return out, err
	}
	ages := make([]float64, len(pending))
	for i := range pending {
		pending[i].AgeDays = daysBetween(pending[i].RequestedAt.Time, now)
		ages[i] = float64(pending[i].AgeDays)
	}
	out.Count = int64(len(pending))
	out.MedianAgeDays = median(ages)
	if len(pending) > 0 {
		oldest := pending[0].AgeDays
		out.OldestAgeDays = &oldest
	}
	out.Items = pending
	if len(pending) > limit {
		out.Items = pending[:limit]
	}
	if out.Items == nil {
		out.Items = []PendingRequest{}
	}
	return out, nil
}

// incubationOutcomes counts entries, graduations and ends per quarter and
// the median days from entering incubation to graduating.
func (s *Store) incubationOutcomes(db *gorm.DB, f PipelineFilter, out *IncubationOutcomes) error {
	out.From, out.To = f.From, f.To
	from, to := f.From.Time(), f.To.Time().Add(24*time.Hour)
	quarter := s.dialect.quarterOf("t.decided_at")
	kind := "CASE WHEN t.to_stage = 'incubating' THEN 'entered' WHEN t.to_stage = 'independent' THEN 'graduated' ELSE 'ended' END"
	base := func() *gorm.DB {
		q := db.Table("transition_requests t")
		if f.District != "" || f.Category != "" { // what orgFilter reads
			q = q.Joins("JOIN organizations ON organizations.id = t.organization_id")
		}
		q = q.Where("t.status = ? AND t.decided_at >= ? AND t.decided_at < ?", StatusApproved, from, to).
			Where("(t.to_stage = ? OR t.from_stage = ?)", StageIncubating, StageIncubating)
		if f.IncubatorID != "" {
			q = q.Where("t.incubator_id = ?", f.IncubatorID)
		}
		return f.orgFilter(q)
	}
	var rows []struct {
		Quarter string
		Kind    string
		N       int64
	}
	// The last entry into incubation before each graduation, found by a
	// join on the organization (its index) rather than a correlated MAX,
	// which planners answer by scanning every entry.
	var spans []struct {
		GraduatedAt Time
		EnteredAt   Time
	}
	// Both are read at once through the reader pool.
	err := together(
		func() error {
			return base().Select(quarter + " AS quarter, " + kind + " AS kind, COUNT(*) AS n").Group("quarter, kind").Scan(&rows).Error
		},
		func() error {
			return base().Select("t.id, t.decided_at AS graduated_at, MAX(e.decided_at) AS entered_at").
				Joins("JOIN transition_requests e ON e.organization_id = t.organization_id AND e.status = ? AND e.to_stage = ? AND e.decided_at <= t.decided_at",
					StatusApproved, StageIncubating).
				Where("t.from_stage = ? AND t.to_stage = ?", StageIncubating, StageIndependent).
				Group("t.id, t.decided_at").Scan(&spans).Error
		},
	)
	if err != nil {
		return err
	}
	byQ := map[string]*QuarterOutcome{}
	for _, row := range rows {
		q := byQ[row.Quarter]
		if q == nil {
			q = &QuarterOutcome{Quarter: row.Quarter}
			byQ[row.Quarter] = q
		}
		switch row.Kind {
		case "entered":
			q.Entered += row.N
			out.Entered += row.N
		case "graduated":
			q.Graduated += row.N
			out.Graduated += row.N
		default:
			q.Ended += row.N
			out.Ended += row.N
		}
	}
	out.ByQuarter = []QuarterOutcome{}
	for _, q := range byQ {
		out.ByQuarter = append(out.ByQuarter, *q)
	}
	sort.Slice(out.ByQuarter, func(i, j int) bool { return out.ByQuarter[i].Quarter < out.ByQuarter[j].Quarter })

	var days []float64
	for _, sp := range spans {
		days = append(days, float64(daysBetween(sp.EnteredAt.Time, sp.GraduatedAt.Time)))
	}
	out.MedianDaysToGraduate = median(days)
	return nil
}

func daysBetween(a, b time.Time) int64 { return int64(b.Sub(a) / (24 * time.Hour)) }

// median answers the middle value (the mean of the two middle ones for an
// even count), or nil for none.
func median(xs []float64) *float64 {
	if len(xs) == 0 {
		return nil
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return &m
}
