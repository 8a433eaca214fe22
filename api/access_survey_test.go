package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"testing"

	"hatchery/models"
)

// surveyFixture is what the matrix's survey routes read: a survey of the
// fixture community run by the fixture organization, which the money
// fixture's project serves, so every role may read it. Nothing writes to it.
type surveyFixture struct {
	Survey models.DemandSurvey
}

// surveyFixture stores the survey fixture.
func (ts *testServer) surveyFixture() surveyFixture {
	ts.t.Helper()
	return surveyFixture{Survey: ts.caseSurvey(ts.Fix.Community.ID, &ts.Fix.Org.ID)}
}

// caseSurvey records, as an admin, a survey of communityID run by orgID
// (nil: nobody named) with two needs of 40 respondents.
func (ts *testServer) caseSurvey(communityID string, orgID *string) models.DemandSurvey {
	ts.t.Helper()
	v, err := ts.Store.CreateSurvey(context.Background(), ts.actorOf(models.RoleAdmin), models.NewSurvey{
		CommunityID: communityID, Title: "居民需求调研" + uniqueSuffix(), Method: "questionnaire", ConductedByOrgID: orgID,
		ConductedOn: "2025-06-01", Respondents: 40, Needs: []models.NewNeed{
			{Category: "elderly_care", Title: "老年助餐", Description: "午餐配送", Mentions: 31, Priority: "high"},
			{Category: "child_care", Title: "四点半课堂", Mentions: 12, Priority: "medium"},
		},
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return v
}

// storedSurvey reads a survey as an admin.
func (ts *testServer) storedSurvey(id string) models.DemandSurvey {
	ts.t.Helper()
	v, err := ts.Store.GetSurvey(context.Background(), ts.actorOf(models.RoleAdmin), id)
	if err != nil {
		ts.t.Fatal(err)
	}
	return v
}

// linksOf lists the needs linked to a project, as an admin sees them.
func (ts *testServer) linksOf(projectID string) []models.Need {
	ts.t.Helper()
	l, err := ts.Store.ListProjectNeeds(context.Background(), ts.actorOf(models.RoleAdmin), projectID, models.Page{Limit: models.MaxLimit})
	if err != nil {
		ts.t.Fatal(err)
	}
	return l.Items
}

// surveyRecorders may record and correct the fixture organization's
// surveys: admins, reviewers, its incubator and its own staff.
func surveyRecorders(status int) map[models.Role]int {
	m := signedInGets(status)
	m[models.RoleFunder] = http.StatusForbidden
	return m
}

// needLinkers may link the fixture funder's projects of the fixture
// organization to needs: admins, the funder and the contractor's staff.
func needLinkers(status int) map[models.Role]int {
	return onlyRoles(status, models.RoleAdmin, models.RoleFunder, models.RoleOrgStaff)
}

// surveyAccessCases are the matrix's rows for surveys, needs, links and
// the coverage report (routes.go, "Demand surveys").
func surveyAccessCases(fx fixture, s surveyFixture) []accessCase {
	return []accessCase{
		{"GET", "/api/v1/surveys", signedInGets(200), readRoute("/api/v1/surveys?limit=200&community_id="+fx.Community.ID,
			func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
				l := decode[models.List[models.DemandSurvey]](t, w)
				i := slices.IndexFunc(l.Items, func(v models.DemandSurvey) bool { return v.ID == s.Survey.ID })
				if i < 0 || l.Items[i].NeedsCount != 2 || l.Items[i].CommunityName != fx.Community.Name || l.Items[i].Needs != nil {
					t.Errorf("the list lacks the fixture survey or shows it wrong: %.400s", w.Body.String())
				}
			})},
		{"POST", "/api/v1/surveys", surveyRecorders(201), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			com := ts.caseCommunity()
			body := map[string]any{"community_id": com.ID, "title": "楼栋走访", "method": "grid_visit", "conducted_on": "2025-11-20",
				"respondents": 25, "needs": []map[string]any{{"category": "safety", "title": "楼道照明", "mentions": 9, "priority": "high"}}}
			return request{method: "POST", path: "/api/v1/surveys", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				l, err := ts.Store.ListSurveys(context.Background(), ts.actorOf(models.RoleAdmin), models.SurveyFilter{CommunityID: com.ID})
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int64{true: 1, false: 0}[allowed]; l.Total != want {
					t.Fatalf("%d surveys stored, want %d", l.Total, want)
				}
				if !allowed {
					return
				}
				v := decode[models.DemandSurvey](t, w)
				wantOrg := map[models.Role]string{models.RoleOrgStaff: fx.Org.ID, models.RoleIncubator: fx.Incubator.ID}[as]
				gotOrg := ""
				if v.ConductedByOrgID != nil {
					gotOrg = *v.ConductedByOrgID
				}
				if v.ID != l.Items[0].ID || v.Version != 1 || len(v.Needs) != 1 || v.Needs[0].Mentions != 9 || gotOrg != wantOrg ||
					w.Header().Get("Location") != "/api/v1/surveys/"+v.ID || len(ts.auditFor("create", v.ID)) != 1 {
					t.Errorf("recorded %s", w.Body.String())
				}
			}
		}},
		{"GET", "/api/v1/surveys/:id", signedInGets(200), readRoute("/api/v1/surveys/"+s.Survey.ID,
			func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
				v := decode[models.DemandSurvey](t, w)
				if v.ID != s.Survey.ID || len(v.Needs) != 2 || v.Needs[0].Title != "老年助餐" || v.ConductedByOrgName == nil || *v.ConductedByOrgName != fx.Org.Name {
					t.Errorf("survey %s", w.Body.String())
				}
			})},
		{"PATCH", "/api/v1/surveys/:id", surveyRecorders(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseSurvey(fx.Community.ID, &fx.Org.ID)
			body := map[string]any{"version": target.Version, "respondents": 45, "title": "更正后的调研"}
			return request{method: "PATCH", path: "/api/v1/surveys/" + target.ID, as: as, body: body},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					got := ts.storedSurvey(target.ID)
					if allowed && (got.Version != 2 || got.Respondents != 45 || got.Title != "更正后的调研" || len(got.Needs) != 2 ||
						decode[models.DemandSurvey](t, w).Version != 2 || len(ts.auditFor("update", target.ID)) != 1) {
						t.Errorf("after the correction: %+v", got)
					}
					if !allowed && (got.Version != 1 || got.Respondents != 40) {
						t.Errorf("a refused correction was stored: %+v", got)
					}
				}
		}},
		{"GET", "/api/v1/needs", signedInGets(200), readRoute("/api/v1/needs?survey_id="+s.Survey.ID,
			func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
				l := decode[models.List[models.Need]](t, w)
				if l.Total != 2 || len(l.Items) != 2 || l.Items[0].SurveyTitle != s.Survey.Title || l.Items[0].CommunityName != fx.Community.Name {
					t.Errorf("needs %s", w.Body.String())
				}
			})},
		{"GET", "/api/v1/projects/:id/needs", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			p := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectActive)
			v := ts.caseSurvey(fx.Community.ID, nil)
			if _, err := ts.Store.LinkNeed(context.Background(), ts.actorOf(models.RoleAdmin), p.ID, v.Needs[1].ID, "课后托管"); err != nil {
				ts.t.Fatal(err)
			}
			return request{method: "GET", path: "/api/v1/projects/" + p.ID + "/needs", as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				if !allowed {
					return
				}
				l := decode[models.List[models.Need]](t, w)
				if l.Total != 1 || len(l.Items) != 1 || l.Items[0].ID != v.Needs[1].ID || !l.Items[0].Covered ||
					len(l.Items[0].Projects) != 1 || l.Items[0].Projects[0].Note != "课后托管" {
					t.Errorf("linked needs %s", w.Body.String())
				}
			}
		}},
		{"POST", "/api/v1/projects/:id/needs", needLinkers(201), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			p := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectContracted)
			v := ts.caseSurvey(fx.Community.ID, nil)
			body := map[string]any{"need_id": v.Needs[0].ID, "note": "助餐点"}
			return request{method: "POST", path: "/api/v1/projects/" + p.ID + "/needs", as: as, body: body},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					links := ts.linksOf(p.ID)
					if allowed && (len(links) != 1 || links[0].ID != v.Needs[0].ID || decode[models.ProjectNeed](t, w).Note != "助餐点" ||
						len(ts.auditFor("create", p.ID+"/"+v.Needs[0].ID)) != 1) {
						t.Errorf("after linking: %+v", links)
					}
					if !allowed && len(links) != 0 {
						t.Errorf("a refused link was stored: %+v", links)
					}
				}
		}},
		{"DELETE", "/api/v1/projects/:id/needs/:need_id", needLinkers(204), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			p := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectContracted)
			v := ts.caseSurvey(fx.Community.ID, nil)
			if _, err := ts.Store.LinkNeed(context.Background(), ts.actorOf(models.RoleAdmin), p.ID, v.Needs[0].ID, ""); err != nil {
				ts.t.Fatal(err)
			}
			return request{method: "DELETE", path: "/api/v1/projects/" + p.ID + "/needs/" + v.Needs[0].ID, as: as},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					want := map[bool]int{true: 0, false: 1}[allowed]
					if links := ts.linksOf(p.ID); len(links) != want {
						t.Errorf("%d links left, want %d", len(links), want)
					}
					if allowed && len(ts.auditFor("delete", p.ID+"/"+v.Needs[0].ID)) != 1 {
						t.Errorf("the unlinking is not audited")
					}
				}
		}},
		{"GET", "/api/v1/reports/demand-coverage", onlyRoles(200, models.RoleAdmin, models.RoleReviewer, models.RoleFunder),
			func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
				com := ts.caseCommunity()
				ts.caseSurvey(com.ID, nil)
				path := "/api/v1/reports/demand-coverage?district=" + url.QueryEscape(com.District)
				return request{method: "GET", path: path, as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					if !allowed {
						return
					}
					r := decode[models.CoverageReport](t, w)
					if len(r.Communities) != 1 || r.Communities[0].CommunityID != com.ID || r.Communities[0].Needs != 2 ||
						r.Communities[0].UncoveredHigh != 1 || r.CommunitiesWithoutAnswer != 1 || r.CommunitiesWithoutAnswerShare == nil ||
						*r.CommunitiesWithoutAnswerShare != 1 || len(r.Districts) != 1 {
						t.Errorf("report %s", w.Body.String())
					}
				}
			}},
	}
}

// surveyScopeCases check surveys beyond the matrix (SPEC 1): outside a
// caller's scope every survey route answers 404 and changes nothing; staff
// and incubators may not record for an organization not theirs.
func surveyScopeCases(t *testing.T, parent *testServer) {
	cases := []struct {
		name string
		run  func(t *testing.T, ts *testServer)
	}{
		{"staff, incubators and funders see no survey outside their scope", func(t *testing.T, ts *testServer) {
			com := ts.caseCommunity()
			other := ts.caseOrganization(models.StageRegistered, nil, &com)
			v := ts.caseSurvey(com.ID, &other.ID)
			for _, as := range []models.Role{models.RoleOrgStaff, models.RoleIncubator, models.RoleFunder} {
				for _, req := range []request{
					{method: "GET", path: "/api/v1/surveys/" + v.ID},
					{method: "PATCH", path: "/api/v1/surveys/" + v.ID, body: map[string]any{"version": 1, "title": "越权"}},
				} {
					req.as = as
					wantProblem(t, ts.do(req), http.StatusNotFound, "")
				}
				for _, path := range []string{"/api/v1/surveys?community_id=" + com.ID, "/api/v1/needs?community_id=" + com.ID} {
					w := ts.do(request{method: "GET", path: path, as: as})
					if w.Code != http.StatusOK || decode[models.List[models.Need]](t, w).Total != 0 {
						t.Errorf("%s lists %s: %d %.300s", as, path, w.Code, w.Body.String())
					}
				}
			}
			if got := ts.storedSurvey(v.ID); got.Version != 1 || got.Title != v.Title {
				t.Errorf("refused calls changed the survey: %+v", got)
			}
		}},
		{"a project serving the community brings its surveys into scope", func(t *testing.T, ts *testServer) {
			com := ts.caseCommunity()
			other := ts.caseOrganization(models.StageRegistered, nil, &com)
			v := ts.caseSurvey(com.ID, &other.ID)
			p := ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectDraft)
			if _, err := ts.Store.UpdateProject(context.Background(), ts.actorOf(models.RoleAdmin), p.ID, p.Version,
				models.ProjectPatch{Plan: models.ProjectInput{CommunityIDs: []string{ts.Fix.Community.ID, com.ID}}}); err != nil {
				t.Fatal(err)
			}
			for _, as := range []models.Role{models.RoleOrgStaff, models.RoleIncubator, models.RoleFunder} {
				w := ts.do(request{method: "GET", path: "/api/v1/surveys/" + v.ID, as: as})
				if w.Code != http.StatusOK || len(decode[models.DemandSurvey](t, w).Needs) != 2 {
					t.Errorf("%s reads %d %.300s", as, w.Code, w.Body.String())
				}
				// In scope, but not theirs to correct.
				w = ts.do(request{method: "PATCH", path: "/api/v1/surveys/" + v.ID, as: as, body: map[string]any{"version": 1, "title": "越权"}})
				wantProblem(t, w, http.StatusForbidden, "")
			}
		}},
		{"staff and incubators record only for themselves and those they host", func(t *testing.T, ts *testServer) {
			com := ts.caseCommunity()
			other := ts.caseOrganization(models.StageRegistered, nil, &com)
			hosted := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, &com)
			body := func(org string) map[string]any {
				return map[string]any{"community_id": com.ID, "title": "代录", "method": "online", "conducted_on": "2025-05-05",
					"conducted_by_org_id": org, "respondents": 3, "needs": []map[string]any{{"category": "other", "title": "其他", "priority": "low"}}}
			}
			for _, c := range []struct {
				as   models.Role
				org  string
				want int
			}{
				{models.RoleOrgStaff, other.ID, http.StatusForbidden},
				{models.RoleOrgStaff, ts.Fix.Incubator.ID, http.StatusForbidden},
				{models.RoleIncubator, other.ID, http.StatusForbidden},
				{models.RoleIncubator, hosted.ID, http.StatusCreated},
				{models.RoleOrgStaff, ts.Fix.Org.ID, http.StatusCreated},
			} {
				w := ts.do(request{method: "POST", path: "/api/v1/surveys", as: c.as, body: body(c.org)})
				if w.Code != c.want {
					t.Errorf("%s recording for %s: %d %.300s, want %d", c.as, c.org, w.Code, w.Body.String(), c.want)
				}
			}
			l, err := ts.Store.ListSurveys(context.Background(), ts.actorOf(models.RoleAdmin), models.SurveyFilter{CommunityID: com.ID})
			if err != nil || l.Total != 2 {
				t.Errorf("%d surveys stored, want 2 (%v)", l.Total, err)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.run(t, parent.sharedWith(t))
		})
	}
}
