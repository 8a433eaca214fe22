// Package models holds Hatchery's entities, their rules and the Store that
// persists them. It knows nothing of HTTP.
package models

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// Store is the one way into the database. On SQLite it keeps one writer
// connection (every write transaction is BEGIN IMMEDIATE, so writers queue
// instead of failing with "database is locked") and a pool of readers.
type Store struct {
	db      *gorm.DB // writes, and reads that must see them
	read    *gorm.DB // reads outside a transaction
	dialect sqlDialect
	now     func() time.Time
	writer  *groupCommit // batches write transactions where there is one writer
	// loading is set while Loading runs: transactions then commit without
	// waiting for the disk where the database does that per transaction.
	loading *atomic.Bool
	// keys encrypt and decrypt personal data (phone numbers); nil refuses.
	keys *Keyring
	// versions reads the change counters; callers keeps signed-in callers
	// and policies under them (freshness.go, caller_cache.go).
	versions *versionReader
	callers  *callerCache
	// figures keeps figures shared by every caller of a role (figure_cache.go).
	figures *figureCache
	// partRows is the fewest rows per part before a report reads a table
	// in parts (key_ranges.go).
	partRows int
}

// Options tune a Store.
type Options struct {
	// Now replaces the clock (tests).
	Now func() time.Time
	// Readers is the size of the SQLite reader pool.
	Readers int
	// Keys encrypt phone numbers at rest; without them a phone number can
	// be neither written nor read (everything else works).
	Keys *Keyring
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
	s := &Store{now: opt.Now, dialect: dialectFor(dsn), loading: new(atomic.Bool), keys: opt.Keys,
		versions: &versionReader{}, partRows: partRows, callers: newCallerCache(), figures: newFigureCache()}
	var err error
	if s.db, s.read, err = s.dialect.open(dsn, cfg, opt.Readers); err != nil {
		return nil, err
	}
	if s.dialect.singleWriter() {
		s.writer = newGroupCommit(s.db)
	} else {
		s.versions.share = true // reads of the counters cross a network
	}
	if err := s.useCursorSigner(); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Dialect reports which database the Store talks to.
func (s *Store) Dialect() Dialect { return s.dialect.name() }

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
	if s.writer != nil {
		s.writer.close()
	}
	var errs []error
	if s.versions.stmt != nil {
		errs = append(errs, s.versions.stmt.Close())
	}
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
		if s.writer != nil {
			err = s.writer.do(ctx, fn)
		} else {
			err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
				if s.loading.Load() {
					if err := s.dialect.relaxCommit(tx); err != nil {
						return err
					}
				}
				return fn(tx)
			})
		}
		if err == nil || !s.dialect.classify(err).retryable() {
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

// isUnique reports whether err is a unique-constraint failure.
func (s *Store) isUnique(err error) bool { return s.dialect.classify(err) == failUnique }

// WithClock answers a Store on the same connections that reads time from
// now; the demo data set uses it to lay down two years of history.
func (s *Store) WithClock(now func() time.Time) *Store {
	c := *s
	c.now = now
	return &c
}

// Loading runs load with commits that do not each wait for the disk
// (SQLite's synchronous=NORMAL, PostgreSQL's synchronous_commit=off for each
// transaction: a crash may lose the last commits, never corrupt the
// database), for data sets that can be made again, such as the demo.
// Durability is restored before it returns.
func (s *Store) Loading(ctx context.Context, load func() error) error {
	s.loading.Store(true)
	defer s.loading.Store(false)
	db := s.db.WithContext(ctx)
	if err := s.dialect.syncEachCommit(db, false); err != nil {
		return err
	}
	err := load()
	return errors.Join(err, s.dialect.syncEachCommit(db, true))
}
