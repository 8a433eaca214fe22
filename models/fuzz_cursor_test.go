package models

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSigner is a cursor signer with a fixed secret, so that the corpus's
// cursors stay valid.
func fuzzSigner() *cursorSigner {
	return &cursorSigner{load: func() ([]byte, error) { return []byte("hatchery fuzz cursor secret, 32b"), nil }}
}

// FuzzCursor: decoding any text never panics; only the cursor encode gives
// for a list and key decodes, to that key, and only for that list.
func FuzzCursor(f *testing.F) {
	c := fuzzSigner()
	for _, s := range []struct{ list, key string }{
		{"organizations", "0190f1c2-7b3a-7cde-8f00-0123456789ab"},
		{"audit", "2026-01-15T09:00:00Z|42"},
		{"projects", "社区\u00e9"},
	} {
		cur, err := c.encode(s.list, s.key)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(s.list, s.key, cur)
		f.Add(s.list, s.key, cur[:len(cur)-1])
		f.Add("other", s.key, cur)
	}
	f.Add("organizations", "", "")
	f.Add("organizations", "a\x00b", "not base64!")
	f.Add("organizations", "\xff", "AAAAAAAAAAAAAAAAAAAAAAAA")
	f.Fuzz(func(t *testing.T, list, key, cursor string) {
		got, ok, err := c.decode(list, cursor)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			again, err := c.encode(list, got)
			if err != nil {
				t.Fatal(err)
			}
			if again != cursor {
				t.Fatalf("cursor %q decodes to key %q of %q, whose cursor is %q", cursor, got, list, again)
			}
			if got == "" || !utf8.ValidString(got) || strings.IndexByte(got, 0) >= 0 {
				t.Fatalf("cursor %q decodes to key %q, which encode is never asked for", cursor, got)
			}
		}
		cur, err := c.encode(list, key)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := base64.RawURLEncoding.DecodeString(cur); err != nil {
			t.Fatalf("cursor %q is not URL-safe base64: %v", cur, err)
		}
		back, ok, err := c.decode(list, cur)
		usable := key != "" && utf8.ValidString(key) && strings.IndexByte(key, 0) < 0
		if err != nil || ok != usable || (ok && back != key) {
			t.Fatalf("encode(%q, %q) = %q, which decodes as %q, %v, %v", list, key, cur, back, ok, err)
		}
		if _, ok, _ := c.decode(list+"x", cur); ok {
			t.Fatalf("the cursor of %q in %q also pages %q", key, list, list+"x")
		}
	})
}

// TestCursorOnlyItsOwnTextDecodes: base64 decoding skips line breaks and
// ignores the unused low bits of the last character, so other texts than
// the one encode gave read as the same bytes; they are refused.
func TestCursorOnlyItsOwnTextDecodes(t *testing.T) {
	t.Parallel()
	c := fuzzSigner()
	key := "0190f1c2-7b3a-7cde-8f00-0123456789ab" // 16+36 bytes: the last character carries 4 unused bits
	cur, err := c.encode("organizations", key)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok, err := c.decode("organizations", cur); err != nil || !ok || got != key {
		t.Fatalf("the cursor itself decodes as %q, %v, %v", got, ok, err)
	}
	last := strings.IndexByte(base64URL, cur[len(cur)-1])
	others := []string{cur + "\n", cur[:10] + "\r\n" + cur[10:], cur[:len(cur)-1] + string(base64URL[last|1])}
	for _, other := range others {
		if other == cur {
			t.Fatalf("no other text made of %q", cur)
		}
		if b, err := base64.RawURLEncoding.DecodeString(other); err != nil || base64.RawURLEncoding.EncodeToString(b) != cur {
			t.Fatalf("%q does not decode to the cursor's bytes (%v); the test no longer shows what it should", other, err)
		}
		if got, ok, err := c.decode("organizations", other); err != nil || ok {
			t.Errorf("%q, not the cursor %q, decodes as %q, %v, %v", other, cur, got, ok, err)
		}
	}
}

const base64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
