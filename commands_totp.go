package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"hatchery/models"
)

// totpResetCmd turns a user's two-step verification off from the command
// line: the way back in for an admin who lost their phone and their
// recovery codes when no other admin can reset it.
func totpResetCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("totp-reset", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	username := fs.String("username", "", "sign-in name of the user")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *username == "" {
		return usageError{"--username is required"}
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
	u, err := store.ResetTOTPByUsername(ctx, models.System("totp-reset"), *username)
	if errors.Is(err, models.ErrNotFound) {
		return fmt.Errorf("no user is called %q", *username)
	} else if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "two-step verification of %q is off; they set it up again at their next sign-in if their role needs it\n", u.Username)
	return nil
}
