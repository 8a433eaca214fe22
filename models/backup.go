package models

import "context"

// Backup writes a consistent copy of the database to path while the server
// keeps running (SQLite); PostgreSQL has its own tools for this.
func (s *Store) Backup(ctx context.Context, path string) error {
	return s.dialect.backup(ctx, s, path)
}

// IsEmpty reports whether the database holds no users yet (a fresh install).
func (s *Store) IsEmpty(ctx context.Context) (bool, error) {
	var n int64
	err := s.read.WithContext(ctx).Table("users").Count(&n).Error
	return n == 0, err
}
