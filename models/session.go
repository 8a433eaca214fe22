package models

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strings"
	"time"

	"gorm.io/gorm"
)

// SessionPolicy bounds how long a sign-in lasts.
type SessionPolicy struct {
	Idle     time.Duration // ended after this long without a request
	Absolute time.Duration // ended this long after sign-in, whatever happens
}

// touchEvery limits how often a token's last_used_at, and at most how often
// a session's last_seen_at, is written.
const touchEvery = time.Minute

// touchInterval is how often a session's last_seen_at is written under an
// idle limit: a quarter of it, at most a minute, so that a session in use
// never looks idle for longer than the limit allows.
func touchInterval(idle time.Duration) time.Duration {
	if idle <= 0 || idle/4 > touchEvery {
		return touchEvery
	}
	return idle / 4
}

// dummyHash is verified against when the username is unknown, so that the
// answer takes as long as for a known user with a wrong password.
var dummyHash, _ = HashPassword("not-a-real-password")

// newSecret returns a random 256-bit token with prefix, and its SHA-256
// hash, which is all the database keeps.
func newSecret(prefix string) (secret, hash string) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	secret = prefix + base64.RawURLEncoding.EncodeToString(b)
	return secret, hashSecret(secret)
}

func hashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// Login checks a password alone and opens a session; a user with a second
// factor answers ErrSecondFactorRequired.
func (s *Store) Login(ctx context.Context, a Actor, username, password, userAgent string, pol SessionPolicy) (User, string, error) {
	return s.SignIn(ctx, a, Credentials{Username: username, Password: password}, userAgent, pol)
}

// SignIn checks the credentials and opens a session. Every attempt is
// audited; a wrong password, an unknown user and a disabled user all answer
// ErrUnauthenticated alike. A user whose second factor is on also needs
// cred.Code: without it the answer is ErrSecondFactorRequired, with a wrong
// or spent one ErrSecondFactorWrong (audited as a failed sign-in).
func (s *Store) SignIn(ctx context.Context, a Actor, cred Credentials, userAgent string, pol SessionPolicy) (User, string, error) {
	username, password := cred.Username, cred.Password
	var u User
	err := s.read.WithContext(ctx).Table("users").Where("lower(username) = ?", strings.ToLower(username)).Take(&u).Error
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return u, "", err
	}
	found := err == nil
	hash := dummyHash
	if found {
		hash = u.PasswordHash
	}
	ok := VerifyPassword(hash, password) && found && !u.Disabled
	if !ok {
		a.Username = username
		if found {
			a.UserID = u.ID
		}
		if err := s.Audit(ctx, a, "login_failed", "user", a.UserID, map[string]string{"username": username}); err != nil {
			return User{}, "", err
		}
		return User{}, "", ErrUnauthenticated
	}
	if u.TOTPEnabled && strings.TrimSpace(cred.Code) == "" {
		return User{}, "", ErrSecondFactorRequired
	}
	token, tokenHash := newSecret("hs_")
	now := s.Now()
	a.UserID, a.Username, a.Role = u.ID, u.Username, u.Role
	a.OrganizationID, a.FunderID = deref(u.OrganizationID), deref(u.FunderID)
	err = s.InTx(ctx, func(tx *gorm.DB) error {
		if u.TOTPEnabled {
			if err := s.checkSecondFactor(tx, a, u, cred.Code); err != nil {
				return err
			}
		}
		row := map[string]any{
			"id": NewID(), "token_hash": tokenHash, "user_id": u.ID, "created_at": now,
			"last_seen_at": now, "expires_at": now.Add(pol.Absolute), "client_ip": a.ClientIP, "user_agent": truncate(userAgent, 300),
		}
		if err := tx.Table("sessions").Create(row).Error; err != nil {
			return err
		}
		return s.audit(tx, a, "login", "user", u.ID, nil, nil)
	})
	if errors.Is(err, ErrSecondFactorWrong) {
		detail := map[string]string{"username": username, "reason": "wrong second factor"}
		if err := s.Audit(ctx, a, "login_failed", "user", u.ID, detail); err != nil {
			return User{}, "", err
		}
		return User{}, "", ErrSecondFactorWrong
	}
	if errors.Is(err, ErrRightsChanged) {
		// Disabled or changed between the password check and the session.
		return User{}, "", ErrUnauthenticated
	}
	return u, token, err
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

type sessionRow struct {
	SessionID  string
	LastSeenAt Time
	ExpiresAt  Time
	User       User `gorm:"embedded"`
}

// SessionUser answers the enabled user behind a session token, ending the
// session when it has passed its idle or absolute limit. One query reads the
// session with its user; last_seen_at is written at most every quarter of
// the idle limit, and at most once a minute.
//
// A request that carries the change counters (WithVersions) is answered
// from the caller kept by an earlier request while the access counter has
// not moved and the kept times show the session neither over its limits
// nor due to be written: ending a session, disabling or changing its user
// moves the counter.
func (s *Store) SessionUser(ctx context.Context, token string, pol SessionPolicy) (User, error) {
	hash := hashSecret(token)
	key := "session " + hash
	v, counted := VersionsFrom(ctx)
	if counted {
		if k, ok := s.callers.caller(key, v.Access); ok {
			now := s.Now()
			if now.Before(k.expires) && now.Before(k.seen.Add(pol.Idle)) && now.Sub(k.seen) < touchInterval(pol.Idle) {
				return k.user, nil
			}
		}
	}
	var row sessionRow
	err := s.read.WithContext(ctx).Table("sessions").
		Select("sessions.id AS session_id, sessions.last_seen_at, sessions.expires_at, users.*").
		Joins("JOIN users ON users.id = sessions.user_id").
		Where("sessions.token_hash = ?", hash).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s.callers.forget(key)
		return User{}, ErrUnauthenticated
	} else if err != nil {
		return User{}, err
	}
	now := s.Now()
	if !now.Before(row.ExpiresAt.Time) || !now.Before(row.LastSeenAt.Add(pol.Idle)) {
		if err := s.db.WithContext(ctx).Exec("DELETE FROM sessions WHERE id = ?", row.SessionID).Error; err != nil {
			return User{}, err
		}
		return User{}, ErrUnauthenticated
	}
	if row.User.Disabled {
		s.callers.forget(key)
		return User{}, ErrUnauthenticated
	}
	seen := row.LastSeenAt.Time
	if now.Sub(seen) >= touchInterval(pol.Idle) {
		if err := s.db.WithContext(ctx).Exec("UPDATE sessions SET last_seen_at = ? WHERE id = ?", now, row.SessionID).Error; err != nil {
			return User{}, err
		}
		seen = now
	}
	if counted {
		s.callers.keepCaller(key, keptCaller{access: v.Access, user: row.User, seen: seen, expires: row.ExpiresAt.Time})
	}
	return row.User, nil
}

func (s *Store) enabledUser(ctx context.Context, id string) (User, error) {
	var u User
	err := s.read.WithContext(ctx).Table("users").Where("id = ? AND disabled = ?", id, false).Take(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return u, ErrUnauthenticated
	}
	return u, err
}

// Logout ends the session behind token.
func (s *Store) Logout(ctx context.Context, a Actor, token string) error {
	return s.InTx(ctx, func(tx *gorm.DB) error {
		if err := tx.Exec("DELETE FROM sessions WHERE token_hash = ?", hashSecret(token)).Error; err != nil {
			return err
		}
		return s.auditEvent(tx, a, "logout", "user", a.UserID, nil, nil)
	})
}
