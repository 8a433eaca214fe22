package models

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// Stamps are the columns every mutable entity carries (SPEC 2, 4.4).
type Stamps struct {
	CreatedAt Time  `json:"created_at"`
	UpdatedAt Time  `json:"updated_at"`
	Version   int64 `json:"version"`
}

// audited describes one audited change of a versioned row of Table.
type audited[T any] struct {
	Table  string
	Entity string // as the audit trail names it
	// Load reads the row as the caller may see it; nil reads it by id.
	Load func(tx *gorm.DB) (T, error)
	// Change checks the request against the row as it is and answers the
	// columns to write; none for a PATCH that names no field.
	Change func(tx *gorm.DB, before T) (map[string]any, error)
	// Then follows the write in the same transaction (may be nil).
	Then func(tx *gorm.DB, before T) error
	// Reload reads the row after the write; nil reads it by id.
	Reload func(tx *gorm.DB) (T, error)
	// Redact keeps personal data out of the audit entry (may be nil).
	Redact func(T) T
}

// updateAudited is the one way a versioned row changes: load it, check the
// change, write it if the row is still at version, reload it and write the
// audit entry, all in one transaction. An empty change answers the row as
// it was, with no new version and no audit entry.
func updateAudited[T any](ctx context.Context, s *Store, a Actor, id string, version int64, u audited[T]) (T, error) {
	var after T
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		var before T
		var err error
		if u.Load != nil {
			before, err = u.Load(tx)
		} else {
			err = findForUpdate(tx, u.Table, id, &before)
		}
		if err != nil {
			return err
		}
		changes, err := u.Change(tx, before)
		if err != nil {
			return err
		}
		if err := s.updateVersioned(tx, u.Table, id, version, changes); err != nil {
			return keepUnchanged(err, &after, before)
		}
		if u.Then != nil {
			if err := u.Then(tx, before); err != nil {
				return err
			}
		}
		if u.Reload != nil {
			after, err = u.Reload(tx)
		} else {
			err = findForUpdate(tx, u.Table, id, &after)
		}
		if err != nil {
			return err
		}
		if u.Redact != nil {
			return s.audit(tx, a, "update", u.Entity, id, u.Redact(before), u.Redact(after))
		}
		return s.audit(tx, a, "update", u.Entity, id, before, after)
	})
	return after, err
}

// findForUpdate loads row id of table into dst within tx, answering
// ErrNotFound when it is absent.
func findForUpdate(tx *gorm.DB, table, id string, dst any) error {
	err := tx.Table(table).Where("id = ?", id).Take(dst).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return ErrNotFound
	}
	return err
}

// updateVersioned writes changes to row id if it is still at version, and
// bumps the version. It answers ErrStale when another writer got there
// first. Only the columns named in changes are written.
// A PATCH that names no field changes nothing: after checking the version
// it answers errUnchanged, and the caller answers the row as it was.
func (s *Store) updateVersioned(tx *gorm.DB, table, id string, version int64, changes map[string]any) error {
	if len(changes) == 0 {
		var n int64
		if err := tx.Table(table).Where("id = ? AND version = ?", id, version).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return ErrStale
		}
		return errUnchanged
	}
	changes["version"] = gorm.Expr("version + 1")
	changes["updated_at"] = s.Now()
	res := tx.Table(table).Where("id = ? AND version = ?", id, version).Updates(changes)
	if res.Error != nil {
		if s.isUnique(res.Error) {
			return &ConflictError{Message: "this change clashes with another record's unique values"}
		}
		return res.Error
	}
	if res.RowsAffected == 0 {
		return ErrStale
	}
	return nil
}

// errUnchanged says an update named nothing to change.
var errUnchanged = errors.New("nothing to change")

// keepUnchanged turns errUnchanged into success with after = before, so that
// an empty PATCH neither bumps the version nor writes an audit entry.
func keepUnchanged[T any](err error, after *T, before T) error {
	if errors.Is(err, errUnchanged) {
		*after = before
		return nil
	}
	return err
}
