package models

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base32"
	"encoding/binary"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// TOTP parameters (RFC 6238 with its defaults, which every authenticator
// app understands): HMAC-SHA-1, 30-second steps, 6 digits.
const (
	totpPeriod = 30
	totpDigits = 6
	// totpIssuer names the product in the authenticator app.
	totpIssuer = "Hatchery"
	// totpSecretBytes is the secret's length: 160 bits, as RFC 4226
	// recommends for HMAC-SHA-1.
	totpSecretBytes = 20
)

var totpEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// newTOTPSecret returns a random secret in base32 without padding, the
// form authenticator apps take.
func newTOTPSecret() string {
	b := make([]byte, totpSecretBytes)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return totpEncoding.EncodeToString(b)
}

// totpStep is the RFC 6238 time step of t.
func totpStep(t time.Time) int64 { return t.Unix() / totpPeriod }

// totpCode is the 6-digit code of a base32 secret at a time step
// (RFC 4226 section 5.3: dynamic truncation of the HMAC-SHA-1).
func totpCode(secret string, step int64) (string, error) {
	key, err := totpEncoding.DecodeString(strings.ToUpper(secret))
	if err != nil {
		return "", err
	}
	return hotp(key, uint64(step)), nil
}

func hotp(key []byte, counter uint64) string {
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], counter)
	mac := hmac.New(sha1.New, key)
	mac.Write(msg[:])
	sum := mac.Sum(nil)
	off := sum[len(sum)-1] & 0x0f
	bin := binary.BigEndian.Uint32(sum[off:off+4]) & 0x7fffffff
	return fmt.Sprintf("%0*d", totpDigits, bin%1_000_000)
}

// matchTOTP answers the time step at which code is the secret's code,
// looking at the step of now and, for clocks that drift, the one before and
// the one after; only steps after last count, so that no code is accepted
// twice. ok is false when none matches.
func matchTOTP(secret, code string, now time.Time, last int64) (step int64, ok bool) {
	if len(code) != totpDigits {
		return 0, false
	}
	current := totpStep(now)
	for _, s := range []int64{current - 1, current, current + 1} {
		if s <= last {
			continue
		}
		want, err := totpCode(secret, s)
		if err != nil {
			return 0, false
		}
		if hmac.Equal([]byte(want), []byte(code)) {
			return s, true
		}
	}
	return 0, false
}

// totpURI is the otpauth:// URI an authenticator app reads from the QR code
// (the Key Uri Format of Google Authenticator, which the others follow).
func totpURI(username, secret string) string {
	label := url.PathEscape(totpIssuer + ":" + username)
	return fmt.Sprintf("otpauth://totp/%s?secret=%s&issuer=%s&algorithm=SHA1&digits=%d&period=%d",
		label, secret, url.QueryEscape(totpIssuer), totpDigits, totpPeriod)
}
