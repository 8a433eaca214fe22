package models

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"
)

// CoverageReport is SPEC 5.5 (shape in 6.1): per community, how much of
// what its residents asked for the projects answer, with a roll-up by
// district and the headline share of communities without an answer.
type CoverageReport struct {
	Communities []CommunityCoverage `json:"communities"`
	Districts   []DistrictCoverage  `json:"districts"`
	// A community has an answer when at least one of its needs is covered;
	// one with no survey has none.
	CommunitiesWithoutAnswer      int64    `json:"communities_without_answer"`
	CommunitiesWithoutSurvey      int64    `json:"communities_without_survey"`
	CommunitiesTotal              int64    `json:"communities_total"`
	CommunitiesWithoutAnswerShare *float64 `json:"communities_without_answer_share"`
	// StaleSurveys counts the communities whose latest survey is stale.
	StaleSurveys int64 `json:"stale_surveys"`
}

// CommunityCoverage is one community's row.
type CommunityCoverage struct {
	CommunityID    string   `json:"community_id"`
	CommunityName  string   `json:"community_name"`
	Street         string   `json:"street"`
	District       string   `json:"district"`
	Surveys        int64    `json:"surveys"`
	LatestSurveyOn *Date    `json:"latest_survey_on"`
	Stale          bool     `json:"stale"`
	Needs          int64    `json:"needs"`
	NeedsCovered   int64    `json:"needs_covered"`
	Coverage       *float64 `json:"coverage"`
	UncoveredHigh  int64    `json:"uncovered_high"`
	// Projects are those in a covering status whose service area holds
	// the community; the share is of those linked to one of its needs.
	Projects            int64    `json:"projects"`
	ProjectsLinked      int64    `json:"projects_linked"`
	ProjectsLinkedShare *float64 `json:"projects_linked_share"`
}

// DistrictCoverage rolls the communities of a district up.
type DistrictCoverage struct {
	District                 string   `json:"district"`
	Communities              int64    `json:"communities"`
	CommunitiesWithoutAnswer int64    `json:"communities_without_answer"`
	CommunitiesWithoutSurvey int64    `json:"communities_without_survey"`
	Needs                    int64    `json:"needs"`
	NeedsCovered             int64    `json:"needs_covered"`
	Coverage                 *float64 `json:"coverage"`
}

// The report's counts, each by community and run at once through the
// reader pool (none counts distinct values, which costs SQLite a sorted
// temporary table per count). %[1]s is the project's status, kept from
// its index on SQLite (which would otherwise seek the (id, status) index
// once per status for every project), and %[2]s narrows each count to the
// district asked for (see coverageIn).
const (
	// coverageNeeds: the needs, the high-priority ones, and those answered
	// by at least one covering project (of each).
	coverageNeeds = `
SELECT n.community_id, COUNT(*), SUM(CASE WHEN n.priority = 'high' THEN 1 ELSE 0 END),
	SUM(CASE WHEN c.need_id IS NOT NULL THEN 1 ELSE 0 END),
	SUM(CASE WHEN c.need_id IS NOT NULL AND n.priority = 'high' THEN 1 ELSE 0 END)
FROM needs n LEFT JOIN (
	SELECT DISTINCT pn.need_id FROM project_needs pn JOIN projects p ON p.id = pn.project_id
	WHERE %[1]s IN ?
) c ON c.need_id = n.id
WHERE 1 = 1%[2]s
GROUP BY n.community_id`
	// coverageProjects: the covering projects serving each community, and
	// those of them linked to one of its needs.
	coverageProjects = `
SELECT pc.community_id, COUNT(*),
	SUM(CASE WHEN (pc.project_id, pc.community_id) IN (
		SELECT pn.project_id, n.community_id FROM project_needs pn JOIN needs n ON n.id = pn.need_id
	) THEN 1 ELSE 0 END)
FROM project_communities pc JOIN projects p ON p.id = pc.project_id
WHERE %[1]s IN ?%[2]s
GROUP BY pc.community_id`
	// coverageSurveys: the surveys and the latest one's date.
	coverageSurveys = `
SELECT community_id, COUNT(*), MAX(conducted_on) FROM demand_surveys WHERE 1 = 1%s GROUP BY community_id`
)

// coverageIn answers the condition keeping col to the communities of
// district (none for the whole city), and its arguments.
func coverageIn(col, district string) (string, []any) {
	if district == "" {
		return "", nil
	}
	return " AND " + col + " IN (SELECT id FROM communities WHERE district = ?)", []any{district}
}

// coverageCounts are one community's counts.
type coverageCounts struct {
	surveys                  int64
	latest                   *Date
	needs, high              int64
	covered, coveredHigh     int64
	projects, projectsLinked int64
}

// DemandCoverage answers SPEC 5.5 for the whole city or one district. Its
// readers (admins, reviewers, funders) see every community: the report
// holds counts, not what residents said.
func (s *Store) DemandCoverage(ctx context.Context, district string) (CoverageReport, error) {
	r := CoverageReport{Communities: []CommunityCoverage{}, Districts: []DistrictCoverage{}}
	db := s.read.WithContext(ctx)
	var (
		comms                    []CommunityCoverage
		needs, projects, surveys = map[string]*coverageCounts{}, map[string]*coverageCounts{}, map[string]*coverageCounts{}
	)
	err := together(
		func() error {
			q := db.Table("communities c").Select("c.id, c.name, c.street, c.district").Order("c.district, c.street, c.name, c.id")
			if district != "" {
				q = q.Where("c.district = ?", district)
			}
			rows, err := q.Rows()
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var c CommunityCoverage
				if err := rows.Scan(&c.CommunityID, &c.CommunityName, &c.Street, &c.District); err != nil {
					return err
				}
				comms = append(comms, c)
			}
			return rows.Err()
		},
		func() error {
			cond, args := coverageIn("n.community_id", district)
			return coverageRows(db, needs, fmt.Sprintf(coverageNeeds, s.dialect.unindexed("p.status"), cond), append([]any{CoveringStatuses}, args...),
				func(c *coverageCounts) []any { return []any{&c.needs, &c.high, &c.covered, &c.coveredHigh} })
		},
		func() error {
			cond, args := coverageIn("pc.community_id", district)
			return coverageRows(db, projects, fmt.Sprintf(coverageProjects, s.dialect.unindexed("p.status"), cond), append([]any{CoveringStatuses}, args...),
				func(c *coverageCounts) []any { return []any{&c.projects, &c.projectsLinked} })
		},
		func() error {
			cond, args := coverageIn("community_id", district)
			return coverageRows(db, surveys, fmt.Sprintf(coverageSurveys, cond), args,
				func(c *coverageCounts) []any { return []any{&c.surveys, &c.latest} })
		},
	)
	if err != nil {
		return r, err
	}
	today := s.today()
	var none coverageCounts
	for _, c := range comms {
		n, p, v := cmp.Or(needs[c.CommunityID], &none), cmp.Or(projects[c.CommunityID], &none), cmp.Or(surveys[c.CommunityID], &none)
		c.Surveys, c.Needs, c.NeedsCovered, c.UncoveredHigh = v.surveys, n.needs, n.covered, n.high-n.coveredHigh
		c.Projects, c.ProjectsLinked = p.projects, p.projectsLinked
		if v.latest != nil && *v.latest != "" {
			c.LatestSurveyOn, c.Stale = v.latest, staleSince(*v.latest, today)
		}
		c.Coverage, c.ProjectsLinkedShare = share(c.NeedsCovered, c.Needs), share(c.ProjectsLinked, c.Projects)
		r.Communities = append(r.Communities, c)
	}
	r.rollUp()
	return r, nil
}

// coverageHeadline counts the communities and those with at least one need
// a covering project answers: the report's headline without its rows (a
// community whose needs none answers, or with none, has no answer), for
// the bureau's home.
func (s *Store) coverageHeadline(ctx context.Context) (total, answered int64, err error) {
	db := s.read.WithContext(ctx)
	err = together(
		func() error { return db.Table("communities").Count(&total).Error },
		func() error {
			return db.Raw("SELECT COUNT(DISTINCT n.community_id) FROM needs n WHERE n.id IN "+
				"(SELECT pn.need_id FROM project_needs pn JOIN projects p ON p.id = pn.project_id WHERE p.status IN ?)", CoveringStatuses).
				Scan(&answered).Error
		},
	)
	return total, answered, err
}

// coverageRows runs sql, whose rows are a community id and then the
// columns into answers to scan into, into counts by community.
func coverageRows(db *gorm.DB, counts map[string]*coverageCounts, sql string, args []any, into func(*coverageCounts) []any) error {
	rows, err := db.Raw(sql, args...).Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		c := &coverageCounts{}
		if err := rows.Scan(append([]any{&id}, into(c)...)...); err != nil {
			return err
		}
		counts[id] = c
	}
	return rows.Err()
}

// rollUp fills the districts and the headline from the community rows.
func (r *CoverageReport) rollUp() {
	by := map[string]*DistrictCoverage{}
	for _, c := range r.Communities {
		d := by[c.District]
		if d == nil {
			d = &DistrictCoverage{District: c.District}
			by[c.District] = d
		}
		d.Communities++
		d.Needs += c.Needs
		d.NeedsCovered += c.NeedsCovered
		if c.NeedsCovered == 0 {
			d.CommunitiesWithoutAnswer++
		}
		if c.Surveys == 0 {
			d.CommunitiesWithoutSurvey++
		}
		if c.Stale {
			r.StaleSurveys++
		}
	}
	for _, d := range by {
		d.Coverage = share(d.NeedsCovered, d.Needs)
		r.Districts = append(r.Districts, *d)
		r.CommunitiesTotal += d.Communities
		r.CommunitiesWithoutAnswer += d.CommunitiesWithoutAnswer
		r.CommunitiesWithoutSurvey += d.CommunitiesWithoutSurvey
	}
	slices.SortFunc(r.Districts, func(x, y DistrictCoverage) int { return strings.Compare(x.District, y.District) })
	r.CommunitiesWithoutAnswerShare = share(r.CommunitiesWithoutAnswer, r.CommunitiesTotal)
}

// share is part/whole, or nil when whole is zero.
func share(part, whole int64) *float64 {
	if whole == 0 {
		return nil
	}
	v := float64(part) / float64(whole)
	return &v
}
