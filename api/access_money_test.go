package api

import (
	"context"
	"net/http/httptest"
	"slices"
	"testing"

	"hatchery/models"
)

// moneyAccessCases are the matrix's rows for funding cycles, projects, the
// ledger and the money reports (routes.go: payers are admins and funders,
// spenders admins and org_staff, evaluators admins, reviewers and
// funders). Reads go to the money fixture, which every role but anonymous
// may see: the funder funds it, org_staff's organization carries it out,
// and the incubator hosts that organization. Each write goes to a project
// or an entry of its own case.
func moneyAccessCases(fx fixture, m moneyFixture) []accessCase {
	admin, reviewer, orgStaff, funder := models.RoleAdmin, models.RoleReviewer, models.RoleOrgStaff, models.RoleFunder
	payers := []models.Role{admin, funder}
	spenders := []models.Role{admin, orgStaff}
	projectPath := "/api/v1/projects/" + m.Project.ID
	return []accessCase{
		{"GET", "/api/v1/funding-cycles", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			other := ts.newFunder()
			theirs := ts.caseCycle(other.ID)
			return request{method: "GET", path: "/api/v1/funding-cycles?funder_id=" + other.ID, as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				if !allowed {
					return
				}
				l := decode[models.List[models.FundingCycleView]](t, w)
				if as == funder { // a funder's users see their own funder's rounds only
					if l.Total != 0 || len(l.Items) != 0 {
						t.Errorf("the funder sees another funder's rounds: %s", w.Body.String())
					}
				} else if l.Total != 1 || l.Items[0].ID != theirs.ID || l.Items[0].FunderName != other.Name {
					t.Errorf("%s sees %s, want the one round %s", as, w.Body.String(), theirs.ID)
				}
				own := decode[models.List[models.FundingCycleView]](t, ts.do(request{method: "GET", path: "/api/v1/funding-cycles?limit=200&funder_id=" + fx.Funder.ID, as: as}))
				if !slices.ContainsFunc(own.Items, func(c models.FundingCycleView) bool { return c.ID == m.Cycle.ID }) {
					t.Errorf("%s does not see the fixture round %s", as, m.Cycle.ID)
				}
			}
		}},
		{"POST", "/api/v1/funding-cycles", onlyRoles(201, payers...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			name := "2026年度公益创投" + uniqueSuffix()
			body := map[string]any{"funder_id": fx.Funder.ID, "name": name, "year": 2026, "pool_fen": 200_000_000,
				"opens_on": "2025-11-01", "closes_on": "2025-11-30", "period_start": "2026-01-01", "period_end": "2026-12-31"}
			return request{method: "POST", path: "/api/v1/funding-cycles", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				l, err := ts.Store.ListFundingCycles(context.Background(), ts.actorOf(admin), models.FundingCycleFilter{FunderID: fx.Funder.ID, Page: models.Page{Limit: models.MaxLimit}})
				if err != nil {
					t.Fatal(err)
				}
				n := 0
				for _, c := range l.Items {
					if c.Name == name {
						n++
					}
				}
				if want := map[bool]int{true: 1, false: 0}[allowed]; n != want {
					t.Fatalf("rounds named %s: %d, want %d", name, n, want)
				}
				if allowed {
					c := decode[models.FundingCycleView](t, w)
					if c.ID == "" || c.Version != 1 || c.FunderID != fx.Funder.ID || c.PoolFen != 200_000_000 || w.Header().Get("Location") != "/api/v1/funding-cycles/"+c.ID {
						t.Errorf("created round %s", w.Body.String())
					}
				}
			}
		}},
		{"GET", "/api/v1/funding-cycles/:id", signedInGets(200), readRoute("/api/v1/funding-cycles/"+m.Cycle.ID, func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			c := decode[models.FundingCycleView](t, w)
			if c.ID != m.Cycle.ID || c.FunderName != fx.Funder.Name || c.Projects != 1 || c.AwardedFen != m.Project.BudgetFen {
				t.Errorf("round %s, want the fixture project's budget awarded", w.Body.String())
			}
		})},
		{"PATCH", "/api/v1/funding-cycles/:id", onlyRoles(200, payers...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseCycle(fx.Funder.ID)
			return request{method: "PATCH", path: "/api/v1/funding-cycles/" + target.ID, as: as, body: map[string]any{"version": 1, "pool_fen": 123_456_789}},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					got, err := ts.Store.GetFundingCycle(context.Background(), ts.actorOf(admin), target.ID)
					if err != nil {
						t.Fatal(err)
					}
					if allowed && (got.Version != 2 || got.PoolFen != 123_456_789) {
						t.Errorf("after the change: %+v", got)
					}
					if !allowed && (got.Version != 1 || got.PoolFen != target.PoolFen) {
						t.Errorf("a refused change was stored: %+v", got)
					}
				}
		}},

		{"GET", "/api/v1/projects", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// A project nobody but admins and reviewers sees: another
			// funder's, carried out by an organization nobody hosts.
			other := ts.newFunder()
			theirs := ts.caseProject(other.ID, ts.caseOrganization(models.StageRegistered, nil, nil).ID, models.ProjectContracted)
			return request{method: "GET", path: "/api/v1/projects?funder_id=" + other.ID, as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				if !allowed {
					return
				}
				l := decode[models.List[models.ProjectView]](t, w)
				if as == admin || as == reviewer {
					if l.Total != 1 || l.Items[0].ID != theirs.ID || l.Items[0].FunderName != other.Name {
						t.Errorf("%s sees %.400s, want the one project %s", as, w.Body.String(), theirs.ID)
					}
				} else if l.Total != 0 {
					t.Errorf("%s sees another funder's project of an organization outside its scope: %.400s", as, w.Body.String())
				}
				mine := decode[models.List[models.ProjectView]](t, ts.do(request{method: "GET", path: "/api/v1/projects?limit=200&status=contracted&organization_id=" + fx.Org.ID, as: as}))
				if !slices.ContainsFunc(mine.Items, func(p models.ProjectView) bool { return p.ID == m.Project.ID }) {
					t.Errorf("%s does not list the fixture project: %.400s", as, w.Body.String())
				}
			}
		}},
		{"POST", "/api/v1/projects", onlyRoles(201, payers...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			code := "SJZ-2026-" + uniqueSuffix()
			body := map[string]any{"code": code, "title": "谈固社区儿童之家", "organization_id": fx.Org.ID, "funder_id": fx.Funder.ID,
				"category": "child_youth", "budget_fen": 8_000_000, "start_on": "2026-01-01", "end_on": "2026-12-31",
				"community_ids": []string{fx.Community.ID},
				"budget_lines":  []map[string]any{{"category": "personnel", "amount_fen": 5_000_000}, {"category": "activities", "amount_fen": 3_000_000}},
				"tranches":      []map[string]any{{"seq": 1, "due_on": "2026-02-01", "amount_fen": 8_000_000, "condition": "合同签订后"}},
				"indicators":    []map[string]any{{"name": "四点半课堂", "unit": "场", "target": 100}}}
			return request{method: "POST", path: "/api/v1/projects", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				l, err := ts.Store.ListProjects(context.Background(), ts.actorOf(admin), models.ProjectFilter{Q: code})
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int64{true: 1, false: 0}[allowed]; l.Total != want {
					t.Fatalf("projects coded %s: %d, want %d", code, l.Total, want)
				}
				if allowed {
					p := decode[models.ProjectView](t, w)
					if p.ID == "" || p.Version != 1 || p.Status != models.ProjectDraft || p.FunderID != fx.Funder.ID || len(p.BudgetLines) != 2 ||
						len(p.Tranches) != 1 || len(p.Indicators) != 1 || w.Header().Get("Location") != "/api/v1/projects/"+p.ID {
						t.Errorf("created project %s", w.Body.String())
					}
				}
			}
		}},
		{"GET", "/api/v1/projects/:id", signedInGets(200), readRoute(projectPath, func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			p := decode[models.ProjectView](t, w)
			if p.ID != m.Project.ID || p.Status != models.ProjectContracted || p.DisbursedFen != m.Disbursement.AmountFen || p.SpentFen != m.Expenditure.AmountFen ||
				len(p.BudgetLines) != 3 || len(p.Tranches) != 2 || len(p.Indicators) != 1 || p.OrganizationName != fx.Org.Name ||
				!slices.Equal(p.AllowedMoves, []models.ProjectStatus{models.ProjectActive, models.ProjectTerminated}) {
				t.Errorf("project %s", w.Body.String())
			}
		})},
		{"PATCH", "/api/v1/projects/:id", onlyRoles(200, payers...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectDraft)
			title := "改名项目" + uniqueSuffix()
			body := map[string]any{"version": target.Version, "title": title, "budget_lines": []map[string]any{{"category": "personnel", "amount_fen": 10_000_000}}}
			return request{method: "PATCH", path: "/api/v1/projects/" + target.ID, as: as, body: body}, func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
				got := ts.storedProject(target.ID)
				if allowed && (got.Version != target.Version+1 || got.Title != title || len(got.BudgetLines) != 1) {
					t.Errorf("after the change: %+v", got)
				}
				if !allowed && (got.Version != target.Version || got.Title != target.Title || len(got.BudgetLines) != 3) {
					t.Errorf("a refused change was stored: %+v", got)
				}
			}
		}},
		{"POST", "/api/v1/projects/:id/status", onlyRoles(200, payers...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectDraft)
			return request{method: "POST", path: "/api/v1/projects/" + target.ID + "/status", as: as, body: map[string]any{"to": "contracted"}},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					want := map[bool]models.ProjectStatus{true: models.ProjectContracted, false: models.ProjectDraft}[allowed]
					if got := ts.storedProject(target.ID); got.Status != want {
						t.Errorf("the project is %s, want %s", got.Status, want)
					}
				}
		}},
		{"POST", "/api/v1/projects/:id/evaluation", onlyRoles(200, admin, reviewer, funder), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectCompleted)
			body := map[string]any{"grade": "good", "score": 86, "evaluated_on": "2027-01-15", "note": "服务对象满意度高", "satisfaction_share": 0.92}
			return request{method: "POST", path: "/api/v1/projects/" + target.ID + "/evaluation", as: as, body: body},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					got := ts.storedProject(target.ID).Evaluation
					if allowed && (got == nil || got.Grade != "good" || got.Score != 86 || got.EvaluatorID != ts.userOf(as).ID) {
						t.Errorf("after the evaluation: %+v", got)
					}
					if !allowed && got != nil {
						t.Errorf("a refused evaluation was stored: %+v", got)
					}
				}
		}},
		{"PATCH", "/api/v1/projects/:id/indicators/:indicator_id", onlyRoles(200, spenders...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectActive)
			ind := target.Indicators[0]
			return request{method: "PATCH", path: "/api/v1/projects/" + target.ID + "/indicators/" + ind.ID, as: as, body: map[string]any{"version": ind.Version, "actual": 321}},
				func(t *testing.T, _ *httptest.ResponseRecorder, allowed bool) {
					got := ts.storedProject(target.ID).Indicators[0]
					if allowed && (got.Actual == nil || *got.Actual != 321 || got.Version != ind.Version+1) {
						t.Errorf("after the change: %+v", got)
					}
					if !allowed && (got.Actual != nil || got.Version != ind.Version) {
						t.Errorf("a refused change was stored: %+v", got)
					}
				}
		}},
		{"GET", "/api/v1/projects/:id/spend-audit", signedInGets(200), readRoute(projectPath+"/spend-audit", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			a := decode[models.SpendAudit](t, w)
			if a.ProjectID != m.Project.ID || a.BudgetFen != m.Project.BudgetFen || a.DisbursedFen != m.Disbursement.AmountFen ||
				a.SpentFen != m.Expenditure.AmountFen || len(a.Lines) != 3 || a.Flags == nil {
				t.Errorf("spend audit %s", w.Body.String())
			}
		})},

		{"GET", "/api/v1/projects/:id/disbursements", signedInGets(200), readRoute(projectPath+"/disbursements", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if l := decode[models.List[models.Disbursement]](t, w); l.Total != 1 || l.Items[0].ID != m.Disbursement.ID || l.Items[0].AmountFen != m.Disbursement.AmountFen {
				t.Errorf("disbursements %s", w.Body.String())
			}
		})},
		{"POST", "/api/v1/projects/:id/disbursements", onlyRoles(201, payers...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectContracted)
			body := map[string]any{"tranche_seq": 1, "paid_on": "2025-01-20", "amount_fen": 5_000_000, "reference": "国库集中支付"}
			return request{method: "POST", path: "/api/v1/projects/" + target.ID + "/disbursements", as: as, body: body, header: idempotencyHeader()},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					paid, _ := ts.ledgerCounts(target.ID)
					if want := map[bool]int64{true: 1, false: 0}[allowed]; paid != want {
						t.Fatalf("disbursements on the project: %d, want %d", paid, want)
					}
					if allowed {
						d := decode[models.Disbursement](t, w)
						if d.ProjectID != target.ID || d.AmountFen != 5_000_000 || d.RecordedBy != ts.userOf(as).ID || d.TrancheSeq == nil || *d.TrancheSeq != 1 ||
							w.Header().Get("Location") != "/api/v1/projects/"+target.ID+"/disbursements" || w.Header().Get("Idempotent-Replayed") != "" {
							t.Errorf("recorded %s", w.Body.String())
						}
					}
				}
		}},
		{"POST", "/api/v1/disbursements/:id/reverse", onlyRoles(201, payers...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectContracted)
			pay := ts.casePayment(target, 2_000_000)
			return request{method: "POST", path: "/api/v1/disbursements/" + pay.ID + "/reverse", as: as, body: map[string]any{"reason": "金额录入错误"}},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					paid, _ := ts.ledgerCounts(target.ID)
					if want := map[bool]int64{true: 2, false: 1}[allowed]; paid != want {
						t.Fatalf("disbursements on the project: %d, want %d", paid, want)
					}
					if allowed {
						r := decode[models.Disbursement](t, w)
						if r.AmountFen != -pay.AmountFen || r.ReversesID == nil || *r.ReversesID != pay.ID || r.ReversalReason != "金额录入错误" {
							t.Errorf("reversal %s", w.Body.String())
						}
					}
					if got := ts.storedProject(target.ID).DisbursedFen; got != map[bool]models.Fen{true: 0, false: pay.AmountFen}[allowed] {
						t.Errorf("disbursed after the reversal: %d", got)
					}
				}
		}},
		{"GET", "/api/v1/projects/:id/expenditures", signedInGets(200), readRoute(projectPath+"/expenditures?budget_category=personnel", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if l := decode[models.List[models.Expenditure]](t, w); l.Total != 1 || l.Items[0].ID != m.Expenditure.ID || l.Items[0].ReversedBy != nil {
				t.Errorf("expenditures %s", w.Body.String())
			}
		})},
		{"GET", "/api/v1/expenditures", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// Another funder's project, run by an organization nobody hosts:
			// its spending is in the ledger of admins and reviewers only.
			other := ts.newFunder()
			theirs := ts.caseProject(other.ID, ts.caseOrganization(models.StageRegistered, nil, nil).ID, models.ProjectActive)
			spend := ts.caseSpend(theirs, 31_400)
			return request{method: "GET", path: "/api/v1/expenditures?funder_id=" + other.ID, as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				if !allowed {
					return
				}
				l := decode[models.List[models.LedgerEntry]](t, w)
				if as == admin || as == reviewer {
					if l.Total != 1 || l.Items[0].ID != spend.ID || l.Items[0].ProjectCode != theirs.Code || l.Items[0].FunderName != other.Name {
						t.Errorf("%s sees %.400s, want the one expenditure %s", as, w.Body.String(), spend.ID)
					}
				} else if l.Total != 0 {
					t.Errorf("%s sees spending on a project outside its scope: %.400s", as, w.Body.String())
				}
				mine := decode[models.List[models.LedgerEntry]](t, ts.do(request{method: "GET", path: "/api/v1/expenditures?limit=200&budget_category=personnel&organization_id=" + fx.Org.ID, as: as}))
				if !slices.ContainsFunc(mine.Items, func(e models.LedgerEntry) bool { return e.ID == m.Expenditure.ID }) {
					t.Errorf("%s does not see the fixture expenditure in its ledger", as)
				}
			}
		}},
		{"POST", "/api/v1/projects/:id/expenditures", onlyRoles(201, spenders...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectActive)
			body := map[string]any{"budget_category": "activities", "amount_fen": 45_600, "spent_on": "2025-03-08", "payee": "石家庄文具批发", "voucher_no": "记-0308", "description": "手工材料"}
			return request{method: "POST", path: "/api/v1/projects/" + target.ID + "/expenditures", as: as, body: body, header: idempotencyHeader()},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					_, spent := ts.ledgerCounts(target.ID)
					if want := map[bool]int64{true: 1, false: 0}[allowed]; spent != want {
						t.Fatalf("expenditures on the project: %d, want %d", spent, want)
					}
					if allowed {
						e := decode[models.Expenditure](t, w)
						if e.ProjectID != target.ID || e.AmountFen != 45_600 || e.BudgetCategory != "activities" || e.RecordedBy != ts.userOf(as).ID ||
							w.Header().Get("Location") != "/api/v1/projects/"+target.ID+"/expenditures" {
							t.Errorf("recorded %s", w.Body.String())
						}
					}
				}
		}},
		{"POST", "/api/v1/expenditures/:id/reverse", onlyRoles(201, spenders...), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectContracted)
			spend := ts.caseSpend(target, 88_000)
			return request{method: "POST", path: "/api/v1/expenditures/" + spend.ID + "/reverse", as: as, body: map[string]any{"reason": "重复报销"}},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					_, spent := ts.ledgerCounts(target.ID)
					if want := map[bool]int64{true: 2, false: 1}[allowed]; spent != want {
						t.Fatalf("expenditures on the project: %d, want %d", spent, want)
					}
					if allowed {
						r := decode[models.Expenditure](t, w)
						if r.AmountFen != -spend.AmountFen || r.ReversesID == nil || *r.ReversesID != spend.ID || r.RecordedBy != ts.userOf(as).ID {
							t.Errorf("reversal %s", w.Body.String())
						}
					}
				}
		}},

		{"GET", "/api/v1/organizations/:id/funding", signedInGets(200), readRoute("/api/v1/organizations/"+fx.Org.ID+"/funding", func(t *testing.T, _ *testServer, as models.Role, w *httptest.ResponseRecorder) {
			f := decode[models.FundingContinuity](t, w)
			if f.OrganizationID != fx.Org.ID || f.Projects < 1 || f.AwardedFen < m.Project.BudgetFen ||
				!slices.ContainsFunc(f.Periods, func(p models.FundingPeriod) bool { return p.ProjectID == m.Project.ID }) {
				t.Errorf("funding %.400s", w.Body.String())
			}
			for _, s := range f.Funders {
				if as == funder && s.FunderID != fx.Funder.ID {
					t.Errorf("the funder sees another funder named: %+v", s)
				}
			}
		})},
		{"GET", "/api/v1/reports/funding", onlyRoles(200, admin, reviewer, funder), readRoute("/api/v1/reports/funding?funder_id="+fx.Funder.ID, func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			r := decode[models.FundingReport](t, w)
			if !slices.ContainsFunc(r.Organizations, func(o models.FundingContinuity) bool { return o.OrganizationID == fx.Org.ID }) ||
				!slices.ContainsFunc(r.Cycles, func(c models.CycleAward) bool {
					return c.FundingCycleID == m.Cycle.ID && c.AwardedFen == m.Project.BudgetFen
				}) ||
				r.OrganizationCount != len(r.Organizations) {
				t.Errorf("funding report %.400s", w.Body.String())
			}
		})},
		{"GET", "/api/v1/reports/spend-audit", onlyRoles(200, admin, reviewer, funder), readRoute("/api/v1/reports/spend-audit?funder_id="+fx.Funder.ID, func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			r := decode[models.PortfolioAudit](t, w)
			if r.FunderID != fx.Funder.ID || r.Projects < 1 || len(r.Audits) != r.Projects || len(r.ByStatus) != len(models.ProjectStatuses) ||
				!slices.ContainsFunc(r.Audits, func(a models.SpendAudit) bool { return a.ProjectID == m.Project.ID }) {
				t.Errorf("portfolio audit %.400s", w.Body.String())
			}
		})},
	}
}
