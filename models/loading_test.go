package models_test

import (
	"context"
	"testing"

	"gorm.io/gorm"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestLoadingRelaxesCommits: on PostgreSQL, a transaction run while the
// demo loads commits without waiting for the WAL, and one run afterwards
// waits again; SQLite sets its pragma on the one writer instead.
func TestLoadingRelaxesCommits(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		if d != models.Postgres {
			t.Skip("SQLite relaxes the writer's synchronous pragma, not each transaction")
		}
		ctx := context.Background()
		s := storetest.Open(t, d, models.Options{})
		setting := func() string {
			var got string
			if err := s.InTx(ctx, func(tx *gorm.DB) error {
				return tx.Raw("SHOW synchronous_commit").Scan(&got).Error
			}); err != nil {
				t.Fatal(err)
			}
			return got
		}
		var during string
		if err := s.Loading(ctx, func() error { during = setting(); return nil }); err != nil {
			t.Fatal(err)
		}
		if during != "off" {
			t.Errorf("while loading, synchronous_commit = %q, want off", during)
		}
		if after := setting(); after != "on" {
			t.Errorf("after loading, synchronous_commit = %q, want on", after)
		}
	})
}
