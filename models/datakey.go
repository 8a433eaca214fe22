package models

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// Personal data at rest (phone numbers) is kept encrypted with AES-256-GCM
// as "v1:<key id>:<base64 of nonce || ciphertext>". The additional data
// names the table, column and row, so a value copied to another row or
// column does not decrypt. The key id is derived from the key itself, so a
// value says which key it needs and a rotation that stopped half way can
// go on where it stopped.

// sealedPrefix starts every encrypted value.
const sealedPrefix = "v1:"

// DataKeySize is the length of a data key: AES-256.
const DataKeySize = 32

// ErrNoDataKey says that personal data was to be read or written by a
// Store opened without a data key.
var ErrNoDataKey = errors.New("no data key is configured for personal data (HATCHERY_DATA_KEY)")

// dataKey is one AES-256-GCM key with its id.
type dataKey struct {
	id   string
	aead cipher.AEAD
}

// Keyring holds the key new values are encrypted with and the older keys
// that may still be read while a rotation runs.
type Keyring struct {
	primary *dataKey
	byID    map[string]*dataKey
}

// GenerateDataKey answers a new random key, base64-encoded.
func GenerateDataKey() string {
	b := make([]byte, DataKeySize)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return base64.StdEncoding.EncodeToString(b)
}

// ParseDataKey decodes a base64 key (standard or URL alphabet, padded or
// not) of exactly 32 bytes.
func ParseDataKey(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil {
			if len(b) != DataKeySize {
				return nil, fmt.Errorf("the data key is %d bytes; it must be %d bytes, base64-encoded", len(b), DataKeySize)
			}
			return b, nil
		}
	}
	return nil, fmt.Errorf("the data key is not base64; generate one with `hatchery keygen`")
}

func newDataKey(s string) (*dataKey, error) {
	raw, err := ParseDataKey(s)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(raw)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(append([]byte("hatchery data key id\x00"), raw...))
	return &dataKey{id: hex.EncodeToString(sum[:4]), aead: aead}, nil
}

// NewKeyring encrypts with primary and reads values encrypted with it or
// with any of old (keys being rotated away from).
func NewKeyring(primary string, old ...string) (*Keyring, error) {
	p, err := newDataKey(primary)
	if err != nil {
		return nil, err
	}
	k := &Keyring{primary: p, byID: map[string]*dataKey{p.id: p}}
	for i, o := range old {
		if strings.TrimSpace(o) == "" {
			continue
		}
		d, err := newDataKey(o)
		if err != nil {
			return nil, fmt.Errorf("old data key %d: %w", i+1, err)
		}
		if _, ok := k.byID[d.id]; !ok {
			k.byID[d.id] = d
		}
	}
	return k, nil
}

// PrimaryID answers the id of the key new values are encrypted with.
func (k *Keyring) PrimaryID() string { return k.primary.id }

// DataKeyID answers the id a key is known by in the values it encrypts.
func DataKeyID(key string) (string, error) {
	d, err := newDataKey(key)
	if err != nil {
		return "", err
	}
	return d.id, nil
}

func additionalData(field sealedField, rowID, keyID string) []byte {
	return []byte("hatchery:" + sealedPrefix + field.table + "." + field.column + ":" + rowID + ":" + keyID)
}

// seal encrypts plain for field of row rowID with the primary key; empty
// stays empty.
func (k *Keyring) seal(field sealedField, rowID, plain string) (string, error) {
	if plain == "" {
		return "", nil
	}
	if k == nil {
		return "", ErrNoDataKey
	}
	if rowID == "" {
		return "", fmt.Errorf("%s: a value is encrypted for a row id", field)
	}
	nonce := make([]byte, k.primary.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	out := k.primary.aead.Seal(nonce, nonce, []byte(plain), additionalData(field, rowID, k.primary.id))
	return sealedPrefix + k.primary.id + ":" + base64.StdEncoding.EncodeToString(out), nil
}

// ErrUndecryptable says a stored value did not decrypt: a missing key,
// a value copied from another row, or damage.
var ErrUndecryptable = errors.New("personal data does not decrypt")

// open decrypts a value stored in field of row rowID; empty stays empty.
func (k *Keyring) open(field sealedField, rowID, stored string) (string, error) {
	if stored == "" {
		return "", nil
	}
	keyID, body, ok := splitSealed(stored)
	if !ok {
		return "", fmt.Errorf("%w: %s of %s is not an encrypted value", ErrUndecryptable, field, rowID)
	}
	if k == nil {
		return "", ErrNoDataKey
	}
	key := k.byID[keyID]
	if key == nil {
		return "", fmt.Errorf("%w: %s of %s is encrypted with key %s, which is not configured (HATCHERY_DATA_KEY_OLD during a rotation)",
			ErrUndecryptable, field, rowID, keyID)
	}
	raw, err := base64.StdEncoding.DecodeString(body)
	if err != nil || len(raw) < key.aead.NonceSize() {
		return "", fmt.Errorf("%w: %s of %s is damaged", ErrUndecryptable, field, rowID)
	}
	n := key.aead.NonceSize()
	plain, err := key.aead.Open(nil, raw[:n], raw[n:], additionalData(field, rowID, keyID))
	if err != nil {
		return "", fmt.Errorf("%w: %s of %s fails authentication (wrong key, or moved from another row)", ErrUndecryptable, field, rowID)
	}
	return string(plain), nil
}

// splitSealed answers the key id and body of an encrypted value.
func splitSealed(stored string) (keyID, body string, ok bool) {
	rest, ok := strings.CutPrefix(stored, sealedPrefix)
	if !ok {
		return "", "", false
	}
	return strings.Cut(rest, ":")
}

// isSealed says whether a stored value is encrypted (in any key).
func isSealed(stored string) bool {
	_, _, ok := splitSealed(stored)
	return ok
}

// sealedField is a column holding encrypted personal data.
type sealedField struct{ table, column string }

func (f sealedField) String() string { return f.table + "." + f.column }

// The columns kept encrypted.
var (
	staffPhone      = sealedField{"staff_members", "phone"}
	orgContactPhone = sealedField{"organizations", "contact_phone"}
	sealedFields    = []sealedField{staffPhone, orgContactPhone}
)
