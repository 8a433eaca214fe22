package models_test

import (
	"context"
	"errors"
	"math"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// homeWorld lays down a small city whose every home figure was worked out
// by hand; "today" is 2026-07-01 08:00 UTC.
//
//	2025-01-01  A and B enter incubation under the incubator (2025Q1).
//	            A has two staff since 2024-01-01; one leaves 2026-03-01
//	            (12 months to today: start 2, end 1, 1 separation, rate
//	            1/1.5 = 0.667 > 0.30, flagged). A logs capacity_training on
//	            2025-03-01. A is registered (community-filed) and has
//	            incubated 546 days, but lacks both milestones, staff and a
//	            project: 2 of 6 criteria met, and stuck (over 540 days).
//	2026-05-01  B graduates (2026Q2).
//	Funder F1's project P1 (2025, budget 10,000 yuan, tranches of 5,000
//	due 2025-01-15 and 2025-07-15) is active: tranche 1 paid, 1,000 yuan
//	spent; tranche 2 is overdue, and UNDERSPEND (the whole period gone,
//	10% spent).
//	Funder F2's project P2 (2026-01-01 to 2026-08-31, 2,000 yuan, two
//	tranches of 1,000 due 2026-03-01 and 2026-06-01) is contracted, nothing
//	paid: two overdue tranches. The contractor is funded until 2026-08-31,
//	within 90 days: a funding cliff.
//	Pending: E (applicant) since 2026-06-21, F since 2026-06-28, and A's
//	graduation asked by the incubator on 2026-06-30: ages 10, 3, 1.
type homeWorld struct {
	*projectWorld
	a, b models.Organization
	p2   models.ProjectView
}

func newHomeWorld(t *testing.T, d models.Dialect) *homeWorld {
	w := &homeWorld{projectWorld: newProjectWorld(t, d)}
	ctx := context.Background()
	w.a = w.org("机构A", nil, "community_filed", false, "registered")
	w.b = w.org("机构B", nil, "community_filed", false, "registered")
	must(t, w.move(w.a, "incubating", w.incubator.ID))
	must(t, w.move(w.b, "incubating", w.incubator.ID))
	var leaver models.StaffMember
	for _, name := range []string{"张敏", "李娜"} {
		m, err := w.s.AddStaffMember(ctx, w.incUser, w.a.ID, models.StaffMember{Name: name, EmploymentType: "full_time", Education: "bachelor", JoinedOn: "2024-01-01"})
		if err != nil {
			t.Fatal(err)
		}
		leaver = m
	}
	if _, err := w.s.AddStaffMember(ctx, w.admin, w.contractor.ID, models.StaffMember{Name: "王芳", EmploymentType: "volunteer", Education: "bachelor", JoinedOn: "2024-06-01"}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.s.LogMilestone(ctx, w.incUser, w.a.ID, models.Milestone{Type: "capacity_training", AchievedOn: "2025-01-01"}); err != nil {
		t.Fatal(err)
	}

	p1 := w.contracted()
	w.moveProject(p1.ID, models.ProjectActive)
	one := 1
	if _, _, err := w.s.RecordDisbursement(ctx, w.funderUser, p1.ID, models.DisbursementInput{TrancheSeq: &one, PaidOn: "2025-01-15", AmountFen: 500_000}, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.s.RecordExpenditure(ctx, w.staff, p1.ID, models.ExpenditureInput{BudgetCategory: "personnel", AmountFen: 100_000, SpentOn: "2025-02-01", VoucherNo: "V-1"}, nil); err != nil {
		t.Fatal(err)
	}
	var err error
	w.p2, err = w.s.CreateProject(ctx, w.otherFunderUser, models.ProjectInput{
		Code: "HY-2026-002", Title: "槐底社区儿童之家", OrganizationID: w.contractor.ID, Category: "child_youth",
		BudgetFen: 200_000, StartOn: "2026-01-01", EndOn: "2026-08-31", CommunityIDs: []string{w.com.ID},
		BudgetLines: []models.BudgetLine{{Category: "activities", AmountFen: 200_000}},
		Tranches:    []models.Tranche{{Seq: 1, DueOn: "2026-03-01", AmountFen: 100_000}, {Seq: 2, DueOn: "2026-06-01", AmountFen: 100_000}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.s.MoveProject(ctx, w.otherFunderUser, w.p2.ID, models.ProjectContracted); err != nil {
		t.Fatal(err)
	}

	w.clk.Set(time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC))
	must(t, w.move(w.b, "independent", ""))
	left, reason := "2026-03-01", "burnout"
	if _, err := w.s.UpdateStaffMember(ctx, w.incUser, leaver.ID, leaver.Version, models.StaffPatch{LeftOn: &left, LeaveReason: &reason}); err != nil {
		t.Fatal(err)
	}
	w.clk.Set(time.Date(2026, 6, 21, 8, 0, 0, 0, time.UTC))
	for _, name := range []string{"机构E", "机构F"} {
		o := w.org(name, nil, "community_filed", false, "applicant")
		if _, err := w.s.RequestTransition(ctx, w.reviewer, o.ID, models.TransitionInput{ToStage: "registered"}); err != nil {
			t.Fatal(err)
		}
		w.clk.Add(7 * day)
	}
	w.clk.Set(time.Date(2026, 6, 30, 8, 0, 0, 0, time.UTC))
	if _, err := w.s.RequestTransition(ctx, w.incUser, w.a.ID, models.TransitionInput{ToStage: "independent"}); err != nil {
		t.Fatal(err)
	}
	w.clk.Set(time.Date(2026, 7, 1, 8, 0, 0, 0, time.UTC))
	return w
}

func TestHomeByHand(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newHomeWorld(t, d)
		ctx := context.Background()
		home := func(a models.Actor) models.Home {
			t.Helper()
			h, err := w.s.Home(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			if h.Role != a.Role || h.Today != "2026-07-01" {
				t.Errorf("role %s today %s", h.Role, h.Today)
			}
			return h
		}

		// The bureau.
		h := home(w.reviewer)
		if h.Bureau == nil || h.Incubator != nil || h.Org != nil || h.Funder != nil {
			t.Fatalf("sections %+v", h)
		}
		b := h.Bureau
		if b.Pending.Count != 3 || len(b.Pending.Items) != 3 || *b.Pending.OldestAgeDays != 10 || *b.Pending.MedianAgeDays != 3 {
			t.Errorf("pending %+v", b.Pending)
		}
		for i, want := range []int64{10, 3, 1} {
			if b.Pending.Items[i].AgeDays != want {
				t.Errorf("pending %d aged %d, want %d", i, b.Pending.Items[i].AgeDays, want)
			}
		}
		if b.Stuck.Count != 1 || b.Stuck.Items[0].ID != w.a.ID || b.Stuck.Items[0].Days != 546 {
			t.Errorf("stuck %+v", b.Stuck)
		}
		// The bureau's figures, apart from its lists, and only for the bureau.
		for _, a := range []models.Actor{w.incUser, w.staff, w.funderUser} {
			if _, err := w.s.BureauFigures(ctx, a); !errors.Is(err, models.ErrForbidden) {
				t.Errorf("figures for %s: %v", a.Role, err)
			}
		}
		fig, err := w.s.BureauFigures(ctx, w.reviewer)
		if err != nil {
			t.Fatal(err)
		}
		if fig.Today != "2026-07-01" || len(fig.Quarters) != models.HomeQuarters || fig.Quarters[0].Quarter != "2024Q4" || fig.Quarters[7].Quarter != "2026Q3" {
			t.Errorf("quarters %+v", fig.Quarters)
		}
		want := map[string]models.QuarterOutcome{"2025Q1": {Entered: 2}, "2026Q2": {Graduated: 1}}
		for _, q := range fig.Quarters {
			w := want[q.Quarter]
			if q.Entered != w.Entered || q.Graduated != w.Graduated || q.Ended != 0 {
				t.Errorf("quarter %+v, want %+v", q, w)
			}
		}
		ev := fig.Evidence
		if ev.CommunitiesTotal != 1 || ev.CommunitiesWithoutAnswer != 1 || *ev.CommunitiesWithoutAnswerShare != 1 {
			t.Errorf("coverage %+v", ev)
		}
		if cov, err := w.s.DemandCoverage(ctx, ""); err != nil || cov.CommunitiesTotal != ev.CommunitiesTotal ||
			cov.CommunitiesWithoutAnswer != ev.CommunitiesWithoutAnswer {
			t.Errorf("the home counts %d of %d communities without an answer, the report %+v (%v)", ev.CommunitiesWithoutAnswer, ev.CommunitiesTotal, cov, err)
		}
		if ev.FundingCliff != 1 || ev.FundedOrganizations != 1 || ev.HighTurnover != 1 || ev.TurnoverOrganizations != 2 || ev.TurnoverFrom != "2025-07-02" {
			t.Errorf("evidence %+v", ev)
		}
		if ev.Flags.Projects != 2 || ev.Flags.OverdueTranches != 3 || ev.Flags.ByCode[models.FlagTrancheOverdue] != 2 ||
			ev.Flags.ByCode[models.FlagLineOverspent]+ev.Flags.ByCode[models.FlagAdminOverCap]+ev.Flags.ByCode[models.FlagSpendExceedsDisbursed] != 0 {
			t.Errorf("flags %+v", ev.Flags)
		}

		// The incubator.
		inc := home(w.incUser).Incubator
		if inc == nil || inc.IncubatorName != "益民社工" || len(inc.Incubatees) != 1 || inc.Ready != 0 {
			t.Fatalf("incubator %+v", inc)
		}
		a := inc.Incubatees[0]
		if a.ID != w.a.ID || a.Stage != models.StageIncubating || a.DaysIncubating != 546 || a.CriteriaMet != 2 || a.CriteriaTotal != 6 ||
			a.LastMilestone == nil || a.LastMilestone.Type != "capacity_training" || !a.HighTurnover || math.Abs(*a.TurnoverRate-1/1.5) > 1e-9 {
			t.Errorf("incubatee %+v", a)
		}
		if inc.Pending.Count != 1 || inc.Pending.Items[0].OrganizationID != w.a.ID || inc.Pending.Items[0].AgeDays != 1 {
			t.Errorf("incubator's pending %+v", inc.Pending)
		}

		// The contractor's staff: its own organization and projects only.
		org := home(w.staff).Org
		if org == nil || org.ID != w.contractor.ID || org.Stage != models.StageRegistered || org.ActiveStaff != 1 || org.PaidStaff != 0 ||
			org.Pending.Count != 0 || len(org.Readiness.Criteria) != 6 {
			t.Fatalf("org %+v", org)
		}
		if len(org.Projects) != 2 || org.Projects[0].Code != "HY-2026-002" || org.Projects[1].Code != "HY-2025-001" {
			t.Fatalf("projects %+v", org.Projects)
		}
		p1 := org.Projects[1]
		if p1.BudgetFen != 1_000_000 || p1.DisbursedFen != 500_000 || p1.SpentFen != 100_000 ||
			len(p1.Flags) != 2 || p1.Flags[0] != models.FlagUnderspend || p1.Flags[1] != models.FlagTrancheOverdue {
			t.Errorf("P1 %+v", p1)
		}
		nt := org.NextTranche
		if nt == nil || nt.Code != "HY-2025-001" || nt.Seq != 2 || nt.DueOn != "2025-07-15" || nt.AmountFen != 500_000 || nt.PaidFen != 0 || !nt.Overdue {
			t.Errorf("next tranche %+v", nt)
		}

		// Each funder: its own portfolio only.
		f1 := home(w.funderUser).Funder
		if f1 == nil || f1.FunderName != "裕华区民政局" || f1.Projects != 1 || f1.ByStatus["active"] != 1 || f1.BudgetFen != 1_000_000 ||
			f1.DisbursedFen != 500_000 || f1.SpentFen != 100_000 || f1.Flags.Projects != 1 || f1.Flags.OverdueTranches != 1 ||
			f1.Contractors != 1 || f1.CliffCount != 1 || len(f1.Cliffs) != 1 || *f1.Cliffs[0].FundedUntil != "2026-08-31" {
			t.Errorf("funder 1 %+v", f1)
		}
		f2 := home(w.otherFunderUser).Funder
		if f2 == nil || f2.Projects != 1 || f2.ByStatus["contracted"] != 1 || f2.BudgetFen != 200_000 || f2.DisbursedFen != 0 ||
			f2.SpentFen != 0 || f2.Flags.Projects != 1 || f2.Flags.OverdueTranches != 2 || f2.Flags.ByCode[models.FlagTrancheOverdue] != 1 {
			t.Errorf("funder 2 %+v", f2)
		}

		// The SQL flags agree with the full audit, funder by funder.
		for _, f := range []models.Actor{w.funderUser, w.otherFunderUser} {
			audit, err := w.s.PortfolioSpendAudit(ctx, w.admin, f.FunderID)
			if err != nil {
				t.Fatal(err)
			}
			got := home(f).Funder.Flags
			for _, code := range models.LedgerFlagCodes {
				projects := int64(0)
				for _, au := range audit.Audits {
					for _, fl := range au.Flags {
						if fl.Code == code {
							projects++
							break
						}
					}
				}
				if got.ByCode[code] != projects {
					t.Errorf("%s: %s on %d projects, the audit finds %d", f.Username, code, got.ByCode[code], projects)
				}
			}
			if got.OverdueTranches != int64(audit.FlagsByCode[models.FlagTrancheOverdue]) {
				t.Errorf("%s: %d overdue tranches, the audit finds %d", f.Username, got.OverdueTranches, audit.FlagsByCode[models.FlagTrancheOverdue])
			}
		}
	})
}
