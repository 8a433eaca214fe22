package models_test

import (
	"context"
	"testing"

	"gorm.io/gorm"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestLoadingRelaxesCommits: a transaction run while the demo loads commits
// without waiting for the disk (PostgreSQL's synchronous_commit off for the
// transaction, SQLite's synchronous NORMAL on the one writer), and one run
// afterwards waits again.
func TestLoadingRelaxesCommits(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		query, relaxed, durable := "SHOW synchronous_commit", "off", "on"
		if d == models.SQLite {
			// 1 is NORMAL, 2 FULL.
			query, relaxed, durable = "PRAGMA synchronous", "1", "2"
		}
		ctx := context.Background()
		s := storetest.Open(t, d, models.Options{})
		setting := func() string {
			var got string
			if err := s.InTx(ctx, func(tx *gorm.DB) error {
				return tx.Raw(query).Scan(&got).Error
			}); err != nil {
				t.Fatal(err)
			}
			return got
		}
		var during string
		if err := s.Loading(ctx, func() error { during = setting(); return nil }); err != nil {
			t.Fatal(err)
		}
		if during != relaxed {
			t.Errorf("while loading, %s = %q, want %s", query, during, relaxed)
		}
		if after := setting(); after != durable {
			t.Errorf("after loading, %s = %q, want %s", query, after, durable)
		}
	})
}
