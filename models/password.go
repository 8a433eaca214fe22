package models

import (
	"bufio"
	"crypto/rand"
	"crypto/subtle"
	_ "embed"
	"encoding/base64"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Password length limits: long enough to resist guessing, short enough that
// hashing cannot be used to burn CPU.
const (
	MinPasswordLen = 8
	MaxPasswordLen = 128
)

// argon2id parameters: the OWASP 2023 baseline (19 MiB, 2 passes, 1 lane).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
)

//go:embed common-passwords.txt
var commonPasswordText string

// commonPasswords is read once from the embedded list; it never changes.
var commonPasswords = func() map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(commonPasswordText))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}()

// CheckPassword answers a field error when pw is too short, too long,
// blank, one character repeated, a well-known password, or the username
// itself. Spaces around the password count towards its length but not
// towards the other checks.
func CheckPassword(pw, username string) *ValidationError {
	n := utf8.RuneCountInString(pw)
	core := strings.TrimSpace(pw)
	switch {
	case n < MinPasswordLen || n > MaxPasswordLen:
		return Invalid("password", "password_length", "the password must be %d to %d characters", MinPasswordLen, MaxPasswordLen)
	case core == "":
		return Invalid("password", "password_blank", "the password cannot be only spaces")
	case oneRepeated(core):
		return Invalid("password", "password_repeated", "the password cannot be one character repeated")
	case commonPasswords[strings.ToLower(pw)], commonPasswords[strings.ToLower(core)],
		strings.EqualFold(pw, username), strings.EqualFold(core, username):
		return Invalid("password", "password_common", "this password is too common; choose another")
	}
	return nil
}

// oneRepeated reports whether s is one character, repeated.
func oneRepeated(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	return strings.Trim(s, string(first)) == ""
}

// HashPassword returns an argon2id hash in the PHC string format.
func HashPassword(pw string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// VerifyPassword reports whether pw matches the PHC-encoded argon2id hash.
func VerifyPassword(encoded, pw string) bool {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var version int
	var mem, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &mem, &t, &p); err != nil {
		return false
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, t, mem, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// GeneratePassword makes a random password for accounts created from the
// command line (shown once).
func GeneratePassword() string {
	b := make([]byte, 15)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
