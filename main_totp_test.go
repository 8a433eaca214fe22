package main

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"hatchery/models"
	"hatchery/models/storetest"
)

func TestTOTPResetCommand(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		dsn := storetest.DSN(t, d)
		if out, err := runCmd(t, "migrate", "--db", dsn); err != nil {
			t.Fatalf("migrate: %v\n%s", err, out)
		}
		ctx := context.Background()
		s, err := models.Open(ctx, dsn, models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		u, err := s.CreateUser(ctx, models.System("test"), models.NewUser{Username: "wangmin", DisplayName: "王敏", Role: models.RoleAdmin, Password: "long-enough-secret"})
		if err != nil {
			t.Fatal(err)
		}
		a := models.Actor{UserID: u.ID, Username: u.Username, Role: u.Role}
		e, err := s.EnrolTOTP(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		code, err := totp.GenerateCode(e.Secret, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.ConfirmTOTP(ctx, a, code); err != nil {
			t.Fatal(err)
		}
		pol := models.SessionPolicy{Idle: time.Hour, Absolute: time.Hour}
		if _, _, err := s.Login(ctx, models.Actor{}, "wangmin", "long-enough-secret", "", pol); !errors.Is(err, models.ErrSecondFactorRequired) {
			t.Fatalf("before the reset: %v", err)
		}

		if _, err := runCmd(t, "totp-reset", "--db", dsn); err == nil || !strings.Contains(err.Error(), "--username") {
			t.Fatalf("without --username: %v", err)
		}
		if _, err := runCmd(t, "totp-reset", "--db", dsn, "--username", "nobody"); err == nil || !strings.Contains(err.Error(), "nobody") {
			t.Fatalf("unknown user: %v", err)
		}
		if out, err := runCmd(t, "totp-reset", "--db", dsn, "--username", "WangMin"); err != nil || !strings.Contains(out, "is off") {
			t.Fatalf("totp-reset: %v\n%s", err, out)
		}
		if _, _, err := s.Login(ctx, models.Actor{}, "wangmin", "long-enough-secret", "", pol); err != nil {
			t.Fatalf("after the reset the password alone does not sign in: %v", err)
		}
		l, err := s.ListAudit(ctx, models.AuditFilter{Action: "totp_reset", EntityID: u.ID, Page: models.Page{Limit: 10}})
		if err != nil || l.Total != 1 {
			t.Fatalf("totp_reset audit entries: %d, %v", l.Total, err)
		}
	})
}
