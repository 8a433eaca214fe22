package models

import (
	"context"
	"io/fs"
	"time"
)

// ExecForTest runs raw SQL, as an attacker with database access would.
func (s *Store) ExecForTest(ctx context.Context, sql string) error {
	return s.db.WithContext(ctx).Exec(sql).Error
}

// RawScan runs a query and scans its single column into dst.
func (s *Store) RawScan(ctx context.Context, dst *[]string, sql string) error {
	return s.read.WithContext(ctx).Raw(sql).Scan(dst).Error
}

// MigrateWith applies the migrations found in dir of files, as Migrate does
// with the embedded ones.
func (s *Store) MigrateWith(ctx context.Context, files fs.FS, dir string) ([]AppliedMigration, error) {
	ms, err := loadMigrations(files, dir)
	if err != nil {
		return nil, err
	}
	return s.migrate(ctx, ms)
}

// SchemaFiles are the embedded migrations.
var SchemaFiles = schemaFiles

// ListPortfolioLedgerWalking is ListPortfolioLedger with the count above
// which the ledger is walked in id order set to walkAbove.
func (s *Store) ListPortfolioLedgerWalking(ctx context.Context, a Actor, f PortfolioLedgerFilter, walkAbove int64) (List[LedgerEntry], error) {
	return s.listPortfolioLedger(ctx, a, f, walkAbove)
}

// SlowCounterReads makes every read of the change counters take lag more
// to come back, as over a slow network.
func (s *Store) SlowCounterReads(lag time.Duration) { s.versions.lag = lag }

// SplitReports makes reports read their tables in parts however few rows
// they hold, as they do at a province's scale.
func (s *Store) SplitReports() { s.partRows = 1 }
