package main

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func TestMetricsTokenConfig(t *testing.T) {
	t.Setenv("HATCHERY_METRICS_TOKEN", "from-the-environment-0123")
	parse := func(args ...string) (Config, error) {
		var cfg Config
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		proxies := serveFlags(fs, &cfg)
		dbFlag(fs)
		if err := fs.Parse(args); err != nil {
			return cfg, err
		}
		cfg.DB = "x.db"
		return cfg, cfg.validate(*proxies)
	}
	cfg, err := parse()
	if err != nil || cfg.MetricsToken != "from-the-environment-0123" {
		t.Fatalf("token from HATCHERY_METRICS_TOKEN: %q, %v", cfg.MetricsToken, err)
	}
	cfg, err = parse("--metrics-token", "from-the-command-line-0123")
	if err != nil || cfg.MetricsToken != "from-the-command-line-0123" {
		t.Fatalf("token from the flag: %q, %v", cfg.MetricsToken, err)
	}
	if _, err := parse("--metrics-token", "short"); err == nil || !strings.Contains(err.Error(), "shorter than 16") {
		t.Fatalf("a short token: %v, want a refusal", err)
	}
}
