package models_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// A session in use stays open however short the idle limit, and one left
// alone for the limit ends.
func TestSessionInUseOutlivesTheIdleLimit(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		cases := []struct {
			name  string
			idle  time.Duration
			every time.Duration
		}{
			{"one minute, used every 22 s", time.Minute, 22 * time.Second},
			{"one minute, used every 50 s", time.Minute, 50 * time.Second},
			{"thirty minutes, used every 25 min", 30 * time.Minute, 25 * time.Minute},
		}
		for _, c := range cases {
			clk := storetest.NewClock(time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC))
			s := storetest.Open(t, d, models.Options{Now: clk.Now})
			ctx := context.Background()
			pol := models.SessionPolicy{Idle: c.idle, Absolute: 24 * time.Hour}
			_, err := s.CreateUser(ctx, models.System("test"), models.NewUser{Username: "user1", DisplayName: "user1", Role: models.RoleReviewer, Password: "long-enough-secret"})
			must(t, err)
			_, token, err := s.Login(ctx, models.Actor{}, "user1", "long-enough-secret", "", pol)
			must(t, err)
			for i := 1; i <= 10; i++ {
				clk.Add(c.every)
				if _, err := s.SessionUser(ctx, token, pol); err != nil {
					t.Fatalf("%s: use %d after %s: %v", c.name, i, time.Duration(i)*c.every, err)
				}
			}
			clk.Add(c.idle)
			if _, err := s.SessionUser(ctx, token, pol); !errors.Is(err, models.ErrUnauthenticated) {
				t.Errorf("%s: after %s unused: %v, want the session ended", c.name, c.idle, err)
			}
		}
	})
}
