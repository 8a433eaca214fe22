package models

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/mattn/go-sqlite3"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
)

// sqliteDialect is the embedded database: one file, WAL, foreign keys, one
// writer connection whose transactions begin IMMEDIATE (so writers queue
// instead of failing with "database is locked") and a pool of query-only
// readers.
type sqliteDialect struct{}

func (sqliteDialect) name() Dialect { return SQLite }

func (sqliteDialect) open(dsn string, cfg *gorm.Config, readers int) (*gorm.DB, *gorm.DB, error) {
	if dir := filepath.Dir(dsn); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, nil, fmt.Errorf("create database directory: %w", err)
		}
	}
	common := "_foreign_keys=on&_busy_timeout=10000&_journal_mode=WAL&_synchronous=FULL"
	w, err := gorm.Open(sqlite.Open("file:"+dsn+"?"+common+"&_txlock=immediate"), cfg)
	if err != nil {
		return nil, nil, fmt.Errorf("open sqlite: %w", err)
	}
	wdb, err := w.DB()
	if err != nil {
		return nil, nil, err
	}
	wdb.SetMaxOpenConns(1)
	wdb.SetConnMaxIdleTime(0)
	r, err := gorm.Open(sqlite.Open("file:"+dsn+"?"+common+"&_query_only=true"), cfg)
	if err != nil {
		wdb.Close()
		return nil, nil, fmt.Errorf("open sqlite reader: %w", err)
	}
	rdb, err := r.DB()
	if err != nil {
		wdb.Close()
		return nil, nil, err
	}
	rdb.SetMaxOpenConns(readers)
	rdb.SetMaxIdleConns(readers) // database/sql keeps two by default
	rdb.SetConnMaxIdleTime(connMaxIdle)
	return w, r, nil
}

func (sqliteDialect) schemaDir() string     { return "schema/sqlite" }
func (sqliteDialect) timestampType() string { return "DATETIME" }

// lockMigrations needs nothing: SQLite's write transactions already exclude
// each other.
func (sqliteDialect) lockMigrations(*gorm.DB) error { return nil }

func (sqliteDialect) singleWriter() bool { return true }

func (sqliteDialect) syncEachCommit(db *gorm.DB, on bool) error {
	if on {
		return db.Exec("PRAGMA synchronous = FULL").Error
	}
	return db.Exec("PRAGMA synchronous = NORMAL").Error
}

// relaxCommit needs nothing: syncEachCommit sets the one writer's pragma.
func (sqliteDialect) relaxCommit(*gorm.DB) error { return nil }

// lockRow needs nothing: every write transaction begins IMMEDIATE on the
// one writer connection, so writers already take turns.
func (sqliteDialect) lockRow(*gorm.DB, string, string) error { return nil }

// lockRowsWhere only reads: the one writer connection already keeps other
// writers out.
func (sqliteDialect) lockRowsWhere(tx *gorm.DB, table, where string, args ...any) ([]string, error) {
	var ids []string
	err := tx.Raw("SELECT id FROM "+table+" WHERE "+where+" ORDER BY id", args...).Scan(&ids).Error
	return ids, err
}

// containsText relies on LIKE ignoring the case of ASCII letters; Chinese
// has no case.
func (sqliteDialect) containsText(column string) string {
	return column + ` LIKE ? ESCAPE '\'`
}

func (sqliteDialect) inIDs(column, subquery string) string {
	return column + " IN (" + subquery + ")"
}

// unindexed puts a unary plus before column, which keeps SQLite's
// planner from using an index on it.
func (sqliteDialect) unindexed(column string) string { return "+" + column }

// quarterOf reads the quarter off the stored text (timestamps are kept as
// "YYYY-MM-DD HH:MM:SS..." in UTC).
func (sqliteDialect) quarterOf(column string) string {
	return "substr(" + column + ", 1, 4) || 'Q' || ((CAST(substr(" + column + ", 6, 2) AS INTEGER) + 2) / 3)"
}

// backup copies the database while the server keeps running: VACUUM INTO
// reads one snapshot. It runs on the writer connection because the reader
// pool is query-only, which VACUUM INTO counts as writing.
func (sqliteDialect) backup(ctx context.Context, s *Store, path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s already exists; choose a new file", path)
	}
	if err := s.db.WithContext(ctx).Exec("VACUUM INTO ?", path).Error; err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

func (sqliteDialect) classify(err error) failure {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return failOther
	}
	switch {
	case se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey:
		return failUnique
	case se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked:
		return failBusy
	}
	return failOther
}
