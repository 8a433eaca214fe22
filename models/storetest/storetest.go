// Package storetest opens fresh, migrated databases for tests: a SQLite file
// in the test's temporary directory and, when HATCHERY_TEST_POSTGRES names a
// server, a PostgreSQL schema of the test's own, so tests run in parallel.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"hatchery/models"
)

// PostgresEnv names the variable holding the PostgreSQL DSN for tests.
const PostgresEnv = "HATCHERY_TEST_POSTGRES"

// Dialects lists the databases the suite runs on here.
func Dialects() []models.Dialect {
	if os.Getenv(PostgresEnv) != "" {
		return []models.Dialect{models.SQLite, models.Postgres}
	}
	return []models.Dialect{models.SQLite}
}

// Each runs fn as a parallel subtest on every dialect.
func Each(t *testing.T, fn func(t *testing.T, d models.Dialect)) {
	t.Helper()
	for _, d := range Dialects() {
		t.Run(string(d), func(t *testing.T) {
			t.Parallel()
			fn(t, d)
		})
	}
}

// DataKey is the fixed data key test stores encrypt phone numbers with.
const DataKey = "dGVzdC1vbmx5IGRhdGEga2V5LCBub3QgYSBzZWNyZXQ="

// Keys is a keyring of DataKey alone.
func Keys() *models.Keyring {
	k, err := models.NewKeyring(DataKey)
	if err != nil {
		panic(err)
	}
	return k
}

// Open gives a migrated Store on dialect d that lives as long as the test;
// it encrypts phone numbers with DataKey unless opt names other keys.
func Open(t testing.TB, d models.Dialect, opt models.Options) *models.Store {
	t.Helper()
	ctx := context.Background()
	if opt.Keys == nil {
		opt.Keys = Keys()
	}
	s, err := models.Open(ctx, DSN(t, d), opt)
	if err != nil {
		t.Fatalf("open %s: %v", d, err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatalf("migrate %s: %v", d, err)
	}
	return s
}

// DSN makes an empty database for the test and answers how to reach it.
func DSN(t testing.TB, d models.Dialect) string {
	t.Helper()
	if d == models.SQLite {
		return filepath.Join(t.TempDir(), "hatchery.db")
	}
	base := os.Getenv(PostgresEnv)
	if base == "" { // Dialects names PostgreSQL only when it is set
		t.Fatalf("%s is not set", PostgresEnv)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	admin, err := gorm.Open(postgres.Open(base), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatalf("connect to %s: %v", PostgresEnv, err)
	}
	if err := admin.Exec("CREATE SCHEMA " + schema).Error; err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		admin.WithContext(ctx).Exec("DROP SCHEMA " + schema + " CASCADE")
		if db, err := admin.DB(); err == nil {
			db.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s: %v", PostgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
