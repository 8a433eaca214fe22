package models

import (
	"context"
	"fmt"
	"slices"
	"strings"
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

// coverageSQL is the report's one aggregate pass. cpn is the links of
// covering projects to their needs (computed once), from which covered needs
// and linked projects are counted; nd, sv and pr count needs, surveys and
// covering projects by community; each is joined once to the communities.
// Each %[1]s, %[2]s, ... narrows its table to the district asked for (see
// coverageQuery). Wrapping the status in COALESCE keeps SQLite from seeking
// the (id, status) index once per status for every project it looks up.
const coverageSQL = `
WITH cpn AS MATERIALIZED (
	SELECT pn.project_id, pn.need_id, n.community_id, n.priority
	FROM project_needs pn JOIN projects p ON p.id = pn.project_id JOIN needs n ON n.id = pn.need_id
	WHERE COALESCE(p.status, '') IN ?%[1]s
), covered AS (
	SELECT community_id, COUNT(DISTINCT need_id) AS needs_covered,
		COUNT(DISTINCT CASE WHEN priority = 'high' THEN need_id END) AS covered_high
	FROM cpn GROUP BY community_id
), linked AS (
	SELECT cpn.community_id, COUNT(DISTINCT cpn.project_id) AS projects_linked
	FROM cpn JOIN project_communities pc ON pc.project_id = cpn.project_id AND pc.community_id = cpn.community_id
	GROUP BY cpn.community_id
), nd AS (
	SELECT community_id, COUNT(*) AS needs, SUM(CASE WHEN priority = 'high' THEN 1 ELSE 0 END) AS high
	FROM needs WHERE 1 = 1%[2]s GROUP BY community_id
), sv AS (
	SELECT community_id, COUNT(*) AS surveys, MAX(conducted_on) AS latest
	FROM demand_surveys WHERE 1 = 1%[3]s GROUP BY community_id
), pr AS (
	SELECT pc.community_id, COUNT(*) AS projects
	FROM project_communities pc JOIN projects p ON p.id = pc.project_id
	WHERE COALESCE(p.status, '') IN ?%[4]s GROUP BY pc.community_id
)
SELECT c.id, c.name, c.street, c.district,
	COALESCE(sv.surveys, 0), sv.latest, COALESCE(nd.needs, 0), COALESCE(covered.needs_covered, 0),
	COALESCE(nd.high, 0) - COALESCE(covered.covered_high, 0), COALESCE(pr.projects, 0), COALESCE(linked.projects_linked, 0)
FROM communities c
LEFT JOIN sv ON sv.community_id = c.id
LEFT JOIN nd ON nd.community_id = c.id
LEFT JOIN covered ON covered.community_id = c.id
LEFT JOIN linked ON linked.community_id = c.id
LEFT JOIN pr ON pr.community_id = c.id
WHERE 1 = 1%[5]s
ORDER BY c.district, c.street, c.name, c.id`

// coverageQuery answers the report's SQL and arguments for the whole city
// or, narrowing every table before it is counted, for one district.
func coverageQuery(district string) (string, []any) {
	statuses := CoveringStatuses
	if district == "" {
		return fmt.Sprintf(coverageSQL, "", "", "", "", ""), []any{statuses, statuses}
	}
	in := func(col string) string { return " AND " + col + " IN (SELECT id FROM communities WHERE district = ?)" }
	q := fmt.Sprintf(coverageSQL, in("n.community_id"), in("community_id"), in("community_id"), in("pc.community_id"), " AND c.district = ?")
	return q, []any{statuses, district, district, district, statuses, district, district}
}

// DemandCoverage answers SPEC 5.5 for the whole city or one district. Its
// readers (admins, reviewers, funders) see every community: the report
// holds counts, not what residents said.
func (s *Store) DemandCoverage(ctx context.Context, district string) (CoverageReport, error) {
	r := CoverageReport{Communities: []CommunityCoverage{}, Districts: []DistrictCoverage{}}
	q, args := coverageQuery(district)
	rows, err := s.read.WithContext(ctx).Raw(q, args...).Rows()
	if err != nil {
		return r, err
	}
	defer rows.Close()
	today := s.today()
	for rows.Next() {
		var c CommunityCoverage
		var latest *Date
		if err := rows.Scan(&c.CommunityID, &c.CommunityName, &c.Street, &c.District, &c.Surveys, &latest,
			&c.Needs, &c.NeedsCovered, &c.UncoveredHigh, &c.Projects, &c.ProjectsLinked); err != nil {
			return r, err
		}
		if latest != nil && *latest != "" {
			c.LatestSurveyOn, c.Stale = latest, staleSince(*latest, today)
		}
		c.Coverage, c.ProjectsLinkedShare = share(c.NeedsCovered, c.Needs), share(c.ProjectsLinked, c.Projects)
		r.Communities = append(r.Communities, c)
	}
	if err := rows.Err(); err != nil {
		return r, err
	}
	r.rollUp()
	return r, nil
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
