package models

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"gorm.io/gorm"
)

// TransitionFilter narrows the review queue.
type TransitionFilter struct {
	Status         string
	ToStage        string
	OrganizationID string
	IncubatorID    string
	District       string
	// Sort is "oldest" or "newest"; empty means oldest first for the pending
	// queue (the longest waiting is decided first) and newest otherwise.
	Sort string
	Page
}

func (s *Store) transitionViewQuery(db *gorm.DB, a Actor) *gorm.DB {
	q := db.Table("transition_requests").
		Select("transition_requests.*, organizations.name AS organization_name, inc.name AS incubator_name, " +
			"req.display_name AS requested_by_name, dec.display_name AS decided_by_name").
		Joins("JOIN organizations ON organizations.id = transition_requests.organization_id").
		Joins("LEFT JOIN organizations inc ON inc.id = transition_requests.incubator_id").
		Joins("JOIN users req ON req.id = transition_requests.requested_by").
		Joins("LEFT JOIN users dec ON dec.id = transition_requests.decided_by")
	return orgScope(q, a)
}

// Transition list orders.
const (
	SortOldest = "oldest"
	SortNewest = "newest"
)

// TransitionSorts lists the orders of the transition list.
var TransitionSorts = []string{SortOldest, SortNewest}

// ListTransitions answers requests on the organizations a may see in the
// order f asks (ids are UUIDv7, so id order is the order of requesting),
// each with its age in days, whether a may decide it, and for a pending
// graduation how many criteria the organization meets now.
func (s *Store) ListTransitions(ctx context.Context, a Actor, f TransitionFilter) (List[TransitionView], error) {
	q := s.transitionViewQuery(s.read.WithContext(ctx), a)
	// The pending queue names its status in the SQL itself: only then may
	// the planner read the small partial index of pending requests (0012)
	// instead of every request ever made.
	if f.Status == StatusPending {
		q = q.Where("transition_requests.status = '" + StatusPending + "'")
	} else if f.Status != "" {
		q = q.Where("transition_requests.status = ?", f.Status)
	}
	for col, v := range map[string]string{
		"transition_requests.to_stage":        f.ToStage,
		"transition_requests.organization_id": f.OrganizationID, "transition_requests.incubator_id": f.IncubatorID,
	} {
		if v != "" {
			q = q.Where(col+" = ?", v)
		}
	}
	if f.District != "" {
		q = q.Where("organizations.community_id IN (SELECT id FROM communities WHERE district = ?)", f.District)
	}
	asc := f.Sort == SortOldest || (f.Sort == "" && f.Status == StatusPending)
	now := s.Now()
	complete := func(rows []TransitionView) error {
		for i := range rows {
			t := &rows[i]
			t.Readiness = rawOrNull(t.ReadinessJSON)
			t.CanDecide = t.Status == StatusPending && (a.Role == RoleReviewer || a.Role == RoleAdmin) && t.RequestedBy != a.UserID
			end := now
			if t.DecidedAt != nil {
				end = t.DecidedAt.Time
			}
			t.AgeDays = int64(end.Sub(t.RequestedAt.Time) / (24 * time.Hour))
		}
		return s.graduationCounts(s.read.WithContext(ctx), rows)
	}
	out, err := listPageOrdered(q, q, finishRows(f.Page, complete), "transition_requests.id", asc, func(t TransitionView) string { return t.ID })
	if err != nil {
		return out, err
	}
	return out, complete(out.Items)
}

// graduationCounts sets how many readiness criteria each pending
// graduation's organization meets now, reading the checklists of the page
// at once; a decided one keeps the counts of the snapshot taken at its
// decision. The rows were read through orgScope, so a may see them all.
func (s *Store) graduationCounts(db *gorm.DB, rows []TransitionView) error {
	var ids []string
	for _, t := range rows {
		if IsGraduation(t.FromStage, t.ToStage) && t.Status == StatusPending {
			ids = append(ids, t.OrganizationID)
		}
	}
	now := map[string]Readiness{}
	for chunk := range slices.Chunk(ids, 500) {
		var orgs []Organization
		if err := db.Table("organizations").Where("id IN ?", chunk).Find(&orgs).Error; err != nil {
			return err
		}
		rs, err := s.readinessOf(db, orgs)
		if err != nil {
			return err
		}
		for _, r := range rs {
			now[r.OrganizationID] = r
		}
	}
	for i := range rows {
		t := &rows[i]
		if !IsGraduation(t.FromStage, t.ToStage) {
			continue
		}
		var r Readiness
		if t.Status == StatusPending {
			var ok bool
			if r, ok = now[t.OrganizationID]; !ok {
				continue
			}
		} else if t.ReadinessJSON == nil || json.Unmarshal([]byte(*t.ReadinessJSON), &r) != nil {
			continue
		}
		met := int64(len(r.Criteria) - len(r.Unmet()))
		total := int64(len(r.Criteria))
		t.CriteriaMet, t.CriteriaTotal = &met, &total
	}
	return nil
}

// OrganizationTransitions answers the request history of one organization.
func (s *Store) OrganizationTransitions(ctx context.Context, a Actor, orgID string, p Page) (List[TransitionView], error) {
	if _, err := visibleOrganization(s.read.WithContext(ctx), a, orgID); err != nil {
		return List[TransitionView]{}, err
	}
	return s.ListTransitions(ctx, a, TransitionFilter{OrganizationID: orgID, Page: p})
}

// StagePeriod is a span an organization spent in one stage.
type StagePeriod struct {
	Stage Stage  `json:"stage"`
	From  Time   `json:"from"`
	To    *Time  `json:"to"`
	Days  int64  `json:"days"`
	Via   string `json:"via,omitempty"` // the approved request that began it
}

// StageTimeline answers the time in each stage, from the approved requests
// (SPEC 3). The first period starts when the organization was recorded.
func (s *Store) StageTimeline(ctx context.Context, a Actor, orgID string) ([]StagePeriod, error) {
	db := s.read.WithContext(ctx)
	o, err := visibleOrganization(db, a, orgID)
	if err != nil {
		return nil, err
	}
	var moves []TransitionRequest
	if err := db.Table("transition_requests").Where("organization_id = ? AND status = ?", orgID, StatusApproved).
		Order("decided_at").Find(&moves).Error; err != nil {
		return nil, err
	}
	now := s.Now()
	first := o.CreatedAt
	stage := o.Stage
	if len(moves) > 0 {
		stage = moves[0].FromStage
		if moves[0].DecidedAt != nil && moves[0].DecidedAt.Before(first.Time) {
			first = *moves[0].DecidedAt
		}
	} else {
		first = o.StageSince
	}
	periods := []StagePeriod{{Stage: stage, From: first}}
	for _, m := range moves {
		at := *m.DecidedAt
		periods[len(periods)-1].To = &at
		periods = append(periods, StagePeriod{Stage: m.ToStage, From: at, Via: m.ID})
	}
	for i := range periods {
		end := now
		if periods[i].To != nil {
			end = periods[i].To.Time
		}
		periods[i].Days = int64(end.Sub(periods[i].From.Time) / (24 * time.Hour))
	}
	return periods, nil
}
