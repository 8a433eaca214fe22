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

// BenchmarkTurnoverAtScale runs the turnover report for the last twelve
// months over the synthetic province (seed --scale 1: about 100,000 staff
// records), once per grouping, on each database.
func BenchmarkTurnoverAtScale(b *testing.B) {
	for _, d := range storetest.Dialects() {
		ts := newTestServer(b, d)
		counts, err := seeds.Scale(context.Background(), ts.Store, 1, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("%s: %d staff records", d, counts.Staff)
		cookie := &http.Cookie{Name: handlers.SessionCookie, Value: ts.cookie(models.RoleReviewer)}
		for _, g := range models.TurnoverGroupings {
			path := "/api/v1/reports/turnover?group_by=" + g
			b.Run(string(d)+"/"+g, func(b *testing.B) {
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
