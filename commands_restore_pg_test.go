package main

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"hatchery/models"
	"hatchery/models/storetest"
)

// pgTool finds a PostgreSQL client program on PATH or where Debian puts
// them.
func pgTool(name string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/" + name)
	if len(found) > 0 {
		return found[len(found)-1]
	}
	return ""
}

// TestRestorePostgresWithPgRestore follows the README's PostgreSQL
// procedure: pg_dump -Fc of a seeded database, pg_restore into a new
// database, hatchery migrate, and the copy verifies its audit chain and
// answers the same reports.
func TestRestorePostgresWithPgRestore(t *testing.T) {
	base := os.Getenv(storetest.PostgresEnv)
	dump, restore := pgTool("pg_dump"), pgTool("pg_restore")
	if base == "" || dump == "" || restore == "" {
		t.Skipf("needs %s and the pg_dump and pg_restore programs", storetest.PostgresEnv)
	}
	t.Parallel()
	ctx := context.Background()
	dsn := storetest.DSN(t, models.Postgres)
	if out, err := runCmd(t, "seed", "--demo", "--db", dsn); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	schema := u.Query().Get("search_path")

	file := filepath.Join(t.TempDir(), "hatchery.dump")
	if out, err := exec.Command(dump, "-Fc", "--schema="+schema, "-f", file, "-d", base).CombinedOutput(); err != nil {
		t.Fatalf("pg_dump: %v\n%s", err, out)
	}

	// A fresh database to restore into.
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	name := "restore_" + strings.TrimPrefix(schema, "t_")
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if conn, err := pgx.Connect(c, base); err == nil {
			_, _ = conn.Exec(c, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
			conn.Close(c)
		}
	})
	target, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	target.Path = "/" + name
	if out, err := exec.Command(restore, "--no-owner", "--exit-on-error", "-d", target.String(), file).CombinedOutput(); err != nil {
		t.Fatalf("pg_restore: %v\n%s", err, out)
	}
	q := target.Query()
	q.Set("search_path", schema)
	target.RawQuery = q.Encode()
	restored := target.String()
	if out, err := runCmd(t, "migrate", "--db", restored); err != nil || strings.Contains(out, "applied migration") {
		t.Fatalf("migrate the restored database: %v\n%s", err, out)
	}

	orig, v := reportsJSON(t, dsn)
	got, rv := reportsJSON(t, restored)
	if !v.OK || !rv.OK || rv.Checked != v.Checked || v.Checked == 0 {
		t.Fatalf("audit chains: original %+v, restored %+v", v, rv)
	}
	sameReports(t, orig, got)
}
