package models

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// RestoreReport says what RestoreSQLite put in place.
type RestoreReport struct {
	SchemaBefore int                // the backup's schema version
	Applied      []AppliedMigration // migrations run on the restored copy
	Audit        AuditVerification  // the restored copy's audit chain
}

// CheckSQLiteBackup opens the file at path read-only and checks that it is
// a sound Hatchery database: SQLite's integrity check passes, it has
// Hatchery's tables, and its schema is not newer than this build knows. It
// answers the schema version the file is at.
func CheckSQLiteBackup(ctx context.Context, path string) (int, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return 0, fmt.Errorf("no backup at %s", path)
	case err != nil:
		return 0, err
	case !info.Mode().IsRegular():
		return 0, fmt.Errorf("%s is not a file", path)
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=10000")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	var result string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check(1)").Scan(&result); err != nil {
		return 0, fmt.Errorf("%s cannot be read as a SQLite database: %w", path, err)
	}
	if result != "ok" {
		return 0, fmt.Errorf("%s fails SQLite's integrity check: %s", path, result)
	}
	var tables []string
	rows, err := db.QueryContext(ctx, "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'users', 'organizations', 'audit_entries', 'audit_head') ORDER BY name")
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return 0, err
		}
		tables = append(tables, n)
	}
	rows.Close()
	if strings.Join(tables, ",") != "audit_entries,audit_head,organizations,schema_migrations,users" {
		return 0, fmt.Errorf("%s is a SQLite database but not a Hatchery one (it lacks Hatchery's tables)", path)
	}
	var version sql.NullInt64
	if err := db.QueryRowContext(ctx, "SELECT MAX(version) FROM schema_migrations").Scan(&version); err != nil {
		return 0, err
	}
	if !version.Valid {
		return 0, fmt.Errorf("%s records no migrations; it is not a Hatchery database", path)
	}
	if latest := LatestMigration(); int(version.Int64) > latest {
		return 0, fmt.Errorf("%s is at schema version %d, newer than this Hatchery (%d); restore it with the Hatchery that made it", path, version.Int64, latest)
	}
	return int(version.Int64), nil
}

// RestoreSQLite puts a copy of the backup at from in place as the database
// at to. It checks the backup first, copies it beside to, brings the copy's
// schema up to date and verifies its audit chain, and only then moves it
// over to; a database already at to is replaced only when force is set
// (and the server using it must be stopped). Nothing at to changes when a
// step fails.
func RestoreSQLite(ctx context.Context, from, to string, force bool) (RestoreReport, error) {
	var rep RestoreReport
	if same, err := sameFile(from, to); err != nil {
		return rep, err
	} else if same {
		return rep, fmt.Errorf("--from and --db name the same file %s", to)
	}
	info, err := os.Stat(to)
	exists := err == nil
	switch {
	case err == nil && info.IsDir():
		return rep, fmt.Errorf("%s is a folder; --db names the database file in it, such as %s", to, filepath.Join(to, "hatchery.db"))
	case err == nil && !force:
		return rep, fmt.Errorf("a database already exists at %s; stop the server and add --force to replace it", to)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return rep, err
	}
	if rep.SchemaBefore, err = CheckSQLiteBackup(ctx, from); err != nil {
		return rep, err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o750); err != nil {
		return rep, fmt.Errorf("create database directory: %w", err)
	}
	tmp := fmt.Sprintf("%s.restoring-%d", to, os.Getpid())
	removeSQLite(tmp)
	defer removeSQLite(tmp) // gone once renamed; cleans up after a failure
	if err := copySQLite(ctx, from, tmp); err != nil {
		return rep, err
	}
	if rep.Applied, rep.Audit, err = migrateAndVerify(ctx, tmp); err != nil {
		return rep, err
	}
	if exists {
		if busy, err := inUse(ctx, to); err != nil {
			return rep, err
		} else if busy {
			return rep, fmt.Errorf("the database at %s is in use; stop the server first", to)
		}
		// A WAL left by the database being replaced would be read into
		// the restored one.
		for _, suffix := range []string{"-wal", "-shm", "-journal"} {
			if err := os.Remove(to + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return rep, err
			}
		}
	}
	if err := os.Rename(tmp, to); err != nil {
		return rep, err
	}
	return rep, syncDir(filepath.Dir(to))
}

// copySQLite writes a compact copy of from (with anything in its WAL) to
// to: VACUUM INTO on a read-only connection.
func copySQLite(ctx context.Context, from, to string) error {
	db, err := sql.Open("sqlite3", "file:"+from+"?mode=ro&_busy_timeout=10000")
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", to); err != nil {
		return fmt.Errorf("copy %s: %w", from, err)
	}
	f, err := os.OpenFile(to, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// migrateAndVerify brings the database at path up to date and checks its
// audit chain, then closes it with its WAL folded back into the file.
func migrateAndVerify(ctx context.Context, path string) ([]AppliedMigration, AuditVerification, error) {
	s, err := Open(ctx, path, Options{})
	if err != nil {
		return nil, AuditVerification{}, err
	}
	applied, err := s.Migrate(ctx)
	if err != nil {
		s.Close()
		return applied, AuditVerification{}, fmt.Errorf("migrate the restored copy: %w", err)
	}
	v, err := s.VerifyAudit(ctx)
	if err != nil {
		s.Close()
		return applied, v, fmt.Errorf("verify the restored copy's audit chain: %w", err)
	}
	if err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)").Error; err != nil {
		s.Close()
		return applied, v, err
	}
	if err := s.Close(); err != nil {
		return applied, v, err
	}
	if info, err := os.Stat(path + "-wal"); err == nil && info.Size() > 0 {
		return applied, v, fmt.Errorf("the restored copy's log %s-wal was not folded back in", path)
	}
	return applied, v, nil
}

// inUse reports whether another connection, such as a running server,
// has the database at path open: a connection in exclusive locking mode
// cannot read it then (in WAL mode every open connection holds a shared
// lock on the file).
func inUse(ctx context.Context, path string) (bool, error) {
	db, err := sql.Open("sqlite3", "file:"+path+"?_locking_mode=EXCLUSIVE&_busy_timeout=0")
	if err != nil {
		return false, err
	}
	defer db.Close()
	var n int
	err = db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_master").Scan(&n)
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
		return true, nil
	}
	return false, nil // a database that cannot be read is replaced all the same
}

func sameFile(a, b string) (bool, error) {
	ia, err := os.Stat(a)
	if err != nil {
		return false, nil // CheckSQLiteBackup says what is wrong with from
	}
	ib, err := os.Stat(b)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return os.SameFile(ia, ib), nil
}

// removeSQLite removes a database file and its companions.
func removeSQLite(path string) {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		_ = os.Remove(path + suffix)
	}
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}
