package models_test

import (
	"context"
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestSchemaFilesMatchAcrossDatabases keeps the two databases' histories
// in step: the same versions with the same names, numbered from 1.
func TestSchemaFilesMatchAcrossDatabases(t *testing.T) {
	t.Parallel()
	names := func(dir string) []string {
		entries, err := fs.ReadDir(models.SchemaFiles, dir)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range entries {
			out = append(out, e.Name())
		}
		return out
	}
	lite, pg := names("schema/sqlite"), names("schema/postgres")
	if !slices.Equal(lite, pg) {
		t.Fatalf("schema files differ:\nsqlite:   %v\npostgres: %v", lite, pg)
	}
	if len(lite) != models.LatestMigration() || len(lite) < 4 {
		t.Fatalf("%d schema files, latest migration %d", len(lite), models.LatestMigration())
	}
}

// TestMigrationRunsWhole applies a migration whose trigger body holds
// semicolons, as the ledger's append-only triggers do, and checks that the
// trigger works; a broken migration leaves nothing behind.
func TestMigrationRunsWhole(t *testing.T) {
	t.Parallel()
	files := fstest.MapFS{
		"sqlite/0001_append_only.sql": {Data: []byte(`
CREATE TABLE entries (id INTEGER PRIMARY KEY, amount BIGINT NOT NULL);
CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
BEGIN
	SELECT RAISE(ABORT, 'entries are append-only');
END;
CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
BEGIN
	SELECT RAISE(ABORT, 'entries are append-only');
END;
`)},
		"postgres/0001_append_only.sql": {Data: []byte(`
CREATE TABLE entries (id INTEGER PRIMARY KEY, amount BIGINT NOT NULL);
CREATE FUNCTION entries_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'entries are append-only';
	RETURN NULL;
END;
$$;
CREATE TRIGGER entries_no_change BEFORE UPDATE OR DELETE ON entries
	FOR EACH ROW EXECUTE FUNCTION entries_refuse();
`)},
		"sqlite/0002_broken.sql":   {Data: []byte("CREATE TABLE half (id INTEGER);\nCREATE TABLE broken (;\n")},
		"postgres/0002_broken.sql": {Data: []byte("CREATE TABLE half (id INTEGER);\nCREATE TABLE broken (;\n")},
	}
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		s, err := models.Open(ctx, storetest.DSN(t, d), models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		applied, err := s.MigrateWith(ctx, files, string(d))
		if err == nil || !strings.Contains(err.Error(), "migration 2 (broken)") {
			t.Fatalf("a broken migration should fail naming itself, got %v", err)
		}
		if len(applied) != 1 || applied[0].Name != "append only" {
			t.Fatalf("applied %+v, want the first migration only", applied)
		}
		if err := s.ExecForTest(ctx, "INSERT INTO entries (id, amount) VALUES (1, 100)"); err != nil {
			t.Fatalf("insert: %v", err)
		}
		for _, stmt := range []string{"UPDATE entries SET amount = 0", "DELETE FROM entries"} {
			if err := s.ExecForTest(ctx, stmt); err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Errorf("%s: %v, want the trigger's refusal", stmt, err)
			}
		}
		var n []string
		if err := s.RawScan(ctx, &n, "SELECT CAST(COUNT(*) AS TEXT) FROM entries"); err != nil || n[0] != "1" {
			t.Fatalf("entries after refused changes: %v %v", n, err)
		}
		// The broken migration's first statement was rolled back with it.
		if err := s.ExecForTest(ctx, "INSERT INTO half (id) VALUES (1)"); err == nil {
			t.Error("a failed migration left its first table behind")
		}
		versions, _ := s.AppliedMigrations(ctx)
		if len(versions) != 1 {
			t.Errorf("schema_migrations holds %d rows, want 1", len(versions))
		}
	})
}

// TestMigrationFileNames refuses files that do not follow NNNN_name.sql or
// leave a gap in the versions.
func TestMigrationFileNames(t *testing.T) {
	t.Parallel()
	s := storetest.Open(t, models.SQLite, models.Options{})
	for name, files := range map[string]fstest.MapFS{
		"no number": {"x/first.sql": {Data: []byte("SELECT 1;")}},
		"a gap":     {"x/0001_a.sql": {Data: []byte("SELECT 1;")}, "x/0003_c.sql": {Data: []byte("SELECT 1;")}},
	} {
		if _, err := s.MigrateWith(context.Background(), files, "x"); err == nil {
			t.Errorf("%s: accepted", name)
		} else if errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
