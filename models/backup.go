package models

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// Backup writes a consistent copy of a SQLite database to path while the
// server keeps running (VACUUM INTO reads one snapshot). PostgreSQL has its
// own tools for this.
func (s *Store) Backup(ctx context.Context, path string) error {
	if s.dialect != SQLite {
		return errors.New("backup copies SQLite databases; for PostgreSQL use pg_dump")
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s already exists; choose a new file", path)
	}
	// The reader pool is query-only, which VACUUM INTO counts as writing.
	if err := s.db.WithContext(ctx).Exec("VACUUM INTO ?", path).Error; err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}

// IsEmpty reports whether the database holds no users yet (a fresh install).
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	var n int64
	err := s.read.WithContext(ctx).Table("users").Count(&n).Error
	return n == 0, err
}
