package models

import (
	"context"
	"fmt"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Migration is one frozen step of the schema. Its SQL never changes once
// released; a new shape is a new migration. %TS% and %DATE% stand for the
// dialect's timestamp and date column types.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

func (m Migration) statements(d Dialect) []string {
	ts, date := "DATETIME", "TEXT"
	if d == Postgres {
		ts, date = "TIMESTAMPTZ", "DATE"
	}
	sql := strings.NewReplacer("%TS%", ts, "%DATE%", date).Replace(m.SQL)
	var out []string
	for _, stmt := range strings.Split(sql, ";\n") {
		if stmt = strings.TrimSpace(stmt); stmt != "" {
			out = append(out, stmt)
		}
	}
	return out
}

// AppliedMigration is a row of schema_migrations.
type AppliedMigration struct {
	Version   int       `json:"version"`
	Name      string    `json:"name"`
	AppliedAt time.Time `json:"applied_at"`
}

// Migrate applies, in order and each in its own transaction, the migrations
// that have not run yet, and records each one. It answers what it applied.
func (s *Store) Migrate(ctx context.Context) ([]AppliedMigration, error) {
	create := `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at ` + map[Dialect]string{SQLite: "DATETIME", Postgres: "TIMESTAMPTZ"}[s.dialect] + ` NOT NULL)`
	if err := s.InTx(ctx, func(tx *gorm.DB) error {
		if err := s.lockMigrations(tx); err != nil {
			return err
		}
		return tx.Exec(create).Error
	}); err != nil {
		return nil, fmt.Errorf("create schema_migrations: %w", err)
	}
	var applied []AppliedMigration
	for _, m := range migrations {
		err := s.InTx(ctx, func(tx *gorm.DB) error {
			if err := s.lockMigrations(tx); err != nil {
				return err
			}
			var n int64
			if err := tx.Table("schema_migrations").Where("version = ?", m.Version).Count(&n).Error; err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			for _, stmt := range m.statements(s.dialect) {
				if err := tx.Exec(stmt).Error; err != nil {
					return fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err)
				}
			}
			row := AppliedMigration{Version: m.Version, Name: m.Name, AppliedAt: s.Now()}
			applied = append(applied, row)
			return tx.Table("schema_migrations").Create(&row).Error
		})
		if err != nil {
			return applied, err
		}
	}
	return applied, nil
}

// lockMigrations keeps two servers starting together on one PostgreSQL
// database from migrating at once (the lock ends with the transaction).
// SQLite's write transactions already exclude each other.
func (s *Store) lockMigrations(tx *gorm.DB) error {
	if s.dialect != Postgres {
		return nil
	}
	return tx.Exec("SELECT pg_advisory_xact_lock(7423001)").Error
}

// AppliedMigrations lists what has run, oldest first.
func (s *Store) AppliedMigrations(ctx context.Context) ([]AppliedMigration, error) {
	var rows []AppliedMigration
	err := s.read.WithContext(ctx).Table("schema_migrations").Order("version").Find(&rows).Error
	return rows, err
}

// LatestMigration is the version the code expects the schema to be at.
func LatestMigration() int { return migrations[len(migrations)-1].Version }
