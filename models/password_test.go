package models_test

import (
	"context"
	"errors"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

func TestCheckPassword(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, pw, code string // code "" means accepted
	}{
		{"eight spaces", "        ", "password_blank"},
		{"tabs and spaces", " \t \t \t \t", "password_blank"},
		{"one letter repeated", "aaaaaaaa", "password_repeated"},
		{"one digit repeated", "1111111111", "password_repeated"},
		{"one Chinese character repeated", "好好好好好好好好", "password_repeated"},
		{"one letter repeated inside spaces", "  zzzzzzzz  ", "password_repeated"},
		{"common", "password", "password_common"},
		{"common in another case", "PassWord", "password_common"},
		{"common inside spaces", "  password  ", "password_common"},
		{"the username", "wangmin01", "password_common"},
		{"too short", "abc", "password_length"},
		{"two letters", "abababab", ""},
		{"a phrase", "long-enough-secret", ""},
		{"spaces inside", "tea at five", ""},
	}
	for _, c := range cases {
		err := models.CheckPassword(c.pw, "wangmin01")
		switch {
		case c.code == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.code != "" && (err == nil || err.Fields[0].Code != c.code || err.Fields[0].Field != "password"):
			t.Errorf("%s: got %v, want %s on password", c.name, err, c.code)
		}
	}
	// The command line's generated passwords always pass.
	for i := 0; i < 200; i++ {
		if err := models.CheckPassword(models.GeneratePassword(), "admin"); err != nil {
			t.Fatalf("generated password refused: %v", err)
		}
	}
}

// Creating a user (the route and the command line) and changing a password
// refuse weak passwords and store nothing.
func TestWeakPasswordsAreNotStored(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		s := storetest.Open(t, d, models.Options{})
		ctx, sys := context.Background(), models.System("test")
		for _, pw := range []string{"        ", "aaaaaaaa"} {
			_, err := s.CreateUser(ctx, sys, models.NewUser{Username: "weak", DisplayName: "weak", Role: models.RoleReviewer, Password: pw})
			var ve *models.ValidationError
			if !errors.As(err, &ve) || ve.Fields[0].Field != "password" {
				t.Errorf("create with %q: %v, want a password field error", pw, err)
			}
			if _, _, err := s.Login(ctx, models.Actor{}, "weak", pw, "", models.SessionPolicy{Idle: 60e9, Absolute: 3600e9}); !errors.Is(err, models.ErrUnauthenticated) {
				t.Errorf("sign-in with %q after a refused create: %v", pw, err)
			}
		}
		u, err := s.CreateUser(ctx, sys, models.NewUser{Username: "strong", DisplayName: "strong", Role: models.RoleReviewer, Password: "long-enough-secret"})
		must(t, err)
		for _, pw := range []string{"        ", "aaaaaaaa"} {
			_, err := s.UpdateUser(ctx, sys, u.ID, u.Version, models.UserPatch{Password: &pw})
			var ve *models.ValidationError
			if !errors.As(err, &ve) || ve.Fields[0].Field != "password" {
				t.Errorf("change to %q: %v, want a password field error", pw, err)
			}
		}
		if after, err := s.GetUser(ctx, u.ID); err != nil || after.Version != u.Version {
			t.Errorf("user after refused changes: %+v, %v", after, err)
		}
	})
}
