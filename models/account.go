package models

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// Field codes of a password change.
const (
	codePasswordWrong     = "password_wrong"
	codePasswordUnchanged = "password_unchanged"
)

// IsWrongPassword reports whether err refuses a password change because the
// current password was wrong; such attempts count like failed sign-ins.
func IsWrongPassword(err error) bool {
	var verr *ValidationError
	return errors.As(err, &verr) && len(verr.Fields) == 1 && verr.Fields[0].Code == codePasswordWrong
}

// ChangePassword sets the acting user's password after checking the current
// one, and ends every other session of theirs: the session behind
// sessionToken stays. The new password follows the rules of CheckPassword
// (reported on new_password). API tokens are kept; the account page lists
// them beside the sessions. The audit entry holds no password material.
func (s *Store) ChangePassword(ctx context.Context, a Actor, sessionToken, current, next string) error {
	u, err := s.enabledUser(ctx, a.UserID)
	if err != nil {
		return err
	}
	if !VerifyPassword(u.PasswordHash, current) {
		return Invalid("current_password", codePasswordWrong, "the current password is wrong")
	}
	if verr := CheckPassword(next, u.Username); verr != nil {
		verr.Fields[0].Field = "new_password"
		return verr
	}
	if next == current {
		return Invalid("new_password", codePasswordUnchanged, "the new password is the current one; choose another")
	}
	if err := checkNotReused(s.read.WithContext(ctx), u, "new_password", next); err != nil {
		return err
	}
	hash, err := HashPassword(next)
	if err != nil {
		return err
	}
	return s.InTx(ctx, func(tx *gorm.DB) error {
		// The version read with the old hash: a change made meanwhile (by an
		// admin, or this user elsewhere) answers 409 rather than being lost.
		res := tx.Table("users").Where("id = ? AND version = ?", u.ID, u.Version).
			Updates(map[string]any{"password_hash": hash, "password_changed_at": NewTime(s.Now()), "version": gorm.Expr("version + 1"), "updated_at": s.Now()})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrStale
		}
		if err := s.retirePassword(tx, u.ID, u.PasswordHash); err != nil {
			return err
		}
		ended := tx.Exec("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?", u.ID, hashSecret(sessionToken))
		if ended.Error != nil {
			return ended.Error
		}
		return s.audit(tx, a, "change_password", "user", u.ID, nil, map[string]int64{"sessions_ended": ended.RowsAffected})
	})
}

// Session is a live sign-in as its user sees it: never the token or its
// hash. ExpiresAt is when it ends unless used again (the idle limit) or at
// the latest (the absolute limit), whichever comes first.
type Session struct {
	ID         string `json:"id"`
	CreatedAt  Time   `json:"created_at"`
	LastUsedAt Time   `json:"last_used_at" gorm:"column:last_seen_at"`
	ExpiresAt  Time   `json:"expires_at"`
	ClientIP   string `json:"client_ip"`
	UserAgent  string `json:"user_agent"`
	Current    bool   `json:"current" gorm:"-"`
	TokenHash  string `json:"-"`
}

// ListSessions answers the user's live sessions, newest first, marking the
// one behind sessionToken (empty for an API token caller).
func (s *Store) ListSessions(ctx context.Context, userID, sessionToken string, pol SessionPolicy, p Page) (List[Session], error) {
	now := s.Now()
	q := s.read.WithContext(ctx).Table("sessions").
		Select("id, created_at, last_seen_at, expires_at, client_ip, user_agent, token_hash").
		Where("user_id = ? AND expires_at > ? AND last_seen_at > ?", userID, now, now.Add(-pol.Idle))
	l, err := listPage(q, p, "id", func(x Session) string { return x.ID })
	if err != nil {
		return l, err
	}
	current := ""
	if sessionToken != "" {
		current = hashSecret(sessionToken)
	}
	for i := range l.Items {
		x := &l.Items[i]
		x.Current = x.TokenHash == current
		if idle := x.LastUsedAt.Add(pol.Idle); idle.Before(x.ExpiresAt.Time) {
			x.ExpiresAt = NewTime(idle)
		}
		x.TokenHash = ""
	}
	return l, nil
}

// EndSession ends one of the acting user's sessions; another user's answers
// ErrNotFound. It answers whether that was the session behind sessionToken.
func (s *Store) EndSession(ctx context.Context, a Actor, id, sessionToken string) (bool, error) {
	var current bool
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		var before Session
		err := tx.Table("sessions").Where("id = ? AND user_id = ?", id, a.UserID).Take(&before).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		current = sessionToken != "" && before.TokenHash == hashSecret(sessionToken)
		before.Current, before.TokenHash = current, ""
		if err := tx.Exec("DELETE FROM sessions WHERE id = ?", id).Error; err != nil {
			return err
		}
		return s.audit(tx, a, "end_session", "session", id, before, nil)
	})
	return current, err
}
