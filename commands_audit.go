package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"hatchery/models"
)

const auditUsage = "usage: hatchery audit export --db D --from YYYY-MM-DD --to YYYY-MM-DD --to-file F | hatchery audit verify --file F"

// auditCmd archives the audit trail and checks archives (SPEC 4.3): the
// application never deletes an entry, and an archive is what an operator
// keeps off the server for the retention period.
func auditCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{auditUsage}
	}
	switch args[0] {
	case "export":
		return auditExportCmd(ctx, args[1:], stdout, stderr)
	case "verify":
		return auditVerifyCmd(args[1:], stdout, stderr)
	default:
		return usageError{auditUsage}
	}
}

func auditExportCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("audit export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	fromFlag := fs.String("from", "", "first day of the period, YYYY-MM-DD in China Standard Time")
	toFlag := fs.String("to", "", "last day of the period (included), YYYY-MM-DD in China Standard Time")
	file := fs.String("to-file", "", "file to write the archive to (must not exist)")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	from, okFrom := models.ParseDate(*fromFlag)
	to, okTo := models.ParseDate(*toFlag)
	switch {
	case !okFrom:
		return usageError{fmt.Sprintf("--from %q is not a day YYYY-MM-DD", *fromFlag)}
	case !okTo:
		return usageError{fmt.Sprintf("--to %q is not a day YYYY-MM-DD", *toFlag)}
	case to < from:
		return usageError{fmt.Sprintf("--to %s is before --from %s", to, from)}
	case *file == "":
		return usageError{"--to-file FILE is required"}
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
	f, err := os.OpenFile(*file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	h, err := store.ExportAudit(ctx, from, to, f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(*file)
		return err
	}
	// Taking a copy of the trail is recorded in it, as an export from the
	// application is; the entry falls after the archived stretch.
	detail := map[string]any{"list": "audit", "format": models.AuditArchiveFormat, "from": from, "to": to,
		"first_seq": h.FirstSeq, "last_seq": h.LastSeq, "count": h.Count, "file": *file}
	if err := store.Audit(ctx, models.System("audit-export"), "export", "request", "", detail); err != nil {
		return fmt.Errorf("wrote %s, but could not record the export in the audit trail: %w", *file, err)
	}
	// Read the archive back: it proves the file is whole, and a chain
	// already broken in the database is reported now rather than when the
	// archive is needed.
	res, err := verifyArchiveFile(*file)
	if err != nil {
		return err
	}
	if !res.OK {
		return fmt.Errorf("wrote %s, but it does not verify: seq %d %s (run the audit check in the application)", *file, res.FirstBadSeq, res.Reason)
	}
	if h.Count == 0 {
		fmt.Fprintf(stdout, "no audit entries from %s to %s; wrote an empty archive to %s\n", from, to, *file)
		return nil
	}
	fmt.Fprintf(stdout, "exported %d audit entries (seq %d to %d) from %s to %s to %s\n", h.Count, h.FirstSeq, h.LastSeq, from, to, *file)
	return nil
}

func auditVerifyCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("audit verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("file", "", "archive written by hatchery audit export")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if *file == "" {
		return usageError{"--file FILE is required"}
	}
	res, err := verifyArchiveFile(*file)
	if err != nil {
		return err
	}
	h := res.Header
	if !res.OK {
		return fmt.Errorf("%s is broken at seq %d: %s", *file, res.FirstBadSeq, res.Reason)
	}
	if res.Checked == 0 {
		fmt.Fprintf(stdout, "OK: no entries from %s to %s\n", h.From, h.To)
		return nil
	}
	fmt.Fprintf(stdout, "OK: %d entries (seq %d to %d) from %s to %s; the chain starts from hash %q and ends at %q\n",
		res.Checked, h.FirstSeq, h.LastSeq, h.From, h.To, h.PrevHash, h.LastHash)
	return nil
}

func verifyArchiveFile(name string) (models.AuditArchiveCheck, error) {
	f, err := os.Open(name)
	if err != nil {
		return models.AuditArchiveCheck{}, err
	}
	defer f.Close()
	res, err := models.VerifyAuditArchive(f)
	if err != nil {
		return res, errors.Join(fmt.Errorf("%s is not an audit archive", name), err)
	}
	return res, nil
}
