package models_test

import (
	"context"
	"math/rand/v2"
	"strconv"
	"sync"
	"sync/atomic"
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

// TestCounterReadsSeeEveryEarlierWrite: however reads of the counters are
// shared between requests that arrive together, each answer holds every
// write acknowledged before its request asked.
func TestCounterReadsSeeEveryEarlierWrite(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		s := storetest.Open(t, d, models.Options{})
		s.SlowCounterReads(time.Millisecond) // writes land while reads are on their way back
		var acked atomic.Int64               // the highest data counter a finished write has read back
		stop := make(chan struct{})
		var writes sync.WaitGroup
		writes.Add(1)
		go func() {
			defer writes.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if err := s.ExecForTest(ctx, "UPDATE change_counters SET version = version + 1 WHERE name = 'data'"); err != nil {
					t.Error(err)
					return
				}
				var got []string
				if err := s.RawScan(ctx, &got, "SELECT version FROM change_counters WHERE name = 'data'"); err != nil || len(got) != 1 {
					t.Error(err, got)
					return
				}
				n, _ := strconv.ParseInt(got[0], 10, 64)
				for {
					old := acked.Load()
					if n <= old || acked.CompareAndSwap(old, n) {
						break
					}
				}
			}
		}()
		var reads sync.WaitGroup
		var n atomic.Int64
		for range 8 {
			reads.Add(1)
			go func() {
				defer reads.Done()
				for range 200 {
					time.Sleep(time.Duration(rand.IntN(1500)) * time.Microsecond) // arrive at any point of a read
					floor := acked.Load()
					v, err := s.ReadVersions(ctx)
					if err != nil {
						t.Error(err)
						return
					}
					if v.Data < floor {
						t.Errorf("read data counter %d after a write had made it %d", v.Data, floor)
						return
					}
					n.Add(1)
				}
			}()
		}
		reads.Wait()
		close(stop)
		writes.Wait()
		if acked.Load() < 2 || n.Load() != 8*200 {
			t.Fatalf("the writer acknowledged up to %d and %d reads ran; want writes under the reads", acked.Load(), n.Load())
		}
	})
}
