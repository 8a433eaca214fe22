package models

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

// postgresDialect is the scale-out database: several Hatchery servers on
// one PostgreSQL (or a database that speaks its protocol), one pool for
// reads and writes.
type postgresDialect struct{}

func (postgresDialect) name() Dialect { return Postgres }

func (postgresDialect) open(dsn string, cfg *gorm.Config, _ int) (*gorm.DB, *gorm.DB, error) {
	db, err := gorm.Open(postgres.Open(dsn), cfg)
	if err != nil {
		return nil, nil, fmt.Errorf("open postgres: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return nil, nil, err
	}
	sqlDB.SetMaxOpenConns(16)
	// Keep them all between requests: database/sql keeps two by default,
	// and a new PostgreSQL connection (a new backend process) costs tens of
	// milliseconds, which every burst of requests would otherwise pay.
	sqlDB.SetMaxIdleConns(16)
	sqlDB.SetConnMaxIdleTime(connMaxIdle)
	return db, db, nil
}

func (postgresDialect) schemaDir() string     { return "schema/postgres" }
func (postgresDialect) timestampType() string { return "TIMESTAMPTZ" }

// migrationLockKey is the advisory lock Hatchery's migrations take.
const migrationLockKey = 7423001

func (postgresDialect) lockMigrations(tx *gorm.DB) error {
	return tx.Exec("SELECT pg_advisory_xact_lock(?)", migrationLockKey).Error
}

func (postgresDialect) singleWriter() bool { return false }

// syncEachCommit leaves PostgreSQL's durability to its own configuration.
func (postgresDialect) syncEachCommit(*gorm.DB, bool) error { return nil }

// relaxCommit sets synchronous_commit off for this transaction alone: its
// commit returns before the WAL reaches the disk.
func (postgresDialect) relaxCommit(tx *gorm.DB) error {
	return tx.Exec("SET LOCAL synchronous_commit = off").Error
}

func (postgresDialect) lockRow(tx *gorm.DB, table, id string) error {
	var got []string
	return tx.Raw("SELECT id FROM "+table+" WHERE id = ? FOR UPDATE", id).Scan(&got).Error
}

func (postgresDialect) lockRowsWhere(tx *gorm.DB, table, where string, args ...any) ([]string, error) {
	var ids []string
	err := tx.Raw("SELECT id FROM "+table+" WHERE "+where+" ORDER BY id FOR UPDATE", args...).Scan(&ids).Error
	return ids, err
}

func (postgresDialect) containsText(column string) string {
	return column + ` ILIKE ? ESCAPE '\'`
}

// inIDs gathers the ids into an array first: with IN (subquery) the
// planner, which cannot know how few rows one gram holds, hashes them
// against a scan of the whole table.
func (postgresDialect) inIDs(column, subquery string) string {
	return column + " = ANY (ARRAY(" + subquery + "))"
}

// unindexed is column itself: PostgreSQL's planner weighs the index walk
// against the sort from its statistics.
func (postgresDialect) unindexed(column string) string { return column }

func (postgresDialect) quarterOf(column string) string {
	return `to_char(` + column + ` AT TIME ZONE 'UTC', 'YYYY"Q"Q')`
}

func (postgresDialect) backup(context.Context, *Store, string) error {
	return errors.New("backup copies SQLite databases; for PostgreSQL use pg_dump")
}

// classify reads the SQLSTATE: 23505 unique violation, 40001 serialization
// failure, 40P01 deadlock.
func (postgresDialect) classify(err error) failure {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return failOther
	}
	switch pe.Code {
	case "23505":
		return failUnique
	case "40001", "40P01":
		return failSerialization
	}
	return failOther
}
