package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"hatchery/models"
)

// TestInvisibleTextIsBlank: text is normalized (NFC, white space and
// format characters trimmed) before it is validated and compared, so text
// with nothing visible is blank and a trailing space makes no new name.
func TestInvisibleTextIsBlank(t *testing.T) {
	t.Parallel()
	runGroups(t,
		caseGroup{"an override approval with a zero-width note", func(t *testing.T, parent *testServer) {
			ts := parent.sharedWith(t)
			o := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil)
			r := ts.casePending(o, models.StageIndependent, models.RoleIncubator)
			w := ts.do(request{method: http.MethodPost, path: "/api/v1/transitions/" + r.ID + "/approve", as: models.RoleReviewer,
				body: map[string]any{"override": true, "note": "\u200b"}})
			wantProblem(t, w, http.StatusUnprocessableEntity, "note")
			if reqs := ts.requestsOn(o.ID); len(reqs) != 1 || reqs[0].Status != models.StatusPending {
				t.Errorf("after a refused approval: %+v", reqs)
			}
		}},
		caseGroup{"a rejection with a byte-order mark for a note", func(t *testing.T, parent *testServer) {
			ts := parent.sharedWith(t)
			o := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil)
			r := ts.casePending(o, models.StageIndependent, models.RoleIncubator)
			for _, note := range []string{"\ufeff", " \u200b\u2060\u3000\t", "\u3164"} {
				w := ts.do(request{method: http.MethodPost, path: "/api/v1/transitions/" + r.ID + "/reject", as: models.RoleReviewer,
					body: map[string]any{"note": note}})
				wantProblem(t, w, http.StatusUnprocessableEntity, "note")
			}
			if reqs := ts.requestsOn(o.ID); len(reqs) != 1 || reqs[0].Status != models.StatusPending {
				t.Errorf("after refused rejections: %+v", reqs)
			}
		}},
		caseGroup{"an organization named with a zero-width space", func(t *testing.T, parent *testServer) {
			ts := parent.sharedWith(t)
			w := ts.do(request{method: http.MethodPost, path: "/api/v1/organizations", as: models.RoleAdmin,
				body: map[string]any{"name": "\u200b", "registration_type": "community_filed", "category": "elderly_care"}})
			wantProblem(t, w, http.StatusUnprocessableEntity, "name")
		}},
		caseGroup{"a community name with a trailing space is the same name", func(t *testing.T, parent *testServer) {
			ts := parent.sharedWith(t)
			street := "方村街道" + uniqueSuffix()
			create := func(name string) *httptest.ResponseRecorder {
				return ts.do(request{method: http.MethodPost, path: "/api/v1/communities", as: models.RoleAdmin,
					body: map[string]any{"name": name, "street": street, "district": "长安区", "type": "other"}})
			}
			if w := create("方村社区"); w.Code != http.StatusCreated {
				t.Fatalf("first: %d %s", w.Code, w.Body.String())
			}
			for _, twin := range []string{"方村社区 ", " 方村社区", "方村社区\u200b", "\ufeff方村社区\u00a0"} {
				wantProblem(t, create(twin), http.StatusConflict, "name")
			}
			l, err := ts.Store.ListCommunities(context.Background(), models.CommunityFilter{Street: street, Page: models.Page{Limit: 10}})
			if err != nil || l.Total != 1 {
				t.Fatalf("communities in the street: %+v, %v", l, err)
			}
		}},
		caseGroup{"text is stored normalized", func(t *testing.T, parent *testServer) {
			ts := parent.sharedWith(t)
			street := "兰村街道" + uniqueSuffix()
			// "é" composed and decomposed are one name once in NFC.
			w := ts.do(request{method: http.MethodPost, path: "/api/v1/communities", as: models.RoleAdmin,
				body: map[string]any{"name": " \u200b兰村社区Cafe\u0301\u2060 ", "street": street + "\t", "district": "长安区", "type": "other"}})
			if w.Code != http.StatusCreated {
				t.Fatalf("create: %d %s", w.Code, w.Body.String())
			}
			c := decode[models.Community](t, w)
			if c.Name != "兰村社区Caf\u00e9" || c.Street != street {
				t.Errorf("stored name %q street %q", c.Name, c.Street)
			}
			w = ts.do(request{method: http.MethodPost, path: "/api/v1/communities", as: models.RoleAdmin,
				body: map[string]any{"name": "兰村社区Caf\u00e9", "street": street, "district": "长安区", "type": "other"}})
			wantProblem(t, w, http.StatusConflict, "name")
			// Query filters are normalized too.
			w = ts.do(request{method: http.MethodGet, path: "/api/v1/communities?q=" + url.QueryEscape("兰村社区Cafe\u0301\u200b "), as: models.RoleAdmin})
			if l := decode[models.List[models.Community]](t, w); w.Code != http.StatusOK || l.Total != 1 || !strings.HasPrefix(l.Items[0].Name, "兰村") {
				t.Errorf("search with invisible and decomposed text: %d %s", w.Code, w.Body.String())
			}
		}},
	)
}
