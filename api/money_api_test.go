package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// moneyAnswer is a broken money rule's problem body with the members
// clients read.
type moneyAnswer struct {
	Type         string                 `json:"type"`
	Errors       []models.FieldError    `json:"errors"`
	AllowedMoves []models.ProjectStatus `json:"allowed_moves"`
	RemainingFen *models.Fen            `json:"remaining_fen"`
}

// TestMoneyAPI walks a project's life over HTTP, as the users who do each
// step, and validates every answer against the OpenAPI document: a funder
// opens a round and writes a draft with its plan inline, contracts and pays
// it; the contractor's staff spend and correct a spend; the reports read
// what was booked; a reviewer evaluates the completed project.
func TestMoneyAPI(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		// Mid-period, so that the project's funding runs beyond today.
		ts := newTestServer(t, d, withClock(func() time.Time { return time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC) }))
		c := newOpenAPIChecker(t, ts)
		const (
			reviewer = models.RoleReviewer
			orgStaff = models.RoleOrgStaff
			funder   = models.RoleFunder
		)
		post := func(path string, as models.Role, body any, header map[string]string) request {
			return request{method: http.MethodPost, path: path, as: as, body: body, header: header}
		}
		get := func(path string, as models.Role) request { return request{method: http.MethodGet, path: path, as: as} }
		key := func(k string) map[string]string { return map[string]string{"Idempotency-Key": k} }

		// A round and a draft with its plan inline.
		w := c.check(post("/api/v1/funding-cycles", funder, map[string]any{"name": "2025年度社区公益服务", "year": 2025, "pool_fen": 50_000_000,
			"opens_on": "2024-11-01", "closes_on": "2024-11-30", "period_start": "2025-01-01", "period_end": "2025-12-31"}, nil), http.StatusCreated, requestValid)
		cycle := decode[models.FundingCycleView](t, w)
		if cycle.FunderID != ts.Fix.Funder.ID || w.Header().Get("Location") != "/api/v1/funding-cycles/"+cycle.ID {
			t.Fatalf("round %s", w.Body.String())
		}
		draft := map[string]any{"code": "CA-2025-017", "title": "谈固社区居家养老服务", "organization_id": ts.Fix.Org.ID,
			"funding_cycle_id": cycle.ID, "category": "elderly_care", "budget_fen": 10_000_000, "start_on": "2025-01-01", "end_on": "2025-12-31",
			"description": "为高龄独居老人提供上门服务", "community_ids": []string{ts.Fix.Community.ID},
			"budget_lines": []map[string]any{{"category": "personnel", "amount_fen": 6_000_000}, {"category": "activities", "amount_fen": 3_000_000},
				{"category": "admin", "amount_fen": 1_000_000}},
			"tranches": []map[string]any{{"seq": 1, "due_on": "2025-01-15", "amount_fen": 5_000_000, "condition": "合同签订后"},
				{"seq": 2, "due_on": "2025-07-15", "amount_fen": 5_000_000, "condition": "中期评估合格"}},
			"indicators": []map[string]any{{"name": "上门服务", "unit": "人次", "target": 1200}, {"name": "健康讲座", "unit": "场", "target": 12}}}
		w = c.check(post("/api/v1/projects", funder, draft, nil), http.StatusCreated, requestValid)
		p := decode[models.ProjectView](t, w)
		if p.Status != models.ProjectDraft || p.Version != 1 || p.FunderID != ts.Fix.Funder.ID || len(p.BudgetLines) != 3 || len(p.Tranches) != 2 ||
			len(p.Indicators) != 2 || !slices.Equal(p.CommunityIDs, []string{ts.Fix.Community.ID}) || p.FundingCycleID == nil || *p.FundingCycleID != cycle.ID ||
			w.Header().Get("Location") != "/api/v1/projects/"+p.ID {
			t.Fatalf("created %s", w.Body.String())
		}
		c.check(post("/api/v1/projects", funder, draft, nil), http.StatusConflict, requestValid)
		projectPath := "/api/v1/projects/" + p.ID
		c.check(get("/api/v1/projects?status=draft&funding_cycle_id="+cycle.ID, funder), http.StatusOK, requestValid)
		c.check(get("/api/v1/projects?q=CA-2025&year=2025&district=%E9%95%BF%E5%AE%89%E5%8C%BA", reviewer), http.StatusOK, requestValid)
		c.check(get("/api/v1/projects?status=signed", reviewer), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get(projectPath, orgStaff), http.StatusOK, requestValid)
		w = c.check(request{method: http.MethodPatch, path: projectPath, as: funder, body: map[string]any{"version": 1, "title": "谈固社区居家养老服务（一期）"}},
			http.StatusOK, requestValid)
		if got := decode[models.ProjectView](t, w); got.Version != 2 || len(got.BudgetLines) != 3 {
			t.Fatalf("edited draft %s", w.Body.String())
		}

		// The machine: no skipping, then contracting.
		w = c.check(post(projectPath+"/status", funder, map[string]any{"to": "active"}, nil), http.StatusUnprocessableEntity, requestValid)
		if a := decode[moneyAnswer](t, w); a.Type != "urn:hatchery:problem:project-move-not-allowed" ||
			!slices.Equal(a.AllowedMoves, []models.ProjectStatus{models.ProjectContracted, models.ProjectTerminated}) {
			t.Errorf("a skipped step names the allowed moves: %s", w.Body.String())
		}
		w = c.check(post(projectPath+"/status", funder, map[string]any{"to": "contracted"}, nil), http.StatusOK, requestValid)
		if got := decode[models.ProjectView](t, w); got.Status != models.ProjectContracted ||
			!slices.Equal(got.AllowedMoves, []models.ProjectStatus{models.ProjectActive, models.ProjectTerminated}) {
			t.Fatalf("contracted %s", w.Body.String())
		}
		w = c.check(request{method: http.MethodPatch, path: projectPath, as: funder,
			body: map[string]any{"version": 3, "budget_lines": []map[string]any{{"category": "personnel", "amount_fen": 10_000_000}}}},
			http.StatusUnprocessableEntity, requestValid)
		if a := decode[moneyAnswer](t, w); a.Type != "urn:hatchery:problem:project-not-draft" {
			t.Errorf("a contracted plan changed: %s", w.Body.String())
		}

		// A payment, replayed with its key, then the key with another body.
		pay := map[string]any{"tranche_seq": 1, "paid_on": "2025-01-20", "amount_fen": 5_000_000, "reference": "国库集中支付 2025-0117"}
		w = c.check(post(projectPath+"/disbursements", funder, pay, key("pay-2025-0117")), http.StatusCreated, requestValid)
		paid := decode[models.Disbursement](t, w)
		if paid.AmountFen != 5_000_000 || paid.RecordedBy != ts.userOf(funder).ID || w.Header().Get("Idempotent-Replayed") != "" {
			t.Fatalf("paid %s", w.Body.String())
		}
		w = c.check(post(projectPath+"/disbursements", funder, pay, key("pay-2025-0117")), http.StatusCreated, requestValid)
		if again := decode[models.Disbursement](t, w); again.ID != paid.ID || w.Header().Get("Idempotent-Replayed") != "true" {
			t.Errorf("the replay answered %s (replayed %q), want entry %s again", w.Body.String(), w.Header().Get("Idempotent-Replayed"), paid.ID)
		}
		w = c.check(post(projectPath+"/disbursements", funder, withField(pay, "amount_fen", 5_000_001), key("pay-2025-0117")),
			http.StatusUnprocessableEntity, requestValid)
		if a := decode[moneyAnswer](t, w); a.Type != "urn:hatchery:problem:idempotency-key-reused" {
			t.Errorf("a reused key: %s", w.Body.String())
		}
		if n, _ := ts.ledgerCounts(p.ID); n != 1 {
			t.Fatalf("%d disbursements after a payment, its replay and a reused key; want 1", n)
		}
		// Another user's key of the same text is another key.
		c.check(post(projectPath+"/disbursements", models.RoleAdmin, withField(pay, "tranche_seq", 2), key("pay-2025-0117")), http.StatusCreated, requestValid)
		w = c.check(post(projectPath+"/disbursements", funder, withField(pay, "amount_fen", 1), nil), http.StatusUnprocessableEntity, requestValid)
		if a := decode[moneyAnswer](t, w); a.Type != "urn:hatchery:problem:disbursement-over-budget" || a.RemainingFen == nil || *a.RemainingFen != 0 {
			t.Errorf("a payment over the budget names what remains: %s", w.Body.String())
		}
		c.check(post(projectPath+"/disbursements", funder, pay, key("has a space")), http.StatusBadRequest, requestInvalid)

		// Spending, a replay, a correction, and what may not be corrected.
		spend := map[string]any{"budget_category": "personnel", "amount_fen": 420_000, "spent_on": "2025-02-10", "payee": "李娜",
			"voucher_no": "记-0210", "description": "二月社工工资"}
		w = c.check(post(projectPath+"/expenditures", orgStaff, spend, key("spend-0210")), http.StatusCreated, requestValid)
		spent := decode[models.Expenditure](t, w)
		w = c.check(post(projectPath+"/expenditures", orgStaff, spend, key("spend-0210")), http.StatusCreated, requestValid)
		if again := decode[models.Expenditure](t, w); again.ID != spent.ID || w.Header().Get("Idempotent-Replayed") != "true" {
			t.Errorf("the replay answered %s, want entry %s again", w.Body.String(), spent.ID)
		}
		c.check(post(projectPath+"/expenditures", orgStaff, withField(spend, "voucher_no", "记-0211"), nil), http.StatusCreated, requestValid)
		if _, n := ts.ledgerCounts(p.ID); n != 2 {
			t.Fatalf("%d expenditures, want 2", n)
		}
		reversePath := "/api/v1/expenditures/" + spent.ID + "/reverse"
		w = c.check(post(reversePath, orgStaff, map[string]any{"reason": "重复报销"}, key("undo-0210")), http.StatusCreated, requestValid)
		rev := decode[models.Expenditure](t, w)
		if rev.AmountFen != -spent.AmountFen || rev.ReversesID == nil || *rev.ReversesID != spent.ID || rev.ReversalReason != "重复报销" ||
			rev.BudgetCategory != spent.BudgetCategory || rev.VoucherNo != spent.VoucherNo {
			t.Errorf("reversal %s", w.Body.String())
		}
		w = c.check(post(reversePath, orgStaff, map[string]any{"reason": "重复报销"}, key("undo-0210")), http.StatusCreated, requestValid)
		if again := decode[models.Expenditure](t, w); again.ID != rev.ID || w.Header().Get("Idempotent-Replayed") != "true" {
			t.Errorf("the replayed reversal answered %s, want %s", w.Body.String(), rev.ID)
		}
		c.check(post(reversePath, orgStaff, map[string]any{"reason": "再次冲销"}, nil), http.StatusConflict, requestValid)
		w = c.check(post("/api/v1/expenditures/"+rev.ID+"/reverse", orgStaff, map[string]any{"reason": "冲销冲销"}, nil), http.StatusUnprocessableEntity, requestValid)
		if a := decode[moneyAnswer](t, w); a.Type != "urn:hatchery:problem:reversal-of-reversal" {
			t.Errorf("reversing a reversal: %s", w.Body.String())
		}
		c.check(post(reversePath, orgStaff, map[string]any{"reason": " "}, nil), http.StatusUnprocessableEntity, requestInvalid)
		if _, n := ts.ledgerCounts(p.ID); n != 3 {
			t.Fatalf("%d expenditures after one reversal and refused ones, want 3", n)
		}
		w = c.check(post("/api/v1/disbursements/"+paid.ID+"/reverse", funder, map[string]any{"reason": "付款账户有误"}, nil), http.StatusCreated, requestValid)
		if r := decode[models.Disbursement](t, w); r.AmountFen != -paid.AmountFen || r.TrancheSeq == nil || *r.TrancheSeq != 1 {
			t.Errorf("reversed payment %s", w.Body.String())
		}
		w = c.check(get(projectPath+"/expenditures?limit=2", reviewer), http.StatusOK, requestValid)
		if l := decode[models.List[models.Expenditure]](t, w); l.Total != 3 || len(l.Items) != 2 || l.NextCursor == nil {
			t.Errorf("expenditures page %s", w.Body.String())
		}
		w = c.check(get(projectPath+"/expenditures?budget_category=personnel&limit=200", models.RoleIncubator), http.StatusOK, requestValid)
		for _, e := range decode[models.List[models.Expenditure]](t, w).Items {
			if e.ID == spent.ID && (e.ReversedBy == nil || *e.ReversedBy != rev.ID) {
				t.Errorf("the reversed entry does not name its reversal: %+v", e)
			}
		}
		c.check(get(projectPath+"/expenditures?budget_category=travel", reviewer), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get(projectPath+"/disbursements", funder), http.StatusOK, requestValid)

		// What was delivered, and the reports.
		ind := p.Indicators[0]
		c.check(request{method: http.MethodPatch, path: projectPath + "/indicators/" + ind.ID, as: orgStaff, body: map[string]any{"version": ind.Version, "actual": 1350}},
			http.StatusOK, requestValid)
		c.check(request{method: http.MethodPatch, path: projectPath + "/indicators/" + ind.ID, as: orgStaff, body: map[string]any{"version": ind.Version, "actual": 1400}},
			http.StatusConflict, requestValid)
		w = c.check(get(projectPath+"/spend-audit", funder), http.StatusOK, requestValid)
		audit := decode[models.SpendAudit](t, w)
		if audit.SpentFen != 420_000 || audit.DisbursedFen != 5_000_000 || audit.BudgetFen != 10_000_000 || len(audit.Lines) != 3 {
			t.Errorf("spend audit %s", w.Body.String())
		}
		w = c.check(get("/api/v1/organizations/"+ts.Fix.Org.ID+"/funding", funder), http.StatusOK, requestValid)
		if f := decode[models.FundingContinuity](t, w); f.Projects != 1 || f.AwardedFen != 10_000_000 || f.FundedUntil == nil || *f.FundedUntil != "2025-12-31" {
			t.Errorf("funding %s", w.Body.String())
		}
		w = c.check(get("/api/v1/reports/funding?funder_id="+ts.Fix.Funder.ID, reviewer), http.StatusOK, requestValid)
		if r := decode[models.FundingReport](t, w); r.OrganizationCount != 1 || len(r.Cycles) != 1 || r.Cycles[0].AwardedFen != 10_000_000 {
			t.Errorf("funding report %s", w.Body.String())
		}
		c.check(get("/api/v1/reports/spend-audit", funder), http.StatusOK, requestValid)
		c.check(get("/api/v1/reports/spend-audit", reviewer), http.StatusUnprocessableEntity, requestValid)
		c.check(get("/api/v1/funding-cycles/"+cycle.ID, orgStaff), http.StatusOK, requestValid)
		c.check(get("/api/v1/funding-cycles?year=2025", funder), http.StatusOK, requestValid)
		c.check(request{method: http.MethodPatch, path: "/api/v1/funding-cycles/" + cycle.ID, as: funder, body: map[string]any{"version": 1, "pool_fen": 60_000_000}},
			http.StatusOK, requestValid)

		// Completed, then evaluated; nothing moves after that.
		c.check(post(projectPath+"/evaluation", reviewer, map[string]any{"grade": "good", "score": 88}, nil), http.StatusUnprocessableEntity, requestValid)
		c.check(post(projectPath+"/status", funder, map[string]any{"to": "active"}, nil), http.StatusOK, requestValid)
		c.check(post(projectPath+"/status", funder, map[string]any{"to": "completed"}, nil), http.StatusOK, requestValid)
		w = c.check(post(projectPath+"/evaluation", reviewer, map[string]any{"grade": "good", "score": 88, "evaluated_on": "",
			"note": "服务对象满意度高", "satisfaction_share": 0.93}, nil), http.StatusOK, requestValid)
		if e := decode[models.ProjectView](t, w).Evaluation; e == nil || e.Grade != "good" || e.EvaluatorID != ts.userOf(reviewer).ID || e.EvaluatedOn == "" {
			t.Errorf("evaluated %s", w.Body.String())
		}
		c.check(post(projectPath+"/evaluation", reviewer, map[string]any{"grade": "superb", "score": 88}, nil), http.StatusUnprocessableEntity, requestInvalid)
		w = c.check(post(projectPath+"/status", funder, map[string]any{"to": "terminated"}, nil), http.StatusUnprocessableEntity, requestValid)
		if a := decode[moneyAnswer](t, w); a.AllowedMoves == nil || len(a.AllowedMoves) != 0 {
			t.Errorf("a completed project allows no move, and says so: %s", w.Body.String())
		}
		c.check(get("/api/v1/projects?limit=1", models.RoleIncubator), http.StatusOK, requestValid)
	})
}

// TestIdempotencyKeyRace sends one money POST several times at once with
// one Idempotency-Key, as a client retrying over a bad line would: every
// answer is the one entry, all but one marked as replays, and one entry is
// stored.
func TestIdempotencyKeyRace(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		parent := newTestServer(t, d)
		parent.sharedWith(t)
		for _, c := range []struct {
			name string
			as   models.Role
			path string
			body map[string]any
		}{
			{"disbursement", models.RoleFunder, "disbursements", map[string]any{"tranche_seq": 1, "paid_on": "2025-01-20", "amount_fen": 5_000_000}},
			{"expenditure", models.RoleOrgStaff, "expenditures", map[string]any{"budget_category": "venue", "amount_fen": 66_000, "spent_on": "2025-02-01"}},
		} {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				ts := parent.sharedWith(t)
				p := ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectContracted)
				req := request{method: "POST", path: "/api/v1/projects/" + p.ID + "/" + c.path, as: c.as, body: c.body, header: idempotencyHeader()}
				const senders = 6
				answers := make([]*httptest.ResponseRecorder, senders)
				var wg sync.WaitGroup
				for i := range answers {
					wg.Go(func() { answers[i] = ts.do(req) })
				}
				wg.Wait()
				ids, firsts := map[string]bool{}, 0
				for _, w := range answers {
					if w.Code != http.StatusCreated {
						t.Fatalf("status %d: %s", w.Code, w.Body.String())
					}
					ids[decode[map[string]any](t, w)["id"].(string)] = true
					if w.Header().Get("Idempotent-Replayed") == "" {
						firsts++
					}
				}
				paid, spent := ts.ledgerCounts(p.ID)
				if len(ids) != 1 || firsts != 1 || paid+spent != 1 {
					t.Errorf("%d ids, %d first answers, %d entries stored; want 1 of each", len(ids), firsts, paid+spent)
				}
			})
		}
	})
}

// withExponent is body with its amount_fen written as 1e3, which JSON
// allows and an amount does not.
func withExponent(body map[string]any) string {
	raw := mustJSON(withoutField(body, "amount_fen"))
	return raw[:len(raw)-1] + `,"amount_fen":1e3}`
}

func texts[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// moneyState is what a refused money request must leave as it was.
type moneyState struct {
	Projects int64
	Ledgers  map[string][2]int64
	Rows     map[string]string
	Audit    map[string]int64
}

func (ts *testServer) moneyState(projects ...models.ProjectView) moneyState {
	ts.t.Helper()
	l, err := ts.Store.ListProjects(context.Background(), ts.actorOf(models.RoleAdmin), models.ProjectFilter{Page: models.Page{Limit: 1}})
	if err != nil {
		ts.t.Fatal(err)
	}
	st := moneyState{Projects: l.Total, Ledgers: map[string][2]int64{}, Rows: map[string]string{}, Audit: map[string]int64{}}
	for _, p := range projects {
		paid, spent := ts.ledgerCounts(p.ID)
		st.Ledgers[p.Code] = [2]int64{paid, spent}
		b, err := json.Marshal(ts.storedProject(p.ID))
		if err != nil {
			ts.t.Fatal(err)
		}
		st.Rows[p.Code] = string(b)
	}
	for _, action := range []string{"create", "update", "status", "reverse", "evaluate"} {
		st.Audit[action] = ts.auditCount(action)
	}
	return st
}

// TestMoneyBadInput sends bad money requests (SPEC 4.5, 4.2): each is
// refused with a problem naming the field or the rule, and nothing is
// stored: no entry, no project, no change, no audit entry of a change.
func TestMoneyBadInput(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		parent := newTestServer(t, d)
		setup := parent.sharedWith(t)
		fx := parent.Fix
		contracted := setup.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectContracted)
		draft := setup.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectDraft)
		terminated := setup.caseProject(fx.Funder.ID, fx.Org.ID, models.ProjectTerminated)
		setup.casePayment(contracted, 3_000_000)
		spent := setup.caseSpend(contracted, 80_000)
		used := map[string]any{"paid_on": "2025-02-01", "amount_fen": 100_000, "reference": "已用的键"}
		if w := setup.do(request{method: "POST", path: "/api/v1/projects/" + contracted.ID + "/disbursements", as: models.RoleFunder, body: used,
			header: map[string]string{"Idempotency-Key": "used-key"}}); w.Code != http.StatusCreated {
			t.Fatalf("pay with a key: %d %s", w.Code, w.Body.String())
		}
		contracted = setup.storedProject(contracted.ID)

		pay := map[string]any{"tranche_seq": 2, "paid_on": "2025-07-20", "amount_fen": 1_000_000, "reference": "第二笔"}
		spend := map[string]any{"budget_category": "activities", "amount_fen": 30_000, "spent_on": "2025-03-01", "payee": "文具店", "voucher_no": "记-0301"}
		project := map[string]any{"code": "BAD-2025-001", "title": "坏项目", "organization_id": fx.Org.ID, "category": "elderly_care",
			"budget_fen": 1_000_000, "start_on": "2025-01-01", "end_on": "2025-12-31", "community_ids": []string{fx.Community.ID},
			"budget_lines": []map[string]any{{"category": "personnel", "amount_fen": 1_000_000}},
			"tranches":     []map[string]any{{"seq": 1, "due_on": "2025-02-01", "amount_fen": 1_000_000}}}
		payPath := "/api/v1/projects/" + contracted.ID + "/disbursements"
		spendPath := "/api/v1/projects/" + contracted.ID + "/expenditures"
		badKey := map[string]string{"Idempotency-Key": "两个字"}

		type money struct {
			name   string
			req    request
			status int
			field  string
			rule   string // the problem type's code, when a rule is broken
		}
		as := func(role models.Role, method, path string, body any, header map[string]string) request {
			return request{method: method, path: path, as: role, body: body, header: header}
		}
		amounts := func(what, path string, role models.Role, body map[string]any) []money {
			return []money{
				{what + " amount as a fraction", as(role, "POST", path, withField(body, "amount_fen", 1.5), nil), 400, "amount_fen", ""},
				{what + " amount as a string", as(role, "POST", path, withField(body, "amount_fen", "100"), nil), 400, "amount_fen", ""},
				{what + " amount with an exponent", as(role, "POST", path, withExponent(body), nil), 400, "amount_fen", ""},
				{what + " amount of zero", as(role, "POST", path, withField(body, "amount_fen", 0), nil), 422, "amount_fen", ""},
				{what + " amount missing", as(role, "POST", path, withoutField(body, "amount_fen"), nil), 422, "amount_fen", ""},
				{what + " negative amount", as(role, "POST", path, withField(body, "amount_fen", -100), nil), 422, "amount_fen", ""},
				{what + " amount beyond 10^12", as(role, "POST", path, withField(body, "amount_fen", 1_000_000_000_001), nil), 422, "amount_fen", ""},
				{what + " amount far beyond int64", as(role, "POST", path, withField(body, "amount_fen", json.Number("99999999999999999999999")), nil), 422, "amount_fen", ""},
				{what + " malformed Idempotency-Key", as(role, "POST", path, body, badKey), 400, "Idempotency-Key", ""},
				{what + " Idempotency-Key of 201 characters", as(role, "POST", path, body, map[string]string{"Idempotency-Key": strings.Repeat("k", 201)}), 400, "Idempotency-Key", ""},
			}
		}
		cases := append(amounts("payment:", payPath, models.RoleFunder, pay), amounts("spend:", spendPath, models.RoleOrgStaff, spend)...)
		cases = append(cases, []money{
			{"payment over the budget", as(models.RoleFunder, "POST", payPath, withField(pay, "amount_fen", 6_900_001), nil), 422, "amount_fen", models.RuleDisbursementOverBudget},
			{"payment against a tranche the project lacks", as(models.RoleFunder, "POST", payPath, withField(pay, "tranche_seq", 3), nil), 422, "tranche_seq", ""},
			{"payment on a draft", as(models.RoleFunder, "POST", "/api/v1/projects/"+draft.ID+"/disbursements", withoutField(pay, "tranche_seq"), nil), 422, "", models.RuleProjectNotSpendable},
			{"payment on a terminated project", as(models.RoleFunder, "POST", "/api/v1/projects/"+terminated.ID+"/disbursements", withoutField(pay, "tranche_seq"), nil), 422, "", models.RuleProjectNotSpendable},
			{"payment with an impossible date", as(models.RoleFunder, "POST", payPath, withField(pay, "paid_on", "2025-02-30"), nil), 422, "paid_on", ""},
			{"payment with a used key and another body", as(models.RoleFunder, "POST", payPath, withField(used, "amount_fen", 100_001), map[string]string{"Idempotency-Key": "used-key"}), 422, "Idempotency-Key", models.RuleIdempotencyKeyReused},
			{"payment with a used key on another project", as(models.RoleFunder, "POST", "/api/v1/projects/"+terminated.ID+"/disbursements", used, map[string]string{"Idempotency-Key": "used-key"}), 422, "Idempotency-Key", models.RuleIdempotencyKeyReused},
			{"spend on a draft", as(models.RoleOrgStaff, "POST", "/api/v1/projects/"+draft.ID+"/expenditures", spend, nil), 422, "", models.RuleProjectNotSpendable},
			{"spend on a terminated project", as(models.RoleOrgStaff, "POST", "/api/v1/projects/"+terminated.ID+"/expenditures", spend, nil), 422, "", models.RuleProjectNotSpendable},
			{"spend in an unknown budget category", as(models.RoleOrgStaff, "POST", spendPath, withField(spend, "budget_category", "travel"), nil), 422, "budget_category", ""},
			{"spend with an unknown field", as(models.RoleOrgStaff, "POST", spendPath, withField(spend, "recorded_by", "someone"), nil), 400, "recorded_by", ""},
			{"spend without a date", as(models.RoleOrgStaff, "POST", spendPath, withoutField(spend, "spent_on"), nil), 422, "spent_on", ""},
			{"reversal without a reason", as(models.RoleOrgStaff, "POST", "/api/v1/expenditures/"+spent.ID+"/reverse", map[string]any{"reason": "  "}, nil), 422, "reason", ""},
			{"reversal with a malformed key", as(models.RoleOrgStaff, "POST", "/api/v1/expenditures/"+spent.ID+"/reverse", map[string]any{"reason": "重复"}, badKey), 400, "Idempotency-Key", ""},
			{"project ending before it starts", as(models.RoleFunder, "POST", "/api/v1/projects", withField(project, "end_on", "2024-12-31"), nil), 422, "end_on", ""},
			{"project with an unknown budget category", as(models.RoleFunder, "POST", "/api/v1/projects",
				withField(project, "budget_lines", []map[string]any{{"category": "travel", "amount_fen": 1_000_000}}), nil), 422, "budget_lines[0].category", ""},
			{"project with a budget as a fraction", as(models.RoleFunder, "POST", "/api/v1/projects", withField(project, "budget_fen", 10000.5), nil), 400, "budget_fen", ""},
			{"project with a tranche amount as a string", as(models.RoleFunder, "POST", "/api/v1/projects",
				withField(project, "tranches", []map[string]any{{"seq": 1, "due_on": "2025-02-01", "amount_fen": "1000000"}}), nil), 400, "tranches[0].amount_fen", ""},
			{"project naming a budget category twice", as(models.RoleFunder, "POST", "/api/v1/projects",
				withField(project, "budget_lines", []map[string]any{{"category": "admin", "amount_fen": 1}, {"category": "admin", "amount_fen": 2}}), nil), 422, "budget_lines[1].category", ""},
			{"project without a community", as(models.RoleFunder, "POST", "/api/v1/projects", withField(project, "community_ids", []string{}), nil), 422, "community_ids", ""},
			{"project of an admin without a funder", as(models.RoleAdmin, "POST", "/api/v1/projects", project, nil), 422, "funder_id", ""},
			{"lines of a contracted project", as(models.RoleFunder, "PATCH", "/api/v1/projects/"+contracted.ID,
				map[string]any{"version": contracted.Version, "budget_lines": []map[string]any{{"category": "personnel", "amount_fen": 10_000_000}}}, nil), 422, "", models.RuleProjectNotDraft},
			{"a draft ending before it starts", as(models.RoleFunder, "PATCH", "/api/v1/projects/"+draft.ID, map[string]any{"version": draft.Version, "end_on": "2024-06-30"}, nil), 422, "end_on", ""},
			{"a draft's funder", as(models.RoleFunder, "PATCH", "/api/v1/projects/"+draft.ID, map[string]any{"version": draft.Version, "funder_id": fx.Funder.ID}, nil), 400, "funder_id", ""},
			{"a move to an unknown status", as(models.RoleFunder, "POST", "/api/v1/projects/"+draft.ID+"/status", map[string]any{"to": "signed"}, nil), 422, "to", ""},
			{"evaluating a contracted project", as(models.RoleReviewer, "POST", "/api/v1/projects/"+contracted.ID+"/evaluation", map[string]any{"grade": "pass", "score": 60}, nil), 422, "", models.RuleProjectNotCompleted},
			{"a score over 100", as(models.RoleReviewer, "POST", "/api/v1/projects/"+contracted.ID+"/evaluation", map[string]any{"grade": "pass", "score": 101}, nil), 422, "score", ""},
		}...)

		tracked := []models.ProjectView{contracted, draft, terminated}
		initial := setup.moneyState(tracked...)
		t.Cleanup(func() {
			if final := parent.moneyState(tracked...); !reflect.DeepEqual(initial, final) {
				t.Errorf("the refused requests changed what is stored:\nbefore %+v\nafter  %+v", initial, final)
			}
		})
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				ts := parent.sharedWith(t)
				w := ts.do(c.req)
				p := wantProblem(t, w, c.status, c.field)
				if c.rule != "" && p.Type != "urn:hatchery:problem:"+c.rule {
					t.Errorf("type %s, want the rule %s", p.Type, c.rule)
				}
				if c.rule == models.RuleDisbursementOverBudget {
					if a := decode[moneyAnswer](t, w); a.RemainingFen == nil || *a.RemainingFen != 6_900_000 {
						t.Errorf("remaining_fen %v, want 6900000: %s", a.RemainingFen, w.Body.String())
					}
				}
				if after := ts.moneyState(tracked...); !reflect.DeepEqual(initial, after) {
					t.Errorf("a refused request changed what is stored:\nbefore %+v\nafter  %+v", initial, after)
				}
			})
		}
	})
}
