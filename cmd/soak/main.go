// Command soak runs Hatchery for a while under a steady mixed load and says
// whether it held up: it builds the binary, seeds the demo data into a new
// database, starts `hatchery serve` as a process of its own, drives it with
// clients that sign in, list, read reports, book expenditures and payments
// and move organizations and projects through their lifecycles, samples
// the server's resident memory, and fails on any 5xx answer, any "database
// is locked" in the server's log, or memory that grew more than 20% after
// the warm-up (the median of the first minute's samples against the last
// minute's).
//
//	go run ./cmd/soak              (or make soak)
//
// SOAK_DURATION (default 10m) is how long the load runs on each database,
// SOAK_CLIENTS (64) how many clients, SOAK_THINK (100ms) the mean pause of a
// client between requests. It runs on a SQLite file and, when
// HATCHERY_TEST_POSTGRES names a PostgreSQL server, on a schema of its own
// there as well.
package main

import (
	"context"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"

	"hatchery/cmd/internal/devbuild"
)

const demoPassword = "demo-password"

type config struct {
	duration, think time.Duration
	clients         int
}

func main() {
	cfg := config{duration: envDuration("SOAK_DURATION", 10*time.Minute), think: envDuration("SOAK_THINK", 100*time.Millisecond), clients: 64}
	if v := os.Getenv("SOAK_CLIENTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			fatal(fmt.Errorf("SOAK_CLIENTS=%q is not a positive number", v))
		}
		cfg.clients = n
	}
	root, err := devbuild.ModuleRoot("soak")
	if err != nil {
		fatal(err)
	}
	dir, err := os.MkdirTemp("", "hatchery-soak-")
	if err != nil {
		fatal(err)
	}
	fmt.Printf("soak: %d clients for %s on each database (think time %s); files in %s\n", cfg.clients, cfg.duration, cfg.think, dir)
	bin, err := devbuild.Build(root, dir)
	if err != nil {
		fatal(err)
	}
	ok := true
	dbs := []string{"sqlite"}
	if os.Getenv("HATCHERY_TEST_POSTGRES") != "" {
		dbs = append(dbs, "postgres")
	}
	for _, d := range dbs {
		if err := soak(cfg, bin, dir, d); err != nil {
			fmt.Printf("soak on %s FAILED: %v\n", d, err)
			ok = false
			continue
		}
		fmt.Printf("soak on %s passed\n", d)
	}
	if !ok {
		fmt.Printf("the server logs are in %s\n", dir)
		os.Exit(1)
	}
	_ = os.RemoveAll(dir)
}

// soak runs the load on one database and answers what broke the rules.
func soak(cfg config, bin, dir, dbName string) error {
	db := filepath.Join(dir, "soak.db")
	if dbName == "postgres" {
		u, drop, err := postgresSchema(context.Background(), os.Getenv("HATCHERY_TEST_POSTGRES"))
		if err != nil {
			return err
		}
		defer drop()
		db = u
	}
	fmt.Printf("\n== %s: seeding the demo data\n", dbName)
	if err := seed(bin, db); err != nil {
		return err
	}
	logPath := filepath.Join(dir, dbName+"-server.log")
	srv, err := start(bin, db, logPath)
	if err != nil {
		return err
	}
	defer srv.stop()
	pid := srv.cmd.Process.Pid

	tr := &http.Transport{MaxIdleConnsPerHost: 2 * cfg.clients, MaxConnsPerHost: 2 * cfg.clients}
	w := &world{base: srv.base, hc: &http.Client{Transport: tr, Timeout: 60 * time.Second}, think: cfg.think}
	w.rec = newRecorder(time.Now(), time.Hour)
	setupClient := &client{w: w, rng: mrand.New(mrand.NewPCG(0, 0))}
	if err := setupClient.setUpSessions(); err != nil {
		return err
	}
	if err := w.discover(setupClient); err != nil {
		return err
	}
	clients := make([]*client, cfg.clients)
	for i := range clients {
		clients[i] = &client{w: w, id: i, rng: mrand.New(mrand.NewPCG(uint64(i), uint64(time.Now().UnixNano())))}
		// One at a time: a sign-in checks a password, which is slow on
		// purpose, and the throttle counts the checks under way.
		if err := clients[i].setUp(); err != nil {
			return fmt.Errorf("client %d: %w", i, err)
		}
	}
	fmt.Printf("== %s: %d clients signed in on %s (server pid %d); running for %s\n", dbName, cfg.clients, srv.base, pid, cfg.duration)

	// The load proper: counted from here.
	w.rec = newRecorder(time.Now(), cfg.duration)
	ctx, cancel := context.WithTimeout(context.Background(), cfg.duration)
	defer cancel()
	var wg sync.WaitGroup
	for _, c := range clients {
		wg.Add(1)
		go func() { defer wg.Done(); c.run(ctx) }()
	}
	// The memory after the warm-up is the median of the samples of the
	// first minute, the memory at the end the median of the last
	// minute's: a single sample swings by half with the garbage of the
	// moment (a sign-in's password check alone takes 19 MiB).
	warmUp := min(time.Minute, cfg.duration/3)
	var warmSamples, endSamples []int64
	var rssMax int64
	began := time.Now()
	tick := time.NewTicker(10 * time.Second)
	defer tick.Stop()
	sample := func() {
		kb, err := rss(pid)
		if err != nil {
			return
		}
		rssMax = max(rssMax, kb)
		at := time.Since(began)
		if at <= warmUp+time.Second {
			warmSamples = append(warmSamples, kb)
		}
		if at >= cfg.duration-warmUp-time.Second {
			endSamples = append(endSamples, kb)
		}
		n, c5, _ := w.rec.totals()
		fmt.Printf("  %4.0fs  rss %6.1f MiB  requests %d  5xx %d\n", time.Since(began).Seconds(), float64(kb)/1024, n, c5)
	}
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-tick.C:
			sample()
		}
	}
	wg.Wait()
	elapsed := time.Since(began)
	sample()
	locked, status5, errLines := srv.logCounts()

	fmt.Printf("\n== %s: results after %s\n", dbName, elapsed.Round(time.Second))
	w.rec.print(os.Stdout, elapsed)
	rssWarm, rssEnd := median(warmSamples), median(endSamples)
	growth := float64(rssEnd-rssWarm) / float64(max(rssWarm, 1))
	fmt.Printf("  resident memory (median of the samples): %.1f MiB in the warm-up (first %s), %.1f MiB at the end (last %s): %+.1f%%; %.1f MiB at most\n",
		float64(rssWarm)/1024, warmUp, float64(rssEnd)/1024, warmUp, 100*growth, float64(rssMax)/1024)
	fmt.Printf("  server log: %d \"database is locked\", %d requests answered 5xx\n", locked, status5)
	for _, l := range errLines {
		fmt.Printf("  log error: %s\n", l)
	}

	_, c5, failed := w.rec.totals()
	var errs []error
	if c5 > 0 || status5 > 0 {
		errs = append(errs, fmt.Errorf("%d answers were 5xx (%d in the server's log)", c5, status5))
	}
	if failed > 0 {
		errs = append(errs, fmt.Errorf("%d requests got no answer", failed))
	}
	if locked > 0 {
		errs = append(errs, fmt.Errorf("the server's log says \"database is locked\" %d times", locked))
	}
	if growth > 0.20 {
		errs = append(errs, fmt.Errorf("resident memory grew %.0f%% after the warm-up (at most 20%%)", 100*growth))
	}
	return errors.Join(errs...)
}

func median(l []int64) int64 {
	if len(l) == 0 {
		return 0
	}
	s := append([]int64(nil), l...)
	sort.Slice(s, func(a, b int) bool { return s[a] < s[b] })
	return s[len(s)/2]
}

// setUpSessions signs in the admin of the set-up client.
func (c *client) setUpSessions() error {
	var err error
	c.admin, err = c.login("admin")
	return err
}

func envDuration(key string, def time.Duration) time.Duration {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		fatal(fmt.Errorf("%s=%q is not a duration such as 10m or 90s", key, v))
	}
	return d
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "soak:", err)
	os.Exit(1)
}
