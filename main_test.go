package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
	"hatchery/seeds"
)

// syncBuffer is a bytes.Buffer safe to read while serve writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func runCmd(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, &out, &errOut)
	return out.String() + errOut.String(), err
}

func TestCommandLineMistakes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, "no command"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"bad addr", []string{"serve", "--addr", "nowhere", "--db", filepath.Join(dir, "a.db")}, "not host:port"},
		{"bad db scheme", []string{"serve", "--db", "mysql://x/y"}, "only postgres:// URLs"},
		{"idle above max", []string{"serve", "--db", filepath.Join(dir, "b.db"), "--session-idle", "3h", "--session-max", "1h"}, "shorter than --session-idle"},
		{"bad proxy", []string{"serve", "--db", filepath.Join(dir, "c.db"), "--trusted-proxies", "nope"}, "not an IP address"},
		{"seed needs a mode", []string{"seed", "--db", filepath.Join(dir, "d.db")}, "exactly one of"},
		{"seed both modes", []string{"seed", "--demo", "--scale", "1", "--db", filepath.Join(dir, "d.db")}, "exactly one of"},
		{"backup needs --to", []string{"backup", "--db", filepath.Join(dir, "e.db")}, "--to FILE is required"},
		{"user needs create", []string{"user", "delete"}, "usage: hatchery user create"},
		{"user bad role", []string{"user", "create", "--username", "x", "--role", "boss"}, "choose one of"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := runCmd(t, c.args...)
			var ue usageError
			if !errors.As(err, &ue) || exitCode(err) != 2 {
				t.Fatalf("err = %v, want a usage error (exit 2)", err)
			}
			if !strings.Contains(err.Error()+out, c.want) {
				t.Fatalf("message %q (output %q) does not say %q", err, out, c.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "a.db")); !os.IsNotExist(err) {
		t.Fatalf("a refused serve created its database: %v", err)
	}
}

func TestMigrateSeedUserBackup(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		dsn := storetest.DSN(t, d)
		out, err := runCmd(t, "migrate", "--db", dsn)
		if err != nil || !strings.Contains(out, "applied migration 1 (foundation)") {
			t.Fatalf("migrate: %v\n%s", err, out)
		}
		if out, err := runCmd(t, "migrate", "--db", dsn); err != nil || strings.Contains(out, "applied migration") {
			t.Fatalf("second migrate should apply nothing: %v\n%s", err, out)
		}
		if out, err := runCmd(t, "seed", "--demo", "--db", dsn); err != nil {
			t.Fatalf("seed: %v\n%s", err, out)
		}
		if _, err := runCmd(t, "seed", "--demo", "--db", dsn); err == nil || !strings.Contains(err.Error(), "already has users") {
			t.Fatalf("second seed: %v, want a refusal", err)
		}
		out, err = runCmd(t, "user", "create", "--db", dsn, "--username", "wangmin", "--role", "reviewer", "--display-name", "王敏")
		if err != nil {
			t.Fatalf("user create: %v\n%s", err, out)
		}
		m := regexp.MustCompile(`password \(shown once\): (\S+)`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no password printed: %s", out)
		}
		if _, err := runCmd(t, "user", "create", "--db", dsn, "--username", "wangmin", "--role", "reviewer"); err == nil {
			t.Fatal("a duplicate username was accepted")
		}

		ctx := context.Background()
		s, err := models.Open(ctx, dsn, models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		pol := models.SessionPolicy{Idle: time.Hour, Absolute: time.Hour}
		if u, _, err := s.Login(ctx, models.Actor{}, "wangmin", m[1], "", pol); err != nil || u.Role != models.RoleReviewer || u.DisplayName != "王敏" {
			t.Fatalf("the printed password does not sign in: %v %+v", err, u)
		}
		for _, acc := range seeds.DemoAccounts {
			if u, _, err := s.Login(ctx, models.Actor{}, acc.Username, seeds.DemoPassword, "", pol); err != nil || u.Role != acc.Role {
				t.Fatalf("demo account %s: %v %+v", acc.Username, err, u)
			}
		}
		coms, err := s.ListCommunities(ctx, models.CommunityFilter{})
		if err != nil || coms.Total < 18 {
			t.Fatalf("demo communities: %d, %v", coms.Total, err)
		}
		types := map[string]bool{}
		for _, c := range coms.Items {
			types[c.Type] = true
		}
		if len(types) != len(models.CommunityTypes) {
			t.Fatalf("demo data covers %d community types, want all %d", len(types), len(models.CommunityTypes))
		}

		if d != models.SQLite {
			if _, err := runCmd(t, "backup", "--db", dsn, "--to", filepath.Join(t.TempDir(), "x.db")); err == nil {
				t.Fatal("backup of PostgreSQL should refuse and point at pg_dump")
			}
			return
		}
		// Back up while another connection keeps writing.
		to := filepath.Join(t.TempDir(), "copy.db")
		done := make(chan struct{})
		go func() {
			defer close(done)
			for i := 0; i < 20; i++ {
				_, _ = s.CreateFunder(ctx, models.System("t"), models.Funder{Name: "并发资助方" + string(rune('A'+i)), Kind: "other"})
			}
		}()
		if out, err := runCmd(t, "backup", "--db", dsn, "--to", to); err != nil {
			t.Fatalf("backup: %v\n%s", err, out)
		}
		<-done
		if _, err := runCmd(t, "backup", "--db", dsn, "--to", to); err == nil {
			t.Fatal("backup over an existing file was allowed")
		}
		cp, err := models.Open(ctx, to, models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer cp.Close()
		if v, err := cp.VerifyAudit(ctx); err != nil || !v.OK {
			t.Fatalf("the copy's audit chain: %+v %v", v, err)
		}
		if u, _, err := cp.Login(ctx, models.Actor{}, "wangmin", m[1], "", pol); err != nil || u.Username != "wangmin" {
			t.Fatalf("the copy lacks the user: %v", err)
		}
	})
}

func TestCommandsNeedAnExistingDatabase(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		args func(db, dir string) []string
	}{
		{"backup", func(db, dir string) []string {
			return []string{"backup", "--db", db, "--to", filepath.Join(dir, "copy.db")}
		}},
		{"user create", func(db, _ string) []string {
			return []string{"user", "create", "--db", db, "--username", "wangmin", "--role", "reviewer"}
		}},
	}
	for _, c := range cases {
		for _, where := range []string{"a missing folder", "an existing folder"} {
			t.Run(c.name+" in "+where, func(t *testing.T) {
				t.Parallel()
				dir := t.TempDir()
				folder := dir
				if where == "a missing folder" {
					folder = filepath.Join(dir, "mistyped")
				}
				db := filepath.Join(folder, "hatchery.db")
				out, err := runCmd(t, c.args(db, dir)...)
				if err == nil || exitCode(err) == 0 {
					t.Fatalf("err = %v, want a refusal with a non-zero exit\n%s", err, out)
				}
				if msg := err.Error(); !strings.Contains(msg, "no database at "+db) || !strings.Contains(msg, "hatchery migrate --db "+db) {
					t.Fatalf("message %q does not name the path and how to create it", msg)
				}
				for _, p := range []string{db, folder, filepath.Join(dir, "copy.db")} {
					if _, err := os.Stat(p); p != dir && !os.IsNotExist(err) {
						t.Errorf("%s exists after the refusal: %v", p, err)
					}
				}
			})
		}
	}
	t.Run("a folder given as the database", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		_, err := runCmd(t, "backup", "--db", dir, "--to", filepath.Join(dir, "copy.db"))
		if err == nil || !strings.Contains(err.Error(), "is a folder") {
			t.Fatalf("err = %v, want a refusal naming the folder", err)
		}
	})
	t.Run("an existing database backs up", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		db, to := filepath.Join(dir, "hatchery.db"), filepath.Join(dir, "copy.db")
		if out, err := runCmd(t, "migrate", "--db", db); err != nil {
			t.Fatalf("migrate: %v\n%s", err, out)
		}
		if out, err := runCmd(t, "user", "create", "--db", db, "--username", "wangmin", "--role", "reviewer"); err != nil {
			t.Fatalf("user create: %v\n%s", err, out)
		}
		if out, err := runCmd(t, "backup", "--db", db, "--to", to); err != nil || !strings.Contains(out, "backed up") {
			t.Fatalf("backup: %v\n%s", err, out)
		}
		cp, err := models.Open(context.Background(), to, models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer cp.Close()
		if l, err := cp.ListUsers(context.Background(), models.UserFilter{}); err != nil || l.Total != 1 || l.Items[0].Username != "wangmin" {
			t.Fatalf("the copy's users: %+v, %v", l, err)
		}
	})
}

func TestSeedProgressInALog(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		var out, log bytes.Buffer
		if err := run(context.Background(), []string{"seed", "--scale", "1", "--db", storetest.DSN(t, d)}, &out, &log); err != nil {
			t.Fatalf("seed: %v\n%s%s", err, out.String(), log.String())
		}
		if !strings.Contains(out.String(), "22000 organizations") {
			t.Fatalf("seed says %q", out.String())
		}
		if strings.Contains(log.String(), "\r") {
			t.Fatalf("the progress output holds carriage returns: %q", log.String())
		}
		lines := strings.Split(strings.TrimSuffix(log.String(), "\n"), "\n")
		line := regexp.MustCompile(`^seeding: \d{1,3}% \([\d,]+ of 22,000 organizations\)$`)
		for _, l := range lines {
			if !line.MatchString(l) {
				t.Fatalf("progress line %q is not like \"seeding: 40%% (8,800 of 22,000 organizations)\"", l)
			}
		}
		if len(lines) < 3 || len(lines) > 12 || lines[len(lines)-1] != "seeding: 100% (22,000 of 22,000 organizations)" {
			t.Fatalf("want a handful of lines ending at 100%%, got %d:\n%s", len(lines), log.String())
		}
	})
}

func TestServeDemo(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &syncBuffer{}
	done := make(chan error, 1)
	db := filepath.Join(t.TempDir(), "serve.db")
	go func() { done <- run(ctx, []string{"serve", "--demo", "--db", db, "--addr", "127.0.0.1:0"}, out, out) }()
	re := regexp.MustCompile(`listening on (http://\S+)`)
	var base string
	// Seeding the demo takes seconds, more while other tests load the machine.
	for deadline := time.Now().Add(120 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatalf("server did not start:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "DEMO MODE is on") || !strings.Contains(out.String(), "demo-password") {
		t.Fatalf("demo mode is not announced:\n%s", out.String())
	}
	resp, err := http.Get(base + "/readyz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("readyz: %v %v", resp, err)
	}
	resp.Body.Close()
	// The demo needs no second factor: the admin signs in with the password
	// alone and may go anywhere.
	resp, err = http.Post(base+"/api/v1/auth/login", "application/json", strings.NewReader(`{"username":"admin","password":"`+seeds.DemoPassword+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"must_enrol_totp":false`) {
		t.Fatalf("demo admin sign-in: %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !regexp.MustCompile(`(?m)^time=.*msg=request .*route=/readyz .*status=200`).MatchString(out.String()) {
		t.Fatalf("no structured request log line:\n%s", out.String())
	}
}
