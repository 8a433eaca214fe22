package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"hatchery/api"
	"hatchery/frontend"
	"hatchery/handlers"
	"hatchery/models"
	"hatchery/seeds"
)

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg Config
	db := dbFlag(fs)
	proxies := serveFlags(fs, &cfg)
	keys := addKeyFlags(fs)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	cfg.DB = *db
	ring, keyErr := keys.keyring()
	if err := errors.Join(cfg.validate(*proxies), keyErr); err != nil {
		return usageError{"bad configuration:\n" + err.Error()}
	}
	var logHandler slog.Handler = slog.NewTextHandler(stdout, nil)
	if cfg.LogFormat == "json" {
		logHandler = slog.NewJSONHandler(stdout, nil)
	}
	log := slog.New(logHandler)

	store, err := openWithKeys(ctx, cfg.DB, ring, cfg.Demo, stdout)
	if err != nil {
		return err
	}
	defer store.Close()
	if cfg.Demo {
		if err := seedDemoIfEmpty(ctx, store, stdout); err != nil {
			return err
		}
	}

	gin.SetMode(gin.ReleaseMode)
	keepHeapNear(defaultMemoryLimit)
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	h := &handlers.Handler{
		Store: store, Log: log, Sessions: models.SessionPolicy{Idle: cfg.SessionIdle, Absolute: cfg.SessionMax},
		Throttle: handlers.NewThrottle(handlers.DefaultThrottle()), SecureCookies: cfg.SecureCookies,
		Demo: cfg.Demo,
	}
	srv, err := api.New(api.Deps{Handler: h, Log: log, Registry: reg, Frontend: frontend.Dist(), TrustedProxies: cfg.TrustedProxies, MetricsToken: cfg.MetricsToken})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	ln = api.ProblemListener(ln)
	httpSrv := &http.Server{
		Handler: srv.Handler, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second,
	}
	fmt.Fprintf(stdout, "Hatchery is listening on http://%s (database: %s)\n", ln.Addr(), describeDB(cfg.DB))
	errc := make(chan error, 1)
	go func() { errc <- httpSrv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := httpSrv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(stdout, "Hatchery stopped")
	return nil
}

// openMigrated opens the database and brings its schema up to date.
func openMigrated(ctx context.Context, dsn string, out io.Writer) (*models.Store, error) {
	store, err := models.Open(ctx, dsn, models.Options{})
	if err != nil {
		return nil, err
	}
	applied, err := store.Migrate(ctx)
	if err != nil {
		store.Close()
		return nil, err
	}
	for _, m := range applied {
		fmt.Fprintf(out, "applied migration %d (%s)\n", m.Version, m.Name)
	}
	return store, nil
}

// seedDemoIfEmpty seeds the demo set into an empty database and says how
// to sign in either way.
func seedDemoIfEmpty(ctx context.Context, store *models.Store, out io.Writer) error {
	empty, err := store.IsEmpty(ctx)
	if err != nil {
		return err
	}
	if empty {
		if err := seeds.Demo(ctx, store); err != nil {
			return fmt.Errorf("seed demo data: %w", err)
		}
		fmt.Fprintln(out, "Seeded the demo data set.")
	}
	fmt.Fprintf(out, "DEMO MODE is on. Sign in as admin, reviewer, incubator, orgstaff or funder with the password %q.\n", seeds.DemoPassword)
	return nil
}

// describeDB names the database without any password in a URL.
func describeDB(dsn string) string {
	if models.IsPostgresURL(dsn) {
		return "PostgreSQL"
	}
	return "SQLite " + dsn
}

// defaultMemoryLimit is the soft limit on the Go heap a server keeps to
// unless GOMEMLIMIT says otherwise: reports at province scale allocate in
// bursts, and by default the heap may grow to twice what is live before it
// is collected.
const defaultMemoryLimit = 96 << 20

// keepHeapNear sets the runtime's soft memory limit to limit when
// GOMEMLIMIT is not set. It is soft: a server that needs more live memory
// still gets it, collecting more often.
func keepHeapNear(limit int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(limit)
	}
}
