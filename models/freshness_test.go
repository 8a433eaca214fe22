package models_test

import (
	"context"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestChangeCountersMoveWithWhatTheyGuard: writes to the data move the data
// counter, ending sessions, revoking tokens and changing users move the
// access counter, and what every request writes (a session's last-seen
// time, a token's last use) moves neither.
func TestChangeCountersMoveWithWhatTheyGuard(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		clock := storetest.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
		s := storetest.Open(t, d, models.Options{Now: clock.Now})
		sys := models.System("test")
		pol := models.SessionPolicy{Idle: time.Hour, Absolute: 8 * time.Hour}
		read := func() models.Versions {
			t.Helper()
			v, err := s.ReadVersions(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		moved := func(what string, before models.Versions, data, access bool) models.Versions {
			t.Helper()
			after := read()
			if (after.Data != before.Data) != data || (after.Access != before.Access) != access {
				t.Fatalf("%s: counters went from %+v to %+v; want data moved %v, access moved %v", what, before, after, data, access)
			}
			return after
		}

		v := read()
		if _, err := s.CreateCommunity(ctx, sys, models.Community{Name: "谈固东社区", Street: "谈固街道", District: "长安区", Type: "village_to_residence"}); err != nil {
			t.Fatal(err)
		}
		v = moved("a new community", v, true, false)

		u, err := s.CreateUser(ctx, sys, models.NewUser{Username: "wang", DisplayName: "王审核", Role: models.RoleReviewer, Password: "correct-horse-battery"})
		if err != nil {
			t.Fatal(err)
		}
		v = moved("a new user", v, true, true)

		_, session, err := s.Login(ctx, sys, "wang", "correct-horse-battery", "test", pol)
		if err != nil {
			t.Fatal(err)
		}
		v = read() // signing in writes the user's sign-in time
		a := models.Actor{UserID: u.ID, Username: u.Username, Role: u.Role}
		tok, err := s.CreateToken(ctx, a, "脚本", 0)
		if err != nil {
			t.Fatal(err)
		}
		v = moved("a new token", v, false, false)

		clock.Add(30 * time.Minute) // both are due to be written as seen
		counted := models.WithVersions(ctx, v)
		if _, err := s.SessionUser(counted, session, pol); err != nil {
			t.Fatal(err)
		}
		if _, err := s.TokenUser(counted, tok.Token); err != nil {
			t.Fatal(err)
		}
		v = moved("a session seen and a token used", v, false, false)

		if err := s.RevokeToken(ctx, a, tok.ID); err != nil {
			t.Fatal(err)
		}
		v = moved("a revoked token", v, false, true)
		if err := s.Logout(ctx, a, session); err != nil {
			t.Fatal(err)
		}
		moved("an ended session", v, false, true)
	})
}
