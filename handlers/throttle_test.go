package handlers

import (
	"fmt"
	"testing"
	"time"
)

// step is one event at one address: after advancing the clock, a sign-in
// attempt on account ("" for a bad API token), and whether it succeeded.
type step struct {
	advance  time.Duration
	account  string
	succeeds bool
	wantOK   bool
	wantWait time.Duration
}

func TestThrottleCountsFailures(t *testing.T) {
	t.Parallel()
	// Two failures per account, then one a minute; four per address, then
	// one every ten seconds.
	cfg := ThrottleConfig{AccountBurst: 2, AccountEvery: time.Minute, AddressBurst: 4, AddressEvery: 10 * time.Second}
	fail := func(account string) step { return step{account: account, wantOK: true} }
	ok := func(account string) step { return step{account: account, succeeds: true, wantOK: true} }
	refused := func(account string, wait time.Duration) step { return step{account: account, wantWait: wait} }
	cases := []struct {
		name  string
		steps []step
	}{
		{"address burst, then one per interval", []step{
			fail("a"), fail("b"), fail("c"), fail("d"), refused("e", 10*time.Second),
			{advance: 4 * time.Second, account: "e", wantWait: 6 * time.Second},
			{advance: 6 * time.Second, account: "e", wantOK: true}, refused("f", 10*time.Second),
		}},
		{"successes cost the address nothing", []step{
			ok("a"), ok("b"), ok("c"), ok("d"), ok("e"), ok("f"), ok("g"), ok("h"),
			fail("i"), fail("j"), fail("k"), fail("l"), refused("m", 10*time.Second),
		}},
		{"failures count between successes", []step{
			fail("a"), ok("a"), fail("b"), ok("b"), fail("c"), ok("c"), fail("d"),
			refused("e", 10*time.Second), // a right password needs an attempt too
			{advance: 10 * time.Second, account: "e", succeeds: true, wantOK: true}, ok("f"),
		}},
		{"account burst, from any address", []step{
			fail("a"), fail("a"), refused("a", time.Minute), fail("b"),
		}},
		{"a success refills the account", []step{
			fail("a"), ok("a"), fail("a"), fail("a"), refused("a", time.Minute),
		}},
		{"a refusal spends nothing", []step{
			fail("a"), fail("a"), refused("a", time.Minute), refused("a", time.Minute), fail("b"), fail("c"),
			refused("d", 10*time.Second),
		}},
		{"bad tokens share the address budget", []step{
			fail(""), fail(""), fail("a"), fail(""), refused("b", 10*time.Second), refused("", 10*time.Second),
		}},
		{"a clock set back an hour costs one interval", []step{
			fail("a"), {advance: -time.Hour, account: "b", wantWait: 10 * time.Second},
			{advance: 10 * time.Second, account: "b", wantOK: true}, refused("c", 10*time.Second),
		}},
		{"an hour later the buckets are full", []step{
			fail("a"), fail("a"), fail("b"), fail("c"),
			{advance: time.Hour, account: "a", wantOK: true}, fail("a"), fail("b"), fail("c"), refused("d", 10*time.Second),
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
			cfg := cfg
			cfg.Now = func() time.Time { return now }
			th := NewThrottle(cfg)
			for i, s := range c.steps {
				now = now.Add(s.advance)
				var ok bool
				var wait time.Duration
				if s.account == "" {
					ok, wait = th.AllowAddress("203.0.113.7")
				} else {
					ok, wait = th.Allow(s.account, "203.0.113.7")
				}
				if ok != s.wantOK || wait != s.wantWait {
					t.Fatalf("step %d (%q): allowed %v, wait %s; want %v, %s", i, s.account, ok, wait, s.wantOK, s.wantWait)
				}
				if ok && s.succeeds {
					th.Succeeded(s.account, "203.0.113.7")
				}
			}
		})
	}
}

func TestThrottleForgetsRefilledBuckets(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	th := NewThrottle(ThrottleConfig{AccountBurst: 5, AccountEvery: time.Minute, AddressBurst: 20, AddressEvery: 6 * time.Second,
		Now: func() time.Time { return now }})
	for i := 0; i < 100; i++ {
		th.Allow(fmt.Sprintf("user%d", i), fmt.Sprintf("192.0.2.%d", i))
		th.AllowAddress(fmt.Sprintf("198.51.100.%d", i))
		th.ShouldReport(fmt.Sprintf("198.51.100.%d", i))
	}
	now = now.Add(time.Hour)
	th.Allow("someone", "203.0.113.7")
	if len(th.accounts) != 1 || len(th.addresses) != 1 || len(th.reported) != 0 {
		t.Fatalf("after an hour: %d accounts, %d addresses, %d reports kept; want only the new attempt's",
			len(th.accounts), len(th.addresses), len(th.reported))
	}
}

func TestRetryAfterSeconds(t *testing.T) {
	t.Parallel()
	cases := []struct {
		wait time.Duration
		want int
	}{
		{time.Nanosecond, 1}, {time.Second, 1}, {1500 * time.Millisecond, 2}, {time.Minute, 60},
	}
	for _, c := range cases {
		if got := retryAfterSeconds(c.wait); got != c.want {
			t.Errorf("retryAfterSeconds(%s) = %d, want %d", c.wait, got, c.want)
		}
	}
}
