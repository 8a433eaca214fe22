package models_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"gorm.io/gorm"

	"hatchery/models"
	"hatchery/models/storetest"
)

const otherDataKey = "YW5vdGhlciB0ZXN0IGtleSwgdGhpcnR5LXR3byBieXQ="

func keyring(t testing.TB, primary string, old ...string) *models.Keyring {
	t.Helper()
	k, err := models.NewKeyring(primary, old...)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// rawPhones answers every non-empty stored phone, staff and contacts, as
// the database holds them.
func rawPhones(t testing.TB, s *models.Store) []string {
	t.Helper()
	var out []string
	err := s.InTx(context.Background(), func(tx *gorm.DB) error {
		var a, b []string
		if err := tx.Raw("SELECT phone FROM staff_members WHERE phone <> '' ORDER BY id").Scan(&a).Error; err != nil {
			return err
		}
		if err := tx.Raw("SELECT contact_phone FROM organizations WHERE contact_phone <> '' ORDER BY id").Scan(&b).Error; err != nil {
			return err
		}
		out = append(a, b...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// phoneWorld is an organization with a contact phone and five staff with
// phones, written with the test key; it answers the numbers by row.
func phoneWorld(t *testing.T, d models.Dialect) (*world, models.Organization, map[string]string) {
	t.Helper()
	w := newWorld(t, d)
	ctx := context.Background()
	o, err := w.s.CreateOrganization(ctx, models.System("test"), models.Organization{Name: "号码社", RegistrationType: "community_filed",
		Category: "community_service", Stage: models.StageIncubating, IncubatorID: &w.incubator.ID, ContactPhone: "0311-86012345"})
	if err != nil {
		t.Fatal(err)
	}
	staff := make([]models.StaffMember, 5)
	for i := range staff {
		staff[i] = models.StaffMember{OrganizationID: o.ID, Name: fmt.Sprintf("员工%d", i), Phone: fmt.Sprintf("1390311000%d", i),
			EmploymentType: "full_time", Qualification: "none", Education: "bachelor", JoinedOn: "2024-01-01"}
	}
	if err := w.s.BulkInsertStaff(ctx, models.System("test"), staff); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{o.ID: "0311-86012345"}
	for _, m := range staff {
		want[m.ID] = m.Phone
	}
	return w, o, want
}

// readPhones reads the roster and the organization as an admin and
// answers the phones by row.
func readPhones(s *models.Store, a models.Actor, orgID string) (map[string]string, error) {
	ctx := context.Background()
	got := map[string]string{}
	l, err := s.ListStaff(ctx, a, orgID, models.StaffFilter{Page: models.Page{Limit: 100}})
	if err != nil {
		return nil, err
	}
	for _, m := range l.Items {
		got[m.ID] = m.Phone
	}
	o, err := s.GetOrganization(ctx, a, orgID)
	if err != nil {
		return nil, err
	}
	got[o.ID] = o.ContactPhone
	return got, nil
}

func samePhones(got, want map[string]string) bool {
	if len(got) != len(want) {
		return false
	}
	for k, v := range want {
		if got[k] != v {
			return false
		}
	}
	return true
}

// TestRotateDataKey stops a rotation after its first batch, reads every
// phone with both keys meanwhile, finishes it by running it again, and
// checks that the old key alone then reads nothing while the new one reads
// everything.
func TestRotateDataKey(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w, o, want := phoneWorld(t, d)
		ctx := context.Background()
		oldRing, newRing := keyring(t, storetest.DataKey), keyring(t, otherDataKey, storetest.DataKey)
		w.s.UseKeys(newRing)

		stop := errors.New("stopped")
		n, err := w.s.RotateDataKey(ctx, models.System("rotate-key"), models.ReencryptOptions{Batch: 2,
			AfterBatch: func(done int) error { return stop }})
		if !errors.Is(err, stop) || n != 2 {
			t.Fatalf("the interrupted rotation: %d, %v", n, err)
		}
		inNew := func() int {
			c := 0
			for _, v := range rawPhones(t, w.s) {
				if strings.HasPrefix(v, "v1:"+newRing.PrimaryID()+":") {
					c++
				}
			}
			return c
		}
		if c := inNew(); c != 2 {
			t.Fatalf("%d phones in the new key after one batch, want 2", c)
		}
		if left, err := w.s.PhonesNotInPrimaryKey(ctx); err != nil || left != 4 {
			t.Fatalf("left after one batch: %d, %v", left, err)
		}
		if got, err := readPhones(w.s, w.admin, o.ID); err != nil || !samePhones(got, want) {
			t.Fatalf("half way, both keys read %v (%v), want %v", got, err, want)
		}

		n, err = w.s.RotateDataKey(ctx, models.System("rotate-key"), models.ReencryptOptions{Batch: 2})
		if err != nil || n != 4 {
			t.Fatalf("the resumed rotation rewrote %d (%v), want the 4 left", n, err)
		}
		if c := inNew(); c != 6 {
			t.Fatalf("%d of 6 phones in the new key", c)
		}
		if n, err := w.s.RotateDataKey(ctx, models.System("rotate-key"), models.ReencryptOptions{}); err != nil || n != 0 {
			t.Fatalf("a finished rotation run again rewrote %d (%v)", n, err)
		}
		if audited, err := w.s.ListAudit(ctx, models.AuditFilter{Action: "rotate_key", Page: models.Page{Limit: 1}}); err != nil || audited.Total < 3 {
			t.Fatalf("rotation batches audited: %d (%v)", audited.Total, err)
		}

		w.s.UseKeys(oldRing)
		if _, err := readPhones(w.s, w.admin, o.ID); !errors.Is(err, models.ErrUndecryptable) {
			t.Fatalf("the old key alone still reads: %v", err)
		}
		if missing, err := w.s.MissingDataKeys(ctx); err != nil || !slices.Equal(missing, []string{newRing.PrimaryID()}) {
			t.Fatalf("missing keys %v (%v), want the new one", missing, err)
		}
		w.s.UseKeys(keyring(t, otherDataKey))
		if got, err := readPhones(w.s, w.admin, o.ID); err != nil || !samePhones(got, want) {
			t.Fatalf("the new key alone reads %v (%v), want %v", got, err, want)
		}
	})
}

// TestPlaintextPhonesAreEncrypted: numbers stored in clear (by an older
// release) are refused when read, encrypted once by the upgrade pass, and
// then read back as they were; values already encrypted in another key are
// left for the rotation.
func TestPlaintextPhonesAreEncrypted(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		w, o, want := phoneWorld(t, d)
		ctx := context.Background()
		var staffID string
		for id := range want {
			if id != o.ID {
				staffID = id
			}
		}
		if err := w.s.InTx(ctx, func(tx *gorm.DB) error {
			if err := tx.Exec("UPDATE staff_members SET phone = ? WHERE id = ?", want[staffID], staffID).Error; err != nil {
				return err
			}
			return tx.Exec("UPDATE organizations SET contact_phone = ? WHERE id = ?", want[o.ID], o.ID).Error
		}); err != nil {
			t.Fatal(err)
		}
		if _, err := readPhones(w.s, w.admin, o.ID); !errors.Is(err, models.ErrUndecryptable) {
			t.Fatalf("a phone in clear is read as it is: %v", err)
		}

		// With a new primary key the pass encrypts the clear values in it and
		// leaves the others in the key they are in.
		ring := keyring(t, otherDataKey, storetest.DataKey)
		w.s.UseKeys(ring)
		n, err := w.s.EncryptPlaintextPhones(ctx, models.System("encrypt"), models.ReencryptOptions{Batch: 1})
		if err != nil || n != 2 {
			t.Fatalf("encrypted %d (%v), want 2", n, err)
		}
		inNew := 0
		for _, v := range rawPhones(t, w.s) {
			if !strings.HasPrefix(v, "v1:") || strings.Contains(v, "0311") {
				t.Errorf("stored %q", v)
			}
			if strings.HasPrefix(v, "v1:"+ring.PrimaryID()+":") {
				inNew++
			}
		}
		if inNew != 2 {
			t.Errorf("%d values in the new key, want the 2 that were in clear", inNew)
		}
		if n, err := w.s.EncryptPlaintextPhones(ctx, models.System("encrypt"), models.ReencryptOptions{}); err != nil || n != 0 {
			t.Fatalf("a second pass encrypted %d (%v)", n, err)
		}
		if got, err := readPhones(w.s, w.admin, o.ID); err != nil || !samePhones(got, want) {
			t.Fatalf("after the pass: %v (%v), want %v", got, err, want)
		}
		if audited, err := w.s.ListAudit(ctx, models.AuditFilter{Action: "encrypt", Page: models.Page{Limit: 1}}); err != nil || audited.Total != 2 {
			t.Fatalf("encryption batches audited: %d (%v), want 2", audited.Total, err)
		}
	})
}

// TestPhonesNeedAKey: a Store without a data key refuses to write a phone
// number and writes everything else.
func TestPhonesNeedAKey(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := models.Open(ctx, storetest.DSN(t, models.SQLite), models.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	org := models.Organization{Name: "无钥社", RegistrationType: "community_filed", Category: "community_service", Stage: models.StageApplicant}
	if _, err := s.CreateOrganization(ctx, models.System("test"), org); err != nil {
		t.Fatalf("an organization without a phone: %v", err)
	}
	org.Name, org.ContactPhone = "有号社", "13903110000"
	if _, err := s.CreateOrganization(ctx, models.System("test"), org); !errors.Is(err, models.ErrNoDataKey) {
		t.Fatalf("a phone without a key: %v", err)
	}
	if got := rawPhones(t, s); len(got) != 0 {
		t.Fatalf("stored %v", got)
	}
}

// TestDemoDataKeyIsKept: the demo's key is made once and read back, so a
// demo restarts on its own data.
func TestDemoDataKeyIsKept(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		s := storetest.Open(t, d, models.Options{})
		ctx := context.Background()
		k1, err := s.DemoDataKey(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := models.ParseDataKey(k1); err != nil {
			t.Fatalf("demo key %q: %v", k1, err)
		}
		if k2, err := s.DemoDataKey(ctx); err != nil || k2 != k1 {
			t.Fatalf("the demo key changed: %q, %v", k2, err)
		}
	})
}
