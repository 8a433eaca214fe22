package models_test

import (
	"context"
	"slices"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestHostedFilter checks an incubator's portfolio views: the organizations
// it hosts now, those it hosted and no longer does (graduated, or moved to
// another host), and that neither view shows a rival incubator or itself.
func TestHostedFilter(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newWorld(t, d)
		ctx := context.Background()
		rival := w.org("另一孵化器", nil, "community_filed", true, "independent")
		now := w.org("在孵机构", nil, "community_filed", false, "registered")
		graduated := w.org("已出壳机构", nil, "community_filed", false, "registered")
		moved := w.org("转孵机构", nil, "community_filed", false, "registered")
		w.org("无关机构", nil, "community_filed", false, "applicant")
		must(t, w.move(now, "incubating", w.incubator.ID))
		must(t, w.move(graduated, "incubating", w.incubator.ID))
		must(t, w.move(graduated, "independent", ""))
		must(t, w.move(moved, "incubating", w.incubator.ID))
		must(t, w.move(moved, "registered", ""))
		must(t, w.move(moved, "incubating", rival.ID))

		cases := []struct {
			name   string
			a      models.Actor
			hosted string
			want   []string
		}{
			{"current", w.incUser, models.HostedCurrent, []string{now.ID}},
			{"past", w.incUser, models.HostedPast, []string{graduated.ID, moved.ID}},
			{"rival current", w.user("rivaluser", models.RoleIncubator, rival.ID), models.HostedCurrent, []string{moved.ID}},
			// An admin has no organization of its own: no portfolio.
			{"admin", w.admin, models.HostedCurrent, nil},
		}
		for _, c := range cases {
			l, err := w.s.ListOrganizations(ctx, c.a, models.OrganizationFilter{Hosted: c.hosted, Page: models.Page{Limit: 200}})
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			var got []string
			for _, o := range l.Items {
				got = append(got, o.ID)
			}
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) || int(l.Total) != len(want) {
				t.Errorf("%s: got %v (total %d), want %v", c.name, got, l.Total, want)
			}
		}
	})
}
