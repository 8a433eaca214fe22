package models

import (
	"context"
	"fmt"
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
	set, err := graduationSettings(db)
	if err != nil {
		return Readiness{}, err
	}
	crit := set.GraduationCriteria
	now := s.Now()
	r := Readiness{OrganizationID: o.ID, Stage: o.Stage, Settings: crit, ComputedAt: NewTime(now)}

	var days int64
	why := "not incubating"
	if o.Stage == StageIncubating {
		days = int64(now.Sub(o.StageSince.Time) / (24 * time.Hour))
		why = fmt.Sprintf("%d days incubating since %s; %d required", days, o.StageSince.Format(DateLayout), crit.MinDaysIncubating)
	}
	r.Criteria = append(r.Criteria, Criterion{Key: "days_incubating", Met: o.Stage == StageIncubating && days >= int64(crit.MinDaysIncubating),
		Figure: days, Required: int64(crit.MinDaysIncubating), Why: why})

	if len(crit.RequiredMilestones) > 0 {
		var rows []struct {
			Type string
			N    int64
		}
		if err := db.Table("milestones").Select("type, COUNT(*) AS n").
			Where("organization_id = ? AND type IN ?", o.ID, crit.RequiredMilestones).Group("type").Scan(&rows).Error; err != nil {
			return r, err
		}
		got := map[string]int64{}
		for _, row := range rows {
			got[row.Type] = row.N
		}
		for _, m := range crit.RequiredMilestones {
			w := "milestone " + m + " not logged"
			if got[m] > 0 {
				w = fmt.Sprintf("milestone %s logged %d time(s)", m, got[m])
			}
			r.Criteria = append(r.Criteria, Criterion{Key: "milestone:" + m, Met: got[m] > 0, Figure: got[m], Required: 1, Why: w})
		}
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

	// Active paid staff: on the roster today and not volunteers.
	staff, projects := int64(0), int64(0)
	if err := db.Table("staff_members").Where("organization_id = ? AND left_on IS NULL AND employment_type <> ?", o.ID, "volunteer").
		Count(&staff).Error; err != nil {
		return r, err
	}
	if err := db.Table("projects").Where("organization_id = ? AND status IN ?", o.ID, awardedStatuses).Count(&projects).Error; err != nil {
		return r, err
	}
	if crit.MinActiveStaff > 0 {
		r.Criteria = append(r.Criteria, Criterion{Key: "active_staff", Met: staff >= int64(crit.MinActiveStaff), Figure: staff,
			Required: int64(crit.MinActiveStaff), Why: fmt.Sprintf("%d active non-volunteer staff recorded; %d required", staff, crit.MinActiveStaff)})
	}
	if crit.MinProjects > 0 {
		r.Criteria = append(r.Criteria, Criterion{Key: "projects", Met: projects >= int64(crit.MinProjects), Figure: projects,
			Required: int64(crit.MinProjects), Why: fmt.Sprintf("%d contracted, active or completed projects as contractor; %d required", projects, crit.MinProjects)})
	}
	r.Ready = len(r.Unmet()) == 0
	return r, nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
