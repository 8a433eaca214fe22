package models_test

import (
	"compress/gzip"
	"context"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestUpgradeFromVersion4 restores a database made by the release before
// the schema moved into SQL files, migrates it with today's code, and
// checks that nothing was lost and that its schema is what a new database
// gets.
func TestUpgradeFromVersion4(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		dsn := restoreVersion4(t, d)
		s, err := models.Open(ctx, dsn, models.Options{Keys: storetest.Keys()})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		before, err := s.AppliedMigrations(ctx)
		if err != nil || len(before) != 4 {
			t.Fatalf("the fixture should be at version 4: %v %v", before, err)
		}
		applied, err := s.Migrate(ctx)
		if err != nil {
			t.Fatalf("upgrade: %v", err)
		}
		if want := models.LatestMigration() - 4; len(applied) != want {
			t.Errorf("upgrade applied %d migrations, want %d", len(applied), want)
		}
		after, err := s.AppliedMigrations(ctx)
		if err != nil || len(after) != models.LatestMigration() {
			t.Fatalf("after upgrade at %d migrations (%v), want %d", len(after), err, models.LatestMigration())
		}
		for i, m := range before {
			if after[i].Version != m.Version || after[i].Name != m.Name {
				t.Errorf("migration %d recorded as %q, was %q", m.Version, after[i].Name, m.Name)
			}
		}
		// The phone numbers the old release kept in clear are encrypted on
		// the way up, once.
		if n, err := s.EncryptPlaintextPhones(ctx, models.System("upgrade"), models.ReencryptOptions{Batch: 7}); err != nil || n == 0 {
			t.Fatalf("encrypting the plaintext phones: %d, %v", n, err)
		}
		if n, err := s.EncryptPlaintextPhones(ctx, models.System("upgrade"), models.ReencryptOptions{}); err != nil || n != 0 {
			t.Fatalf("a second pass encrypted %d phones (%v), want none", n, err)
		}

		// The demo data set: 41 organizations (two incubators among them),
		// its users, and an audit chain that still verifies.
		orgs, err := s.ListOrganizations(ctx, models.Actor{Role: models.RoleAdmin}, models.OrganizationFilter{Page: models.Page{Limit: 1}})
		if err != nil || orgs.Total != 41 {
			t.Fatalf("organizations after upgrade: %d (%v), want 41", orgs.Total, err)
		}
		v, err := s.VerifyAudit(ctx)
		if err != nil || !v.OK || v.Checked == 0 {
			t.Fatalf("audit chain after upgrade: %+v (%v)", v, err)
		}
		users, err := s.ListUsers(ctx, models.UserFilter{Page: models.Page{Limit: 100}})
		if err != nil {
			t.Fatal(err)
		}
		var admin models.User
		for _, u := range users.Items {
			if u.Username == "admin" {
				admin = u.User
			}
		}
		if admin.ID == "" {
			t.Fatal("the demo admin is gone")
		}
		// Writes still work and extend the same chain.
		a := models.Actor{UserID: admin.ID, Username: admin.Username, Role: models.RoleAdmin}
		if _, err := s.CreateCommunity(ctx, a, models.Community{Name: "升级后社区", Street: "升级街道", District: "升级区", Type: "other"}); err != nil {
			t.Fatalf("write after upgrade: %v", err)
		}
		if v2, err := s.VerifyAudit(ctx); err != nil || !v2.OK || v2.Checked != v.Checked+1 {
			t.Fatalf("audit chain after a write: %+v (%v), want %d entries", v2, err, v.Checked+1)
		}

		fresh := storetest.Open(t, d, models.Options{})
		got, want := schemaOf(t, s), schemaOf(t, fresh)
		if len(want) < 25 {
			t.Fatalf("a new schema described in %d lines: %v", len(want), want)
		}
		if !slices.Equal(got, want) {
			t.Errorf("upgraded schema differs from a new one:\nupgraded: %s\nnew:      %s", diffLines(got, want), diffLines(want, got))
		}
	})
}

// restoreVersion4 makes a database of dialect d from the fixture and
// answers its DSN.
func restoreVersion4(t *testing.T, d models.Dialect) string {
	t.Helper()
	dsn := storetest.DSN(t, d)
	if d == models.SQLite {
		dst, err := os.Create(dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer dst.Close()
		if _, err := dst.Write(gunzip(t, "v4.sqlite.db.gz")); err != nil {
			t.Fatal(err)
		}
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	schema := u.Query().Get("search_path")
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if sqlDB, err := db.DB(); err == nil {
			sqlDB.Close()
		}
	}()
	dump := strings.ReplaceAll(string(gunzip(t, "v4.pg.sql.gz")), "__SCHEMA__", schema)
	if err := db.Exec(dump).Error; err != nil {
		t.Fatalf("restore the PostgreSQL dump: %v", err)
	}
	return dsn
}

func gunzip(t *testing.T, name string) []byte {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "upgrade", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// schemaOf describes every table, column, index and constraint, sorted,
// in words that do not depend on the schema's name.
func schemaOf(t *testing.T, s *models.Store) []string {
	t.Helper()
	var rows []string
	var q string
	if s.Dialect() == models.SQLite {
		q = `SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`
	} else {
		q = `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '')
			FROM information_schema.columns WHERE table_schema = current_schema()
		UNION ALL
		SELECT 'index ' || indexname || ': ' || replace(indexdef, current_schema() || '.', '') FROM pg_indexes WHERE schemaname = current_schema()
		UNION ALL
		SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ': ' || pg_get_constraintdef(oid)
			FROM pg_constraint WHERE connamespace = current_schema()::regnamespace`
	}
	if err := s.RawScan(context.Background(), &rows, q); err != nil {
		t.Fatal(err)
	}
	slices.Sort(rows)
	return rows
}

// diffLines answers the lines of a that b lacks.
func diffLines(a, b []string) string {
	var out []string
	for _, l := range a {
		if !slices.Contains(b, l) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n          ")
}
