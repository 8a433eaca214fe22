package api

import (
	"context"

	"hatchery/models"
)

// moneyFixture is what the matrix's money routes read: a round of the
// fixture funder, and a contracted project of that round carried out by the
// fixture organization, paid once and spent once. Nothing else writes to
// them. It makes the fixture funder a funder of the fixture organization,
// which the funder may then read (SPEC 1).
type moneyFixture struct {
	Cycle        models.FundingCycleView
	Project      models.ProjectView
	Disbursement models.Disbursement
	Expenditure  models.Expenditure
}

// moneyFixture stores the money fixture.
func (ts *testServer) moneyFixture() moneyFixture {
	ts.t.Helper()
	var m moneyFixture
	m.Cycle = ts.caseCycle(ts.Fix.Funder.ID)
	m.Project = ts.caseProjectIn(ts.Fix.Funder.ID, ts.Fix.Org.ID, m.Cycle.ID, models.ProjectContracted)
	m.Disbursement = ts.casePayment(m.Project, 3_000_000)
	m.Expenditure = ts.caseSpend(m.Project, 120_000)
	return m
}

// caseCycle stores a round of funderID under a name of its own.
func (ts *testServer) caseCycle(funderID string) models.FundingCycleView {
	ts.t.Helper()
	c, err := ts.Store.CreateFundingCycle(context.Background(), ts.actorOf(models.RoleAdmin), models.FundingCycle{
		FunderID: funderID, Name: "2025年度社区服务项目" + uniqueSuffix(), Year: 2025, PoolFen: 50_000_000,
		OpensOn: "2024-11-01", ClosesOn: "2024-11-30", PeriodStart: "2025-01-01", PeriodEnd: "2026-12-31",
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return c
}

// caseProject stores a project of funderID carried out by orgID and moves
// it to status. A project of the fixture funder must have the fixture
// organization as contractor (and one of another organization another
// funder), or the organizations the fixture funder sees would change while
// the matrix runs.
func (ts *testServer) caseProject(funderID, orgID string, status models.ProjectStatus) models.ProjectView {
	ts.t.Helper()
	return ts.caseProjectIn(funderID, orgID, "", status)
}

// caseProjectIn is caseProject in a funding cycle. The project's budget of
// 100,000 yuan is planned as 60% personnel, 30% activities and 10% admin,
// paid in two tranches of half, with one indicator.
func (ts *testServer) caseProjectIn(funderID, orgID, cycleID string, status models.ProjectStatus) models.ProjectView {
	ts.t.Helper()
	ctx, admin := context.Background(), ts.actorOf(models.RoleAdmin)
	const budget models.Fen = 10_000_000
	p, err := ts.Store.CreateProject(ctx, admin, models.ProjectInput{
		Code: "SJZ-2025-" + uniqueSuffix(), Title: "谈固社区居家养老服务", OrganizationID: orgID, FunderID: funderID, FundingCycleID: cycleID,
		Category: "elderly_care", BudgetFen: budget, StartOn: "2025-01-01", EndOn: "2026-12-31", CommunityIDs: []string{ts.Fix.Community.ID},
		BudgetLines: []models.BudgetLine{{Category: "personnel", AmountFen: budget * 6 / 10}, {Category: "activities", AmountFen: budget * 3 / 10}, {Category: "admin", AmountFen: budget / 10}},
		Tranches:    []models.Tranche{{Seq: 1, DueOn: "2025-01-15", AmountFen: budget / 2}, {Seq: 2, DueOn: "2025-07-15", AmountFen: budget / 2}},
		Indicators:  []models.IndicatorInput{{Name: "上门服务", Unit: "人次", Target: 1200}},
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	path := map[models.ProjectStatus][]models.ProjectStatus{
		models.ProjectDraft:      nil,
		models.ProjectContracted: {models.ProjectContracted},
		models.ProjectActive:     {models.ProjectContracted, models.ProjectActive},
		models.ProjectCompleted:  {models.ProjectContracted, models.ProjectActive, models.ProjectCompleted},
		models.ProjectTerminated: {models.ProjectContracted, models.ProjectTerminated},
	}[status]
	for _, to := range path {
		if p, err = ts.Store.MoveProject(ctx, admin, p.ID, to); err != nil {
			ts.t.Fatalf("move to %s: %v", to, err)
		}
	}
	return p
}

// casePayment books a payment of amount on p against its first tranche.
func (ts *testServer) casePayment(p models.ProjectView, amount models.Fen) models.Disbursement {
	ts.t.Helper()
	one := 1
	d, _, err := ts.Store.RecordDisbursement(context.Background(), ts.actorOf(models.RoleAdmin), p.ID, models.DisbursementInput{
		TrancheSeq: &one, PaidOn: "2025-01-20", AmountFen: amount, Reference: "财政直付 " + uniqueSuffix(),
	}, nil)
	if err != nil {
		ts.t.Fatal(err)
	}
	return d
}

// caseSpend books a spend of amount on p's personnel line.
func (ts *testServer) caseSpend(p models.ProjectView, amount models.Fen) models.Expenditure {
	ts.t.Helper()
	e, _, err := ts.Store.RecordExpenditure(context.Background(), ts.actorOf(models.RoleAdmin), p.ID, models.ExpenditureInput{
		BudgetCategory: "personnel", AmountFen: amount, SpentOn: "2025-02-10", Payee: "社工工资", VoucherNo: "V-" + uniqueSuffix(),
	}, nil)
	if err != nil {
		ts.t.Fatal(err)
	}
	return e
}

// storedProject reads a project as an admin.
func (ts *testServer) storedProject(id string) models.ProjectView {
	ts.t.Helper()
	p, err := ts.Store.GetProject(context.Background(), ts.actorOf(models.RoleAdmin), id)
	if err != nil {
		ts.t.Fatal(err)
	}
	return p
}

// ledgerCounts answers how many disbursements and expenditures a project
// holds, reversals included.
func (ts *testServer) ledgerCounts(projectID string) (paid, spent int64) {
	ts.t.Helper()
	ctx, admin := context.Background(), ts.actorOf(models.RoleAdmin)
	d, err := ts.Store.ListDisbursements(ctx, admin, projectID, models.Page{Limit: 1})
	if err != nil {
		ts.t.Fatal(err)
	}
	e, err := ts.Store.ListExpenditures(ctx, admin, projectID, models.LedgerFilter{Page: models.Page{Limit: 1}})
	if err != nil {
		ts.t.Fatal(err)
	}
	return d.Total, e.Total
}

// idempotencyHeader sends a fresh Idempotency-Key.
func idempotencyHeader() map[string]string {
	return map[string]string{"Idempotency-Key": "key-" + uniqueSuffix()}
}
