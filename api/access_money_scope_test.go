package api

import (
	"net/http"
	"testing"

	"hatchery/models"
)

// moneyScopeCases check the money routes beyond the matrix (SPEC 1): a
// funder's users neither see nor pay another funder's project, staff
// neither see nor spend on another organization's, an incubator reads the
// projects of the organizations it hosts and no others, and a funder audits
// only its own portfolio. Every refusal leaves the ledger as it was.
func moneyScopeCases(t *testing.T, parent *testServer) {
	cases := []struct {
		name string
		run  func(t *testing.T, ts *testServer)
	}{
		{"a funder neither sees nor pays another funder's project", func(t *testing.T, ts *testServer) {
			other := ts.newFunder()
			cycle := ts.caseCycle(other.ID)
			p := ts.caseProject(other.ID, ts.caseOrganization(models.StageRegistered, nil, nil).ID, models.ProjectCompleted)
			pay := ts.casePayment(p, 1_000_000)
			path := "/api/v1/projects/" + p.ID
			as := models.RoleFunder
			// The other funder's portfolio audit, made and kept for those who
			// may read it, is still refused to this funder.
			portfolio := "/api/v1/reports/spend-audit?funder_id=" + other.ID
			if w := ts.do(request{method: "GET", path: portfolio + "&flag=any&limit=1", as: models.RoleAdmin}); w.Code != http.StatusOK {
				t.Fatalf("the admin reads the other portfolio: %d %s", w.Code, w.Body.String())
			}
			for _, req := range []request{
				{method: "GET", path: portfolio + "&flag=any&limit=1"},
				{method: "GET", path: path},
				{method: "GET", path: path + "/spend-audit"},
				{method: "GET", path: path + "/disbursements"},
				{method: "GET", path: path + "/expenditures"},
				{method: "PATCH", path: path, body: map[string]any{"version": p.Version, "title": "越权修改"}},
				{method: "POST", path: path + "/status", body: map[string]any{"to": "terminated"}},
				{method: "POST", path: path + "/evaluation", body: map[string]any{"grade": "fail", "score": 10}},
				{method: "POST", path: path + "/disbursements", body: map[string]any{"paid_on": "2025-05-01", "amount_fen": 100}, header: idempotencyHeader()},
				{method: "POST", path: "/api/v1/disbursements/" + pay.ID + "/reverse", body: map[string]any{"reason": "越权冲销"}},
				{method: "GET", path: "/api/v1/reports/spend-audit?funder_id=" + other.ID},
				{method: "GET", path: "/api/v1/funding-cycles/" + cycle.ID},
				{method: "PATCH", path: "/api/v1/funding-cycles/" + cycle.ID, body: map[string]any{"version": 1, "pool_fen": 1}},
			} {
				req.as = as
				wantProblem(t, ts.do(req), http.StatusNotFound, "")
			}
			if got := ts.storedProject(p.ID); got.Version != p.Version || got.Evaluation != nil || got.DisbursedFen != pay.AmountFen {
				t.Errorf("a refused call changed the project: %+v", got)
			}
			if paid, _ := ts.ledgerCounts(p.ID); paid != 1 {
				t.Errorf("%d disbursements after refused payments, want 1", paid)
			}
		}},
		{"staff neither see nor spend on another organization's project", func(t *testing.T, ts *testServer) {
			p := ts.caseProject(ts.newFunder().ID, ts.caseOrganization(models.StageRegistered, nil, nil).ID, models.ProjectActive)
			spend := ts.caseSpend(p, 50_000)
			path := "/api/v1/projects/" + p.ID
			for _, req := range []request{
				{method: "GET", path: path},
				{method: "GET", path: path + "/expenditures"},
				{method: "POST", path: path + "/expenditures", body: map[string]any{"budget_category": "other", "amount_fen": 100, "spent_on": "2025-05-01"}},
				{method: "POST", path: "/api/v1/expenditures/" + spend.ID + "/reverse", body: map[string]any{"reason": "越权冲销"}},
				{method: "PATCH", path: path + "/indicators/" + p.Indicators[0].ID, body: map[string]any{"version": 1, "actual": 5}},
			} {
				req.as = models.RoleOrgStaff
				wantProblem(t, ts.do(req), http.StatusNotFound, "")
			}
			if _, spent := ts.ledgerCounts(p.ID); spent != 1 {
				t.Errorf("%d expenditures after refused spending, want 1", spent)
			}
			if got := ts.storedProject(p.ID).Indicators[0]; got.Actual != nil {
				t.Errorf("a refused actual was stored: %+v", got)
			}
		}},
		{"an incubator reads the projects of the organizations it hosts, and spends on none", func(t *testing.T, ts *testServer) {
			other := ts.newFunder()
			hosted := ts.caseProject(other.ID, ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil).ID, models.ProjectContracted)
			foreign := ts.caseProject(other.ID, ts.caseOrganization(models.StageRegistered, nil, nil).ID, models.ProjectContracted)
			as := models.RoleIncubator
			if w := ts.do(request{method: "GET", path: "/api/v1/projects/" + hosted.ID, as: as}); w.Code != http.StatusOK {
				t.Fatalf("GET a project of an incubatee: %d %s", w.Code, w.Body.String())
			}
			wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/projects/" + foreign.ID, as: as}), http.StatusNotFound, "")
			wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/projects/" + hosted.ID + "/expenditures", as: as,
				body: map[string]any{"budget_category": "other", "amount_fen": 100, "spent_on": "2025-05-01"}}), http.StatusForbidden, "")
			if _, spent := ts.ledgerCounts(hosted.ID); spent != 0 {
				t.Errorf("%d expenditures after a refused spend", spent)
			}
		}},
		{"a funder sees another funder's money in a contractor's funding, unnamed", func(t *testing.T, ts *testServer) {
			// Another funder's project of the fixture organization, which
			// the fixture funder already sees as its contractor.
			other := ts.newFunder()
			p := ts.caseProject(other.ID, ts.Fix.Org.ID, models.ProjectContracted)
			wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/projects/" + p.ID, as: models.RoleFunder}), http.StatusNotFound, "")
			if w := ts.do(request{method: "GET", path: "/api/v1/projects/" + p.ID, as: models.RoleOrgStaff}); w.Code != http.StatusOK {
				t.Fatalf("the contractor's staff GET the project: %d %s", w.Code, w.Body.String())
			}
			w := ts.do(request{method: "GET", path: "/api/v1/organizations/" + ts.Fix.Org.ID + "/funding", as: models.RoleFunder})
			if w.Code != http.StatusOK {
				t.Fatalf("funding: %d %s", w.Code, w.Body.String())
			}
			f := decode[models.FundingContinuity](t, w)
			for _, s := range f.Funders {
				if s.FunderID != ts.Fix.Funder.ID {
					t.Errorf("another funder is named: %+v", s)
				}
			}
			unnamed := 0
			for _, period := range f.Periods {
				if period.ProjectID == p.ID || period.FunderID == other.ID || period.FunderName == other.Name {
					t.Errorf("another funder's project is named: %+v", period)
				}
				if period.ProjectID == "" && period.BudgetFen == p.BudgetFen {
					unnamed++
				}
			}
			if unnamed == 0 || f.AwardedFen < p.BudgetFen {
				t.Errorf("the other funder's project is not counted: %s", w.Body.String())
			}
		}},
		{"a funder reads its contractor and changes nothing of it", func(t *testing.T, ts *testServer) {
			path := "/api/v1/organizations/" + ts.Fix.Org.ID
			as := models.RoleFunder
			if w := ts.do(request{method: "GET", path: path, as: as}); w.Code != http.StatusOK {
				t.Fatalf("GET the contractor: %d %s", w.Code, w.Body.String())
			}
			before := ts.storedOrganization(ts.Fix.Org.ID)
			milestones, requests := ts.milestonesOn(ts.Fix.Org.ID), len(ts.requestsOn(ts.Fix.Org.ID))
			for _, req := range []request{
				{method: "PATCH", path: path, body: map[string]any{"version": before.Version, "description": "资助方修改"}},
				{method: "POST", path: path + "/milestones", body: map[string]any{"type": "other", "achieved_on": "2025-01-02"}},
				{method: "POST", path: path + "/transitions", body: map[string]any{"to_stage": "dormant"}},
			} {
				req.as = as
				wantProblem(t, ts.do(req), http.StatusForbidden, "")
			}
			if after := ts.storedOrganization(ts.Fix.Org.ID); after.Description != before.Description {
				t.Errorf("a refused change was stored: %+v", after)
			}
			if ts.milestonesOn(ts.Fix.Org.ID) != milestones || len(ts.requestsOn(ts.Fix.Org.ID)) > requests {
				t.Errorf("the funder logged a milestone or filed a request")
			}
		}},
		{"a funder audits its own portfolio; others name the funder", func(t *testing.T, ts *testServer) {
			w := ts.do(request{method: "GET", path: "/api/v1/reports/spend-audit", as: models.RoleFunder})
			if w.Code != http.StatusOK || decode[models.PortfolioAudit](t, w).FunderID != ts.Fix.Funder.ID {
				t.Fatalf("the funder's own portfolio: %d %s", w.Code, w.Body.String())
			}
			wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/reports/spend-audit", as: models.RoleReviewer}), http.StatusUnprocessableEntity, "funder_id")
			wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/reports/spend-audit?funder_id=" + models.NewID(), as: models.RoleReviewer}), http.StatusNotFound, "")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.run(t, parent.sharedWith(t))
		})
	}
}
