//go:build unix

package models

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkScale times the review queue, each role's home and its parts, and
// each report computed afresh, on a database seeded at scale (hatchery seed
// --scale 1) named by HATCHERY_BENCH_DB: a SQLite file or a postgres:// URL.
//
//	HATCHERY_BENCH_DB=/tmp/scale.db go test ./models -run '^$' -bench Scale -benchtime 20x
func BenchmarkScale(b *testing.B) {
	dsn := os.Getenv("HATCHERY_BENCH_DB")
	if dsn == "" {
		b.Skip("HATCHERY_BENCH_DB names no seeded database")
	}
	ctx := context.Background()
	s, err := Open(ctx, dsn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	db := s.read.WithContext(ctx)
	var pick struct{ Incubator, Funder, Org string }
	// The busiest incubator, funder and contractor: the largest homes.
	for _, q := range []struct {
		dst *string
		sql string
	}{
		{&pick.Incubator, "SELECT incubator_id FROM organizations WHERE incubator_id IS NOT NULL GROUP BY incubator_id ORDER BY COUNT(*) DESC, incubator_id LIMIT 1"},
		{&pick.Funder, "SELECT funder_id FROM projects GROUP BY funder_id ORDER BY COUNT(*) DESC, funder_id LIMIT 1"},
		{&pick.Org, "SELECT organization_id FROM projects GROUP BY organization_id ORDER BY COUNT(*) DESC, organization_id LIMIT 1"},
	} {
		if err := db.Raw(q.sql).Scan(q.dst).Error; err != nil || *q.dst == "" {
			b.Fatal("nothing to pick", q.sql, err)
		}
	}
	reviewer := Actor{Role: RoleReviewer, UserID: "bench"}
	actors := map[string]Actor{
		"reviewer":  reviewer,
		"incubator": {Role: RoleIncubator, OrganizationID: pick.Incubator},
		"funder":    {Role: RoleFunder, FunderID: pick.Funder},
		"org_staff": {Role: RoleOrgStaff, OrganizationID: pick.Org},
	}
	now := s.Now()
	today := s.today()
	yearAgo := Date(now.AddDate(-1, 0, 1).Format(DateLayout))
	cases := []struct {
		name string
		run  func() error
	}{
		{"queue/pending", func() error {
			_, err := s.ListTransitions(ctx, reviewer, TransitionFilter{Status: StatusPending})
			return err
		}},
		{"queue/all", func() error {
			_, err := s.ListTransitions(ctx, reviewer, TransitionFilter{})
			return err
		}},
		{"home/bureau/pipeline", func() error {
			_, err := s.Pipeline(ctx, PipelineFilter{From: lastQuarters(now, HomeQuarters)[0].start, To: today})
			return err
		}},
		{"home/bureau/coverage", func() error { _, err := s.DemandCoverage(ctx, ""); return err }},
		{"home/bureau/funding", func() error { _, err := s.FundingReport(ctx, reviewer, FundingFilter{Limit: 1}); return err }},
		{"home/bureau/turnover", func() error {
			_, err := s.Turnover(ctx, reviewer, TurnoverFilter{From: yearAgo, To: today, GroupBy: "organization", Limit: 1})
			return err
		}},
		{"home/bureau/flags", func() error { _, err := s.ledgerFlags(db, "status IN ?", LiveStatuses); return err }},
		{"home/bureau/figures", func() error { _, err := s.bureauFigures(ctx, reviewer); return err }},
		{"home/incubator/pending", func() error { _, err := s.scopedPending(db, actors["incubator"]); return err }},
		{"home/incubator/turnover", func() error {
			_, err := s.Turnover(ctx, actors["incubator"], TurnoverFilter{From: yearAgo, To: today, GroupBy: "organization"})
			return err
		}},
		{"list/incubator/organizations", func() error {
			_, err := s.ListOrganizations(ctx, actors["incubator"], OrganizationFilter{Page: Page{Limit: 50}})
			return err
		}},
		{"list/incubator/transitions", func() error {
			_, err := s.ListTransitions(ctx, actors["incubator"], TransitionFilter{})
			return err
		}},
		{"home/org_staff/pending", func() error { _, err := s.scopedPending(db, actors["org_staff"]); return err }},
		{"home/funder/funding", func() error {
			_, err := s.FundingReport(ctx, actors["funder"], FundingFilter{FunderID: pick.Funder, Limit: homeListed})
			return err
		}},
		{"home/funder/flags", func() error { _, err := s.ledgerFlags(db, "funder_id = ?", pick.Funder); return err }},
		{"report/pipeline", func() error { _, err := s.Pipeline(ctx, PipelineFilter{From: yearAgo, To: today}); return err }},
		{"report/funding", func() error { _, err := s.FundingReport(ctx, reviewer, FundingFilter{}); return err }},
		{"report/spend-audit", func() error { _, err := s.PortfolioSpendAudit(ctx, reviewer, pick.Funder); return err }},
		{"report/turnover", func() error {
			_, err := s.Turnover(ctx, reviewer, TurnoverFilter{From: yearAgo, To: today, GroupBy: "organization"})
			return err
		}},
		{"report/demand-coverage", func() error { _, err := s.DemandCoverage(ctx, ""); return err }},
	}
	for _, role := range []string{"reviewer", "incubator", "funder", "org_staff"} {
		a := actors[role]
		cases = append(cases, struct {
			name string
			run  func() error
		}{"home/" + role, func() error { _, err := s.Home(ctx, a); return err }})
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			before := cpuTime()
			for b.Loop() {
				if err := c.run(); err != nil {
					b.Fatal(err)
				}
			}
			// The processor time too: on a busy machine the wall clock
			// measures the neighbours as much as the query.
			b.ReportMetric(float64(cpuTime()-before)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the processor time the process has used, user and system.
func cpuTime() time.Duration {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
