// Package models holds Hatchery's entities, their rules and the Store that
// persists them. It knows nothing of HTTP.
package models

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/mattn/go-sqlite3"
	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Dialect names the database behind a Store.
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// Store is the one way into the database. On SQLite it keeps one writer
// connection (every write transaction is BEGIN IMMEDIATE, so writers queue
// instead of failing with "database is locked") and a pool of readers.
type Store struct {
	db      *gorm.DB // writes, and reads that must see them
	read    *gorm.DB // reads outside a transaction
	dialect Dialect
	now     func() time.Time
	path    string // the SQLite file, for backups
}

// Options tune a Store.
type Options struct {
	// Now replaces the clock (tests).
	Now func() time.Time
	// Readers is the size of the SQLite reader pool.
	Readers int
}

// IsPostgresURL reports whether dsn names a PostgreSQL (or CockroachDB) database.
func IsPostgresURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open connects to dsn: a postgres:// URL or a SQLite file path.
func Open(ctx context.Context, dsn string, opt Options) (*Store, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Readers <= 0 {
		opt.Readers = 4
	}
	cfg := &gorm.Config{Logger: logger.Discard, NowFunc: func() time.Time { return opt.Now().UTC().Truncate(time.Microsecond) }, TranslateError: false}
	s := &Store{now: opt.Now}
	if IsPostgresURL(dsn) {
		db, err := gorm.Open(postgres.Open(dsn), cfg)
		if err != nil {
			return nil, fmt.Errorf("open postgres: %w", err)
		}
		sqlDB, err := db.DB()
		if err != nil {
			return nil, err
		}
		sqlDB.SetMaxOpenConns(16)
		sqlDB.SetConnMaxIdleTime(5 * time.Minute)
		s.db, s.read, s.dialect = db, db, Postgres
	} else {
		if dir := filepath.Dir(dsn); dir != "" {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, fmt.Errorf("create database directory: %w", err)
			}
		}
		common := "_foreign_keys=on&_busy_timeout=10000&_journal_mode=WAL&_synchronous=FULL"
		w, err := gorm.Open(sqlite.Open("file:"+dsn+"?"+common+"&_txlock=immediate"), cfg)
		if err != nil {
			return nil, fmt.Errorf("open sqlite: %w", err)
		}
		wdb, _ := w.DB()
		wdb.SetMaxOpenConns(1)
		wdb.SetConnMaxIdleTime(0)
		r, err := gorm.Open(sqlite.Open("file:"+dsn+"?"+common+"&_query_only=true"), cfg)
		if err != nil {
			return nil, fmt.Errorf("open sqlite reader: %w", err)
		}
		rdb, _ := r.DB()
		rdb.SetMaxOpenConns(opt.Readers)
		s.db, s.read, s.dialect, s.path = w, r, SQLite, dsn
	}
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Dialect reports which database the Store talks to.
func (s *Store) Dialect() Dialect { return s.dialect }

// Now is the Store's clock, in UTC at microsecond precision (what both
// databases keep).
func (s *Store) Now() time.Time { return s.now().UTC().Truncate(time.Microsecond) }

// Ping checks that both pools answer a query.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.read.WithContext(ctx).Raw("SELECT 1").Scan(&one).Error; err != nil {
		return fmt.Errorf("database not ready: %w", err)
	}
	if s.read != s.db {
		if err := s.db.WithContext(ctx).Raw("SELECT 1").Scan(&one).Error; err != nil {
			return fmt.Errorf("database not ready: %w", err)
		}
	}
	return nil
}

// Close releases the connections.
func (s *Store) Close() error {
	var errs []error
	for _, g := range []*gorm.DB{s.db, s.read} {
		if g == nil {
			continue
		}
		if d, err := g.DB(); err == nil {
			errs = append(errs, d.Close())
		}
		if s.read == s.db {
			break
		}
	}
	return errors.Join(errs...)
}

// InTx runs fn in one write transaction and retries it when the database
// asks for a retry (SQLite busy, PostgreSQL/CockroachDB serialization
// failure or deadlock). fn must be safe to run again.
func (s *Store) InTx(ctx context.Context, fn func(tx *gorm.DB) error) error {
	const attempts = 5
	var err error
	for i := 0; i < attempts; i++ {
		err = s.db.WithContext(ctx).Transaction(fn)
		if err == nil || !retryable(err) {
			return err
		}
		wait := time.Duration(10*(1<<i)+rand.IntN(10)) * time.Millisecond
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	return err
}

func retryable(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code == "40001" || pe.Code == "40P01"
	}
	return false
}

// isUniqueViolation reports whether err is a unique-constraint failure.
func isUniqueViolation(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) {
		return se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code == "23505"
	}
	return false
}

// WithClock answers a Store on the same connections that reads time from
// now; the demo data set uses it to lay down two years of history.
func (s *Store) WithClock(now func() time.Time) *Store {
	c := *s
	c.now = now
	return &c
}
