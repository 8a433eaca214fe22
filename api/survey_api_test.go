package api

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestSurveyAPI records a survey, links a project to its needs, corrects it
// and reads the coverage report over HTTP, validating every answer against
// the OpenAPI document.
func TestSurveyAPI(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, withClock(staffNow))
		c := newOpenAPIChecker(t, ts)
		orgStaff, funder, reviewer := models.RoleOrgStaff, models.RoleFunder, models.RoleReviewer
		get := func(path string, as models.Role) request { return request{method: http.MethodGet, path: path, as: as} }
		com := ts.Fix.Community

		// The organization's staff record a survey; it defaults to them.
		w := c.check(request{method: http.MethodPost, path: "/api/v1/surveys", as: orgStaff, body: map[string]any{
			"community_id": com.ID, "title": "谈固东社区2025年居民需求调研", "method": "deliberation_meeting", "conducted_on": "2025-11-20",
			"respondents": 60, "needs": []map[string]any{
				{"category": "elderly_care", "title": "老年助餐", "description": "独居老人午餐", "mentions": 41, "priority": "high"},
				{"category": "safety", "title": "楼道照明", "mentions": 18, "priority": "medium"},
			}}}, http.StatusCreated, requestValid)
		v := decode[models.DemandSurvey](t, w)
		if v.ConductedByOrgID == nil || *v.ConductedByOrgID != ts.Fix.Org.ID || v.CommunityName != com.Name || v.District != com.District ||
			v.NeedsCount != 2 || v.NeedsCovered != 0 || v.Stale || len(v.Needs) != 2 || v.Needs[0].Title != "老年助餐" || v.Needs[0].Covered {
			t.Fatalf("recorded %s", w.Body.String())
		}
		c.check(get("/api/v1/surveys?method=deliberation_meeting&district="+url.QueryEscape(com.District), reviewer), http.StatusOK, requestValid)
		c.check(get("/api/v1/surveys/"+v.ID, funder), http.StatusNotFound, requestValid) // no project of the funder serves it yet

		// A contracted project of the funder serving the community brings it
		// into the funder's scope; the funder links it to the first need.
		p := ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectContracted)
		c.check(get("/api/v1/surveys/"+v.ID, funder), http.StatusOK, requestValid)
		w = c.check(get("/api/v1/needs?project_id="+p.ID+"&uncovered=true", funder), http.StatusOK, requestValid)
		if l := decode[models.List[models.Need]](t, w); l.Total != 2 {
			t.Errorf("the picker offers %s", w.Body.String())
		}
		link := "/api/v1/projects/" + p.ID + "/needs"
		w = c.check(request{method: http.MethodPost, path: link, as: funder, body: map[string]any{"need_id": v.Needs[0].ID, "note": "助餐点"}},
			http.StatusCreated, requestValid)
		if l := decode[models.ProjectNeed](t, w); l.ProjectID != p.ID || l.NeedID != v.Needs[0].ID || w.Header().Get("Location") != link+"/"+v.Needs[0].ID {
			t.Errorf("linked %s", w.Body.String())
		}
		c.check(request{method: http.MethodPost, path: link, as: orgStaff, body: map[string]any{"need_id": v.Needs[0].ID}}, http.StatusConflict, requestValid)
		w = c.check(get(link, orgStaff), http.StatusOK, requestValid)
		if l := decode[models.List[models.Need]](t, w); l.Total != 1 || !l.Items[0].Covered || l.Items[0].Projects[0].Code != p.Code {
			t.Errorf("the project's needs %s", w.Body.String())
		}
		w = c.check(get("/api/v1/needs?community_id="+com.ID+"&priority=high&category=elderly_care&survey_id="+v.ID, reviewer), http.StatusOK, requestValid)
		if l := decode[models.List[models.Need]](t, w); l.Total != 1 || !l.Items[0].Covered || l.Items[0].SurveyConductedOn != "2025-11-20" {
			t.Errorf("needs %s", w.Body.String())
		}

		// The report: one community with a survey and an answer.
		w = c.check(get("/api/v1/reports/demand-coverage?district="+url.QueryEscape(com.District), funder), http.StatusOK, requestValid)
		r := decode[models.CoverageReport](t, w)
		if len(r.Communities) != 1 || r.Communities[0].NeedsCovered != 1 || r.Communities[0].Projects != 1 || r.Communities[0].ProjectsLinked != 1 ||
			r.CommunitiesWithoutAnswer != 0 || r.CommunitiesWithoutAnswerShare == nil || *r.CommunitiesWithoutAnswerShare != 0 {
			t.Errorf("report %s", w.Body.String())
		}
		c.check(get("/api/v1/reports/demand-coverage", orgStaff), http.StatusForbidden, requestValid)

		// One page of the whole city's communities, the most needs first; the
		// headline still counts them all, and an export holds them all.
		c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: models.RoleAdmin, body: map[string]any{
			"name": "维明社区", "street": "维明街道", "district": "桥西区", "type": "old_neighborhood"}}, http.StatusCreated, requestValid)
		w = c.check(get("/api/v1/reports/demand-coverage", reviewer), http.StatusOK, requestValid)
		whole := decode[models.CoverageReport](t, w)
		w = c.check(get("/api/v1/reports/demand-coverage?sort=-needs&limit=1", reviewer), http.StatusOK, requestValid)
		if pg := decode[models.CoverageReport](t, w); len(pg.Communities) != 1 || pg.Communities[0].CommunityID != com.ID ||
			len(whole.Communities) < 2 || pg.CommunitiesTotal != int64(len(whole.Communities)) || pg.CommunitiesWithoutAnswer != whole.CommunitiesWithoutAnswer {
			t.Errorf("a page of %d communities: %s", len(whole.Communities), w.Body.String())
		}
		w = ts.do(get("/api/v1/reports/demand-coverage?format=csv&limit=1", reviewer))
		for _, x := range whole.Communities {
			if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), x.CommunityName) {
				t.Errorf("the export (%d) lacks %s", w.Code, x.CommunityName)
			}
		}
		for field, path := range map[string]string{"sort": "sort=name", "limit": "limit=201", "offset": "offset=-1"} {
			wantProblem(t, c.check(get("/api/v1/reports/demand-coverage?"+path, reviewer), http.StatusUnprocessableEntity, requestInvalid), 422, field)
		}

		// Corrections: dropping the linked need is refused; correcting it and
		// adding one is taken; a stale version is refused.
		patch := func(body map[string]any) request {
			return request{method: http.MethodPatch, path: "/api/v1/surveys/" + v.ID, as: orgStaff, body: body}
		}
		w = c.check(patch(map[string]any{"version": 1, "needs": []map[string]any{{"id": v.Needs[1].ID, "category": "safety", "title": "楼道照明", "priority": "low"}}}),
			http.StatusConflict, requestValid)
		if p := decode[problem](t, w); len(p.Errors) != 1 || p.Errors[0].Code != models.ConflictNeedLinked {
			t.Errorf("dropping a linked need: %s", w.Body.String())
		}
		w = c.check(patch(map[string]any{"version": 1, "respondents": 70, "needs": []map[string]any{
			{"id": v.Needs[0].ID, "category": "elderly_care", "title": "老年助餐和助浴", "mentions": 52, "priority": "high"},
			{"category": "child_care", "title": "四点半课堂", "mentions": 20, "priority": "medium"},
		}}), http.StatusOK, requestValid)
		if got := decode[models.DemandSurvey](t, w); got.Version != 2 || got.Respondents != 70 || len(got.Needs) != 2 ||
			got.Needs[0].ID != v.Needs[0].ID || !got.Needs[0].Covered || got.Needs[1].Title != "四点半课堂" || got.NeedsCovered != 1 {
			t.Errorf("corrected %s", w.Body.String())
		}
		c.check(patch(map[string]any{"version": 1, "title": "旧版本"}), http.StatusConflict, requestValid)
		if n := len(ts.auditFor("update", v.ID)); n != 1 {
			t.Errorf("%d update entries for the survey, want 1", n)
		}

		// Unlinking leaves the community without an answer.
		c.check(request{method: http.MethodDelete, path: link + "/" + v.Needs[0].ID, as: orgStaff}, http.StatusNoContent, requestValid)
		c.check(request{method: http.MethodDelete, path: link + "/" + v.Needs[0].ID, as: orgStaff}, http.StatusNotFound, requestValid)
		w = c.check(get("/api/v1/reports/demand-coverage?district="+url.QueryEscape(com.District), reviewer), http.StatusOK, requestValid)
		if r := decode[models.CoverageReport](t, w); r.CommunitiesWithoutAnswer != 1 || r.Communities[0].Needs != 2 || r.Communities[0].UncoveredHigh != 1 {
			t.Errorf("report after unlinking %s", w.Body.String())
		}
	})
}
