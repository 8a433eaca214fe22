package models

import (
	"encoding/base32"
	"net/url"
	"testing"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"
)

// rfcSecret is the SHA-1 seed of RFC 6238 Appendix B, in base32.
var rfcSecret = base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("12345678901234567890"))

// TestTOTPMatchesRFC6238 checks the codes against the RFC's test vectors
// (its 8-digit values, truncated to the last 6 digits) and against an
// independent implementation.
func TestTOTPMatchesRFC6238(t *testing.T) {
	t.Parallel()
	vectors := []struct {
		unix int64
		want string
	}{
		{59, "287082"}, {1111111109, "081804"}, {1111111111, "050471"},
		{1234567890, "005924"}, {2000000000, "279037"}, {20000000000, "353130"},
	}
	for _, v := range vectors {
		at := time.Unix(v.unix, 0)
		got, err := totpCode(rfcSecret, totpStep(at))
		if err != nil {
			t.Fatal(err)
		}
		if got != v.want {
			t.Errorf("code at %d = %s, want %s", v.unix, got, v.want)
		}
		ref, err := totp.GenerateCodeCustom(rfcSecret, at, totp.ValidateOpts{Period: 30, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
		if err != nil {
			t.Fatal(err)
		}
		if got != ref {
			t.Errorf("code at %d = %s, pquerna/otp says %s", v.unix, got, ref)
		}
	}
	// A fresh secret works with the other implementation too.
	secret := newTOTPSecret()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	ref, err := totp.GenerateCode(secret, now)
	if err != nil {
		t.Fatal(err)
	}
	if step, ok := matchTOTP(secret, ref, now, 0); !ok || step != totpStep(now) {
		t.Fatalf("a code from pquerna/otp was not accepted: %v %d", ok, step)
	}
}

func TestMatchTOTPWindowAndReplay(t *testing.T) {
	t.Parallel()
	now := time.Unix(1111111111, 0)
	step := totpStep(now)
	code := func(s int64) string {
		c, err := totpCode(rfcSecret, s)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	cases := []struct {
		name   string
		code   string
		last   int64
		want   int64
		wantOK bool
	}{
		{"current", code(step), 0, step, true},
		{"previous step, clock behind", code(step - 1), 0, step - 1, true},
		{"next step, clock ahead", code(step + 1), 0, step + 1, true},
		{"two steps old", code(step - 2), 0, 0, false},
		{"two steps ahead", code(step + 2), 0, 0, false},
		{"current already used", code(step), step, 0, false},
		{"earlier than the last used", code(step - 1), step, 0, false},
		{"later than the last used", code(step + 1), step, step + 1, true},
		{"not six digits", "12345", 0, 0, false},
		{"not digits", "abcdef", 0, 0, false},
	}
	for _, c := range cases {
		got, ok := matchTOTP(rfcSecret, c.code, now, c.last)
		if ok != c.wantOK || got != c.want {
			t.Errorf("%s: got step %d ok %v, want %d %v", c.name, got, ok, c.want, c.wantOK)
		}
	}
}

func TestTOTPURI(t *testing.T) {
	t.Parallel()
	u, err := url.Parse(totpURI("wang min", "JBSWY3DPEHPK3PXP"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := otp.NewKeyFromURL(u.String())
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "otpauth" || key.Type() != "totp" || key.Issuer() != "Hatchery" || key.AccountName() != "wang min" ||
		key.Secret() != "JBSWY3DPEHPK3PXP" || key.Period() != 30 || key.Digits() != otp.DigitsSix {
		t.Fatalf("URI %s reads as issuer %q account %q secret %q period %d digits %d", u, key.Issuer(), key.AccountName(), key.Secret(), key.Period(), key.Digits())
	}
}
