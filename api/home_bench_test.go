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

// BenchmarkHomeAtScale answers the reviewer's home and its figures over HTTP, and the
// provincial funder's and an incubator's from the Store, over the synthetic
// province (seed --scale 1), on each database.
func BenchmarkHomeAtScale(b *testing.B) {
	for _, d := range storetest.Dialects() {
		ts := newTestServer(b, d)
		ctx := context.Background()
		if _, err := seeds.Scale(ctx, ts.Store, 1, io.Discard); err != nil {
			b.Fatal(err)
		}
		admin := models.Actor{Role: models.RoleAdmin}
		funders, err := ts.Store.ListFunders(ctx, models.FunderFilter{Page: models.Page{Limit: 1}, Q: "合成省民政厅"})
		if err != nil || len(funders.Items) == 0 {
			b.Fatal("no provincial funder", err)
		}
		yes := true
		incs, err := ts.Store.ListOrganizations(ctx, admin, models.OrganizationFilter{IsIncubator: &yes, Page: models.Page{Limit: 1}})
		if err != nil || len(incs.Items) == 0 {
			b.Fatal("no incubator", err)
		}
		cookie := &http.Cookie{Name: handlers.SessionCookie, Value: ts.cookie(models.RoleReviewer)}
		for name, path := range map[string]string{"reviewer": "/api/v1/home", "reviewer_figures": "/api/v1/home/figures"} {
			b.Run(string(d)+"/"+name, func(b *testing.B) {
				for b.Loop() {
					req := httptest.NewRequest(http.MethodGet, path, nil)
					req.AddCookie(cookie)
					w := httptest.NewRecorder()
					ts.Server.Handler.ServeHTTP(w, req)
					if w.Code != http.StatusOK {
						b.Fatalf("%d %s", w.Code, w.Body.String())
					}
				}
			})
		}
		for name, a := range map[string]models.Actor{
			"provincial_funder": {Role: models.RoleFunder, FunderID: funders.Items[0].ID},
			"incubator":         {Role: models.RoleIncubator, OrganizationID: incs.Items[0].ID},
		} {
			b.Run(string(d)+"/"+name, func(b *testing.B) {
				for b.Loop() {
					if _, err := ts.Store.Home(ctx, a); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
