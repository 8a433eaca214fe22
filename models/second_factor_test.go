package models_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"hatchery/models"
	"hatchery/models/storetest"
)

// Recovery codes are kept only as hashes, and a confirmation replaces the
// pending secret's last step so that its code is spent.
func TestRecoveryCodesAreStoredHashed(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		clk := storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
		s := storetest.Open(t, d, models.Options{Now: clk.Now})
		u, err := s.CreateUser(ctx, models.System("test"), models.NewUser{Username: "wangmin", DisplayName: "王敏", Role: models.RoleReviewer, Password: "long-enough-secret"})
		if err != nil {
			t.Fatal(err)
		}
		a := models.Actor{UserID: u.ID, Username: u.Username, Role: u.Role}
		e, err := s.EnrolTOTP(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		code, err := totp.GenerateCode(e.Secret, clk.Now())
		if err != nil {
			t.Fatal(err)
		}
		codes, err := s.ConfirmTOTP(ctx, a, code)
		if err != nil {
			t.Fatal(err)
		}
		var stored []string
		if err := s.RawScan(ctx, &stored, "SELECT code_hash FROM totp_recovery_codes WHERE user_id = '"+u.ID+"'"); err != nil {
			t.Fatal(err)
		}
		if len(stored) != 10 || len(codes) != 10 {
			t.Fatalf("stored %d hashes for %d codes", len(stored), len(codes))
		}
		for _, c := range codes {
			if slices.Contains(stored, c) {
				t.Fatalf("recovery code %q is stored as it is", c)
			}
		}
		// Enrolling again while on is refused; the secret stays.
		var cerr *models.ConflictError
		if _, err := s.EnrolTOTP(ctx, a); !errors.As(err, &cerr) {
			t.Fatalf("enrol while on: %v", err)
		}
		if _, _, err := s.Login(ctx, models.Actor{}, "wangmin", "long-enough-secret", "", models.SessionPolicy{Idle: time.Hour, Absolute: time.Hour}); !errors.Is(err, models.ErrSecondFactorRequired) {
			t.Fatalf("password alone: %v", err)
		}
	})
}
