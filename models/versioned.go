package models

import (
	"errors"

	"gorm.io/gorm"
)

// Stamps are the columns every mutable entity carries (SPEC 2, 4.4).
type Stamps struct {
	CreatedAt Time  `json:"created_at"`
	UpdatedAt Time  `json:"updated_at"`
	Version   int64 `json:"version"`
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
