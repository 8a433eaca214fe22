package models_test

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// pageThrough reads every page of a list of limit rows and answers the ids
// in the order the pages gave them.
func pageThrough[T any](t *testing.T, limit int, read func(models.Page) (models.List[T], error), id func(T) string) []string {
	t.Helper()
	var ids []string
	p := models.Page{Limit: limit}
	for range 100 {
		l, err := read(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range l.Items {
			ids = append(ids, id(x))
		}
		if l.NextCursor == nil {
			return ids
		}
		p.Cursor = *l.NextCursor
	}
	t.Fatal("the list never ended")
	return nil
}

// TestListsSortByColumnAcrossPages: a list sorted by a column pages through
// every row once, in the column's order with ties broken by the newest (or,
// ascending, the oldest) first, on text, integer and time columns; an
// export walks the same order; a cursor from another order and an unknown
// sort are refused.
func TestListsSortByColumnAcrossPages(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		s := storetest.Open(t, d, models.Options{})
		sys := models.System("test")
		admin := models.Actor{Username: "admin", Role: models.RoleAdmin}
		type row struct {
			id, district string
		}
		var made []row
		for i, district := range []string{"桥西区", "长安区", "桥西区", "新华区", "长安区", "桥西区", "裕华区"} {
			c, err := s.CreateCommunity(ctx, sys, models.Community{
				Name: fmt.Sprintf("排序社区%d", i), Street: "街道", District: district, Type: "other",
			})
			if err != nil {
				t.Fatal(err)
			}
			made = append(made, row{c.ID, district})
		}
		want := func(desc bool) []string {
			rows := slices.Clone(made)
			slices.SortFunc(rows, func(a, b row) int {
				if c := cmp.Or(cmp.Compare(a.district, b.district), cmp.Compare(a.id, b.id)); desc {
					return -c
				} else {
					return c
				}
			})
			var ids []string
			for _, r := range rows {
				ids = append(ids, r.id)
			}
			return ids
		}
		communities := func(sort string) func(models.Page) (models.List[models.Community], error) {
			return func(p models.Page) (models.List[models.Community], error) {
				p.Sort = sort
				return s.ListCommunities(ctx, models.CommunityFilter{Q: "排序社区", Page: p})
			}
		}
		id := func(c models.Community) string { return c.ID }
		for _, desc := range []bool{false, true} {
			sort := map[bool]string{false: "district", true: "-district"}[desc]
			if got := pageThrough(t, 2, communities(sort), id); !slices.Equal(got, want(desc)) {
				t.Errorf("sort=%s paged: %v, want %v", sort, got, want(desc))
			}
			var exported []string
			_, err := communities(sort)(models.Page{Each: func(_ int64, batch any) error {
				for _, c := range batch.([]models.Community) {
					exported = append(exported, c.ID)
				}
				return nil
			}})
			if err != nil || !slices.Equal(exported, want(desc)) {
				t.Errorf("sort=%s exported: %v, %v", sort, exported, err)
			}
		}

		// An integer column with ties: the funding cycles' years.
		f, err := s.CreateFunder(ctx, sys, models.Funder{Name: "排序资助方", Kind: "government"})
		if err != nil {
			t.Fatal(err)
		}
		var years []int
		for i, year := range []int{2024, 2026, 2025, 2024, 2026} {
			if _, err := s.CreateFundingCycle(ctx, admin, models.FundingCycle{
				FunderID: f.ID, Name: fmt.Sprintf("排序周期%d", i), Year: year, PoolFen: models.Fen(1000 * (i + 1)),
				OpensOn: "2023-11-01", ClosesOn: "2023-11-30", PeriodStart: "2024-01-01", PeriodEnd: "2024-12-31",
			}); err != nil {
				t.Fatal(err)
			}
		}
		cycles := func(p models.Page) (models.List[models.FundingCycleView], error) {
			p.Sort = "-year"
			return s.ListFundingCycles(ctx, admin, models.FundingCycleFilter{Page: p})
		}
		for _, c := range pageThrough(t, 2, cycles, func(c models.FundingCycleView) string { return fmt.Sprint(c.Year) }) {
			var y int
			fmt.Sscan(c, &y)
			years = append(years, y)
		}
		if !slices.Equal(years, []int{2026, 2026, 2025, 2024, 2024}) {
			t.Errorf("cycles by -year: %v", years)
		}

		// A time column: organizations by the time they entered their stage.
		var orgs []string
		for i := range 4 {
			o, err := s.CreateOrganization(ctx, sys, models.Organization{
				Name: fmt.Sprintf("排序机构%d", i), RegistrationType: "community_filed", Category: "other",
			})
			if err != nil {
				t.Fatal(err)
			}
			orgs = append(orgs, o.ID)
		}
		byStageSince := func(p models.Page) (models.List[models.OrganizationView], error) {
			p.Sort = "stage_since"
			return s.ListOrganizations(ctx, admin, models.OrganizationFilter{Q: "排序机构", Page: p})
		}
		if got := pageThrough(t, 3, byStageSince, func(o models.OrganizationView) string { return o.ID }); !slices.Equal(got, orgs) {
			t.Errorf("organizations by stage_since: %v, want %v", got, orgs)
		}

		// Refusals: a cursor belongs to one order; a list sorts only by
		// the columns it offers; a list with none takes no sort.
		first, err := communities("district")(models.Page{Limit: 2})
		if err != nil || first.NextCursor == nil {
			t.Fatalf("first page: %v", err)
		}
		var verr *models.ValidationError
		for name, read := range map[string]func() error{
			"another order's cursor": func() error {
				_, err := communities("-district")(models.Page{Limit: 2, Cursor: *first.NextCursor})
				return err
			},
			"the unsorted order's cursor": func() error {
				_, err := communities("")(models.Page{Limit: 2, Cursor: *first.NextCursor})
				return err
			},
			"an unknown column": func() error {
				_, err := communities("households")(models.Page{Limit: 2})
				return err
			},
			"a sort on a list with none": func() error {
				_, err := s.ListTransitions(ctx, sys, models.TransitionFilter{Page: models.Page{Sort: "created_at"}})
				return err
			},
		} {
			if err := read(); !errors.As(err, &verr) || verr.Fields[0].Field != "sort" && verr.Fields[0].Field != "cursor" {
				t.Errorf("%s: %v, want a validation error", name, err)
			}
		}
	})
}
