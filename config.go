package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"hatchery/models"
)

// Config is everything the server is started with, from flags and
// HATCHERY_* environment variables (a flag given on the command line wins).
type Config struct {
	Addr           string
	DB             string
	Demo           bool
	SessionIdle    time.Duration
	SessionMax     time.Duration
	SecureCookies  bool
	TrustedProxies []string
	LogFormat      string
	MetricsToken   string
}

// dbFlag adds --db to fs, defaulting to HATCHERY_DB.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", env("HATCHERY_DB", "data/hatchery.db"), "SQLite file path or postgres:// URL (HATCHERY_DB)")
}

// serveFlags binds the serve command's flags to cfg.
func serveFlags(fs *flag.FlagSet, cfg *Config) (proxies *string) {
	fs.StringVar(&cfg.Addr, "addr", env("HATCHERY_ADDR", "127.0.0.1:8080"), "address to listen on (HATCHERY_ADDR)")
	fs.BoolVar(&cfg.Demo, "demo", envBool("HATCHERY_DEMO"), "seed the demo data set and accounts into an empty database (HATCHERY_DEMO=1)")
	fs.DurationVar(&cfg.SessionIdle, "session-idle", envDuration("HATCHERY_SESSION_IDLE", 2*time.Hour), "end a session after this long without a request (HATCHERY_SESSION_IDLE)")
	fs.DurationVar(&cfg.SessionMax, "session-max", envDuration("HATCHERY_SESSION_MAX", 12*time.Hour), "end a session this long after sign-in (HATCHERY_SESSION_MAX)")
	fs.BoolVar(&cfg.SecureCookies, "secure-cookies", envBool("HATCHERY_SECURE_COOKIES"), "mark cookies Secure behind a TLS proxy (HATCHERY_SECURE_COOKIES=1)")
	fs.StringVar(&cfg.MetricsToken, "metrics-token", env("HATCHERY_METRICS_TOKEN", ""), "let other machines read /metrics with this bearer token; prefer the variable, a flag shows in ps (HATCHERY_METRICS_TOKEN)")
	fs.StringVar(&cfg.LogFormat, "log-format", env("HATCHERY_LOG_FORMAT", "text"), "text or json (HATCHERY_LOG_FORMAT)")
	return fs.String("trusted-proxies", env("HATCHERY_TRUSTED_PROXIES", ""), "comma-separated proxy addresses allowed to set X-Forwarded-For (HATCHERY_TRUSTED_PROXIES)")
}

// validate checks the configuration and says what is wrong in words.
func (c *Config) validate(proxies string) error {
	var errs []error
	if _, port, err := net.SplitHostPort(c.Addr); err != nil {
		errs = append(errs, fmt.Errorf("--addr %q is not host:port", c.Addr))
	} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		errs = append(errs, fmt.Errorf("--addr %q has no valid port", c.Addr))
	}
	errs = append(errs, validateDB(c.DB))
	if c.SessionIdle < time.Minute {
		errs = append(errs, fmt.Errorf("--session-idle %s is shorter than a minute", c.SessionIdle))
	}
	if c.SessionMax < c.SessionIdle {
		errs = append(errs, fmt.Errorf("--session-max %s is shorter than --session-idle %s", c.SessionMax, c.SessionIdle))
	}
	if c.MetricsToken != "" && len(c.MetricsToken) < 16 {
		errs = append(errs, errors.New("--metrics-token is shorter than 16 characters: use a long random one"))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("--log-format %q is neither text nor json", c.LogFormat))
	}
	for _, p := range strings.Split(proxies, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		if net.ParseIP(p) == nil {
			if _, _, err := net.ParseCIDR(p); err != nil {
				errs = append(errs, fmt.Errorf("--trusted-proxies: %q is not an IP address or CIDR range", p))
				continue
			}
		}
		c.TrustedProxies = append(c.TrustedProxies, p)
	}
	return errors.Join(errs...)
}

func validateDB(dsn string) error {
	switch {
	case strings.TrimSpace(dsn) == "":
		return errors.New("--db is empty: give a SQLite file path or a postgres:// URL")
	case strings.Contains(dsn, "://") && !models.IsPostgresURL(dsn):
		return fmt.Errorf("--db %q: only postgres:// URLs and SQLite file paths are understood", dsn)
	case strings.ContainsAny(dsn, "?#") && !models.IsPostgresURL(dsn):
		return fmt.Errorf("--db %q: a SQLite path may not contain ? or #", dsn)
	}
	return nil
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func envBool(key string) bool {
	v, _ := strconv.ParseBool(os.Getenv(key))
	return v
}

func envDuration(key string, def time.Duration) time.Duration {
	if v := os.Getenv(key); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
		fmt.Fprintf(os.Stderr, "hatchery: %s=%q is not a duration such as 30m or 2h; using %s\n", key, v, def)
	}
	return def
}
