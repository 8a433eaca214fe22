package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hatchery/models"
)

// reportsJSON answers the pipeline, funding and turnover reports of the
// database at dsn as an admin sees them, as JSON, and its audit check.
func reportsJSON(t *testing.T, dsn string) (map[string]string, models.AuditVerification) {
	t.Helper()
	ctx := context.Background()
	s, err := models.Open(ctx, dsn, models.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	users, err := s.ListUsers(ctx, models.UserFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var admin models.Actor
	for _, u := range users.Items {
		if u.Username == "admin" {
			admin = models.Actor{UserID: u.ID, Username: u.Username, Role: u.Role}
		}
	}
	if admin.UserID == "" {
		t.Fatalf("no admin in %s", dsn)
	}
	out := map[string]string{}
	put := func(name string, v any, err error) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = string(b)
	}
	p, err := s.Pipeline(ctx, models.PipelineFilter{From: "2015-01-01", To: "2026-12-31"})
	put("pipeline", p, err)
	f, err := s.FundingReport(ctx, admin, models.FundingFilter{})
	put("funding", f, err)
	tr, err := s.Turnover(ctx, admin, models.TurnoverFilter{From: "2020-01-01", To: "2026-12-31", GroupBy: "district"})
	put("turnover", tr, err)
	v, err := s.VerifyAudit(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return out, v
}

func sameReports(t *testing.T, orig, restored map[string]string) {
	t.Helper()
	for name, want := range orig {
		if len(want) < 50 {
			t.Fatalf("the original's %s report is nearly empty: %s", name, want)
		}
		if restored[name] != want {
			t.Errorf("the restored %s report differs:\noriginal %s\nrestored %s", name, want, restored[name])
		}
	}
}

func TestRestoreSQLiteRoundTrip(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, bak, restored := filepath.Join(dir, "hatchery.db"), filepath.Join(dir, "backup.db"), filepath.Join(dir, "restored", "hatchery.db")
	if out, err := runCmd(t, "seed", "--demo", "--db", db); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "backup", "--db", db, "--to", bak); err != nil {
		t.Fatalf("backup: %v\n%s", err, out)
	}
	out, err := runCmd(t, "restore", "--from", bak, "--db", restored)
	if err != nil || !strings.Contains(out, "restored "+bak+" to "+restored) || !strings.Contains(out, "the audit chain verifies") {
		t.Fatalf("restore: %v\n%s", err, out)
	}
	orig, v := reportsJSON(t, db)
	if !v.OK {
		t.Fatalf("the original's audit chain: %+v", v)
	}
	got, rv := reportsJSON(t, restored)
	if !rv.OK || rv.Checked != v.Checked || rv.Checked == 0 {
		t.Fatalf("the restored audit chain: %+v, the original's %+v", rv, v)
	}
	sameReports(t, orig, got)

	// A database in the way is kept unless --force.
	before, _ := os.ReadFile(restored)
	if out, err := runCmd(t, "restore", "--from", bak, "--db", restored); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("restore over a database: %v\n%s", err, out)
	}
	if after, _ := os.ReadFile(restored); !bytes.Equal(before, after) {
		t.Fatal("a refused restore changed the database")
	}
	// With --force it is replaced, and a WAL of the old one is not read in.
	s, err := models.Open(context.Background(), restored, models.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateFunder(context.Background(), models.System("t"), models.Funder{Name: "恢复后新增资助方", Kind: "other"}); err != nil {
		t.Fatal(err)
	}
	// Not while a server has it open.
	if out, err := runCmd(t, "restore", "--force", "--from", bak, "--db", restored); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("restore --force under an open store: %v\n%s", err, out)
	}
	s.Close()
	if out, err := runCmd(t, "restore", "--force", "--from", bak, "--db", restored); err != nil {
		t.Fatalf("restore --force: %v\n%s", err, out)
	}
	again, rv := reportsJSON(t, restored)
	if !rv.OK || rv.Checked != v.Checked {
		t.Fatalf("after restore --force the audit chain is %+v, want the backup's %d entries", rv, v.Checked)
	}
	sameReports(t, orig, again)
	for _, leftover := range []string{".restoring-", "-wal"} {
		entries, _ := os.ReadDir(filepath.Dir(restored))
		for _, e := range entries {
			if strings.Contains(e.Name(), leftover) && e.Name() != "hatchery.db-wal" {
				t.Errorf("restore left %s behind", e.Name())
			}
		}
	}
}

func TestRestoreRefusals(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, bak := filepath.Join(dir, "hatchery.db"), filepath.Join(dir, "backup.db")
	if out, err := runCmd(t, "migrate", "--db", db); err != nil {
		t.Fatalf("migrate: %v\n%s", err, out)
	}
	if out, err := runCmd(t, "backup", "--db", db, "--to", bak); err != nil {
		t.Fatalf("backup: %v\n%s", err, out)
	}
	// Not Hatchery's: a SQLite file of other tables.
	foreign := filepath.Join(dir, "foreign.db")
	execSQLite(t, foreign, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
	// Made by a newer Hatchery.
	newer := filepath.Join(dir, "newer.db")
	copyFile(t, bak, newer)
	execSQLite(t, newer, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', '2030-01-01 00:00:00')")
	// Damaged: the middle of the file overwritten.
	damaged := filepath.Join(dir, "damaged.db")
	b, err := os.ReadFile(bak)
	if err != nil {
		t.Fatal(err)
	}
	for i := 4096; i < len(b) && i < 4096*8; i++ {
		b[i] = 0xA5
	}
	if err := os.WriteFile(damaged, b, 0o600); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("not a database at all, just some words to fill a page"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, from, want string
	}{
		{"missing", filepath.Join(dir, "nothing.db"), "no backup at"},
		{"folder", dir, "not a file"},
		{"text", text, "cannot be read as a SQLite database"},
		{"foreign", foreign, "not a Hatchery one"},
		{"newer", newer, "newer than this Hatchery"},
		{"damaged", damaged, "fails SQLite's integrity check"},
		{"onto itself", bak, "same file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			to := filepath.Join(t.TempDir(), "hatchery.db")
			if c.name == "onto itself" {
				to = bak
			}
			out, err := runCmd(t, "restore", "--from", c.from, "--db", to, "--force")
			if err == nil || exitCode(err) == 0 || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "unchanged") {
				t.Fatalf("err = %v, want a refusal saying %q\n%s", err, c.want, out)
			}
			t.Log(err)
			if c.name == "onto itself" {
				return
			}
			if entries, _ := os.ReadDir(filepath.Dir(to)); len(entries) != 0 {
				t.Fatalf("a refused restore left %d files at the destination", len(entries))
			}
		})
	}
	for _, args := range [][]string{
		{"restore", "--db", filepath.Join(dir, "x.db")},
		{"restore", "--from", bak, "--db", "mysql://x/y"},
	} {
		if _, err := runCmd(t, args...); exitCode(err) != 2 {
			t.Errorf("%v: err = %v, want a usage error", args, err)
		}
	}
	if _, err := runCmd(t, "restore", "--from", bak, "--db", "postgres://u@127.0.0.1:1/x"); err == nil || !strings.Contains(err.Error(), "pg_restore") {
		t.Errorf("restore onto PostgreSQL: %v, want a pointer to pg_restore", err)
	}
}

func execSQLite(t *testing.T, path, stmt string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
