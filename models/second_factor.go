package models

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"strings"

	"gorm.io/gorm"
)

var (
	// ErrSecondFactorRequired: the password was right, but the user signs
	// in with a code from their authenticator (or a recovery code) too.
	ErrSecondFactorRequired = errors.New("second factor required")
	// ErrSecondFactorWrong: the code is wrong, already used, or outside
	// its window.
	ErrSecondFactorWrong = errors.New("wrong second factor")
)

// RuleSecondFactorRequired: a user whose role needs a second factor cannot
// turn theirs off.
const RuleSecondFactorRequired = "second_factor_required"

// Field codes of the second factor.
const (
	codeTOTPWrong       = "totp_wrong"
	codeTOTPNotEnrolled = "totp_not_enrolled"
)

// recoveryCodeCount is how many recovery codes a confirmation hands out.
const recoveryCodeCount = 10

// TOTPEnrolment is a pending secret as the enrolling user sees it, once.
type TOTPEnrolment struct {
	Secret string `json:"secret"`
	URI    string `json:"otpauth_uri"`
}

// Credentials are what a sign-in offers: Code is a current TOTP code or a
// recovery code, for users with a second factor.
type Credentials struct {
	Username, Password, Code string
}

type totpRow struct {
	Secret   string
	LastStep int64
}

func loadTOTP(db *gorm.DB, userID string) (totpRow, error) {
	var row totpRow
	err := db.Table("user_totp").Select("secret, last_step").Where("user_id = ?", userID).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return row, ErrNotFound
	}
	return row, err
}

// EnrolTOTP stores a new pending secret for the acting user (replacing one
// pending before) and answers it. A user whose second factor is on turns it
// off first.
func (s *Store) EnrolTOTP(ctx context.Context, a Actor) (TOTPEnrolment, error) {
	u, err := s.enabledUser(ctx, a.UserID)
	if err != nil {
		return TOTPEnrolment{}, err
	}
	if u.TOTPEnabled {
		return TOTPEnrolment{}, &ConflictError{Message: "two-step verification is already on; turn it off first to enrol again"}
	}
	secret := newTOTPSecret()
	err = s.InTx(ctx, func(tx *gorm.DB) error {
		if err := tx.Exec("DELETE FROM user_totp WHERE user_id = ?", u.ID).Error; err != nil {
			return err
		}
		row := map[string]any{"user_id": u.ID, "secret": secret, "last_step": 0, "created_at": s.Now()}
		if err := tx.Table("user_totp").Create(row).Error; err != nil {
			return err
		}
		return s.audit(tx, a, "totp_enrol", "user", u.ID, nil, nil)
	})
	if err != nil {
		return TOTPEnrolment{}, err
	}
	return TOTPEnrolment{Secret: secret, URI: totpURI(u.Username, secret)}, nil
}

// ConfirmTOTP turns the acting user's pending secret on when code is its
// current code, and answers ten new recovery codes, which are kept only as
// hashes.
func (s *Store) ConfirmTOTP(ctx context.Context, a Actor, code string) ([]string, error) {
	u, err := s.enabledUser(ctx, a.UserID)
	if err != nil {
		return nil, err
	}
	if u.TOTPEnabled {
		return nil, &ConflictError{Message: "two-step verification is already on"}
	}
	row, err := loadTOTP(s.read.WithContext(ctx), u.ID)
	if errors.Is(err, ErrNotFound) {
		return nil, Broken(codeTOTPNotEnrolled, "code", "start the enrolment first: no secret is pending")
	} else if err != nil {
		return nil, err
	}
	step, ok := matchTOTP(row.Secret, strings.TrimSpace(code), s.Now(), row.LastStep)
	if !ok {
		return nil, Invalid("code", codeTOTPWrong, "the code does not match; check the time on your phone and enter the current code")
	}
	codes := make([]string, recoveryCodeCount)
	for i := range codes {
		codes[i] = newRecoveryCode()
	}
	err = s.InTx(ctx, func(tx *gorm.DB) error {
		res := tx.Table("users").Where("id = ? AND totp_enabled = ?", u.ID, false).
			Updates(map[string]any{"totp_enabled": true, "version": gorm.Expr("version + 1"), "updated_at": s.Now()})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrStale
		}
		res = tx.Exec("UPDATE user_totp SET last_step = ? WHERE user_id = ? AND secret = ? AND last_step < ?", step, u.ID, row.Secret, step)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrStale // enrolled again, or the code used, meanwhile
		}
		if err := replaceRecoveryCodes(tx, u.ID, codes); err != nil {
			return err
		}
		return s.audit(tx, a, "totp_confirm", "user", u.ID, nil, map[string]int{"recovery_codes": len(codes)})
	})
	if err != nil {
		return nil, err
	}
	return codes, nil
}

// newRecoveryCode is ten random base32 letters and digits (50 bits).
func newRecoveryCode() string { return strings.ToLower(rand.Text()[:10]) }

// normalizeRecoveryCode drops what people add when they copy a code.
func normalizeRecoveryCode(code string) string {
	return strings.ToLower(strings.NewReplacer(" ", "", "-", "").Replace(code))
}

func replaceRecoveryCodes(tx *gorm.DB, userID string, codes []string) error {
	if err := tx.Exec("DELETE FROM totp_recovery_codes WHERE user_id = ?", userID).Error; err != nil {
		return err
	}
	rows := make([]map[string]any, len(codes))
	for i, c := range codes {
		rows[i] = map[string]any{"id": NewID(), "user_id": userID, "code_hash": hashSecret(c)}
	}
	return tx.Table("totp_recovery_codes").Create(rows).Error
}

// clearTOTP turns the user's second factor off and forgets its secret and
// recovery codes.
func (s *Store) clearTOTP(tx *gorm.DB, userID string) error {
	for _, q := range []string{"DELETE FROM user_totp WHERE user_id = ?", "DELETE FROM totp_recovery_codes WHERE user_id = ?"} {
		if err := tx.Exec(q, userID).Error; err != nil {
			return err
		}
	}
	return tx.Table("users").Where("id = ?", userID).
		Updates(map[string]any{"totp_enabled": false, "version": gorm.Expr("version + 1"), "updated_at": s.Now()}).Error
}

// DisableTOTP turns the acting user's second factor off after checking
// their password, unless their role needs one under policy.
func (s *Store) DisableTOTP(ctx context.Context, a Actor, password string, policy SecondFactorPolicy) error {
	u, err := s.enabledUser(ctx, a.UserID)
	if err != nil {
		return err
	}
	if !VerifyPassword(u.PasswordHash, password) {
		return Invalid("password", codePasswordWrong, "the password is wrong")
	}
	if policy.Requires(u.Role) {
		return Broken(RuleSecondFactorRequired, "", "your role must sign in with two-step verification; an admin can reset it")
	}
	return s.InTx(ctx, func(tx *gorm.DB) error {
		if err := s.clearTOTP(tx, u.ID); err != nil {
			return err
		}
		return s.audit(tx, a, "totp_disable", "user", u.ID, map[string]bool{"totp_enabled": u.TOTPEnabled}, map[string]bool{"totp_enabled": false})
	})
}

// ResetTOTP clears another user's second factor (an admin's help for a lost
// phone); the user enrols again at their next sign-in if their role needs it.
func (s *Store) ResetTOTP(ctx context.Context, a Actor, userID string) error {
	// One's own second factor is turned off with one's password
	// (DisableTOTP): a stolen admin session must not swap it.
	if a.UserID != "" && a.UserID == userID {
		return Broken(RuleSelfLockout, "", "turn off your own two-step verification on your account page, with your password")
	}
	return s.InTx(ctx, func(tx *gorm.DB) error {
		var u User
		err := tx.Table("users").Where("id = ?", userID).Take(&u).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		if err := s.clearTOTP(tx, u.ID); err != nil {
			return err
		}
		return s.audit(tx, a, "totp_reset", "user", u.ID, map[string]bool{"totp_enabled": u.TOTPEnabled}, map[string]bool{"totp_enabled": false})
	})
}

// checkSecondFactor checks code for user u inside the sign-in's
// transaction and spends it: a TOTP code moves the user's last step on (so
// it, and every earlier code, is refused from then on), a recovery code is
// marked used. A wrong or spent code answers ErrSecondFactorWrong.
func (s *Store) checkSecondFactor(tx *gorm.DB, a Actor, u User, code string) error {
	code = normalizeRecoveryCode(strings.TrimSpace(code))
	if len(code) == totpDigits {
		row, err := loadTOTP(tx, u.ID)
		if errors.Is(err, ErrNotFound) {
			return ErrSecondFactorWrong
		} else if err != nil {
			return err
		}
		step, ok := matchTOTP(row.Secret, code, s.Now(), row.LastStep)
		if !ok {
			return ErrSecondFactorWrong
		}
		res := tx.Exec("UPDATE user_totp SET last_step = ? WHERE user_id = ? AND last_step < ?", step, u.ID, step)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrSecondFactorWrong // the same code, used at the same time
		}
		return nil
	}
	res := tx.Exec("UPDATE totp_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL", s.Now(), u.ID, hashSecret(code))
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return ErrSecondFactorWrong
	}
	var left int64
	if err := tx.Table("totp_recovery_codes").Where("user_id = ? AND used_at IS NULL", u.ID).Count(&left).Error; err != nil {
		return err
	}
	return s.audit(tx, a, "totp_recovery_used", "user", u.ID, nil, map[string]int64{"recovery_codes_left": left})
}

// SecondFactorPolicy says which roles must sign in with a second factor.
type SecondFactorPolicy struct {
	RequiredRoles []Role `json:"required_roles"`
}

// Requires reports whether role must have a second factor.
func (p SecondFactorPolicy) Requires(role Role) bool { return slices.Contains(p.RequiredRoles, role) }

// DefaultSecondFactorPolicy: the roles that decide, audit and pay (admin,
// reviewer, funder) need a second factor; the demo needs none, so that it
// stays two clicks away.
func DefaultSecondFactorPolicy(demo bool) SecondFactorPolicy {
	if demo {
		return SecondFactorPolicy{RequiredRoles: []Role{}}
	}
	return SecondFactorPolicy{RequiredRoles: []Role{RoleAdmin, RoleReviewer, RoleFunder}}
}

// SecondFactorSettings is the stored policy with its version.
type SecondFactorSettings struct {
	SecondFactorPolicy
	Version   int64 `json:"version"`
	UpdatedAt *Time `json:"updated_at"`
}

const secondFactorKey = "second_factor"

func secondFactorSettings(db *gorm.DB, def SecondFactorPolicy) (SecondFactorSettings, error) {
	out := SecondFactorSettings{SecondFactorPolicy: def}
	var err error
	out.Version, out.UpdatedAt, err = loadSetting(db, secondFactorKey, &out.SecondFactorPolicy)
	if out.RequiredRoles == nil {
		out.RequiredRoles = []Role{}
	}
	return out, err
}

// SecondFactorSettings answers the policy in force; version 0 is def, never
// changed.
func (s *Store) SecondFactorSettings(ctx context.Context, def SecondFactorPolicy) (SecondFactorSettings, error) {
	return keptPolicyValue(s, ctx, fmt.Sprint("second factor ", def.RequiredRoles), func() (SecondFactorSettings, error) {
		return secondFactorSettings(s.read.WithContext(ctx), def)
	})
}

// SetSecondFactorPolicy replaces the policy if it is still at version. The
// roles are kept in the order of Roles.
func (s *Store) SetSecondFactorPolicy(ctx context.Context, a Actor, version int64, p SecondFactorPolicy, def SecondFactorPolicy) (SecondFactorSettings, error) {
	sorted := []Role{}
	for _, r := range Roles {
		if p.Requires(r) {
			sorted = append(sorted, r)
		}
	}
	p.RequiredRoles = sorted
	var after SecondFactorSettings
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		before, err := secondFactorSettings(tx, def)
		if err != nil {
			return err
		}
		if before.Version != version {
			return ErrStale
		}
		return s.storeSetting(tx, a, secondFactorKey, version, p, before, func() (any, error) {
			after, err = secondFactorSettings(tx, def)
			return after, err
		})
	})
	return after, err
}

// ResetTOTPByUsername is ResetTOTP for the command line, where an operator
// names the user (an admin who lost both phone and recovery codes).
func (s *Store) ResetTOTPByUsername(ctx context.Context, a Actor, username string) (User, error) {
	var u User
	err := s.read.WithContext(ctx).Table("users").Where("lower(username) = ?", strings.ToLower(username)).Take(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return u, ErrNotFound
	} else if err != nil {
		return u, err
	}
	return u, s.ResetTOTP(ctx, a, u.ID)
}
