package models_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// schemaUpTo answers the embedded migrations of dir up to version last.
func schemaUpTo(t *testing.T, dir string, last int) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	entries, err := fs.ReadDir(models.SchemaFiles, "schema/"+dir)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range entries {
		if i >= last {
			break
		}
		b, err := fs.ReadFile(models.SchemaFiles, "schema/"+dir+"/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		out[dir+"/"+e.Name()] = &fstest.MapFile{Data: b}
	}
	return out
}

// TestMigrationToSeparatedDutiesKeepsUsers migrates a database holding
// users, their sessions and rows that refer to them from version 7 to 8:
// SQLite rebuilds the users table. Every user, reference and session
// survives, foreign keys are enforced again afterwards, the new role is
// accepted and an unknown one still refused.
func TestMigrationToSeparatedDutiesKeepsUsers(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		s, err := models.Open(ctx, storetest.DSN(t, d), models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if _, err := s.MigrateWith(ctx, schemaUpTo(t, string(d), 7), string(d)); err != nil {
			t.Fatal(err)
		}
		at := "'2025-03-01 08:00:00+00:00'"
		for _, stmt := range []string{
			"INSERT INTO organizations (id, name, registration_type, category, stage, stage_since, created_at, updated_at) VALUES ('o1', '邻里互助会', 'community_filed', 'elderly_care', 'incubating', " + at + ", " + at + ", " + at + ")",
			"INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at, version) VALUES ('u1', 'admin', 'A', 'admin', 'h1', " + at + ", '2025-06-01 08:00:00+00:00', 3)",
			"INSERT INTO users (id, username, display_name, role, organization_id, password_hash, disabled, created_at, updated_at) VALUES ('u2', 'staff', 'S', 'org_staff', 'o1', 'h2', TRUE, " + at + ", " + at + ")",
			"INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('s1', 't1', 'u1', " + at + ", " + at + ", " + at + ")",
			"INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ('k1', 'u2', 'script', 't2', " + at + ")",
			"INSERT INTO transition_requests (id, organization_id, from_stage, to_stage, requested_by, requested_at, status, created_at, updated_at) VALUES ('r1', 'o1', 'incubating', 'independent', 'u2', " + at + ", 'pending', " + at + ", " + at + ")",
		} {
			if err := s.ExecForTest(ctx, stmt); err != nil {
				t.Fatalf("%s: %v", stmt, err)
			}
		}
		applied, err := s.Migrate(ctx)
		if err != nil {
			t.Fatalf("migrate to 8: %v", err)
		}
		if len(applied) == 0 || applied[0].Version != 8 {
			t.Fatalf("applied %+v, want version 8 first", applied)
		}
		u1, err := s.GetUser(ctx, "u1")
		if err != nil {
			t.Fatal(err)
		}
		if u1.Username != "admin" || u1.Role != models.RoleAdmin || u1.PasswordHash != "h1" || u1.Version != 3 ||
			!u1.PasswordChangedAt.Equal(time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)) {
			t.Errorf("u1 after the migration: %+v", u1)
		}
		u2, err := s.GetUser(ctx, "u2")
		if err != nil || !u2.Disabled || u2.OrganizationID == nil || *u2.OrganizationID != "o1" {
			t.Errorf("u2 after the migration: %+v, %v", u2, err)
		}
		for table, want := range map[string]string{"sessions": "u1", "api_tokens": "u2", "transition_requests": "u2"} {
			var got []string
			col := "user_id"
			if table == "transition_requests" {
				col = "requested_by"
			}
			if err := s.RawScan(ctx, &got, "SELECT "+col+" FROM "+table); err != nil || len(got) != 1 || got[0] != want {
				t.Errorf("%s after the migration: %v, %v", table, got, err)
			}
		}
		// Foreign keys hold again: on the users table rebuilt, and on those
		// referring to it.
		for _, stmt := range []string{
			"INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('s2', 't3', 'nobody', " + at + ", " + at + ", " + at + ")",
			"INSERT INTO users (id, username, display_name, role, organization_id, password_hash, password_changed_at, created_at, updated_at) VALUES ('u3', 'x', 'X', 'org_staff', 'nowhere', 'h', " + at + ", " + at + ", " + at + ")",
			"DELETE FROM users WHERE id = 'u2'",
			"INSERT INTO users (id, username, display_name, role, password_hash, password_changed_at, created_at, updated_at) VALUES ('u4', 'y', 'Y', 'superuser', 'h', " + at + ", " + at + ", " + at + ")",
			"INSERT INTO users (id, username, display_name, role, password_hash, password_changed_at, created_at, updated_at) VALUES ('u5', 'ADMIN', 'Y', 'reviewer', 'h', " + at + ", " + at + ", " + at + ")",
		} {
			if err := s.ExecForTest(ctx, stmt); err == nil {
				t.Errorf("accepted after the migration: %s", stmt)
			}
		}
		if err := s.ExecForTest(ctx, "INSERT INTO users (id, username, display_name, role, password_hash, password_changed_at, created_at, updated_at) VALUES ('u6', 'auditor', 'Au', 'security_auditor', 'h', "+at+", "+at+", "+at+")"); err != nil {
			t.Errorf("a security auditor: %v", err)
		}
		// A user nothing refers to may still be deleted.
		if err := s.ExecForTest(ctx, "DELETE FROM users WHERE id = 'u6'"); err != nil {
			t.Errorf("deleting an unreferenced user: %v", err)
		}
	})
}

// TestForeignKeysOffMigrationChecksBeforeCommitting: a migration marked to
// run with foreign keys off that leaves a dangling reference fails, is
// rolled back, and leaves foreign keys on.
func TestForeignKeysOffMigrationChecksBeforeCommitting(t *testing.T) {
	t.Parallel()
	s, err := models.Open(context.Background(), storetest.DSN(t, models.SQLite), models.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	files := fstest.MapFS{
		"x/0001_tables.sql": {Data: []byte(`
CREATE TABLE parents (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a','b')));
CREATE TABLE children (id TEXT PRIMARY KEY, parent_id TEXT NOT NULL REFERENCES parents (id));
INSERT INTO parents VALUES ('p1', 'a'), ('p2', 'b');
INSERT INTO children VALUES ('c1', 'p1'), ('c2', 'p2');
`)},
		"x/0002_rebuild_losing_a_row.sql": {Data: []byte(`-- migrate: foreign keys off
CREATE TABLE parents_new (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a','b','c')));
INSERT INTO parents_new SELECT * FROM parents WHERE id = 'p1';
DROP TABLE parents;
ALTER TABLE parents_new RENAME TO parents;
`)},
	}
	if _, err := s.MigrateWith(ctx, files, "x"); err == nil || !strings.Contains(err.Error(), "foreign key check") {
		t.Fatalf("a rebuild leaving a dangling reference: %v, want the foreign key check to fail", err)
	}
	var parents []string
	if err := s.RawScan(ctx, &parents, "SELECT id FROM parents ORDER BY id"); err != nil || len(parents) != 2 {
		t.Fatalf("parents after the failed migration: %v, %v", parents, err)
	}
	if err := s.ExecForTest(ctx, "INSERT INTO children VALUES ('c3', 'nobody')"); err == nil {
		t.Error("foreign keys are off after the migration")
	}
	files["x/0002_rebuild_losing_a_row.sql"] = &fstest.MapFile{Data: []byte(`-- migrate: foreign keys off
CREATE TABLE parents_new (id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('a','b','c')));
INSERT INTO parents_new SELECT * FROM parents;
DROP TABLE parents;
ALTER TABLE parents_new RENAME TO parents;
`)}
	if _, err := s.MigrateWith(ctx, files, "x"); err != nil {
		t.Fatalf("a rebuild keeping every row: %v", err)
	}
	if err := s.ExecForTest(ctx, "INSERT INTO parents VALUES ('p3', 'c')"); err != nil {
		t.Errorf("the rebuilt CHECK: %v", err)
	}
	if err := s.ExecForTest(ctx, "INSERT INTO children VALUES ('c3', 'nobody')"); err == nil {
		t.Error("foreign keys are off after the migration")
	}
}
