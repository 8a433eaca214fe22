package seeds

import (
	"testing"
	"time"

	"hatchery/models"
)

// TestDemoSurveys seeds the demo and checks what its surveys must show:
// the paper's finding (about nine in ten communities without a project
// answering a surveyed need), mentions within respondents, links only
// inside the linked project's service area, and some stale surveys.
func TestDemoSurveys(t *testing.T) {
	t.Parallel()
	db := seedDemo(t)
	count := func(query string, args ...any) int {
		t.Helper()
		var n int
		if err := db.QueryRow(query, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		return n
	}
	total := count(`SELECT COUNT(*) FROM communities`)
	answered := count(`SELECT COUNT(DISTINCT n.community_id) FROM project_needs pn
		JOIN needs n ON n.id = pn.need_id JOIN projects p ON p.id = pn.project_id
		WHERE p.status IN ('contracted', 'active', 'completed')`)
	if share := float64(total-answered) / float64(total); share < 0.85 || share > 0.95 {
		t.Errorf("%d of %d communities without an answer (%.2f), want 0.85 to 0.95", total-answered, total, share)
	}
	if n := count(`SELECT COUNT(DISTINCT community_id) FROM demand_surveys`); n < total*3/4 || n == total {
		t.Errorf("%d of %d communities surveyed, want most but not all", n, total)
	}
	if n := count(`SELECT COUNT(*) FROM needs n JOIN demand_surveys s ON s.id = n.survey_id WHERE n.mentions > s.respondents`); n > 0 {
		t.Errorf("%d needs mentioned by more residents than responded", n)
	}
	if n := count(`SELECT COUNT(*) FROM demand_surveys s WHERE (SELECT COUNT(*) FROM needs WHERE survey_id = s.id) NOT BETWEEN 3 AND 9`); n > 0 {
		t.Errorf("%d surveys with fewer than 3 or more than 9 needs", n)
	}
	if n := count(`SELECT COUNT(*) FROM project_needs pn JOIN needs n ON n.id = pn.need_id
		WHERE NOT EXISTS (SELECT 1 FROM project_communities pc WHERE pc.project_id = pn.project_id AND pc.community_id = n.community_id)`); n > 0 {
		t.Errorf("%d links to needs outside the project's service area", n)
	}
	if n := count(`SELECT COUNT(*) FROM project_needs pn JOIN projects p ON p.id = pn.project_id WHERE p.status IN ('draft', 'terminated')`); n == 0 {
		t.Error("no link from a draft or terminated project")
	}
	today := time.Now().UTC()
	staleBefore := today.AddDate(0, 0, -models.StaleSurveyDays).Format(time.DateOnly)
	stale := count(`SELECT COUNT(*) FROM (SELECT community_id FROM demand_surveys GROUP BY community_id HAVING MAX(conducted_on) < ?)`, staleBefore)
	if stale == 0 || stale > total/2 {
		t.Errorf("%d communities whose latest survey is stale, want some", stale)
	}
	if n := count(`SELECT COUNT(*) FROM demand_surveys WHERE conducted_on > ?`, today.Format(time.DateOnly)); n > 0 {
		t.Errorf("%d surveys in the future", n)
	}
	if n := count(`SELECT COUNT(DISTINCT method) FROM demand_surveys`); n != len(models.SurveyMethods) {
		t.Errorf("%d survey methods used, want all %d", n, len(models.SurveyMethods))
	}
	if n := count(`SELECT COUNT(*) FROM demand_surveys WHERE conducted_by_org_id IS NULL`); n == 0 {
		t.Error("no survey by a street office")
	}
	if n := count(`SELECT COUNT(*) FROM demand_surveys s WHERE EXISTS (SELECT 1 FROM projects p
		JOIN project_communities pc ON pc.project_id = p.id
		WHERE p.organization_id = s.conducted_by_org_id AND pc.community_id = s.community_id AND p.start_on > s.conducted_on)`); n == 0 {
		t.Error("no survey by an organization that later ran a project there")
	}
}
