package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

func TestAuditExportAndVerify(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		dsn := storetest.DSN(t, d)
		if out, err := runCmd(t, "migrate", "--db", dsn); err != nil {
			t.Fatalf("migrate: %v\n%s", err, out)
		}
		s, err := models.Open(ctx, dsn, models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"甲", "乙", "丙"} {
			if err := s.Audit(ctx, models.Actor{Username: name, ClientIP: "10.0.0.1"}, "login", "session", "", map[string]string{"who": name}); err != nil {
				t.Fatal(err)
			}
		}
		s.Close()
		cst := time.FixedZone("CST", 8*3600)
		from := time.Now().In(cst).AddDate(0, 0, -1).Format(models.DateLayout)
		to := time.Now().In(cst).AddDate(0, 0, 1).Format(models.DateLayout)
		file := filepath.Join(t.TempDir(), "audit.jsonl")

		out, err := runCmd(t, "audit", "export", "--db", dsn, "--from", from, "--to", to, "--to-file", file)
		if err != nil || !strings.Contains(out, "exported 3 audit entries (seq 1 to 3)") {
			t.Fatalf("export: %v\n%s", err, out)
		}
		if _, err := runCmd(t, "audit", "export", "--db", dsn, "--from", from, "--to", to, "--to-file", file); err == nil {
			t.Fatal("export overwrote an existing archive")
		}
		s, err = models.Open(ctx, dsn, models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		recorded, err := s.ListAudit(ctx, models.AuditFilter{Action: "export", Page: models.Page{Limit: 10}})
		s.Close()
		if err != nil || len(recorded.Items) != 1 || recorded.Items[0].Seq != 4 || recorded.Items[0].ActorUsername != "system:audit-export" ||
			!strings.Contains(string(recorded.Items[0].After), `"last_seq":3`) {
			t.Fatalf("the export is recorded as %+v, %v; want one entry (seq 4) naming seq 1 to 3", recorded.Items, err)
		}
		out, err = runCmd(t, "audit", "verify", "--file", file)
		if err != nil || !strings.HasPrefix(out, "OK: 3 entries (seq 1 to 3)") {
			t.Fatalf("verify: %v\n%s", err, out)
		}

		empty := filepath.Join(t.TempDir(), "audit-2020-01.jsonl")
		if out, err := runCmd(t, "audit", "export", "--db", dsn, "--from", "2020-01-01", "--to", "2020-01-31", "--to-file", empty); err != nil || !strings.Contains(out, "no audit entries") {
			t.Fatalf("export of a month without entries: %v\n%s", err, out)
		}
		if out, err := runCmd(t, "audit", "verify", "--file", empty); err != nil || !strings.HasPrefix(out, "OK: no entries from 2020-01-01 to 2020-01-31") {
			t.Fatalf("verify of an empty archive: %v\n%s", err, out)
		}

		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		tampered := filepath.Join(t.TempDir(), "tampered.jsonl")
		if err := os.WriteFile(tampered, []byte(strings.Replace(string(b), `"actor_username":"乙"`, `"actor_username":"丁"`, 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err = runCmd(t, "audit", "verify", "--file", tampered)
		if err == nil || exitCode(err) == 0 || !strings.Contains(err.Error(), "broken at seq 2") {
			t.Fatalf("verify of an edited archive: %v, want broken at seq 2", err)
		}
	})
}

func TestAuditCommandMistakes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db := filepath.Join(dir, "none.db")
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no subcommand", []string{"audit"}, "usage: hatchery audit"},
		{"unknown subcommand", []string{"audit", "delete"}, "usage: hatchery audit"},
		{"bad from", []string{"audit", "export", "--db", db, "--from", "2026-02-30", "--to", "2026-03-01", "--to-file", "x"}, "--from"},
		{"to before from", []string{"audit", "export", "--db", db, "--from", "2026-03-02", "--to", "2026-03-01", "--to-file", "x"}, "is before --from"},
		{"no file", []string{"audit", "export", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31"}, "--to-file FILE is required"},
		{"verify no file", []string{"audit", "verify"}, "--file FILE is required"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := runCmd(t, c.args...)
			var ue usageError
			if !errors.As(err, &ue) || exitCode(err) != 2 || !strings.Contains(err.Error()+out, c.want) {
				t.Fatalf("err = %v (output %q), want a usage error saying %q", err, out, c.want)
			}
		})
	}
	if _, err := runCmd(t, "audit", "export", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31", "--to-file", filepath.Join(dir, "a.jsonl")); err == nil || !strings.Contains(err.Error(), "no database") {
		t.Fatalf("export from a missing database: %v", err)
	}
	notArchive := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notArchive, []byte("hello\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := runCmd(t, "audit", "verify", "--file", notArchive); err == nil || !strings.Contains(err.Error(), "not an audit archive") {
		t.Fatalf("verify of a text file: %v", err)
	}
}
