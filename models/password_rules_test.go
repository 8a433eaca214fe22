package models_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestPasswordReuseRefusesTheLastFive changes a password six times, then
// tries each of the current and the last five again (refused, naming the
// rule), then the one before them (accepted). An admin's reset is held to
// the same history and joins it.
func TestPasswordReuseRefusesTheLastFive(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		s := storetest.Open(t, d, models.Options{})
		pw := func(i int) string { return "history-password-" + string(rune('a'+i)) }
		u, err := s.CreateUser(ctx, models.System("test"), models.NewUser{Username: "keeper", DisplayName: "K", Role: models.RoleReviewer, Password: pw(0)})
		if err != nil {
			t.Fatal(err)
		}
		a := models.Actor{UserID: u.ID, Username: u.Username, Role: u.Role}
		for i := 1; i <= 6; i++ {
			if err := s.ChangePassword(ctx, a, "", pw(i-1), pw(i)); err != nil {
				t.Fatalf("change %d: %v", i, err)
			}
		}
		var kept []string
		if err := s.RawScan(ctx, &kept, "SELECT password_hash FROM password_history WHERE user_id = '"+u.ID+"'"); err != nil {
			t.Fatal(err)
		}
		if len(kept) != models.PasswordHistoryKept {
			t.Fatalf("history holds %d hashes, want %d", len(kept), models.PasswordHistoryKept)
		}
		for i := 1; i <= 5; i++ {
			err := s.ChangePassword(ctx, a, "", pw(6), pw(i))
			var rerr *models.RuleError
			if !errors.As(err, &rerr) || rerr.Code != models.RulePasswordReused || rerr.Field != "new_password" {
				t.Errorf("reusing password %d: %v, want rule %s on new_password", i, err, models.RulePasswordReused)
			}
		}
		var verr *models.ValidationError
		if err := s.ChangePassword(ctx, a, "", pw(6), pw(6)); !errors.As(err, &verr) || verr.Fields[0].Code != "password_unchanged" {
			t.Errorf("the current password again: %v, want password_unchanged", err)
		}
		if _, _, err := s.Login(ctx, models.Actor{}, "keeper", pw(6), "", models.SessionPolicy{Idle: time.Hour, Absolute: time.Hour}); err != nil {
			t.Fatalf("refused changes changed the password: %v", err)
		}
		// The sixth-oldest has left the history.
		if err := s.ChangePassword(ctx, a, "", pw(6), pw(0)); err != nil {
			t.Fatalf("the password before the last five: %v", err)
		}

		// An admin's reset may not repeat one either, and counts.
		admin, err := s.CreateUser(ctx, models.System("test"), models.NewUser{Username: "boss", DisplayName: "B", Role: models.RoleAdmin, Password: "admin-password-1"})
		if err != nil {
			t.Fatal(err)
		}
		aa := models.Actor{UserID: admin.ID, Username: admin.Username, Role: admin.Role}
		cur, _ := s.GetUser(ctx, u.ID)
		var rerr *models.RuleError
		if _, err := s.UpdateUser(ctx, aa, u.ID, cur.Version, models.UserPatch{Password: ptr(pw(3))}); !errors.As(err, &rerr) || rerr.Code != models.RulePasswordReused || rerr.Field != "password" {
			t.Errorf("admin reset to a recent password: %v, want %s on password", err, models.RulePasswordReused)
		}
		after, err := s.UpdateUser(ctx, aa, u.ID, cur.Version, models.UserPatch{Password: ptr("reset-by-admin-1")})
		if err != nil {
			t.Fatalf("admin reset: %v", err)
		}
		if !after.PasswordChangedAt.After(cur.PasswordChangedAt.Time) && !after.PasswordChangedAt.Equal(cur.PasswordChangedAt.Time) {
			t.Errorf("password_changed_at went back: %v before %v", after.PasswordChangedAt, cur.PasswordChangedAt)
		}
		if err := s.ChangePassword(ctx, a, "", "reset-by-admin-1", pw(0)); !errors.As(err, &rerr) || rerr.Code != models.RulePasswordReused {
			t.Errorf("the password the admin replaced: %v, want %s", err, models.RulePasswordReused)
		}
	})
}

// TestPasswordMaxAge: off by default; once set, a password older than the
// maximum age has expired until it is changed; the setting is versioned
// and audited.
func TestPasswordMaxAge(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		clock := storetest.NewClock(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
		s := storetest.Open(t, d, models.Options{Now: clock.Now})
		u, err := s.CreateUser(ctx, models.System("test"), models.NewUser{Username: "ager", DisplayName: "A", Role: models.RoleReviewer, Password: "aging-password-1"})
		if err != nil {
			t.Fatal(err)
		}
		if !u.PasswordChangedAt.Equal(clock.Now()) {
			t.Errorf("password_changed_at = %v, want %v", u.PasswordChangedAt, clock.Now())
		}
		clock.Add(400 * 24 * time.Hour)
		if exp, err := s.PasswordExpired(ctx, u); err != nil || exp {
			t.Fatalf("with no maximum age: expired %v, %v", exp, err)
		}
		admin := models.Actor{Username: "system:test"}
		set, err := s.SetPasswordPolicy(ctx, admin, 0, models.PasswordPolicy{MaxAgeDays: 90})
		if err != nil || set.MaxAgeDays != 90 || set.Version != 1 {
			t.Fatalf("set: %+v, %v", set, err)
		}
		if _, err := s.SetPasswordPolicy(ctx, admin, 0, models.PasswordPolicy{MaxAgeDays: 30}); !errors.Is(err, models.ErrStale) {
			t.Errorf("a stale version: %v, want ErrStale", err)
		}
		if got, _ := s.PasswordSettings(ctx); got.MaxAgeDays != 90 {
			t.Errorf("after a stale write the policy is %+v", got)
		}
		l, err := s.ListAudit(ctx, models.AuditFilter{Entity: "setting", EntityID: "passwords", Page: models.Page{Limit: 10}})
		if err != nil || l.Total != 1 {
			t.Fatalf("audit of the setting: %d entries, %v", l.Total, err)
		}
		if exp, _ := s.PasswordExpired(ctx, u); !exp {
			t.Fatal("a 400-day-old password under a 90-day limit has not expired")
		}
		a := models.Actor{UserID: u.ID, Username: u.Username, Role: u.Role}
		if err := s.ChangePassword(ctx, a, "", "aging-password-1", "aging-password-2"); err != nil {
			t.Fatal(err)
		}
		u, _ = s.GetUser(ctx, u.ID)
		if exp, _ := s.PasswordExpired(ctx, u); exp {
			t.Fatal("a password changed now has expired")
		}
		clock.Add(91 * 24 * time.Hour)
		if exp, _ := s.PasswordExpired(ctx, u); !exp {
			t.Fatal("91 days later the password has not expired")
		}
		if _, err := s.SetPasswordPolicy(ctx, admin, 1, models.PasswordPolicy{MaxAgeDays: 0}); err != nil {
			t.Fatal(err)
		}
		if exp, _ := s.PasswordExpired(ctx, u); exp {
			t.Fatal("with the maximum age off the password has expired")
		}
	})
}
