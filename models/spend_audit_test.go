package models_test

import (
	"context"
	"errors"
	"math"
	"slices"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestSpendAuditFlags lays down a ledger in which every flag but UNDERSPEND
// appears, with figures worked out by hand, and a second project that only
// underspends.
func TestSpendAuditFlags(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		p := w.contracted()
		w.moveProject(p.ID, models.ProjectActive)
		one := 1
		if _, _, err := w.s.RecordDisbursement(ctx, w.funderUser, p.ID, models.DisbursementInput{TrancheSeq: &one, PaidOn: "2025-01-15", AmountFen: 500_000}, nil); err != nil {
			t.Fatal(err)
		}
		spend := func(cat string, fen models.Fen, on models.Date, voucher string) string {
			t.Helper()
			e, _, err := w.s.RecordExpenditure(ctx, w.staff, p.ID, models.ExpenditureInput{BudgetCategory: cat, AmountFen: fen, SpentOn: on, VoucherNo: voucher}, nil)
			if err != nil {
				t.Fatal(err)
			}
			return e.ID
		}
		e1 := spend("personnel", 400_000, "2025-02-01", "V-001")
		e2 := spend("personnel", 280_000, "2025-03-01", "V-002")
		e3 := spend("admin", 150_000, "2025-03-05", "")
		e4 := spend("activities", 50_000, "2025-12-31", "V-002")
		e5 := spend("activities", 20_000, "2026-01-05", "V-005")
		e6 := spend("activities", 99_999, "2025-04-01", "")
		e7 := spend("activities", 30_000, "2025-04-02", "V-007")
		if _, _, err := w.s.ReverseExpenditure(ctx, w.staff, e7, "重复录入", nil); err != nil {
			t.Fatal(err)
		}
		w.clk.Set(time.Date(2025, 8, 1, 9, 0, 0, 0, time.UTC))

		a, err := w.s.ProjectSpendAudit(ctx, w.funderUser, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if a.SpentFen != 999_999 || a.DisbursedFen != 500_000 || a.BudgetFen != 1_000_000 {
			t.Errorf("spent %d disbursed %d budget %d", a.SpentFen, a.DisbursedFen, a.BudgetFen)
		}
		// 2025-01-01 to 2025-12-31 is 364 days; 212 of them were gone on 2025-08-01.
		if math.Abs(a.TimeElapsedShare-212.0/364) > 1e-9 || math.Abs(a.SpentShare-0.999999) > 1e-9 {
			t.Errorf("elapsed %v spent %v", a.TimeElapsedShare, a.SpentShare)
		}
		wantLines := []models.AuditLine{
			{Category: "personnel", BudgetFen: 600_000, SpentFen: 680_000, RemainingFen: -80_000},
			{Category: "activities", BudgetFen: 300_000, SpentFen: 169_999, RemainingFen: 130_001},
			{Category: "admin", BudgetFen: 100_000, SpentFen: 150_000, RemainingFen: -50_000},
		}
		if len(a.Lines) != len(wantLines) {
			t.Fatalf("lines %+v", a.Lines)
		}
		for i, l := range wantLines {
			got := a.Lines[i]
			if got.Category != l.Category || got.BudgetFen != l.BudgetFen || got.SpentFen != l.SpentFen || got.RemainingFen != l.RemainingFen ||
				math.Abs(*got.SpentShare-float64(l.SpentFen)/float64(l.BudgetFen)) > 1e-12 {
				t.Errorf("line %d: %+v, want %+v", i, got, l)
			}
		}
		want := []models.AuditFlag{
			{Code: models.FlagLineOverspent, EntryIDs: []string{e1, e2}},
			{Code: models.FlagLineOverspent, EntryIDs: []string{e3}},
			{Code: models.FlagAdminOverCap, EntryIDs: []string{e3}},
			{Code: models.FlagSpendOutsidePeriod, EntryIDs: []string{e5}},
			{Code: models.FlagSpendExceedsDisbursed, EntryIDs: []string{e2, e3, e6, e4, e5}},
			{Code: models.FlagDuplicateVoucher, EntryIDs: []string{e2, e4}},
			{Code: models.FlagMissingVoucher, EntryIDs: []string{e3}},
			{Code: models.FlagTrancheOverdue, EntryIDs: []string{}},
		}
		if len(a.Flags) != len(want) {
			t.Fatalf("flags %+v", a.Flags)
		}
		for i, f := range want {
			got := a.Flags[i]
			if got.Code != f.Code || !slices.Equal(got.EntryIDs, f.EntryIDs) || got.Detail == "" || got.ProjectID != p.ID {
				t.Errorf("flag %d: %+v, want %s %v", i, got, f.Code, f.EntryIDs)
			}
		}

		// A second project, a tenth spent with most of the year gone.
		w.clk.Set(time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC))
		q := w.draft("HY-2025-002", 1_000_000)
		w.moveProject(q.ID, models.ProjectContracted)
		if _, _, err := w.s.RecordExpenditure(ctx, w.staff, q.ID, models.ExpenditureInput{BudgetCategory: "personnel", AmountFen: 100_000, SpentOn: "2025-02-01", VoucherNo: "Q-1"}, nil); err != nil {
			t.Fatal(err)
		}
		w.clk.Set(time.Date(2025, 8, 1, 9, 0, 0, 0, time.UTC))
		b, err := w.s.ProjectSpendAudit(ctx, w.admin, q.ID)
		if err != nil {
			t.Fatal(err)
		}
		var codes []string
		for _, f := range b.Flags {
			codes = append(codes, f.Code)
		}
		if !slices.Equal(codes, []string{models.FlagSpendExceedsDisbursed, models.FlagUnderspend, models.FlagTrancheOverdue, models.FlagTrancheOverdue}) {
			t.Errorf("underspent project flags %v", codes)
		}

		port, err := w.s.PortfolioSpendAudit(ctx, w.funderUser, w.funder.ID)
		if err != nil {
			t.Fatal(err)
		}
		if port.Projects != 2 || port.SpentFen != 1_099_999 || port.FlagsByCode[models.FlagLineOverspent] != 2 ||
			port.FlagsByCode[models.FlagUnderspend] != 1 || port.Benford != nil || port.Expenditures != 7 {
			t.Errorf("portfolio %+v", port)
		}
		if _, err := w.s.PortfolioSpendAudit(ctx, w.otherFunderUser, w.funder.ID); err == nil {
			t.Error("another funder read this funder's portfolio")
		}

		// Narrowed by flag and paged; the portfolio's figures count both.
		for _, tc := range []struct {
			f     models.PortfolioFilter
			want  []string
			total int
		}{
			{models.PortfolioFilter{}, []string{p.ID, q.ID}, 2},
			{models.PortfolioFilter{Flag: models.AnyFlag, Limit: 1}, []string{p.ID}, 2},
			{models.PortfolioFilter{Flag: models.AnyFlag, Limit: 1, Offset: 1}, []string{q.ID}, 2},
			{models.PortfolioFilter{Flag: models.FlagUnderspend}, []string{q.ID}, 1},
			{models.PortfolioFilter{Flag: models.FlagDuplicateVoucher, Limit: 5}, []string{p.ID}, 1},
			{models.PortfolioFilter{Flag: models.FlagTrancheOverdue, Offset: 1}, []string{p.ID, q.ID}, 2}, // no limit: all
			{models.PortfolioFilter{Flag: models.AnyFlag, Limit: 2, Offset: 7}, nil, 2},
		} {
			tc.f.FunderID = w.funder.ID
			got, err := w.s.PortfolioAuditPage(ctx, w.funderUser, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range got.Audits {
				ids = append(ids, a.ProjectID)
			}
			if !slices.Equal(ids, tc.want) || got.AuditsTotal != tc.total || got.Projects != 2 || got.SpentFen != 1_099_999 ||
				got.FlagsByCode[models.FlagLineOverspent] != 2 || got.Audits == nil {
				t.Errorf("%+v: audits %v (total %d), want %v (total %d); projects %d", tc.f, ids, got.AuditsTotal, tc.want, tc.total, got.Projects)
			}
		}
		var bad *models.ValidationError
		if _, err := w.s.PortfolioAuditPage(ctx, w.funderUser, models.PortfolioFilter{FunderID: w.funder.ID, Flag: "OVERSPENT"}); !errors.As(err, &bad) {
			t.Errorf("an unknown flag: %v", err)
		}
		if _, err := w.s.PortfolioAuditPage(ctx, w.otherFunderUser, models.PortfolioFilter{FunderID: w.funder.ID}); !errors.Is(err, models.ErrNotFound) {
			t.Errorf("another funder read this funder's portfolio page: %v", err)
		}
	})
}

func TestBenfordTest(t *testing.T) {
	t.Parallel()
	amounts := func(counts [9]int) []models.Fen {
		var out []models.Fen
		for d, n := range counts {
			for i := 0; i < n; i++ {
				// 1.23 yuan, 23.45 yuan, 345.67 yuan ... keep the first digit.
				out = append(out, models.Fen((d+1)*int(math.Pow10(2+i%4)))+models.Fen(i%97))
			}
		}
		return out
	}
	for name, tc := range map[string]struct {
		counts     [9]int
		chi, mad   float64
		conformity string
	}{
		// Worked out from the definitions: counts rounded from 1,000 x log10(1+1/d).
		"as Benford expects": {[9]int{301, 176, 125, 97, 79, 67, 58, 51, 46}, 0.0023622, 0.00010112, "close"},
		// 100 of each digit: the made-up look.
		"uniform digits": {[9]int{100, 100, 100, 100, 100, 100, 100, 100, 100}, 361.52846, 0.0597170, "nonconformity"},
	} {
		b := models.BenfordTest(amounts(tc.counts))
		if b == nil || math.Abs(b.ChiSq-tc.chi) > 1e-4 || math.Abs(b.MAD-tc.mad) > 1e-7 || b.Conformity != tc.conformity || b.Conclusion == "" {
			t.Errorf("%s: %+v", name, b)
		}
	}
	if models.BenfordTest(make([]models.Fen, 299)) != nil {
		t.Error("ran on fewer than 300 amounts")
	}
}

// TestFundingContinuity works SPEC 5.2 out for one contractor by hand: two
// funders, a gap of 60 days (2024-01-01 to 2024-02-29), funding that ends
// within 90 days.
func TestFundingContinuity(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		mk := func(by models.Actor, code string, fen models.Fen, start, end models.Date, to ...models.ProjectStatus) {
			t.Helper()
			p, err := w.s.CreateProject(ctx, by, models.ProjectInput{Code: code, Title: code, OrganizationID: w.contractor.ID, Category: "elderly_care",
				BudgetFen: fen, StartOn: start, EndOn: end, CommunityIDs: []string{w.com.ID},
				BudgetLines: []models.BudgetLine{{Category: "personnel", AmountFen: fen}}})
			if err != nil {
				t.Fatal(err)
			}
			for _, st := range to {
				if _, err := w.s.MoveProject(ctx, by, p.ID, st); err != nil {
					t.Fatal(err)
				}
			}
		}
		mk(w.funderUser, "A", 300_000, "2023-01-01", "2023-12-31", "contracted", "active", "completed")
		mk(w.funderUser, "B", 300_000, "2024-03-01", "2024-12-31", "contracted", "active", "completed")
		mk(w.otherFunderUser, "C", 400_000, "2025-01-01", "2025-06-30", "contracted", "active")
		mk(w.otherFunderUser, "E", 900_000, "2025-07-01", "2026-06-30", "terminated")
		w.clk.Set(time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC))
		fc, err := w.s.OrganizationFunding(ctx, w.reviewer, w.contractor.ID)
		if err != nil {
			t.Fatal(err)
		}
		if fc.Projects != 3 || fc.AwardedFen != 1_000_000 || math.Abs(*fc.LargestFunderShare-0.6) > 1e-12 || math.Abs(*fc.HHI-0.52) > 1e-12 ||
			!slices.Equal(fc.GapsDays, []int{60}) || fc.FundedUntil == nil || *fc.FundedUntil != "2025-06-30" || !fc.FundingCliff ||
			len(fc.Funders) != 2 || fc.Funders[0].FunderID != w.funder.ID {
			t.Fatalf("continuity %+v", fc)
		}
		// A contract reaching past 2025-07-30 lifts the cliff; the draft
		// (the world's project) still counts for nothing.
		mk(w.funderUser, "F", 200_000, "2025-07-01", "2025-12-31", "contracted")
		fc, _ = w.s.OrganizationFunding(ctx, w.reviewer, w.contractor.ID)
		if fc.FundingCliff || *fc.FundedUntil != "2025-12-31" || !slices.Equal(fc.GapsDays, []int{60}) {
			t.Fatalf("with a later contract: %+v", fc)
		}
		// The other funder sees the figures, but not the first funder's name.
		seen, err := w.s.OrganizationFunding(ctx, w.otherFunderUser, w.contractor.ID)
		if err != nil || len(seen.Funders) != 1 || seen.Funders[0].FunderID != w.otherFunder.ID || seen.HHI == nil || *seen.HHI != *fc.HHI {
			t.Fatalf("the other funder's view: %v %+v", err, seen)
		}
		rep, err := w.s.FundingReport(ctx, w.reviewer, models.FundingFilter{})
		if err != nil || rep.OrganizationCount != 1 || rep.CliffCount != 0 || rep.SingleFunderCount != 0 || rep.Organizations[0].AwardedFen != 1_200_000 {
			t.Fatalf("report %v %+v", err, rep)
		}
	})
}
