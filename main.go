// Command hatchery runs Hatchery: it tracks community social organizations
// from registration through incubation to independent operation, with the
// projects that fund them.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `hatchery: community social organization incubation tracker

Usage:
  hatchery serve   [--addr HOST:PORT] [--db PATH|URL] [--demo] [...]   start the server
  hatchery migrate [--db PATH|URL]                                      apply pending migrations
  hatchery seed    [--db PATH|URL] (--demo | --scale N)                  load the demo or synthetic data set
  hatchery backup  [--db PATH] --to FILE                                copy an existing SQLite database while it runs
  hatchery restore --from FILE [--db PATH] [--force]                    put a SQLite backup in place as the database
  hatchery user create --username NAME --role ROLE --display-name NAME [--organization-id ID] [--funder-id ID]
                                                                        create an account in an existing database;
                                                                        prints its password once
  hatchery keygen | rotate-key [--db PATH|URL] --old-key K1 --new-key K2  print a new data key; re-encrypt phone numbers with it
  hatchery audit export [--db PATH|URL] --from YYYY-MM-DD --to YYYY-MM-DD --to-file FILE
                                                                        archive the audit entries of those China-time days
  hatchery audit verify --file FILE                                     check an archive's hash chain, without a database
  hatchery totp-reset [--db PATH|URL] --username NAME                  turn off a user's two-step verification (a lost phone)

Only serve, migrate, seed and restore create a database that is not there yet.

Run "hatchery COMMAND -h" for a command's flags. Every flag has a HATCHERY_* environment variable.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "hatchery:", err)
		os.Exit(exitCode(err))
	}
}

// usageError marks a mistake on the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error) int {
	if _, ok := err.(usageError); ok {
		return 2
	}
	return 1
}

// run dispatches to a subcommand; tests call it directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usageError{"no command given"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return serve(ctx, rest, stdout, stderr)
	case "migrate":
		return migrateCmd(ctx, rest, stdout, stderr)
	case "seed":
		return seedCmd(ctx, rest, stdout, stderr)
	case "backup":
		return backupCmd(ctx, rest, stdout, stderr)
	case "restore":
		return restoreCmd(ctx, rest, stdout, stderr)
	case "user":
		return userCmd(ctx, rest, stdout, stderr)
	case "keygen", "rotate-key":
		return keysCmd(ctx, cmd, rest, stdout, stderr)
	case "audit":
		return auditCmd(ctx, rest, stdout, stderr)
	case "totp-reset":
		return totpResetCmd(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return usageError{fmt.Sprintf("unknown command %q", cmd)}
	}
}
