package models

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// cursorSecretKey names the settings row holding the secret that signs
// list cursors. It lives in the database, not in one server's memory, so
// that every server on the database accepts the cursors any of them gave
// out; it is made once, by whichever server needs it first.
const cursorSecretKey = "cursor_secret"

// cursorPlugin names the cursorSigner among the gorm plugins of the Store's
// connections: listPage finds it there, on the query it is given.
const cursorPlugin = "hatchery:cursors"

// macSize is the length of a cursor's signature (a truncated HMAC-SHA256).
const macSize = 16

// cursorSigner signs cursors so that a client can only page with the
// cursors a list gave it: a cursor carries an HMAC over the list it belongs
// to and its sort key.
type cursorSigner struct {
	mu     sync.Mutex
	secret []byte
	load   func() ([]byte, error)
}

func (*cursorSigner) Name() string              { return cursorPlugin }
func (*cursorSigner) Initialize(*gorm.DB) error { return nil }

// key answers the secret, reading (or making) it the first time.
func (c *cursorSigner) key() ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.secret == nil {
		k, err := c.load()
		if err != nil {
			return nil, fmt.Errorf("load the cursor secret: %w", err)
		}
		c.secret = k
	}
	return c.secret, nil
}

func (c *cursorSigner) mac(secret []byte, list, key string) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(list))
	m.Write([]byte{0})
	m.Write([]byte(key))
	return m.Sum(nil)[:macSize]
}

// encode makes the opaque cursor of key in list.
func (c *cursorSigner) encode(list, key string) (string, error) {
	secret, err := c.key()
	if err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(append(c.mac(secret, list, key), key...)), nil
}

// decode answers the key of a cursor that encode made for list; ok is false
// for any other cursor, forged or from another list.
func (c *cursorSigner) decode(list, cursor string) (key string, ok bool, err error) {
	secret, err := c.key()
	if err != nil {
		return "", false, err
	}
	b, derr := base64.RawURLEncoding.DecodeString(cursor)
	// The decoder skips line breaks and the unused bits of the last
	// character; only the text encode gives is a cursor.
	if derr != nil || len(b) <= macSize || base64.RawURLEncoding.EncodeToString(b) != cursor {
		return "", false, nil
	}
	sig, k := b[:macSize], b[macSize:]
	if !hmac.Equal(sig, c.mac(secret, list, string(k))) || !utf8.Valid(k) || bytes.IndexByte(k, 0) >= 0 {
		return "", false, nil
	}
	return string(k), true, nil
}

// signerOf answers the cursorSigner registered on q's connection.
func signerOf(q *gorm.DB) (*cursorSigner, error) {
	if c, ok := q.Config.Plugins[cursorPlugin].(*cursorSigner); ok {
		return c, nil
	}
	return nil, errors.New("no cursor signer on this connection")
}

// useCursorSigner registers the signer on the Store's connections (which
// share one gorm configuration).
func (s *Store) useCursorSigner() error {
	return s.db.Use(&cursorSigner{load: func() ([]byte, error) { return s.cursorSecret(context.Background()) }})
}

// cursorSecret reads the cursor secret, storing a new random one if there
// is none yet. Two servers making one at once agree on the first stored.
func (s *Store) cursorSecret(ctx context.Context) ([]byte, error) {
	read := func(db *gorm.DB) ([]byte, error) {
		var hexKey string
		version, _, err := loadSetting(db.WithContext(ctx), cursorSecretKey, &hexKey)
		if err != nil || version == 0 {
			return nil, err
		}
		return hex.DecodeString(hexKey)
	}
	if k, err := read(s.read); err != nil || k != nil {
		return k, err
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	// Not audited: the row is not a user's change, and the audit trail
	// would show the secret to every auditor.
	err := s.InTx(ctx, func(tx *gorm.DB) error {
		return tx.Table("settings").Clauses(clause.OnConflict{DoNothing: true}).
			Create(map[string]any{"key": cursorSecretKey, "value": `"` + hex.EncodeToString(b) + `"`, "updated_at": s.Now(), "version": 1}).Error
	})
	if err != nil {
		return nil, err
	}
	k, err := read(s.db)
	if err == nil && k == nil {
		err = errors.New("the cursor secret was not stored")
	}
	return k, err
}

// loadCursorSecret makes sure the secret exists once the schema is in
// place, so that a server reports a database it cannot use at start.
func (s *Store) loadCursorSecret() error {
	c, err := signerOf(s.read)
	if err != nil {
		return err
	}
	_, err = c.key()
	return err
}
