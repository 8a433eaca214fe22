package models_test

import (
	"context"
	"os"
	"testing"

	"hatchery/models"
)

// BenchmarkSearchAtScale times the q search of the organization, project
// and survey lists (one page of 50 and the total, as the list requests
// answer) on databases made by `hatchery seed --scale 1`, named by
// HATCHERY_BENCH_SQLITE (a file) and HATCHERY_BENCH_POSTGRES (a URL).
// Seeding takes minutes, so the benchmark reuses them. It migrates them,
// and on its first run prefixes 20 organization names with 阳光 and gives
// one a credit code, since the synthetic names share all their Chinese
// pairs of characters and carry no codes.
func BenchmarkSearchAtScale(b *testing.B) {
	for _, env := range []string{"HATCHERY_BENCH_SQLITE", "HATCHERY_BENCH_POSTGRES"} {
		dsn := os.Getenv(env)
		if dsn == "" {
			continue
		}
		ctx := context.Background()
		s, err := models.Open(ctx, dsn, models.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		if _, err := s.Migrate(ctx); err != nil {
			b.Fatal(err)
		}
		key, err := s.DemoDataKey(ctx)
		if err != nil {
			b.Fatal(err)
		}
		ring, err := models.NewKeyring(key)
		if err != nil {
			b.Fatal(err)
		}
		s.UseKeys(ring)
		code := models.MakeUSCC("52130108", "MA0C4Y7B")
		for _, sql := range []string{
			`UPDATE organizations SET name = '阳光' || name WHERE id IN (SELECT id FROM organizations ORDER BY id LIMIT 20) AND name NOT LIKE '阳光%'`,
			`UPDATE organizations SET credit_code = '` + code + `' WHERE id = (SELECT min(id) FROM organizations) AND NOT EXISTS (SELECT 1 FROM organizations WHERE credit_code = '` + code + `')`,
		} {
			if err := s.ExecForTest(ctx, sql); err != nil {
				b.Fatal(err)
			}
		}
		a := models.Actor{Username: "bench", Role: models.RoleReviewer}
		page := models.Page{Limit: 50}
		for _, c := range []struct {
			name string
			list func(q string) (int64, error)
			q    string
		}{
			{"organizations/two_chinese_rare", orgSearch(s, a, page), "阳光"},
			{"organizations/two_chinese_in_every_name", orgSearch(s, a, page), "社区"},
			{"organizations/one_character", orgSearch(s, a, page), "社"},
			{"organizations/long_fragment", orgSearch(s, a, page), "第163社会组织"},
			{"organizations/mixed_fragment", orgSearch(s, a, page), "街道6社区第1"},
			{"organizations/credit_code", orgSearch(s, a, page), code},
			{"organizations/no_match", orgSearch(s, a, page), "无此机构"},
			{"projects/code_ascii_other_case", func(q string) (int64, error) {
				l, err := s.ListProjects(ctx, a, models.ProjectFilter{Q: q, Page: page})
				return l.Total, err
			}, "s0050-4"},
			{"projects/title_in_every_row", func(q string) (int64, error) {
				l, err := s.ListProjects(ctx, a, models.ProjectFilter{Q: q, Page: page})
				return l.Total, err
			}, "项目"},
			{"surveys/title_fragment", func(q string) (int64, error) {
				l, err := s.ListSurveys(ctx, a, models.SurveyFilter{Q: q, Page: page})
				return l.Total, err
			}, "2社区居民需求调研43"},
		} {
			b.Run(env[len("HATCHERY_BENCH_"):]+"/"+c.name, func(b *testing.B) {
				total, err := c.list(c.q)
				if err != nil {
					b.Fatal(err)
				}
				for b.Loop() {
					if _, err := c.list(c.q); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(total), "matches")
			})
		}
	}
}

func orgSearch(s *models.Store, a models.Actor, page models.Page) func(string) (int64, error) {
	return func(q string) (int64, error) {
		l, err := s.ListOrganizations(context.Background(), a, models.OrganizationFilter{Q: q, Page: page})
		return l.Total, err
	}
}
