package api

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
	"hatchery/seeds"
)

// BenchmarkDemandCoverageAtScale runs the demand coverage report over the
// synthetic province (seed --scale 1: about 10,000 surveys, 50,000 needs
// and 5,500 communities), for the whole province and for one district, on
// each database.
func BenchmarkDemandCoverageAtScale(b *testing.B) {
	for _, d := range storetest.Dialects() {
		ts := newTestServer(b, d)
		counts, err := seeds.Scale(context.Background(), ts.Store, 1, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("%s: %d communities, %d surveys, %d needs, %d links", d, counts.Communities, counts.Surveys, counts.Needs, counts.NeedLinks)
		cookie := &http.Cookie{Name: handlers.SessionCookie, Value: ts.cookie(models.RoleReviewer)}
		for name, path := range map[string]string{
			"all":      "/api/v1/reports/demand-coverage",
			"district": "/api/v1/reports/demand-coverage?district=%E5%90%88%E6%88%90001%E5%B8%8201%E5%8C%BA",
		} {
			b.Run(string(d)+"/"+name, func(b *testing.B) {
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
