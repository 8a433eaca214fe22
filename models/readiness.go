package models

import (
	"context"
	"fmt"
	"slices"
	"time"

	"gorm.io/gorm"
)

// Criterion is one line of the readiness checklist: whether it is met, the
// figure behind it, what is required, and why in words.
type Criterion struct {
	Key      string `json:"key"`
	Met      bool   `json:"met"`
	Figure   int64  `json:"figure"`
	Required int64  `json:"required"`
	Why      string `json:"why"`
}

// Readiness is an organization's graduation checklist, computed on request
// and never stored by hand (SPEC 3).
type Readiness struct {
	OrganizationID string             `json:"organization_id"`
	Stage          Stage              `json:"stage"`
	Ready          bool               `json:"ready"`
	Criteria       []Criterion        `json:"criteria"`
	Settings       GraduationCriteria `json:"settings"`
	ComputedAt     Time               `json:"computed_at"`
}

// Unmet lists the keys of the criteria not met.
func (r Readiness) Unmet() []string {
	var out []string
	for _, c := range r.Criteria {
		if !c.Met {
			out = append(out, c.Key)
		}
	}
	return out
}

// Readiness answers the checklist of an organization a may see.
func (s *Store) Readiness(ctx context.Context, a Actor, orgID string) (Readiness, error) {
	db := s.read.WithContext(ctx)
	o, err := visibleOrganization(db, a, orgID)
	if err != nil {
		return Readiness{}, err
	}
	return s.readiness(db, o)
}

// readiness computes the checklist with a fixed number of queries.
func (s *Store) readiness(db *gorm.DB, o Organization) (Readiness, error) {
	rs, err := s.readinessOf(db, []Organization{o})
	if err != nil {
		return Readiness{}, err
	}
	return rs[0], nil
}

// readinessFacts are the counts the checklist reads for one organization.
type readinessFacts struct {
	milestones      map[string]int64
	staff, projects int64
}

// readinessOf computes the checklists of orgs with a fixed number of
// grouped queries, however many organizations there are.
func (s *Store) readinessOf(db *gorm.DB, orgs []Organization) ([]Readiness, error) {
	set, err := graduationSettings(db)
	if err != nil {
		return nil, err
	}
	crit := set.GraduationCriteria
	facts := make(map[string]*readinessFacts, len(orgs))
	ids := make([]string, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
		facts[o.ID] = &readinessFacts{milestones: map[string]int64{}}
	}
	for chunk := range slices.Chunk(ids, 500) {
		if len(crit.RequiredMilestones) > 0 {
			var rows []struct {
				OrganizationID string
				Type           string
				N              int64
			}
			if err := db.Table("milestones").Select("organization_id, type, COUNT(*) AS n").
				Where("organization_id IN ? AND type IN ?", chunk, crit.RequiredMilestones).Group("organization_id, type").Scan(&rows).Error; err != nil {
				return nil, err
			}
			for _, row := range rows {
				facts[row.OrganizationID].milestones[row.Type] = row.N
			}
		}
		// Active paid staff: on the roster today and not volunteers.
		var counts []struct {
			OrganizationID string
			N              int64
		}
		if err := db.Table("staff_members").Select("organization_id, COUNT(*) AS n").
			Where("organization_id IN ? AND left_on IS NULL AND employment_type <> ?", chunk, "volunteer").
			Group("organization_id").Scan(&counts).Error; err != nil {
			return nil, err
		}
		for _, c := range counts {
			facts[c.OrganizationID].staff = c.N
		}
		counts = nil
		if err := db.Table("projects").Select("organization_id, COUNT(*) AS n").
			Where("organization_id IN ? AND status IN ?", chunk, awardedStatuses).Group("organization_id").Scan(&counts).Error; err != nil {
			return nil, err
		}
		for _, c := range counts {
			facts[c.OrganizationID].projects = c.N
		}
	}
	now := s.Now()
	out := make([]Readiness, len(orgs))
	for i, o := range orgs {
		out[i] = checklist(o, crit, *facts[o.ID], now)
	}
	return out, nil
}

// checklist judges one organization's facts against the criteria.
func checklist(o Organization, crit GraduationCriteria, f readinessFacts, now time.Time) Readiness {
	r := Readiness{OrganizationID: o.ID, Stage: o.Stage, Settings: crit, ComputedAt: NewTime(now)}

	var days int64
	why := "not incubating"
	if o.Stage == StageIncubating {
		days = int64(now.Sub(o.StageSince.Time) / (24 * time.Hour))
		why = fmt.Sprintf("%d days incubating since %s; %d required", days, o.StageSince.Format(DateLayout), crit.MinDaysIncubating)
	}
	r.Criteria = append(r.Criteria, Criterion{Key: "days_incubating", Met: o.Stage == StageIncubating && days >= int64(crit.MinDaysIncubating),
		Figure: days, Required: int64(crit.MinDaysIncubating), Why: why})

	for _, m := range crit.RequiredMilestones {
		got := f.milestones[m]
		w := "milestone " + m + " not logged"
		if got > 0 {
			w = fmt.Sprintf("milestone %s logged %d time(s)", m, got)
		}
		r.Criteria = append(r.Criteria, Criterion{Key: "milestone:" + m, Met: got > 0, Figure: got, Required: 1, Why: w})
	}

	if crit.RequireRegistered {
		registered := o.CreditCode != nil || o.RegistrationType == "community_filed"
		w := "has no unified social credit code and is not community-filed"
		if o.CreditCode != nil {
			w = "registered with credit code " + *o.CreditCode
		} else if registered {
			w = "filed with the community (社区备案)"
		}
		r.Criteria = append(r.Criteria, Criterion{Key: "registered", Met: registered, Figure: b2i(registered), Required: 1, Why: w})
	}

	if crit.MinActiveStaff > 0 {
		r.Criteria = append(r.Criteria, Criterion{Key: "active_staff", Met: f.staff >= int64(crit.MinActiveStaff), Figure: f.staff,
			Required: int64(crit.MinActiveStaff), Why: fmt.Sprintf("%d active non-volunteer staff recorded; %d required", f.staff, crit.MinActiveStaff)})
	}
	if crit.MinProjects > 0 {
		r.Criteria = append(r.Criteria, Criterion{Key: "projects", Met: f.projects >= int64(crit.MinProjects), Figure: f.projects,
			Required: int64(crit.MinProjects), Why: fmt.Sprintf("%d contracted, active or completed projects as contractor; %d required", f.projects, crit.MinProjects)})
	}
	r.Ready = len(r.Unmet()) == 0
	return r
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
