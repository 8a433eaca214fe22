// Command benchhttp measures Hatchery's API under load against the
// framework's ceiling: plain gin serving the exact bytes each endpoint
// answered. It builds the binary, seeds --scale 1 into a SQLite file under
// bench/data (kept, and reused with BENCH_REUSE=1), creates an account per
// role, starts `hatchery serve`, and for each row runs a closed loop of
// clients against Hatchery and then against the ceiling; it prints the
// table with each row's aim, single-request times, each report's first
// read after a change (against hand SQL in bench/sql when there is some),
// and the server's peak memory.
//
//	go run ./cmd/benchhttp [-c 8] [-d 4s]      (or make bench-http)
//
// With HATCHERY_BENCH_POSTGRES set to a server's URL it does the same on a
// database hatchery_bench there, dropped and made afresh. It exits non-zero
// only when something fails to run, not when an aim is missed.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"hatchery/cmd/internal/devbuild"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "ceiling" {
		if err := serveCeiling(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "benchhttp ceiling:", err)
			os.Exit(1)
		}
		return
	}
	var cfg settings
	flag.IntVar(&cfg.conc, "c", 8, "concurrent clients")
	flag.DurationVar(&cfg.duration, "d", 4*time.Second, "load per target, after a one-second warm-up")
	flag.Parse()

	p := &procs{}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-sig
		fmt.Fprintln(os.Stderr, "\nbenchhttp: interrupted; stopping the processes it started")
		cancel()
		p.stopAll()
		os.Exit(130)
	}()
	err := runAll(ctx, p, cfg)
	p.stopAll()
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchhttp:", err)
		os.Exit(1)
	}
}

// runAll builds, seeds and measures on SQLite, then on PostgreSQL when
// HATCHERY_BENCH_POSTGRES names a server.
func runAll(ctx context.Context, p *procs, cfg settings) error {
	var err error
	if cfg.root, err = devbuild.ModuleRoot("benchhttp"); err != nil {
		return err
	}
	if cfg.work, err = os.MkdirTemp("", "hatchery-bench-"); err != nil {
		return err
	}
	fmt.Println(machine(runtime.Version()))
	fmt.Println("building the hatchery binary (the first build compiles SQLite and takes a few minutes)...")
	bin, err := devbuild.Build(cfg.root, cfg.work)
	if err != nil {
		return err
	}
	reuse := os.Getenv("BENCH_REUSE") == "1"
	dataDir := filepath.Join(cfg.root, "bench", "data")
	db, err := sqliteDB(ctx, p, bin, dataDir, reuse)
	if err != nil {
		return err
	}
	if err := bench(ctx, p, cfg, bin, db); err != nil {
		return fmt.Errorf("%s: %w (files in %s)", db.label, err, cfg.work)
	}
	if pg := os.Getenv("HATCHERY_BENCH_POSTGRES"); pg != "" {
		db, err := postgresDB(ctx, p, bin, pg, dataDir, reuse)
		if err != nil {
			return err
		}
		if err := bench(ctx, p, cfg, bin, db); err != nil {
			return fmt.Errorf("%s: %w (files in %s)", db.label, err, cfg.work)
		}
	}
	return os.RemoveAll(cfg.work)
}
