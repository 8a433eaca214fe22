package models_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestEachOpenProjectWalksInBatches walks a funder's projects two at a
// time: every project once, newest first, its plan loaded, the other
// funder's never, and the filters applied as the list applies them.
func TestEachOpenProjectWalksInBatches(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		want := []string{w.project.ID}
		for i := range 4 {
			want = append(want, w.draft(fmt.Sprintf("HY-2025-1%02d", i), 2_000_000).ID)
		}
		w.moveProject(want[2], models.ProjectContracted)
		other, err := w.s.CreateProject(ctx, w.otherFunderUser, models.ProjectInput{Code: "HD-2025-001", Title: "槐底街道助餐", OrganizationID: w.contractor.ID,
			Category: "elderly_care", BudgetFen: 100, StartOn: "2025-01-01", EndOn: "2025-12-31", CommunityIDs: []string{w.com.ID}})
		if err != nil {
			t.Fatal(err)
		}
		slices.Reverse(want)

		walk := func(a models.Actor, f models.ProjectFilter) (ids []string, sizes []int) {
			err := w.s.EachOpenProject(ctx, a, f, 2, func(batch []models.OpenProject) error {
				sizes = append(sizes, len(batch))
				for _, p := range batch {
					ids = append(ids, p.ID)
					if p.FunderID == w.funder.ID && (len(p.Lines) != 3 || len(p.Tranches) != 2) || !slices.Equal(p.Communities, []string{w.com.Name}) || p.Contractor.Name != w.contractor.Name {
						t.Errorf("project %s loaded as %+v", p.Code, p)
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			return ids, sizes
		}
		ids, sizes := walk(w.funderUser, models.ProjectFilter{})
		if !slices.Equal(ids, want) || !slices.Equal(sizes, []int{2, 2, 1}) {
			t.Errorf("walked %v in batches %v, want %v", ids, sizes, want)
		}
		if ids, _ := walk(w.otherFunderUser, models.ProjectFilter{}); !slices.Equal(ids, []string{other.ID}) {
			t.Errorf("the other funder walked %v", ids)
		}
		if ids, _ := walk(w.funderUser, models.ProjectFilter{Status: "contracted"}); !slices.Equal(ids, []string{want[2]}) {
			t.Errorf("the contracted walk %v", ids)
		}
		if _, err := w.s.OpenProject(ctx, w.otherFunderUser, w.project.ID); err != models.ErrNotFound {
			t.Errorf("another funder's project: %v, want ErrNotFound", err)
		}
		p, err := w.s.OpenProject(ctx, w.funderUser, want[2])
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := p.ReachedAt[models.ProjectContracted]; !ok {
			t.Errorf("no contracting time from the audit trail: %+v", p.ReachedAt)
		}
	})
}

// TestOCDSTrancheStatus works the milestone rule out on a project built by
// hand: a reversal undoes a tranche that was met, and a payment recorded
// after a release does not count in it.
func TestOCDSTrancheStatus(t *testing.T) {
	t.Parallel()
	day := func(d int) models.Time { return models.NewTime(time.Date(2025, 3, d, 2, 0, 0, 0, time.UTC)) }
	seq := func(n int) *int { return &n }
	p := models.OpenProject{
		Project: models.Project{ID: "p1", Code: "C-1", Title: "助餐", BudgetFen: 30_000, StartOn: "2025-01-01", EndOn: "2025-12-31",
			Status: models.ProjectActive, StatusSince: day(2), Stamps: models.Stamps{CreatedAt: day(1), UpdatedAt: day(1), Version: 3}},
		Funder: models.OpenParty{ID: "f1", Name: "民政局"}, Contractor: models.OpenParty{ID: "o1", Name: "服务社"},
		Tranches: []models.Tranche{{Seq: 1, DueOn: "2025-03-05", AmountFen: 10_000}, {Seq: 2, DueOn: "2025-03-05", AmountFen: 10_000},
			{Seq: 3, DueOn: "2025-04-30", AmountFen: 10_000}},
		Disbursements: []models.Disbursement{
			{ID: "d1", TrancheSeq: seq(1), PaidOn: "2025-03-03", AmountFen: 10_000, CreatedAt: day(3)},
			{ID: "d2", TrancheSeq: seq(2), PaidOn: "2025-03-03", AmountFen: 10_000, CreatedAt: day(3)},
			{ID: "d3", TrancheSeq: seq(2), PaidOn: "2025-03-03", AmountFen: -10_000, CreatedAt: day(4)}, // the reversal of d2
			{ID: "d4", TrancheSeq: seq(3), PaidOn: "2025-03-20", AmountFen: 10_000, CreatedAt: day(20)},
		},
		ReachedAt: map[models.ProjectStatus]models.Time{models.ProjectContracted: day(2)},
	}
	o := models.OpenData{PublisherName: "民政局", OCIDPrefix: "ocds-abc123", GrantPrefix: "360G-x"}
	releases := models.OCDSReleases(o, p, time.Date(2025, 3, 25, 0, 0, 0, 0, time.UTC))
	if len(releases) != 3 {
		t.Fatalf("%d releases", len(releases))
	}
	statuses := func(r models.OCDSRelease) []string {
		var out []string
		for _, m := range r.Contracts[0].Milestones {
			out = append(out, m.Status)
		}
		return out
	}
	if got := statuses(releases[1]); !slices.Equal(got, []string{"scheduled", "scheduled", "scheduled"}) {
		t.Errorf("at signing %v", got)
	}
	impl := releases[2]
	if impl.Date != "2025-03-20T02:00:00Z" || impl.ID != "ocds-abc123-C-1-implementation-20250320T020000Z" {
		t.Errorf("implementation release %s dated %s", impl.ID, impl.Date)
	}
	if got := statuses(impl); !slices.Equal(got, []string{"met", "notMet", "met"}) {
		t.Errorf("at the last payment %v, want met, notMet (reversed), met", got)
	}
	if m := impl.Contracts[0].Milestones[2]; m.DateMet != "2025-03-20T00:00:00+08:00" || m.DueDate != "2025-04-30T23:59:59+08:00" {
		t.Errorf("tranche 3 %+v", m)
	}
	if len(impl.Contracts[0].Implementation.Transactions) != 4 || impl.Contracts[0].Implementation.Transactions[2].Value.Amount != -10_000 {
		t.Errorf("transactions %+v", impl.Contracts[0].Implementation.Transactions)
	}
	if impl.Parties[0].ID != "ocds-abc123-funder-f1" || impl.Parties[1].ID != "ocds-abc123-org-o1" || impl.Parties[1].Identifier != nil {
		t.Errorf("parties %+v", impl.Parties)
	}

	// Nothing paid and a tranche past due: the day after it fell due dates
	// the implementation release.
	p.Disbursements = nil
	releases = models.OCDSReleases(o, p, time.Date(2025, 3, 25, 0, 0, 0, 0, time.UTC))
	if impl := releases[len(releases)-1]; impl.Date != "2025-03-05T16:00:00Z" || !slices.Equal(statuses(impl), []string{"notMet", "notMet", "scheduled"}) {
		t.Errorf("unpaid: %s %v", impl.Date, statuses(impl))
	}
	// A draft terminated before a contract: planning, then withdrawn.
	p.Status, p.ReachedAt = models.ProjectTerminated, map[models.ProjectStatus]models.Time{}
	releases = models.OCDSReleases(o, p, time.Date(2025, 3, 25, 0, 0, 0, 0, time.UTC))
	if len(releases) != 2 || releases[1].Tag[0] != "tenderCancellation" || releases[1].Tender.Status != "cancelled" || p.Awarded() {
		t.Errorf("a withdrawn draft: %+v", releases)
	}
}
