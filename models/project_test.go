package models_test

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// projectWorld adds a funder with its user, a contractor with its staff and
// a draft project of 10,000 yuan to a world.
type projectWorld struct {
	*world
	funder, otherFunder models.Funder
	funderUser          models.Actor
	otherFunderUser     models.Actor
	contractor          models.Organization
	staff               models.Actor
	project             models.ProjectView
}

func newProjectWorld(t testing.TB, d models.Dialect) *projectWorld {
	t.Helper()
	w := &projectWorld{world: newWorld(t, d)}
	ctx, sys := context.Background(), models.System("test")
	var err error
	if w.funder, err = w.s.CreateFunder(ctx, sys, models.Funder{Name: "裕华区民政局", Kind: "government"}); err != nil {
		t.Fatal(err)
	}
	if w.otherFunder, err = w.s.CreateFunder(ctx, sys, models.Funder{Name: "槐底街道办事处", Kind: "street_office"}); err != nil {
		t.Fatal(err)
	}
	w.funderUser = w.funderActor("fund1", w.funder.ID)
	w.otherFunderUser = w.funderActor("fund2", w.otherFunder.ID)
	w.contractor = w.org("槐底为老服务中心", nil, "community_filed", false, "registered")
	w.staff = w.user("staff1", models.RoleOrgStaff, w.contractor.ID)
	w.project = w.draft("HY-2025-001", 1_000_000)
	return w
}

func (w *projectWorld) funderActor(name, funderID string) models.Actor {
	w.t.Helper()
	u, err := w.s.CreateUser(context.Background(), models.System("test"), models.NewUser{
		Username: name, DisplayName: name, Role: models.RoleFunder, FunderID: funderID, Password: "long-enough-secret",
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return models.Actor{UserID: u.ID, Username: u.Username, Role: models.RoleFunder, FunderID: funderID}
}

// draft makes a project whose lines sum to budget: 60% personnel, 30%
// activities, 10% admin, paid in two tranches of half.
func (w *projectWorld) draft(code string, budget models.Fen) models.ProjectView {
	w.t.Helper()
	p, err := w.s.CreateProject(context.Background(), w.funderUser, models.ProjectInput{
		Code: code, Title: "槐底社区居家养老服务", OrganizationID: w.contractor.ID, Category: "elderly_care",
		BudgetFen: budget, StartOn: "2025-01-01", EndOn: "2025-12-31", CommunityIDs: []string{w.com.ID},
		BudgetLines: []models.BudgetLine{{Category: "personnel", AmountFen: budget * 6 / 10}, {Category: "activities", AmountFen: budget * 3 / 10}, {Category: "admin", AmountFen: budget / 10}},
		Tranches:    []models.Tranche{{Seq: 1, DueOn: "2025-01-15", AmountFen: budget / 2}, {Seq: 2, DueOn: "2025-07-15", AmountFen: budget / 2}},
		Indicators:  []models.IndicatorInput{{Name: "上门服务", Unit: "人次", Target: 1200}},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

func (w *projectWorld) moveProject(id string, to ...models.ProjectStatus) {
	w.t.Helper()
	for _, st := range to {
		if _, err := w.s.MoveProject(context.Background(), w.funderUser, id, st); err != nil {
			w.t.Fatalf("move to %s: %v", st, err)
		}
	}
}

func wantRule(t testing.TB, err error, code string) *models.RuleError {
	t.Helper()
	var re *models.RuleError
	if !errors.As(err, &re) || re.Code != code {
		t.Fatalf("got %v, want the rule %s", err, code)
	}
	return re
}

func TestProjectStatusMachine(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		p := w.project
		if p.Status != models.ProjectDraft || p.FunderID != w.funder.ID || len(p.BudgetLines) != 3 || len(p.Tranches) != 2 ||
			len(p.Indicators) != 1 || !slices.Equal(p.AllowedMoves, []models.ProjectStatus{"contracted", "terminated"}) {
			t.Fatalf("created %+v", p)
		}
		_, err := w.s.MoveProject(ctx, w.funderUser, p.ID, models.ProjectActive)
		re := wantRule(t, err, models.RuleProjectMoveNotAllowed)
		if !slices.Equal(re.Data["allowed_moves"].([]models.ProjectStatus), []models.ProjectStatus{"contracted", "terminated"}) {
			t.Errorf("allowed moves %v", re.Data)
		}
		// Lines that no longer sum to the budget stop the contract.
		p, err = w.s.UpdateProject(ctx, w.funderUser, p.ID, p.Version, models.ProjectPatch{Plan: models.ProjectInput{
			BudgetLines: []models.BudgetLine{{Category: "personnel", AmountFen: 900_000}}}})
		if err != nil || p.Version != 2 || len(p.BudgetLines) != 1 {
			t.Fatalf("edit the draft's lines: %v %+v", err, p)
		}
		_, err = w.s.MoveProject(ctx, w.funderUser, p.ID, models.ProjectContracted)
		wantRule(t, err, models.RuleBudgetLinesMismatch)
		p, err = w.s.UpdateProject(ctx, w.funderUser, p.ID, p.Version, models.ProjectPatch{Plan: models.ProjectInput{
			BudgetLines: []models.BudgetLine{{Category: "personnel", AmountFen: 900_000}, {Category: "admin", AmountFen: 100_000}},
			Tranches:    []models.Tranche{{Seq: 1, DueOn: "2025-01-15", AmountFen: 1_000_001}}}})
		if err != nil {
			t.Fatal(err)
		}
		_, err = w.s.MoveProject(ctx, w.funderUser, p.ID, models.ProjectContracted)
		wantRule(t, err, models.RuleTranchesOverBudget)
		p, err = w.s.UpdateProject(ctx, w.funderUser, p.ID, p.Version, models.ProjectPatch{Plan: models.ProjectInput{
			Tranches: []models.Tranche{{Seq: 1, DueOn: "2025-01-15", AmountFen: 1_000_000}}}})
		if err != nil {
			t.Fatal(err)
		}
		// Another funder neither sees nor moves it; its contractor sees it but
		// may not move it.
		if _, err := w.s.MoveProject(ctx, w.otherFunderUser, p.ID, models.ProjectContracted); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("another funder moving: %v", err)
		}
		if _, err := w.s.MoveProject(ctx, w.staff, p.ID, models.ProjectContracted); !errors.Is(err, models.ErrForbidden) {
			t.Fatalf("the contractor moving: %v", err)
		}
		w.moveProject(p.ID, models.ProjectContracted)
		_, err = w.s.UpdateProject(ctx, w.funderUser, p.ID, p.Version+1, models.ProjectPatch{Plan: models.ProjectInput{
			BudgetLines: []models.BudgetLine{{Category: "personnel", AmountFen: 1_000_000}}}})
		wantRule(t, err, models.RuleProjectNotDraft)
		_, err = w.s.EvaluateProject(ctx, w.reviewer, p.ID, models.EvaluationInput{Grade: "good", Score: 85})
		wantRule(t, err, models.RuleProjectNotCompleted)
		w.moveProject(p.ID, models.ProjectActive, models.ProjectCompleted)
		share := 0.92
		got, err := w.s.EvaluateProject(ctx, w.reviewer, p.ID, models.EvaluationInput{Grade: "good", Score: 85, Note: "居民满意", SatisfactionShare: &share})
		if err != nil || got.Evaluation == nil || got.Evaluation.Score != 85 || *got.Evaluation.SatisfactionShare != 0.92 ||
			got.Evaluation.EvaluatorID != w.reviewer.UserID || len(got.AllowedMoves) != 0 {
			t.Fatalf("evaluate: %v %+v", err, got.Evaluation)
		}
		_, err = w.s.MoveProject(ctx, w.funderUser, p.ID, models.ProjectTerminated)
		wantRule(t, err, models.RuleProjectMoveNotAllowed)

		// A contractor still applying cannot hold a contract.
		applicant := w.org("筹备中的协会", nil, "community_filed", false, "applicant")
		_, err = w.s.CreateProject(ctx, w.funderUser, models.ProjectInput{Code: "HY-2025-009", Title: "x", OrganizationID: applicant.ID,
			Category: "other", BudgetFen: 100, StartOn: "2025-01-01", EndOn: "2025-02-01", CommunityIDs: []string{w.com.ID}})
		wantRule(t, err, models.RuleContractorNotEligible)
		var ce *models.ConflictError
		if _, err := w.s.CreateProject(ctx, w.admin, models.ProjectInput{Code: "HY-2025-001", Title: "x", OrganizationID: w.contractor.ID,
			FunderID: w.funder.ID, Category: "other", BudgetFen: 100, StartOn: "2025-01-01", EndOn: "2025-02-01", CommunityIDs: []string{w.com.ID}}); !errors.As(err, &ce) || ce.Field != "code" {
			t.Fatalf("a second project with one code: %v", err)
		}
	})
}

// contracted answers the world's project, contracted.
func (w *projectWorld) contracted() models.ProjectView {
	w.t.Helper()
	w.moveProject(w.project.ID, models.ProjectContracted)
	p, err := w.s.GetProject(context.Background(), w.admin, w.project.ID)
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

func TestLedgerRules(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		_, _, err := w.s.RecordExpenditure(ctx, w.staff, w.project.ID, models.ExpenditureInput{BudgetCategory: "personnel", AmountFen: 100, SpentOn: "2025-02-01"}, nil)
		wantRule(t, err, models.RuleProjectNotSpendable)
		p := w.contracted()
		one := 1
		d1, _, err := w.s.RecordDisbursement(ctx, w.funderUser, p.ID, models.DisbursementInput{TrancheSeq: &one, PaidOn: "2025-01-15", AmountFen: 500_000, Reference: "HY-PAY-1"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = w.s.RecordDisbursement(ctx, w.funderUser, p.ID, models.DisbursementInput{PaidOn: "2025-07-15", AmountFen: 500_001}, nil)
		if re := wantRule(t, err, models.RuleDisbursementOverBudget); re.Data["remaining_fen"] != models.Fen(500_000) {
			t.Errorf("remaining %v", re.Data)
		}
		nine := 9
		var ve *models.ValidationError
		if _, _, err := w.s.RecordDisbursement(ctx, w.funderUser, p.ID, models.DisbursementInput{TrancheSeq: &nine, PaidOn: "2025-07-15", AmountFen: 1}, nil); !errors.As(err, &ve) || ve.Fields[0].Field != "tranche_seq" {
			t.Fatalf("a tranche that does not exist: %v", err)
		}
		if _, _, err := w.s.RecordDisbursement(ctx, w.staff, p.ID, models.DisbursementInput{PaidOn: "2025-07-15", AmountFen: 1}, nil); !errors.Is(err, models.ErrForbidden) {
			t.Fatalf("the contractor paying itself: %v", err)
		}
		if _, _, err := w.s.RecordExpenditure(ctx, w.otherFunderUser, p.ID, models.ExpenditureInput{BudgetCategory: "admin", AmountFen: 1, SpentOn: "2025-02-01"}, nil); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("another funder spending: %v", err)
		}
		e1, _, err := w.s.RecordExpenditure(ctx, w.staff, p.ID, models.ExpenditureInput{BudgetCategory: "personnel", AmountFen: 123_456, SpentOn: "2025-02-01", Payee: "社工", VoucherNo: "V-1"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		// A reversal nets the entry out, once; a reversal is not reversed.
		r1, _, err := w.s.ReverseExpenditure(ctx, w.staff, e1.ID, "金额录错", nil)
		if err != nil || r1.AmountFen != -123_456 || *r1.ReversesID != e1.ID || r1.BudgetCategory != "personnel" {
			t.Fatalf("reverse: %v %+v", err, r1)
		}
		var ce *models.ConflictError
		if _, _, err := w.s.ReverseExpenditure(ctx, w.staff, e1.ID, "again", nil); !errors.As(err, &ce) {
			t.Fatalf("a second reversal: %v, want 409", err)
		}
		_, _, err = w.s.ReverseExpenditure(ctx, w.staff, r1.ID, "undo", nil)
		wantRule(t, err, models.RuleReversalOfReversal)
		if _, _, err := w.s.ReverseDisbursement(ctx, w.funderUser, d1.ID, "退回", nil); err != nil {
			t.Fatal(err)
		}
		if _, _, err := w.s.RecordExpenditure(ctx, w.staff, p.ID, models.ExpenditureInput{BudgetCategory: "activities", AmountFen: 20_000, SpentOn: "2026-03-01"}, nil); err != nil {
			t.Fatalf("spend outside the period and beyond payments is accepted: %v", err)
		}
		got, err := w.s.GetProject(ctx, w.staff, p.ID)
		if err != nil || got.SpentFen != 20_000 || got.DisbursedFen != 0 {
			t.Fatalf("totals: spent %d disbursed %d (%v)", got.SpentFen, got.DisbursedFen, err)
		}
		list, err := w.s.ListExpenditures(ctx, w.funderUser, p.ID, models.LedgerFilter{Page: models.Page{Limit: 10}})
		if err != nil || list.Total != 3 || list.Items[2].ReversedBy == nil || *list.Items[2].ReversedBy != r1.ID {
			t.Fatalf("ledger: %v %+v", err, list)
		}
		// Nobody changes the ledger, not even with SQL.
		for _, stmt := range []string{
			"UPDATE expenditures SET amount_fen = 1", "DELETE FROM expenditures",
			"UPDATE disbursements SET reference = 'x'", "DELETE FROM disbursements",
		} {
			if err := w.s.ExecForTest(ctx, stmt); err == nil {
				t.Errorf("%s was allowed", stmt)
			}
		}
		if got, _ := w.s.GetProject(ctx, w.admin, p.ID); got.SpentFen != 20_000 {
			t.Errorf("spent %d after refused SQL", got.SpentFen)
		}
	})
}

func TestIdempotencyKeys(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		p := w.contracted()
		in := models.ExpenditureInput{BudgetCategory: "activities", AmountFen: 5_000, SpentOn: "2025-03-01"}
		key := &models.Idempotency{Key: "k-1", RequestHash: "h-1"}
		first, replayed, err := w.s.RecordExpenditure(ctx, w.staff, p.ID, in, key)
		if err != nil || replayed {
			t.Fatal(err, replayed)
		}
		again, replayed, err := w.s.RecordExpenditure(ctx, w.staff, p.ID, in, key)
		if err != nil || !replayed || again.ID != first.ID || again.AmountFen != 5_000 {
			t.Fatalf("replay: %v %v %+v", err, replayed, again)
		}
		_, _, err = w.s.RecordExpenditure(ctx, w.staff, p.ID, in, &models.Idempotency{Key: "k-1", RequestHash: "h-2"})
		wantRule(t, err, models.RuleIdempotencyKeyReused)
		// Keys belong to their user: the admin's "k-1" is a new request.
		if _, replayed, err := w.s.RecordExpenditure(ctx, w.admin, p.ID, in, key); err != nil || replayed {
			t.Fatalf("another user's key: %v %v", err, replayed)
		}
		// 16 retries racing with one key write one entry.
		var wg sync.WaitGroup
		ids := make([]string, 16)
		errs := make([]error, 16)
		race := &models.Idempotency{Key: "k-race", RequestHash: "h-race"}
		for i := range ids {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				e, _, err := w.s.RecordExpenditure(ctx, w.staff, p.ID, in, race)
				ids[i], errs[i] = e.ID, err
			}(i)
		}
		wg.Wait()
		for i := range ids {
			if errs[i] != nil || ids[i] != ids[0] {
				t.Fatalf("racing retries: %v, id %s vs %s", errs[i], ids[i], ids[0])
			}
		}
		list, _ := w.s.ListExpenditures(ctx, w.admin, p.ID, models.LedgerFilter{Page: models.Page{Limit: 50}})
		if list.Total != 3 {
			t.Errorf("%d entries, want 3", list.Total)
		}
	})
}

// TestDisbursementsRaceUnderTheBudget sends 64 payments of a tenth of the
// budget at once: exactly ten are booked.
func TestDisbursementsRaceUnderTheBudget(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		p := w.contracted()
		var wg sync.WaitGroup
		errs := make([]error, 64)
		for i := range errs {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				_, _, errs[i] = w.s.RecordDisbursement(ctx, w.funderUser, p.ID, models.DisbursementInput{PaidOn: "2025-02-01", AmountFen: 100_000}, nil)
			}(i)
		}
		wg.Wait()
		ok := 0
		for _, err := range errs {
			var re *models.RuleError
			switch {
			case err == nil:
				ok++
			case errors.As(err, &re) && re.Code == models.RuleDisbursementOverBudget:
			default:
				t.Fatalf("unexpected: %v", err)
			}
		}
		got, _ := w.s.GetProject(ctx, w.admin, p.ID)
		if ok != 10 || got.DisbursedFen != got.BudgetFen {
			t.Fatalf("%d payments booked, %d fen disbursed of %d", ok, got.DisbursedFen, got.BudgetFen)
		}
	})
}

func TestProjectScope(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		incubatee := w.org("在孵老年协会", nil, "community_filed", false, "registered")
		must(t, w.move(incubatee, "incubating", w.incubator.ID))
		theirs, err := w.s.CreateProject(ctx, w.otherFunderUser, models.ProjectInput{Code: "HD-2025-001", Title: "邻里互助", OrganizationID: incubatee.ID,
			Category: "community_service", BudgetFen: 50_000, StartOn: "2025-03-01", EndOn: "2025-11-30", CommunityIDs: []string{w.com.ID}})
		if err != nil {
			t.Fatal(err)
		}
		for name, tc := range map[string]struct {
			a    models.Actor
			want []string
		}{
			"admin":           {w.admin, []string{w.project.ID, theirs.ID}},
			"reviewer":        {w.reviewer, []string{w.project.ID, theirs.ID}},
			"funder":          {w.funderUser, []string{w.project.ID}},
			"other funder":    {w.otherFunderUser, []string{theirs.ID}},
			"contractor":      {w.staff, []string{w.project.ID}},
			"incubator":       {w.incUser, []string{theirs.ID}},
			"stranger's user": {w.user("staff9", models.RoleOrgStaff, incubatee.ID), []string{theirs.ID}},
		} {
			list, err := w.s.ListProjects(ctx, tc.a, models.ProjectFilter{Page: models.Page{Limit: 10}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range list.Items {
				got = append(got, p.ID)
			}
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) || list.Total != int64(len(want)) {
				t.Errorf("%s sees %v, want %v", name, got, want)
			}
			for _, p := range []string{w.project.ID, theirs.ID} {
				_, err := w.s.GetProject(ctx, tc.a, p)
				if slices.Contains(want, p) != (err == nil) || (err != nil && !errors.Is(err, models.ErrNotFound)) {
					t.Errorf("%s reading %s: %v", name, p, err)
				}
			}
		}
		// The funder now sees its contractors, and only them.
		orgs, err := w.s.ListOrganizations(ctx, w.funderUser, models.OrganizationFilter{Page: models.Page{Limit: 10}})
		if err != nil || orgs.Total != 1 || orgs.Items[0].ID != w.contractor.ID {
			t.Fatalf("the funder's organizations: %v %+v", err, orgs.Items)
		}
	})
}

// TestProjectsCountForReadinessAndSurvival: once projects exist, the
// readiness criterion counts the contractor's contracted, active and
// completed projects, and a hatched contractor with one reaching into the
// last twelve months counts as alive.
func TestProjectsCountForReadinessAndSurvival(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		projects := func() models.Criterion {
			t.Helper()
			r, err := w.s.Readiness(ctx, w.admin, w.contractor.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range r.Criteria {
				if c.Key == "projects" {
					return c
				}
			}
			t.Fatalf("no projects criterion in %+v", r.Criteria)
			return models.Criterion{}
		}
		if c := projects(); c.Figure != 0 || c.Met {
			t.Fatalf("a draft counted: %+v", c)
		}
		w.contracted()
		if c := projects(); c.Figure != 1 || !c.Met {
			t.Fatalf("a contracted project not counted: %+v", c)
		}
		must(t, w.move(w.contractor, "incubating", w.incubator.ID))
		must(t, w.move(w.contractor, "independent", ""))
		r, err := w.s.Pipeline(ctx, models.PipelineFilter{From: "2024-01-01", To: "2025-12-31"})
		if err != nil || r.Survival.Hatched != 1 || r.Survival.Alive != 1 {
			t.Fatalf("survival %+v (%v), want 1 of 1 alive", r.Survival, err)
		}
		w.clk.Add(800 * day) // the project ended more than a year ago
		if r, _ := w.s.Pipeline(ctx, models.PipelineFilter{From: "2024-01-01", To: "2027-12-31"}); r.Survival.Alive != 0 {
			t.Fatalf("survival %+v, want none alive", r.Survival)
		}
	})
}
