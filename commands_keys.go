package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"hatchery/models"
)

// errNoDataKey is what serve says outside demo mode without a data key.
var errNoDataKey = errors.New("HATCHERY_DATA_KEY is not set: phone numbers are stored encrypted and the server needs the key. " +
	"Generate one with `hatchery keygen`, keep it safe (losing it loses the phone numbers), and give it as HATCHERY_DATA_KEY, " +
	"--data-key or --data-key-file; or run with --demo")

// keyFlags are the data key flags of the commands that read or write
// phone numbers.
type keyFlags struct {
	key, file, old *string
}

func addKeyFlags(fs *flag.FlagSet) *keyFlags {
	// The keys' variables are read after parsing, not given as defaults,
	// so that -h never prints a key.
	return &keyFlags{
		key:  fs.String("data-key", "", "the base64 `key` (32 bytes) phone numbers are encrypted with; make one with \"hatchery keygen\" (HATCHERY_DATA_KEY)"),
		file: fs.String("data-key-file", "", "`file` holding the data key, instead of --data-key (HATCHERY_DATA_KEY_FILE)"),
		old: fs.String("data-key-old", "",
			"comma-separated `keys` being rotated away from, still read until \"hatchery rotate-key\" is done (HATCHERY_DATA_KEY_OLD)"),
	}
}

// primary answers the key the flags name, else the environment's; "" for
// none.
func (k *keyFlags) primary() (string, error) {
	key, file := strings.TrimSpace(*k.key), strings.TrimSpace(*k.file)
	if key == "" && file == "" {
		key, file = strings.TrimSpace(os.Getenv("HATCHERY_DATA_KEY")), strings.TrimSpace(os.Getenv("HATCHERY_DATA_KEY_FILE"))
	}
	switch {
	case key != "" && file != "":
		return "", errors.New("give the data key once: --data-key or --data-key-file, not both")
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("--data-key-file: %w", err)
		}
		if key = strings.TrimSpace(string(b)); key == "" {
			return "", fmt.Errorf("--data-key-file %s is empty", file)
		}
	}
	if key != "" {
		if _, err := models.ParseDataKey(key); err != nil {
			return "", fmt.Errorf("--data-key: %w", err)
		}
	}
	return key, nil
}

// keyring answers the keys the flags name, or nil when none is given.
func (k *keyFlags) keyring() (*models.Keyring, error) {
	primary, err := k.primary()
	if err != nil || primary == "" {
		return nil, err
	}
	ring, err := models.NewKeyring(primary, splitKeys(orEnv(*k.old, "HATCHERY_DATA_KEY_OLD"))...)
	if err != nil {
		return nil, fmt.Errorf("--data-key-old: %w", err)
	}
	return ring, nil
}

// orEnv answers v, or the variable named when v is empty.
func orEnv(v, name string) string {
	if strings.TrimSpace(v) != "" {
		return v
	}
	return os.Getenv(name)
}

func splitKeys(s string) []string {
	var out []string
	for _, k := range strings.Split(s, ",") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// openWithKeys opens and migrates the database and gives it its data keys:
// ring, or in demo mode without one the demo key kept in the database
// (made on first use). Phone numbers still stored in clear are encrypted,
// and a database holding phone numbers in a key that is not configured is
// refused, since they could not be read.
func openWithKeys(ctx context.Context, dsn string, ring *models.Keyring, demo bool, out io.Writer) (*models.Store, error) {
	if ring == nil && !demo {
		return nil, errNoDataKey
	}
	store, err := openMigrated(ctx, dsn, out)
	if err != nil {
		return nil, err
	}
	if err := useKeys(ctx, store, ring, out); err != nil {
		store.Close()
		return nil, err
	}
	return store, nil
}

func useKeys(ctx context.Context, store *models.Store, ring *models.Keyring, out io.Writer) error {
	if ring == nil {
		key, err := store.DemoDataKey(ctx)
		if err != nil {
			return fmt.Errorf("demo data key: %w", err)
		}
		if ring, err = models.NewKeyring(key); err != nil {
			return err
		}
		fmt.Fprintln(out, "Phone numbers are encrypted with the demo's own key, kept in its database (no HATCHERY_DATA_KEY).")
	}
	store.UseKeys(ring)
	missing, err := store.MissingDataKeys(ctx)
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		return fmt.Errorf("phone numbers in this database are encrypted with key %s, which is not configured: "+
			"give the key they were written with as HATCHERY_DATA_KEY (or HATCHERY_DATA_KEY_OLD while `hatchery rotate-key` runs)",
			strings.Join(missing, ", "))
	}
	n, err := store.EncryptPlaintextPhones(ctx, models.System("encrypt"), models.ReencryptOptions{})
	if err != nil {
		return err
	}
	if n > 0 {
		fmt.Fprintf(out, "encrypted %d phone numbers that were stored in clear\n", n)
	}
	return nil
}

// keysCmd runs `hatchery keygen` and `hatchery rotate-key`.
func keysCmd(ctx context.Context, cmd string, args []string, stdout, stderr io.Writer) error {
	if cmd == "keygen" {
		return keygenCmd(args, stdout, stderr)
	}
	return rotateKeyCmd(ctx, args, stdout, stderr)
}

func keygenCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("keygen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	key := models.GenerateDataKey()
	id, err := models.DataKeyID(key)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, key)
	fmt.Fprintf(stderr, "a new data key (id %s): set it as HATCHERY_DATA_KEY and keep a copy safe; without it the phone numbers cannot be read\n", id)
	return nil
}

func rotateKeyCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rotate-key", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	newKey := fs.String("new-key", "", "the key to re-encrypt with (HATCHERY_DATA_KEY)")
	oldKeys := fs.String("old-key", "", "comma-separated keys the phone numbers are encrypted with now (HATCHERY_DATA_KEY_OLD)")
	batch := fs.Int("batch", 500, "rows re-encrypted per transaction")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	*newKey, *oldKeys = orEnv(*newKey, "HATCHERY_DATA_KEY"), orEnv(*oldKeys, "HATCHERY_DATA_KEY_OLD")
	if strings.TrimSpace(*newKey) == "" {
		return usageError{"--new-key is required (or HATCHERY_DATA_KEY); make one with `hatchery keygen`"}
	}
	if *batch < 1 {
		return usageError{"--batch must be at least 1"}
	}
	ring, err := models.NewKeyring(*newKey, splitKeys(*oldKeys)...)
	if err != nil {
		return usageError{err.Error()}
	}
	if err := validateDB(*db); err != nil {
		return usageError{err.Error()}
	}
	if err := existingDB(*db); err != nil {
		return err
	}
	store, err := openMigrated(ctx, *db, io.Discard)
	if err != nil {
		return err
	}
	defer store.Close()
	return rotate(ctx, store, ring, models.ReencryptOptions{Batch: *batch}, stdout)
}

// rotate re-encrypts every phone number with ring's primary key.
func rotate(ctx context.Context, store *models.Store, ring *models.Keyring, opt models.ReencryptOptions, stdout io.Writer) error {
	store.UseKeys(ring)
	missing, err := store.MissingDataKeys(ctx)
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		return fmt.Errorf("phone numbers are encrypted with key %s, which neither --new-key nor --old-key is: nothing was changed",
			strings.Join(missing, ", "))
	}
	n, err := store.RotateDataKey(ctx, models.System("rotate-key"), opt)
	if err != nil {
		return fmt.Errorf("%w\n%d phone numbers were re-encrypted before this; run the same command again to continue", err, n)
	}
	left, err := store.PhonesNotInPrimaryKey(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "re-encrypted %d phone numbers with key %s; %d are left in another key\n", n, ring.PrimaryID(), left)
	if left > 0 {
		return fmt.Errorf("%d phone numbers were written in another key while the rotation ran; run it again", left)
	}
	return nil
}
