package models

import "context"

// ExecForTest runs raw SQL, as an attacker with database access would.
func (s *Store) ExecForTest(ctx context.Context, sql string) error {
	return s.db.WithContext(ctx).Exec(sql).Error
}
