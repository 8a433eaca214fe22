package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestServeNeedsADataKey: outside demo mode the server does not start
// without a data key, says how to make one, and creates no database; a
// malformed key is a configuration mistake.
func TestServeNeedsADataKey(t *testing.T) {
	t.Setenv("HATCHERY_DATA_KEY", "")
	t.Setenv("HATCHERY_DATA_KEY_FILE", "")
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	_, err := runCmd(t, "serve", "--db", db, "--addr", "127.0.0.1:0")
	if err == nil || exitCode(err) == 0 || !strings.Contains(err.Error(), "HATCHERY_DATA_KEY is not set") || !strings.Contains(err.Error(), "hatchery keygen") {
		t.Fatalf("serve without a key: %v", err)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("a refused serve created its database: %v", err)
	}
	keyFile := filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(models.GenerateDataKey()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, args := range map[string][]string{
		"short key": {"--data-key", "c2hvcnQ="},
		"two keys":  {"--data-key", models.GenerateDataKey(), "--data-key-file", keyFile},
		"bad old":   {"--data-key", models.GenerateDataKey(), "--data-key-old", "nope"},
	} {
		_, err := runCmd(t, append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, args...)...)
		var ue usageError
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), "bad configuration") {
			t.Errorf("%s: %v, want a configuration error", name, err)
		}
	}
	// The variable is read too, and help never prints it.
	t.Setenv("HATCHERY_DATA_KEY", "c2hvcnQ=")
	if _, err := runCmd(t, "serve", "--db", db, "--addr", "127.0.0.1:0"); err == nil || !strings.Contains(err.Error(), "bad configuration") {
		t.Errorf("a short HATCHERY_DATA_KEY: %v", err)
	}
	key := models.GenerateDataKey()
	t.Setenv("HATCHERY_DATA_KEY", key)
	if out, _ := runCmd(t, "serve", "-h"); !strings.Contains(out, "HATCHERY_DATA_KEY") || strings.Contains(out, key) {
		t.Errorf("serve -h prints the key: %s", out)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("a refused serve created its database: %v", err)
	}
}

func keygen(t *testing.T) string {
	t.Helper()
	out, err := runCmd(t, "keygen")
	if err != nil {
		t.Fatal(err)
	}
	key := strings.SplitN(out, "\n", 2)[0]
	if _, err := models.ParseDataKey(key); err != nil {
		t.Fatalf("keygen printed %q: %v", out, err)
	}
	return key
}

// TestRotateKeyCommand seeds the demo with one key, rotates to another with
// the command, and checks that the server then refuses the old key, that
// the new one reads the phones, and that a key that is not the one in use
// changes nothing.
func TestRotateKeyCommand(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		k1, k2, k3 := keygen(t), keygen(t), keygen(t)
		id2, _ := models.DataKeyID(k2)
		dsn := storetest.DSN(t, d)
		if out, err := runCmd(t, "seed", "--demo", "--db", dsn, "--data-key", k1); err != nil {
			t.Fatalf("seed: %v\n%s", err, out)
		}
		if _, err := runCmd(t, "serve", "--db", dsn, "--data-key", k2, "--addr", "127.0.0.1:0"); err == nil || !strings.Contains(err.Error(), "not configured") {
			t.Fatalf("serve with a key the phones are not in: %v", err)
		}
		out, err := runCmd(t, "rotate-key", "--db", dsn, "--old-key", k1, "--new-key", k2, "--batch", "7")
		if err != nil || !strings.Contains(out, "with key "+id2+"; 0 are left") || strings.Contains(out, "re-encrypted 0 ") {
			t.Fatalf("rotate-key: %v\n%s", err, out)
		}
		if out, err := runCmd(t, "rotate-key", "--db", dsn, "--new-key", k2); err != nil || !strings.Contains(out, "re-encrypted 0 ") {
			t.Fatalf("rotate-key again: %v\n%s", err, out)
		}
		if _, err := runCmd(t, "rotate-key", "--db", dsn, "--old-key", k1, "--new-key", k3); err == nil || !strings.Contains(err.Error(), id2) {
			t.Fatalf("rotate-key from a key not in use: %v", err)
		}
		if _, err := runCmd(t, "serve", "--db", dsn, "--data-key", k1, "--addr", "127.0.0.1:0"); err == nil || !strings.Contains(err.Error(), id2) {
			t.Fatalf("serve with the old key: %v", err)
		}

		s, err := models.Open(ctx, dsn, models.Options{Keys: keyring(t, k2)})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		orgs, err := s.ListOrganizations(ctx, models.Actor{Role: models.RoleAdmin}, models.OrganizationFilter{Page: models.Page{Limit: 100}})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, o := range orgs.Items {
			found = found || o.ContactPhone == "0311-86012345"
		}
		if !found {
			t.Fatalf("the new key does not read the demo's contact phones: %+v", orgs.Items)
		}
		if left, err := s.PhonesNotInPrimaryKey(ctx); err != nil || left != 0 {
			t.Fatalf("%d phones left in another key (%v)", left, err)
		}
	})
}

func keyring(t *testing.T, primary string, old ...string) *models.Keyring {
	t.Helper()
	k, err := models.NewKeyring(primary, old...)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
