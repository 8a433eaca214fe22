package api

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
	"hatchery/seeds"
)

// BenchmarkRequests compares an authenticated list of 50 communities (out
// of 2,000, with a filter and the total) with /healthz, through the whole
// middleware stack, on each database.
func BenchmarkRequests(b *testing.B) {
	for _, d := range storetest.Dialects() {
		ts := newTestServer(b, d)
		coms := make([]models.Community, 2000)
		for i := range coms {
			coms[i] = models.Community{Name: fmt.Sprintf("社区%04d", i), Street: fmt.Sprintf("街道%02d", i%40), District: fmt.Sprintf("区%d", i%3), Type: models.CommunityTypes[i%6]}
		}
		if err := ts.Store.BulkInsertReference(context.Background(), models.System("bench"), coms, nil); err != nil {
			b.Fatal(err)
		}
		cookie := &http.Cookie{Name: handlers.SessionCookie, Value: ts.cookie(models.RoleReviewer)}
		bench := func(name, path string, auth bool) {
			b.Run(string(d)+"/"+name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					req := httptest.NewRequest(http.MethodGet, path, nil)
					if auth {
						req.AddCookie(cookie)
					}
					w := httptest.NewRecorder()
					ts.Server.Handler.ServeHTTP(w, req)
					if w.Code != http.StatusOK {
						b.Fatalf("%s: %d %s", path, w.Code, w.Body.String())
					}
				}
			})
		}
		bench("healthz", "/healthz", false)
		bench("list_communities", "/api/v1/communities?limit=50", true)
		bench("list_communities_filtered", "/api/v1/communities?limit=50&district=%E5%8C%BA1&type=other", true)
	}
}

// BenchmarkPipelineAtScale runs the organization list and the pipeline
// report over the synthetic province (seed --scale 1: 22,000 organizations
// and about 36,000 approved requests), on each database.
func BenchmarkPipelineAtScale(b *testing.B) {
	for _, d := range storetest.Dialects() {
		ts := newTestServer(b, d)
		counts, err := seeds.Scale(context.Background(), ts.Store, 1, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		if counts.Organizations < 20000 {
			b.Fatalf("only %d organizations", counts.Organizations)
		}
		var district string
		l, _ := ts.Store.ListCommunities(context.Background(), models.CommunityFilter{Page: models.Page{Limit: 1}})
		district = url.QueryEscape(l.Items[0].District)
		cookie := &http.Cookie{Name: handlers.SessionCookie, Value: ts.cookie(models.RoleReviewer)}
		for _, c := range []struct{ name, path string }{
			{"organizations", "/api/v1/organizations?limit=50"},
			{"organizations_page_2", ""},
			{"organizations_filtered", "/api/v1/organizations?limit=50&stage=incubating&district=" + district},
			{"organizations_search", "/api/v1/organizations?limit=50&q=%E7%AC%AC1"},
			{"pipeline", "/api/v1/reports/pipeline"},
			{"pipeline_district", "/api/v1/reports/pipeline?district=" + district},
		} {
			path := c.path
			if path == "" { // the second page, through the cursor of the first
				w := ts.do(request{method: "GET", path: "/api/v1/organizations?limit=50", as: models.RoleReviewer})
				next := decode[models.List[models.OrganizationView]](b, w).NextCursor
				path = "/api/v1/organizations?limit=50&cursor=" + *next
			}
			b.Run(string(d)+"/"+c.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					req := httptest.NewRequest(http.MethodGet, path, nil)
					req.AddCookie(cookie)
					w := httptest.NewRecorder()
					ts.Server.Handler.ServeHTTP(w, req)
					if w.Code != http.StatusOK {
						b.Fatalf("%s: %d %s", path, w.Code, w.Body.String())
					}
				}
			})
		}
	}
}
