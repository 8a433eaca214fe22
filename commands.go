package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"hatchery/models"
	"hatchery/seeds"
)

func migrateCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if err := validateDB(*db); err != nil {
		return usageError{err.Error()}
	}
	store, err := openMigrated(ctx, *db, stdout)
	if err != nil {
		return err
	}
	defer store.Close()
	fmt.Fprintf(stdout, "schema is at version %d\n", models.LatestMigration())
	return nil
}

func seedCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	demo := fs.Bool("demo", false, "seed the demo data set and demo accounts (empty database only)")
	scale := fs.Int("scale", 0, "seed N units of synthetic data (1 is about one province)")
	keys := addKeyFlags(fs)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *demo == (*scale > 0) {
		return usageError{"give exactly one of --demo or --scale N (N >= 1)"}
	}
	if *scale > 100 {
		return usageError{"--scale is at most 100"}
	}
	if err := validateDB(*db); err != nil {
		return usageError{err.Error()}
	}
	ring, err := keys.keyring()
	if err != nil {
		return usageError{err.Error()}
	}
	// Seeded data is made up: without a key it is encrypted with the
	// database's demo key, which `serve --demo` uses too.
	store, err := openWithKeys(ctx, *db, ring, true, stdout)
	if err != nil {
		return err
	}
	defer store.Close()
	if *demo {
		if err := seeds.Demo(ctx, store); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "seeded the demo data set; every demo account's password is %q\n", seeds.DemoPassword)
		return nil
	}
	n, err := seeds.Scale(ctx, store, *scale, stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "seeded %d communities, %d funders, %d organizations, %d transition requests, %d projects, %d expenditures, %d staff records, %d demand surveys with %d needs and %d project-need links\n",
		n.Communities, n.Funders, n.Organizations, n.Requests, n.Projects, n.Expenditures, n.Staff, n.Surveys, n.Needs, n.NeedLinks)
	return nil
}

func backupCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	to := fs.String("to", "", "file to write the copy to (must not exist)")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *to == "" {
		return usageError{"--to FILE is required"}
	}
	if err := validateDB(*db); err != nil {
		return usageError{err.Error()}
	}
	if err := existingDB(*db); err != nil {
		return err
	}
	store, err := models.Open(ctx, *db, models.Options{})
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.Backup(ctx, *to); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backed up %s to %s\n", *db, *to)
	return nil
}

func userCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "create" {
		return usageError{"usage: hatchery user create --username NAME --role ROLE --display-name NAME [--organization-id ID] [--funder-id ID]"}
	}
	fs := flag.NewFlagSet("user create", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	username := fs.String("username", "", "sign-in name")
	role := fs.String("role", "", "one of "+roleList())
	display := fs.String("display-name", "", "name shown in the interface (defaults to the username)")
	org := fs.String("organization-id", "", "organization of an incubator or org_staff user")
	funder := fs.String("funder-id", "", "funder of a funder user")
	if err := fs.Parse(args[1:]); err != nil {
		return usageError{err.Error()}
	}
	switch {
	case *username == "":
		return usageError{"--username is required"}
	case !models.Role(*role).Valid():
		return usageError{fmt.Sprintf("--role %q: choose one of %s", *role, roleList())}
	}
	if *display == "" {
		*display = *username
	}
	if err := validateDB(*db); err != nil {
		return usageError{err.Error()}
	}
	if err := existingDB(*db); err != nil {
		return err
	}
	store, err := openMigrated(ctx, *db, io.Discard)
	if err != nil {
		return err
	}
	defer store.Close()
	password := models.GeneratePassword()
	u, err := store.CreateUser(ctx, models.System("user-create"), models.NewUser{
		Username: *username, DisplayName: *display, Role: models.Role(*role),
		OrganizationID: *org, FunderID: *funder, Password: password,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created %s user %q (id %s)\npassword (shown once): %s\n", u.Role, u.Username, u.ID, password)
	return nil
}

// existingDB refuses a SQLite path with no file behind it. Opening a
// missing file creates an empty database (and its folder), which only
// serve, migrate and seed should do; for backup or user create it means a
// mistyped --db. A PostgreSQL URL is left to the driver.
func existingDB(dsn string) error {
	if models.IsPostgresURL(dsn) {
		return nil
	}
	info, err := os.Stat(dsn)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no database at %s; check --db, or create it first with `hatchery migrate --db %s`", dsn, dsn)
	case err != nil:
		return fmt.Errorf("database %s: %w", dsn, err)
	case info.IsDir():
		return fmt.Errorf("%s is a folder; --db names the database file in it, such as %s", dsn, filepath.Join(dsn, "hatchery.db"))
	}
	return nil
}

func roleList() string {
	names := make([]string, len(models.Roles))
	for i, r := range models.Roles {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}
