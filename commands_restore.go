package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"hatchery/models"
)

// restoreCmd puts a SQLite backup made by `hatchery backup` in place as the
// database at --db. PostgreSQL is restored with pg_restore (README, "Backup
// and restore").
func restoreCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	from := fs.String("from", "", "backup file to restore (made by hatchery backup)")
	force := fs.Bool("force", false, "replace a database that already exists at --db (stop the server first)")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *from == "" {
		return usageError{"--from FILE is required"}
	}
	if err := validateDB(*db); err != nil {
		return usageError{err.Error()}
	}
	if models.IsPostgresURL(*db) {
		return errors.New("restore puts SQLite backups in place; restore PostgreSQL with pg_restore (see the README, \"Backup and restore\")")
	}
	rep, err := models.RestoreSQLite(ctx, *from, *db, *force)
	if err != nil {
		return fmt.Errorf("restore refused, %s unchanged: %w", *db, err)
	}
	fmt.Fprintf(stdout, "restored %s to %s (the backup was at schema version %d)\n", *from, *db, rep.SchemaBefore)
	for _, m := range rep.Applied {
		fmt.Fprintf(stdout, "applied migration %d (%s)\n", m.Version, m.Name)
	}
	if !rep.Audit.OK {
		first := ""
		if rep.Audit.FirstBad != nil {
			first = " at entry " + *rep.Audit.FirstBad
		}
		fmt.Fprintf(stdout, "WARNING: the restored audit chain does not verify%s: %s\n", first, rep.Audit.Reason)
		return nil
	}
	fmt.Fprintf(stdout, "the audit chain verifies (%d entries)\n", rep.Audit.Checked)
	return nil
}
