package models

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
)

// APIToken lets a script act as its user with `Authorization: Bearer`. Only
// the hash of the secret is stored; the secret is shown once.
type APIToken struct {
	ID         string `json:"id"`
	UserID     string `json:"-"`
	Name       string `json:"name"`
	TokenHash  string `json:"-"`
	CreatedAt  Time   `json:"created_at"`
	ExpiresAt  *Time  `json:"expires_at"`
	LastUsedAt *Time  `json:"last_used_at"`
	RevokedAt  *Time  `json:"revoked_at"`
}

// NewAPIToken is a token together with its secret, answered once.
type NewAPIToken struct {
	APIToken
	Token string `json:"token"`
}

// CreateToken makes a token for the acting user, expiring after
// expiresInDays when that is above zero.
func (s *Store) CreateToken(ctx context.Context, a Actor, name string, expiresInDays int) (NewAPIToken, error) {
	secret, hash := newSecret("ht_")
	now := NewTime(s.Now())
	t := NewAPIToken{APIToken: APIToken{ID: NewID(), UserID: a.UserID, Name: name, TokenHash: hash, CreatedAt: now}, Token: secret}
	if expiresInDays > 0 {
		exp := NewTime(now.Add(time.Duration(expiresInDays) * 24 * time.Hour))
		t.ExpiresAt = &exp
	}
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		if err := tx.Table("api_tokens").Create(&t.APIToken).Error; err != nil {
			return err
		}
		return s.audit(tx, a, "create", "api_token", t.ID, nil, t.APIToken)
	})
	return t, err
}

// ListTokens answers the user's tokens, newest first.
func (s *Store) ListTokens(ctx context.Context, userID string, p Page) (List[APIToken], error) {
	q := s.read.WithContext(ctx).Table("api_tokens").Where("user_id = ?", userID)
	return listPage(q, p, "id", func(t APIToken) string { return t.ID })
}

// RevokeToken revokes one of the acting user's tokens; another user's token
// answers ErrNotFound.
func (s *Store) RevokeToken(ctx context.Context, a Actor, id string) error {
	return s.InTx(ctx, func(tx *gorm.DB) error {
		var before APIToken
		err := tx.Table("api_tokens").Where("id = ? AND user_id = ?", id, a.UserID).Take(&before).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		if before.RevokedAt != nil {
			return nil
		}
		after := before
		now := NewTime(s.Now())
		after.RevokedAt = &now
		if err := tx.Table("api_tokens").Where("id = ?", id).Update("revoked_at", now).Error; err != nil {
			return err
		}
		return s.audit(tx, a, "revoke", "api_token", id, before, after)
	})
}

// TokenUser answers the enabled user behind an API token secret. A request
// that carries the change counters is answered from the caller kept by an
// earlier one while the access counter has not moved (revoking the token,
// or disabling or changing its user, moves it) and the token has neither
// expired nor become due for its last-used time to be written.
func (s *Store) TokenUser(ctx context.Context, secret string) (User, error) {
	hash := hashSecret(secret)
	key := "token " + hash
	v, counted := VersionsFrom(ctx)
	if counted {
		if k, ok := s.callers.caller(key, v.Access); ok {
			now := s.Now()
			if (k.expires.IsZero() || now.Before(k.expires)) && now.Sub(k.seen) < touchEvery {
				return k.user, nil
			}
		}
	}
	var t APIToken
	err := s.read.WithContext(ctx).Table("api_tokens").Where("token_hash = ?", hash).Take(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s.callers.forget(key)
		return User{}, ErrUnauthenticated
	} else if err != nil {
		return User{}, err
	}
	now := s.Now()
	if t.RevokedAt != nil || (t.ExpiresAt != nil && !now.Before(t.ExpiresAt.Time)) {
		s.callers.forget(key)
		return User{}, ErrUnauthenticated
	}
	u, err := s.enabledUser(ctx, t.UserID)
	if err != nil {
		s.callers.forget(key)
		return u, err
	}
	used := now
	if t.LastUsedAt == nil || now.Sub(t.LastUsedAt.Time) >= touchEvery {
		if err := s.db.WithContext(ctx).Exec("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", now, t.ID).Error; err != nil {
			return User{}, err
		}
	} else {
		used = t.LastUsedAt.Time
	}
	if counted {
		k := keptCaller{access: v.Access, user: u, seen: used}
		if t.ExpiresAt != nil {
			k.expires = t.ExpiresAt.Time
		}
		s.callers.keepCaller(key, k)
	}
	return u, nil
}
