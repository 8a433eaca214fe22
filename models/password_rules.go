package models

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// PasswordHistoryKept is how many previous passwords a new one may not
// repeat, besides the current one.
const PasswordHistoryKept = 5

// RulePasswordReused: a new password may not be the current one or one of
// the last PasswordHistoryKept.
const RulePasswordReused = "password_reused"

// PasswordPolicy is what an admin sets about passwords: MaxAgeDays, when
// above 0, is how many days a password lasts before its user must change
// it. Off by default.
type PasswordPolicy struct {
	MaxAgeDays int `json:"max_age_days"`
}

// PasswordSettings is the stored policy with its version.
type PasswordSettings struct {
	PasswordPolicy
	Version   int64 `json:"version"`
	UpdatedAt *Time `json:"updated_at"`
}

const passwordsKey = "passwords"

func passwordSettings(db *gorm.DB) (PasswordSettings, error) {
	var out PasswordSettings
	var err error
	out.Version, out.UpdatedAt, err = loadSetting(db, passwordsKey, &out.PasswordPolicy)
	return out, err
}

// PasswordSettings answers the password policy (version 0: never set, no
// maximum age).
func (s *Store) PasswordSettings(ctx context.Context) (PasswordSettings, error) {
	return keptPolicyValue(s, ctx, passwordsKey, func() (PasswordSettings, error) {
		return passwordSettings(s.read.WithContext(ctx))
	})
}

// SetPasswordPolicy replaces the policy if it is still at version.
func (s *Store) SetPasswordPolicy(ctx context.Context, a Actor, version int64, p PasswordPolicy) (PasswordSettings, error) {
	var after PasswordSettings
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		before, err := passwordSettings(tx)
		if err != nil {
			return err
		}
		if before.Version != version {
			return ErrStale
		}
		return s.storeSetting(tx, a, passwordsKey, version, p, before, func() (any, error) {
			after, err = passwordSettings(tx)
			return after, err
		})
	})
	return after, err
}

// PasswordExpired reports whether u must change their password before
// doing anything else: the policy sets a maximum age and u's password is
// older than it.
func (s *Store) PasswordExpired(ctx context.Context, u User) (bool, error) {
	p, err := s.PasswordSettings(ctx)
	if err != nil {
		return false, err
	}
	return p.expired(u, s.Now()), nil
}

func (p PasswordPolicy) expired(u User, now time.Time) bool {
	if p.MaxAgeDays <= 0 {
		return false
	}
	return now.Sub(u.PasswordChangedAt.Time) > time.Duration(p.MaxAgeDays)*24*time.Hour
}

// checkNotReused refuses pw when it is u's current password or one of the
// last PasswordHistoryKept, reported on field. Each is an argon2 check, so
// this runs before the transaction that stores the new hash.
func checkNotReused(db *gorm.DB, u User, field, pw string) error {
	hashes := []string{u.PasswordHash}
	var old []string
	if err := db.Table("password_history").Where("user_id = ?", u.ID).
		Order("retired_at DESC, id DESC").Limit(PasswordHistoryKept).Pluck("password_hash", &old).Error; err != nil {
		return err
	}
	for _, h := range append(hashes, old...) {
		if VerifyPassword(h, pw) {
			return Broken(RulePasswordReused, field,
				"the new password is the current one or one of the last %d; choose another", PasswordHistoryKept)
		}
	}
	return nil
}

// retirePassword keeps the hash being replaced in the user's history and
// forgets those older than the last PasswordHistoryKept.
func (s *Store) retirePassword(tx *gorm.DB, userID, oldHash string) error {
	now := s.Now()
	if err := tx.Table("password_history").Create(map[string]any{
		"id": NewID(), "user_id": userID, "password_hash": oldHash, "retired_at": now,
	}).Error; err != nil {
		return err
	}
	var keep []string
	if err := tx.Table("password_history").Where("user_id = ?", userID).
		Order("retired_at DESC, id DESC").Limit(PasswordHistoryKept).Pluck("id", &keep).Error; err != nil {
		return err
	}
	return tx.Exec("DELETE FROM password_history WHERE user_id = ? AND id NOT IN ?", userID, keep).Error
}
