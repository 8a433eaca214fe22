package models_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// The portfolio ledger reads the same entries whichever way it is read:
// by the matching projects' index (few entries) or by walking the ledger in
// id order (many), page by page and as one export. Two funders' projects
// interleave, so a walk must skip the other funder's entries.
func TestPortfolioLedgerReadsAlike(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w := newProjectWorld(t, d)
		ctx := context.Background()
		now := models.NewTime(time.Now())
		var batch models.MoneyBatch
		for i := 0; i < 12; i++ {
			funder := []string{w.funder.ID, w.otherFunder.ID}[i%2]
			p := models.Project{ID: models.NewID(), Code: fmt.Sprintf("L-%02d", i), Title: "台账", OrganizationID: w.contractor.ID,
				FunderID: funder, Category: "other", BudgetFen: 10_000_000, StartOn: "2025-01-01", EndOn: "2025-12-31",
				Status: models.ProjectActive, StatusSince: now, Stamps: models.Stamps{CreatedAt: now, UpdatedAt: now, Version: 1}}
			batch.Projects = append(batch.Projects, p)
			for k := 0; k < 9; k++ {
				batch.Expenditures = append(batch.Expenditures, models.Expenditure{ID: models.NewID(), ProjectID: p.ID,
					BudgetCategory: []string{"activities", "personnel", "venue"}[k%3], AmountFen: models.Fen(100 + i*10 + k),
					SpentOn: "2025-03-01", RecordedBy: w.staff.UserID, CreatedAt: now})
			}
		}
		if err := w.s.BulkInsertMoney(ctx, models.System("test"), batch); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name string
			a    models.Actor
			f    models.PortfolioLedgerFilter
			want int64
		}{
			{"a funder's own", w.funderUser, models.PortfolioLedgerFilter{}, 54},
			{"one budget line", w.funderUser, models.PortfolioLedgerFilter{BudgetCategory: "venue"}, 18},
			{"the contractor's, both funders", w.staff, models.PortfolioLedgerFilter{}, 108},
			{"one project by code", w.staff, models.PortfolioLedgerFilter{Projects: models.ProjectFilter{Q: "L-03"}}, 9},
		} {
			t.Run(c.name, func(t *testing.T) {
				read := func(walkAbove int64, limit int) []string {
					var ids []string
					f := c.f
					f.Page = models.Page{Limit: limit}
					for {
						l, err := w.s.ListPortfolioLedgerWalking(ctx, c.a, f, walkAbove)
						if err != nil {
							t.Fatal(err)
						}
						if l.Total != c.want {
							t.Fatalf("total %d, want %d", l.Total, c.want)
						}
						for _, e := range l.Items {
							ids = append(ids, e.ID)
						}
						if l.NextCursor == nil {
							return ids
						}
						f.Page.Cursor = *l.NextCursor
					}
				}
				indexed, walked := read(1<<40, 7), read(0, 7)
				if int64(len(indexed)) != c.want || !slices.Equal(indexed, walked) {
					t.Fatalf("indexed %d entries, walked %d; the same: %v", len(indexed), len(walked), slices.Equal(indexed, walked))
				}
				if !slices.IsSortedFunc(indexed, func(a, b string) int { return strings.Compare(b, a) }) {
					t.Errorf("not newest first")
				}
				var exported []string
				f := c.f
				f.Page = models.Page{Each: func(_ int64, batch any) error {
					for _, e := range batch.([]models.LedgerEntry) {
						exported = append(exported, e.ID)
					}
					return nil
				}}
				if _, err := w.s.ListPortfolioLedgerWalking(ctx, c.a, f, 0); err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(exported, indexed) {
					t.Errorf("the export read %d entries, the pages %d", len(exported), len(indexed))
				}
			})
		}
	})
}
