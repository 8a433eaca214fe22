package api

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
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
