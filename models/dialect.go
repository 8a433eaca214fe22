package models

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Dialect names the database behind a Store.
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// sqlDialect is everything that differs between the databases Hatchery runs
// on. One is chosen when the Store opens; nothing else in the package asks
// which database it is talking to.
type sqlDialect interface {
	// name says which database this is.
	name() Dialect
	// open connects to dsn and answers the write pool and the read pool
	// (the same pool where the database has no single-writer rule).
	open(dsn string, cfg *gorm.Config, readers int) (write, read *gorm.DB, err error)
	// schemaDir is the folder of models/schema holding this database's
	// migrations.
	schemaDir() string
	// timestampType is the column type of a point in time.
	timestampType() string
	// lockMigrations keeps two servers starting at once from migrating
	// together; the lock ends with tx.
	lockMigrations(tx *gorm.DB) error
	// containsText is a WHERE clause matching column against a LIKE pattern
	// (see likePattern) whatever the letters' case.
	containsText(column string) string
	// inIDs is a WHERE clause matching column against the ids a subquery
	// answers, looked up one by one through column's index when they are
	// few.
	inIDs(column, subquery string) string
	// unindexed is column in a form the planner will not look up through
	// an index, where walking another index in order is cheaper than
	// gathering the matches and sorting them (SQLite would otherwise drive
	// the query by the first index that narrows it).
	unindexed(column string) string
	// quarterOf is an expression answering the calendar quarter of a UTC
	// timestamp column as text: "2026Q3".
	quarterOf(column string) string
	// lockRow holds row id of table until tx ends, so that a check over
	// its children (the disbursements under a budget) and the insert that
	// follows cannot interleave with another writer's.
	lockRow(tx *gorm.DB, table, id string) error
	// lockRowsWhere answers the ids of the rows of table that match where
	// and holds them until tx ends; a row that stops matching before the
	// lock is granted is not answered.
	lockRowsWhere(tx *gorm.DB, table, where string, args ...any) ([]string, error)
	// singleWriter says whether all writes go through one connection, so
	// that writes arriving together are best committed together.
	singleWriter() bool
	// syncEachCommit turns waiting for the disk on every commit on or off
	// (off only while a data set that can be made again is loaded).
	syncEachCommit(db *gorm.DB, on bool) error
	// relaxCommit lets the transaction tx commit without waiting for the
	// disk, where that is set per transaction.
	relaxCommit(tx *gorm.DB) error
	// backup writes a consistent copy of the database to path.
	backup(ctx context.Context, s *Store, path string) error
	// classify tells apart the failures the Store answers differently.
	classify(err error) failure
}

// failure is what kind of database error a write met.
type failure int

const (
	failOther failure = iota
	// failUnique is a unique or primary-key constraint violation.
	failUnique
	// failBusy is a database locked by another writer (retry).
	failBusy
	// failSerialization is a serialization failure or deadlock (retry).
	failSerialization
)

// retryable reports whether a transaction that failed with f may succeed
// when run again.
func (f failure) retryable() bool { return f == failBusy || f == failSerialization }

// dialectFor picks the dialect a DSN names.
func dialectFor(dsn string) sqlDialect {
	if IsPostgresURL(dsn) {
		return postgresDialect{}
	}
	return sqliteDialect{}
}

// connMaxIdle is how long an idle pooled connection is kept.
const connMaxIdle = 5 * time.Minute
