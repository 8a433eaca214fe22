package api

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestPortfolioAuditAnswer fills a portfolio past the first-digit test's
// threshold and validates the whole answer against the OpenAPI document.
func TestPortfolioAuditAnswer(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		c := newOpenAPIChecker(t, ts)
		p := ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectActive)
		ts.casePayment(p, 5_000_000)
		ctx, staff := context.Background(), ts.actorOf(models.RoleOrgStaff)
		categories := []string{"personnel", "activities", "admin", "materials"}
		for i := range models.BenfordMinimum {
			if _, _, err := ts.Store.RecordExpenditure(ctx, staff, p.ID, models.ExpenditureInput{
				BudgetCategory: categories[i%len(categories)], AmountFen: models.Fen(100 + (i*7919)%99_000), SpentOn: "2025-03-01",
				VoucherNo: fmt.Sprintf("记-%04d", i%290),
			}, nil); err != nil {
				t.Fatal(err)
			}
		}
		w := c.check(request{method: http.MethodGet, path: "/api/v1/reports/spend-audit", as: models.RoleFunder}, http.StatusOK, requestValid)
		a := decode[models.PortfolioAudit](t, w)
		if a.Expenditures != models.BenfordMinimum || a.Benford == nil || len(a.Benford.Digits) != 9 || a.FlagsByCode[models.FlagDuplicateVoucher] == 0 {
			t.Errorf("portfolio audit %.600s", w.Body.String())
		}
		c.check(request{method: http.MethodGet, path: "/api/v1/reports/spend-audit?funder_id=" + ts.Fix.Funder.ID, as: models.RoleAdmin}, http.StatusOK, requestValid)

		// A second project, then the audits narrowed and paged: the
		// portfolio's figures still count both projects, and an export holds
		// every audit the flag keeps.
		second := ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectContracted)
		page := func(query string) models.PortfolioAudit {
			t.Helper()
			return decode[models.PortfolioAudit](t, c.check(request{method: http.MethodGet, path: "/api/v1/reports/spend-audit?" + query, as: models.RoleFunder}, http.StatusOK, requestValid))
		}
		if all := page(""); all.Projects != 2 || all.AuditsTotal != 2 || len(all.Audits) != 2 || all.Audits[0].ProjectID == all.Audits[1].ProjectID {
			t.Errorf("the whole portfolio: %d projects, %d audits of %d", all.Projects, len(all.Audits), all.AuditsTotal)
		}
		if dup := page("flag=DUPLICATE_VOUCHER&limit=1"); dup.Projects != 2 || dup.AuditsTotal != 1 || len(dup.Audits) != 1 || dup.Audits[0].ProjectID != p.ID {
			t.Errorf("the duplicate vouchers: %d projects, %d audits of %d", dup.Projects, len(dup.Audits), dup.AuditsTotal)
		}
		if past := page("flag=DUPLICATE_VOUCHER&limit=1&offset=1"); past.AuditsTotal != 1 || len(past.Audits) != 0 || past.Audits == nil {
			t.Errorf("past the flagged: %d audits of %d", len(past.Audits), past.AuditsTotal)
		}
		w = ts.do(request{method: http.MethodGet, path: "/api/v1/reports/spend-audit?format=csv&limit=1", as: models.RoleFunder})
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), p.Code) || !strings.Contains(w.Body.String(), second.Code) {
			t.Errorf("the export (%d) lacks a project: %.300s", w.Code, w.Body.String())
		}
		for field, query := range map[string]string{"flag": "flag=OVERSPENT", "limit": "limit=201", "offset": "offset=-1"} {
			wantProblem(t, c.check(request{method: http.MethodGet, path: "/api/v1/reports/spend-audit?" + query, as: models.RoleFunder},
				http.StatusUnprocessableEntity, requestInvalid), http.StatusUnprocessableEntity, field)
		}
	})
}

// TestPortfolioAuditKeysComeFromModels holds the keys the document names
// for a portfolio's counts to the lists in models.
func TestPortfolioAuditKeysComeFromModels(t *testing.T) {
	t.Parallel()
	doc := loadOpenAPI(t)
	props := doc.Components.Schemas["PortfolioAudit"].Value.Properties
	for name, want := range map[string][]string{"by_status": texts(models.ProjectStatuses), "flags_by_code": models.AuditFlags} {
		got := props[name].Value.Required
		if !slices.Equal(got, want) || len(props[name].Value.Properties) != len(want) {
			t.Errorf("PortfolioAudit.%s names %v, models list %v", name, got, want)
		}
	}
}
