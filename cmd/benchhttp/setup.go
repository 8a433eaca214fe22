package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"

	"hatchery/models"
)

// database is a seeded database the server is started on, with the data
// key its phone numbers are encrypted with.
type database struct {
	label string // "SQLite" or "PostgreSQL"
	dsn   string // file path or URL
	key   string
}

// sqliteDB answers the SQLite database under dataDir, seeding it at scale 1
// unless reuse is set and it is there already.
func sqliteDB(ctx context.Context, p *procs, bin, dataDir string, reuse bool) (database, error) {
	db := database{label: "SQLite", dsn: filepath.Join(dataDir, "scale1.db")}
	keyFile := filepath.Join(dataDir, "scale1.key")
	if reuse {
		key, err := os.ReadFile(keyFile)
		if _, statErr := os.Stat(db.dsn); err == nil && statErr == nil {
			fmt.Printf("reusing %s (BENCH_REUSE=1)\n", db.dsn)
			db.key = strings.TrimSpace(string(key))
			return db, nil
		}
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return db, err
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(db.dsn + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return db, err
		}
	}
	return db, seed(ctx, p, bin, &db, keyFile)
}

// postgresDB drops and recreates the database hatchery_bench on the server
// base names and seeds it, unless reuse is set and it is there already.
func postgresDB(ctx context.Context, p *procs, bin, base, dataDir string, reuse bool) (database, error) {
	u, err := url.Parse(base)
	if err != nil {
		return database{}, fmt.Errorf("HATCHERY_BENCH_POSTGRES: %w", err)
	}
	u.Path = "/hatchery_bench"
	db := database{label: "PostgreSQL", dsn: u.String()}
	keyFile := filepath.Join(dataDir, "postgres.key")
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return db, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)
	if reuse {
		var exists bool
		err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'hatchery_bench')").Scan(&exists)
		key, keyErr := os.ReadFile(keyFile)
		if err == nil && keyErr == nil && exists {
			fmt.Println("reusing the PostgreSQL database hatchery_bench (BENCH_REUSE=1)")
			db.key = strings.TrimSpace(string(key))
			return db, nil
		}
	}
	for _, q := range []string{"DROP DATABASE IF EXISTS hatchery_bench", "CREATE DATABASE hatchery_bench"} {
		if _, err := conn.Exec(ctx, q); err != nil {
			return db, fmt.Errorf("%s: %w", q, err)
		}
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return db, err
	}
	return db, seed(ctx, p, bin, &db, keyFile)
}

// seed makes a data key, keeps it in keyFile and seeds db at scale 1 with
// it, its progress shown as it goes.
func seed(ctx context.Context, p *procs, bin string, db *database, keyFile string) error {
	out, err := exec.CommandContext(ctx, bin, "keygen").Output()
	if err != nil {
		return fmt.Errorf("hatchery keygen: %w", err)
	}
	db.key = strings.TrimSpace(string(out))
	if err := os.WriteFile(keyFile, []byte(db.key+"\n"), 0o600); err != nil {
		return err
	}
	fmt.Printf("seeding --scale 1 into %s (several minutes)...\n", db.label)
	cmd := exec.Command(bin, "seed", "--scale", "1", "--db", db.dsn)
	cmd.Env = append(os.Environ(), "HATCHERY_DATA_KEY="+db.key)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stdout
	if err := p.start(cmd); err != nil {
		return err
	}
	if err := p.wait(cmd); err != nil {
		return fmt.Errorf("hatchery seed: %w", err)
	}
	return nil
}

// openSignIn lets every role sign in with its password alone: outside demo
// mode admins, reviewers and funders must first enrol a second factor,
// which the load has no use for. It is the policy's own setting, changed
// as an admin would change it.
func openSignIn(ctx context.Context, db database) error {
	store, err := models.Open(ctx, db.dsn, models.Options{})
	if err != nil {
		return err
	}
	defer store.Close()
	def := models.DefaultSecondFactorPolicy(false)
	cur, err := store.SecondFactorSettings(ctx, def)
	if err != nil {
		return err
	}
	if len(cur.RequiredRoles) == 0 {
		return nil
	}
	_, err = store.SetSecondFactorPolicy(ctx, models.System("benchhttp"), cur.Version, models.SecondFactorPolicy{}, def)
	return err
}

var shownPassword = regexp.MustCompile(`password \(shown once\): (\S+)`)

// createUser runs `hatchery user create` and answers the password it
// prints once.
func createUser(ctx context.Context, bin string, db database, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, bin, append([]string{"user", "create", "--db", db.dsn}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("hatchery user create %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	m := shownPassword.FindSubmatch(out)
	if m == nil {
		return "", fmt.Errorf("hatchery user create printed no password:\n%s", out)
	}
	return string(m[1]), nil
}
