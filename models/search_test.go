package models_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// searchCase is a q and the names of what it must find, worked out by hand
// as a LIKE '%q%' scan ignoring the case of ASCII letters answers.
type searchCase struct {
	q    string
	want []string
}

// checkSearch runs each case through list and compares the names found
// and the total with the case's.
func checkSearch(t *testing.T, list func(q string) ([]string, int64), cases []searchCase) {
	t.Helper()
	for _, c := range cases {
		got, total := list(c.q)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) || total != int64(len(want)) {
			t.Errorf("q %q found %q (total %d), want %q", c.q, got, total, want)
		}
	}
}

func TestSearchOrganizations(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		w.org("阳光助老服务中心", nil, "community_filed", false, "registered")
		w.org("晨曦儿童服务社", nil, "community_filed", false, "registered")
		w.org("Green Valley 环保协会", nil, "community_filed", false, "registered")
		w.org("百分之100%公益_社", nil, "community_filed", false, "registered")
		w.org(`路径\反斜杠协会`, nil, "community_filed", false, "registered")
		elderly := w.org("老年服务中心", nil, "community_filed", false, "registered")
		doomed := w.org("光阳光社", nil, "community_filed", false, "registered")
		list := func(q string) ([]string, int64) {
			l, err := w.s.ListOrganizations(ctx, w.admin, models.OrganizationFilter{Q: q, Page: models.Page{Limit: 200}})
			if err != nil {
				t.Fatalf("q %q: %v", q, err)
			}
			var names []string
			for _, o := range l.Items {
				names = append(names, o.Name)
			}
			return names, l.Total
		}
		checkSearch(t, list, []searchCase{
			{"服务", []string{"阳光助老服务中心", "晨曦儿童服务社", "老年服务中心"}},
			{"务中", []string{"阳光助老服务中心", "老年服务中心"}},
			{"服务中心", []string{"阳光助老服务中心", "老年服务中心"}},
			{"助老服务", []string{"阳光助老服务中心"}},
			// 老年服务中心 holds 老 and 服 but not side by side.
			{"老服", []string{"阳光助老服务中心"}},
			{"老", []string{"阳光助老服务中心", "老年服务中心"}},
			// 光阳光社 holds both pairs of 阳光阳, but not 阳光阳.
			{"阳光阳", nil},
			{"阳光", []string{"阳光助老服务中心", "光阳光社"}},
			{"green", []string{"Green Valley 环保协会"}},
			{"VALLEY 环", []string{"Green Valley 环保协会"}},
			{"g", []string{"Green Valley 环保协会"}},
			{"%", []string{"百分之100%公益_社"}},
			{"%%", nil},
			{"_", []string{"百分之100%公益_社"}},
			{"0%公益_社", []string{"百分之100%公益_社"}},
			{`\`, []string{`路径\反斜杠协会`}},
			{`径\反`, []string{`路径\反斜杠协会`}},
			{"协会", []string{"Green Valley 环保协会", `路径\反斜杠协会`}},
			{*w.incubator.CreditCode, []string{"益民社工"}},
			{"无此机构", nil},
		})

		renamed := "青年志愿者之家"
		if _, err := w.s.UpdateOrganization(ctx, w.admin, elderly.ID, elderly.Version, models.OrganizationPatch{Name: &renamed}); err != nil {
			t.Fatal(err)
		}
		if err := w.s.ExecForTest(ctx, "DELETE FROM organizations WHERE id = '"+doomed.ID+"'"); err != nil {
			t.Fatal(err)
		}
		checkSearch(t, list, []searchCase{
			{"老年", nil},
			{"务中", []string{"阳光助老服务中心"}},
			{"青年", []string{"青年志愿者之家"}},
			{"志愿者", []string{"青年志愿者之家"}},
			{"阳光", []string{"阳光助老服务中心"}},
			{"光社", nil},
		})
	})
}

func TestSearchProjectsAndSurveys(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newSurveyWorld(t, d)
		ctx := context.Background()
		// The world's project is HY-2025-001, 槐底社区居家养老服务.
		kids := w.draft("hb-2026-017", 500_000)
		title := "儿童之家课后服务"
		kids, err := w.s.UpdateProject(ctx, w.funderUser, kids.ID, kids.Version, models.ProjectPatch{Title: &title})
		if err != nil {
			t.Fatal(err)
		}
		projects := func(q string) ([]string, int64) {
			l, err := w.s.ListProjects(ctx, w.admin, models.ProjectFilter{Q: q, Page: models.Page{Limit: 200}})
			if err != nil {
				t.Fatalf("q %q: %v", q, err)
			}
			var codes []string
			for _, p := range l.Items {
				codes = append(codes, p.Code)
			}
			return codes, l.Total
		}
		checkSearch(t, projects, []searchCase{
			{"hy-2025", []string{"HY-2025-001"}},
			{"HB-2026", []string{"hb-2026-017"}},
			{"-0", []string{"HY-2025-001", "hb-2026-017"}},
			{"2025", []string{"HY-2025-001"}},
			{"服务", []string{"HY-2025-001", "hb-2026-017"}},
			{"家", []string{"HY-2025-001", "hb-2026-017"}},
			{"课后", []string{"hb-2026-017"}},
			{"居家养老", []string{"HY-2025-001"}},
			{"养家", nil},
		})
		title = "青少年心理辅导"
		if _, err := w.s.UpdateProject(ctx, w.funderUser, kids.ID, kids.Version, models.ProjectPatch{Title: &title}); err != nil {
			t.Fatal(err)
		}
		checkSearch(t, projects, []searchCase{
			{"课后", nil},
			{"心理", []string{"hb-2026-017"}},
			{"服务", []string{"HY-2025-001"}},
			{"hb-2026", []string{"hb-2026-017"}},
		})

		c := w.community("东风社区", "裕华区")
		spring := w.survey(c, "2025-03-01", "h")
		w.survey(c, "2025-09-15", "m")
		surveys := func(q string) ([]string, int64) {
			l, err := w.s.ListSurveys(ctx, w.admin, models.SurveyFilter{Q: q, Page: models.Page{Limit: 200}})
			if err != nil {
				t.Fatalf("q %q: %v", q, err)
			}
			var titles []string
			for _, v := range l.Items {
				titles = append(titles, v.Title)
			}
			return titles, l.Total
		}
		checkSearch(t, surveys, []searchCase{
			{"需求", []string{"居民需求调研 2025-03-01", "居民需求调研 2025-09-15"}},
			{"调研 2025-03", []string{"居民需求调研 2025-03-01"}},
			{"09", []string{"居民需求调研 2025-09-15"}},
			{"电梯", nil},
		})
		title = "老旧小区加装电梯意见征集"
		if _, err := w.s.UpdateSurvey(ctx, w.admin, spring.ID, spring.Version, models.SurveyPatch{Title: &title}); err != nil {
			t.Fatal(err)
		}
		checkSearch(t, surveys, []searchCase{
			{"需求", []string{"居民需求调研 2025-09-15"}},
			{"电梯", []string{"老旧小区加装电梯意见征集"}},
			{"加装电梯", []string{"老旧小区加装电梯意见征集"}},
		})
	})
}

// TestSearchCommonFragment searches 1,100 organizations that share most of
// their names: some fragments are too common to narrow by (the list scans),
// some are held by hundreds of names and others by few.
func TestSearchCommonFragment(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		orgs := make([]models.Organization, 1100)
		for i := range orgs {
			kind := "互助会"
			if i%2 == 1 {
				kind = "志愿队"
			}
			orgs[i] = models.Organization{ID: models.NewID(), Name: fmt.Sprintf("槐底社区第%04d%s", i, kind), RegistrationType: "community_filed",
				Category: "community_service", CommunityID: &w.com.ID, Stage: "registered"}
		}
		if err := w.s.BulkInsertPipeline(ctx, models.System("test"), orgs, nil); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			q     string
			total int64
		}{
			{"社区", 1100},    // in every name
			{"槐底社区第", 1100}, // every pair in every name
			{"社区第0", 1000},  // 第0000 to 第0999
			{"互助", 550},     // the even numbers
			{"志愿队", 550},    // the odd ones
			{"愿", 550},
			{"第10", 100},    // 第1000 to 第1099
			{"第01", 100},    // 第0100 to 第0199
			{"1志", 110},     // 第0001, 第0011, ..., 第1091
			{"00", 119},     // 第0000 to 第0099, 第0100, ..., 第0900, 第1000 to 第1009
			{"第1099志愿队", 1}, // the last
			{"第1098志愿队", 0}, // an even number: 互助会
			{"益民", 1},       // the incubator
			{"社", 1101},     // and 益民社工
		} {
			l, err := w.s.ListOrganizations(ctx, w.admin, models.OrganizationFilter{Q: c.q, Page: models.Page{Limit: 50}})
			if err != nil {
				t.Fatal(err)
			}
			if l.Total != c.total || int64(len(l.Items)) != min(c.total, 50) {
				t.Errorf("q %q: total %d with %d on the page, want %d", c.q, l.Total, len(l.Items), c.total)
			}
			for _, o := range l.Items {
				if !strings.Contains(o.Name, c.q) {
					t.Errorf("q %q found %q", c.q, o.Name)
				}
			}
		}
	})
}
