package models

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
)

const (
	testKeyA = "dGVzdC1vbmx5IGRhdGEga2V5LCBub3QgYSBzZWNyZXQ="
	testKeyB = "YW5vdGhlciB0ZXN0IGtleSwgdGhpcnR5LXR3byBieXQ="
)

func TestDataKeyParsing(t *testing.T) {
	if _, err := ParseDataKey(testKeyA); err != nil {
		t.Fatalf("a 32-byte key is refused: %v", err)
	}
	for _, bad := range []string{"", "not base64!", base64.StdEncoding.EncodeToString([]byte("sixteen byte key"))} {
		if _, err := ParseDataKey(bad); err == nil {
			t.Errorf("key %q is accepted", bad)
		}
	}
	if _, err := NewKeyring(testKeyA, "short"); err == nil {
		t.Error("a bad old key is accepted")
	}
	a, _ := DataKeyID(testKeyA)
	b, _ := DataKeyID(testKeyB)
	if len(a) != 8 || a == b {
		t.Errorf("key ids %q and %q", a, b)
	}
	if k := GenerateDataKey(); k == GenerateDataKey() {
		t.Error("two generated keys are the same")
	} else if _, err := ParseDataKey(k); err != nil {
		t.Errorf("a generated key does not parse: %v", err)
	}
}

// TestSealedValues: a value decrypts only in its own row and column with a
// key of the ring; a fresh nonce makes equal numbers look different; empty
// stays empty; damage and a missing key are errors, never garbage.
func TestSealedValues(t *testing.T) {
	ka, _ := NewKeyring(testKeyA)
	kb, _ := NewKeyring(testKeyB)
	both, _ := NewKeyring(testKeyB, testKeyA)
	const phone = "13903110000"
	v, err := ka.seal(staffPhone, "row-1", phone)
	if err != nil || !strings.HasPrefix(v, "v1:"+ka.PrimaryID()+":") || strings.Contains(v, phone) {
		t.Fatalf("sealed %q, %v", v, err)
	}
	if again, _ := ka.seal(staffPhone, "row-1", phone); again == v {
		t.Error("the same number sealed twice gives the same text")
	}
	if got, err := ka.open(staffPhone, "row-1", v); err != nil || got != phone {
		t.Errorf("open: %q, %v", got, err)
	}
	if got, err := both.open(staffPhone, "row-1", v); err != nil || got != phone {
		t.Errorf("an old key of the ring does not read: %q, %v", got, err)
	}
	if empty, err := ka.seal(staffPhone, "row-1", ""); err != nil || empty != "" {
		t.Errorf("empty sealed as %q, %v", empty, err)
	}
	if empty, err := ka.open(staffPhone, "row-1", ""); err != nil || empty != "" {
		t.Errorf("empty opened as %q, %v", empty, err)
	}
	damaged := v[:len(v)-4] + "AAA="
	for name, c := range map[string]struct {
		k     *Keyring
		field sealedField
		row   string
		value string
	}{
		"another row":     {ka, staffPhone, "row-2", v},
		"another column":  {ka, orgContactPhone, "row-1", v},
		"another key":     {kb, staffPhone, "row-1", v},
		"damaged":         {ka, staffPhone, "row-1", damaged},
		"clear text":      {ka, staffPhone, "row-1", phone},
		"not base64":      {ka, staffPhone, "row-1", "v1:" + ka.PrimaryID() + ":%%%"},
		"truncated nonce": {ka, staffPhone, "row-1", "v1:" + ka.PrimaryID() + ":AAAA"},
	} {
		got, err := c.k.open(c.field, c.row, c.value)
		if !errors.Is(err, ErrUndecryptable) || got != "" {
			t.Errorf("%s: %q, %v; want ErrUndecryptable", name, got, err)
		}
	}
	var none *Keyring
	if _, err := none.seal(staffPhone, "row-1", phone); !errors.Is(err, ErrNoDataKey) {
		t.Errorf("sealing without keys: %v", err)
	}
	if _, err := none.open(staffPhone, "row-1", v); !errors.Is(err, ErrNoDataKey) {
		t.Errorf("opening without keys: %v", err)
	}
}
