package models

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// schemaFiles holds the schema's history: one SQL file per version and
// database, models/schema/<database>/NNNN_name_in_words.sql. Each file is
// executed whole, so trigger and function bodies may hold semicolons.
// Never edit a released file: add a new version for both databases.
//
//go:embed schema
var schemaFiles embed.FS

// Migration is one frozen step of the schema.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// AppliedMigration is a row of schema_migrations.
type AppliedMigration struct {
	Version   int       `json:"version"`
	Name      string    `json:"name"`
	AppliedAt time.Time `json:"applied_at"`
}

// loadMigrations reads the migrations in dir of files, oldest first. A file
// name is the version, an underscore and the name with underscores for
// spaces.
func loadMigrations(files fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(files, dir)
	if err != nil {
		return nil, err
	}
	var out []Migration
	for _, e := range entries {
		base, ok := strings.CutSuffix(e.Name(), ".sql")
		if !ok || e.IsDir() {
			continue
		}
		num, words, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration file %s: want NNNN_name.sql", e.Name())
		}
		sql, err := fs.ReadFile(files, path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{Version: v, Name: strings.ReplaceAll(words, "_", " "), SQL: string(sql)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i, m := range out {
		if m.Version != i+1 {
			return nil, fmt.Errorf("migrations in %s: version %d follows %d", dir, m.Version, i)
		}
	}
	return out, nil
}

// Migrations answers this database's migrations, oldest first.
func (s *Store) Migrations() ([]Migration, error) {
	return loadMigrations(schemaFiles, s.dialect.schemaDir())
}

// Migrate applies, in order and each in its own transaction, the migrations
// that have not run yet, and records each one. It answers what it applied.
func (s *Store) Migrate(ctx context.Context) ([]AppliedMigration, error) {
	ms, err := s.Migrations()
	if err != nil {
		return nil, err
	}
	applied, err := s.migrate(ctx, ms)
	if err != nil {
		return applied, err
	}
	return applied, s.loadCursorSecret()
}

func (s *Store) migrate(ctx context.Context, ms []Migration) ([]AppliedMigration, error) {
	create := `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at ` + s.dialect.timestampType() + ` NOT NULL)`
	if err := s.InTx(ctx, func(tx *gorm.DB) error {
		if err := s.dialect.lockMigrations(tx); err != nil {
			return err
		}
		return tx.Exec(create).Error
	}); err != nil {
		return nil, fmt.Errorf("create schema_migrations: %w", err)
	}
	var applied []AppliedMigration
	for _, m := range ms {
		var row *AppliedMigration
		run := s.InTx
		if m.foreignKeysOff() && s.dialect.name() == SQLite {
			run = s.withoutForeignKeys
		}
		err := run(ctx, func(tx *gorm.DB) error {
			row = nil
			if err := s.dialect.lockMigrations(tx); err != nil {
				return err
			}
			var n int64
			if err := tx.Table("schema_migrations").Where("version = ?", m.Version).Count(&n).Error; err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if err := tx.Exec(m.SQL).Error; err != nil {
				return fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err)
			}
			row = &AppliedMigration{Version: m.Version, Name: m.Name, AppliedAt: s.Now()}
			return tx.Table("schema_migrations").Create(row).Error
		})
		if err != nil {
			return applied, err
		}
		if row != nil {
			applied = append(applied, *row)
		}
	}
	return applied, nil
}

// foreignKeysOffMarker, as a migration's first line, has SQLite run it with
// foreign keys off: SQLite cannot change a table's constraints in place, and
// rebuilding a table that others refer to (create the new table, copy,
// drop the old one, rename) must not cascade or fail on the drop. PRAGMA
// foreign_keys cannot change inside a transaction, so the runner sets it on
// the one writer connection around the transaction, and runs PRAGMA
// foreign_key_check before committing: a rebuild that leaves a dangling
// reference fails and is rolled back. PostgreSQL alters constraints in
// place and ignores the marker.
const foreignKeysOffMarker = "-- migrate: foreign keys off"

func (m Migration) foreignKeysOff() bool {
	return strings.HasPrefix(strings.TrimSpace(m.SQL), foreignKeysOffMarker)
}

// withoutForeignKeys runs fn in a transaction on the SQLite writer
// connection with foreign keys off, checks them before committing, and
// turns them back on.
func (s *Store) withoutForeignKeys(ctx context.Context, fn func(tx *gorm.DB) error) error {
	return s.db.WithContext(ctx).Connection(func(conn *gorm.DB) (err error) {
		if err := conn.Exec("PRAGMA foreign_keys = OFF").Error; err != nil {
			return err
		}
		defer func() {
			if on := conn.Exec("PRAGMA foreign_keys = ON").Error; err == nil {
				err = on
			}
		}()
		return conn.Transaction(func(tx *gorm.DB) error {
			if err := fn(tx); err != nil {
				return err
			}
			var bad []struct {
				Table  string
				Rowid  *int64
				Parent string
			}
			if err := tx.Raw("PRAGMA foreign_key_check").Scan(&bad).Error; err != nil {
				return err
			}
			if len(bad) > 0 {
				return fmt.Errorf("foreign key check: %d rows refer to missing rows, the first in %s to %s", len(bad), bad[0].Table, bad[0].Parent)
			}
			return nil
		})
	})
}

// AppliedMigrations lists what has run, oldest first.
func (s *Store) AppliedMigrations(ctx context.Context) ([]AppliedMigration, error) {
	var rows []AppliedMigration
	err := s.read.WithContext(ctx).Table("schema_migrations").Order("version").Find(&rows).Error
	return rows, err
}

// LatestMigration is the version the code expects the schema to be at.
func LatestMigration() int {
	ms, err := loadMigrations(schemaFiles, sqliteDialect{}.schemaDir())
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}
