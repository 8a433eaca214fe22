package api

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/sheettest"
)

// surveyImporters may import surveys and download the template: the
// callers of POST /surveys; a funder gets 403 from the route itself.
func surveyImporters(status int) map[models.Role]int {
	return onlyRoles(status, models.RoleAdmin, models.RoleReviewer, models.RoleOrgStaff, models.RoleIncubator)
}

// surveyImportAccessCases are the matrix's rows for the survey import
// (routes.go, "Survey import"). Each import names a survey title of its own
// case and finds it stored, run by the caller's organization, or not at all.
func surveyImportAccessCases(fx fixture) []accessCase {
	return []accessCase{
		{"POST", "/api/v1/surveys/import", surveyImporters(201), func(t *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			title := "导入调研" + uniqueSuffix()
			req := importRequest(t, as, "导入.csv", []byte(sheettest.CSV(importRows(fx.Community.ID, title))), false)
			return req, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				l, err := ts.Store.ListSurveys(context.Background(), ts.actorOf(models.RoleAdmin), models.SurveyFilter{Q: title, Page: models.Page{Limit: 10}})
				if err != nil {
					t.Fatal(err)
				}
				if !allowed {
					if l.Total != 0 {
						t.Errorf("a refused import stored %d surveys", l.Total)
					}
					return
				}
				imp := decode[models.SurveyImport](t, w)
				want := map[models.Role]string{models.RoleOrgStaff: fx.Org.ID, models.RoleIncubator: fx.Incubator.ID}[as]
				if l.Total != 2 || len(imp.SurveyIDs) != 2 {
					t.Fatalf("stored %d surveys for %s", l.Total, w.Body.String())
				}
				for _, v := range l.Items {
					if got := ""; v.ConductedByOrgID != nil {
						got = *v.ConductedByOrgID
						if got != want {
							t.Errorf("%s imported a survey run by %q, want %q", as, got, want)
						}
					} else if want != "" {
						t.Errorf("%s imported a survey run by nobody, want %q", as, want)
					}
				}
			}
		}},
		{"GET", "/api/v1/surveys/import/template", surveyImporters(200), readRoute("/api/v1/surveys/import/template?format=csv",
			func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
				if !strings.HasPrefix(w.Body.String(), "\ufeff社区,调研标题,调研方式,调研日期,受访人数,需求类别,需求标题,需求描述,提及人数,优先级\r\n") {
					t.Errorf("template %.300s", w.Body.String())
				}
			})},
	}
}
