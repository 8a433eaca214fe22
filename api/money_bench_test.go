package api

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
	"hatchery/seeds"
)

// BenchmarkMoneyAtScale runs the money reports and a project's ledger over
// the synthetic province (seed --scale 1: 40,040 projects and about
// 1,000,000 expenditures), and the same ledger page over a table of 10,000
// expenditures, on each database.
func BenchmarkMoneyAtScale(b *testing.B) {
	for _, d := range storetest.Dialects() {
		small := newTestServer(b, d)
		smallProject := tenThousandEntries(b, small)
		big := newTestServer(b, d)
		if _, err := seeds.Scale(context.Background(), big.Store, 1, io.Discard); err != nil {
			b.Fatal(err)
		}
		ctx, admin := context.Background(), models.Actor{Role: models.RoleAdmin}
		// The funder with the largest portfolio, and one project with a
		// full ledger.
		var provincial string
		var most int64
		funders, _ := big.Store.ListFunders(ctx, models.FunderFilter{Page: models.Page{Limit: 1}, Q: "合成省民政厅"})
		provincial = funders.Items[0].ID
		projects, _ := big.Store.ListProjects(ctx, admin, models.ProjectFilter{FunderID: provincial, Status: "completed", Page: models.Page{Limit: 1}})
		bigProject := projects.Items[0].ID
		portfolio, _ := big.Store.ListProjects(ctx, admin, models.ProjectFilter{FunderID: provincial, Page: models.Page{Limit: 1}})
		most = portfolio.Total
		b.Logf("%s: the provincial funder holds %d projects", d, most)
		for _, c := range []struct {
			name string
			ts   *testServer
			path string
		}{
			{"ledger_page_at_10k", small, "/api/v1/projects/" + smallProject + "/expenditures?limit=50"},
			{"ledger_page_at_1m", big, "/api/v1/projects/" + bigProject + "/expenditures?limit=50"},
			{"project_spend_audit_at_1m", big, "/api/v1/projects/" + bigProject + "/spend-audit"},
			{"portfolio_spend_audit_at_1m", big, "/api/v1/reports/spend-audit?funder_id=" + provincial},
			{"funding_report_at_1m", big, "/api/v1/reports/funding"},
			{"funding_report_one_funder", big, "/api/v1/reports/funding?funder_id=" + provincial},
		} {
			cookie := &http.Cookie{Name: handlers.SessionCookie, Value: c.ts.cookie(models.RoleReviewer)}
			b.Run(string(d)+"/"+c.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					req := httptest.NewRequest(http.MethodGet, c.path, nil)
					req.AddCookie(cookie)
					w := httptest.NewRecorder()
					c.ts.Server.Handler.ServeHTTP(w, req)
					if w.Code != http.StatusOK {
						b.Fatalf("%s: %d %s", c.path, w.Code, w.Body.String())
					}
				}
			})
		}
	}
}

// tenThousandEntries books 400 projects of 25 expenditures each for the
// fixture organization and answers one project's id.
func tenThousandEntries(b *testing.B, ts *testServer) string {
	b.Helper()
	now := models.NewTime(time.Now())
	var batch models.MoneyBatch
	for i := 0; i < 400; i++ {
		p := models.Project{ID: models.NewID(), Code: fmt.Sprintf("B-%03d", i), Title: "bench", OrganizationID: ts.Fix.Org.ID,
			FunderID: ts.Fix.Funder.ID, Category: "other", BudgetFen: 10_000_000, StartOn: "2025-01-01", EndOn: "2025-12-31",
			Status: models.ProjectActive, StatusSince: now, Stamps: models.Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}}
		batch.Projects = append(batch.Projects, p)
		batch.Communities = append(batch.Communities, [2]string{p.ID, ts.Fix.Community.ID})
		for k := 0; k < 25; k++ {
			batch.Expenditures = append(batch.Expenditures, models.Expenditure{ID: models.NewID(), ProjectID: p.ID, BudgetCategory: "activities",
				AmountFen: models.Fen(1000 + k), SpentOn: "2025-03-01", RecordedBy: ts.Users[models.RoleAdmin].ID, CreatedAt: now})
		}
	}
	if err := ts.Store.BulkInsertMoney(context.Background(), models.System("bench"), batch); err != nil {
		b.Fatal(err)
	}
	if err := ts.Store.Analyze(context.Background()); err != nil {
		b.Fatal(err)
	}
	return batch.Projects[0].ID
}
