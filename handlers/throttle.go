package handlers

import (
	"math"
	"sync"
	"time"
)

// Throttle limits sign-in attempts per account and per client address with
// token buckets, so that guessing passwords is slow and one address cannot
// lock out everyone. Every attempt takes a token from both buckets before
// the password is checked, so parallel guesses cannot overrun the limit; a
// correct password gives the address its token back and refills the
// account's bucket, so only failures add up. Thirty colleagues signing in
// at nine from one office address therefore all get in (unless more than
// the burst are having their passwords checked at the same instant), while
// a guesser from that address is still stopped after the address's burst.
type Throttle struct {
	mu        sync.Mutex
	accounts  map[string]*bucket
	addresses map[string]*bucket
	account   rule
	address   rule
	now       func() time.Time
	lastSweep time.Time
	reported  map[string]time.Time // when a refusal was last audited, by address
}

// rule is a bucket's size: burst attempts at once, then one per every.
type rule struct {
	burst int
	every time.Duration
}

// bucket is a token bucket kept as the time at which it will be full again
// (the generic cell rate algorithm): each attempt pushes that time one
// interval later, and a bucket whose time lies more than burst intervals
// ahead is empty. Taking and giving back are exact; no tokens are counted
// in floating point.
type bucket struct {
	full time.Time
}

// take spends one attempt at now, or answers how long to wait for one.
func (b *bucket) take(r rule, now time.Time) (bool, time.Duration) {
	if wait := b.wait(r, now); wait > 0 {
		return false, wait
	}
	b.full = b.start(r, now).Add(r.every)
	return true, 0
}

// wait is how long until the bucket holds an attempt (0 if it does now).
func (b *bucket) wait(r rule, now time.Time) time.Duration {
	return max(b.start(r, now).Add(r.every).Sub(now)-r.window(), 0)
}

// start is when the next attempt's interval begins: now, or later while
// earlier attempts are being paid off. A clock set back leaves the bucket
// empty at most, not empty for as long as the clock went back.
func (b *bucket) start(r rule, now time.Time) time.Time {
	if limit := now.Add(r.window()); b.full.After(limit) {
		b.full = limit
	}
	if b.full.Before(now) {
		return now
	}
	return b.full
}

// window is how long an empty bucket takes to fill.
func (r rule) window() time.Duration { return time.Duration(r.burst) * r.every }

// giveBack returns an attempt taken earlier.
func (b *bucket) giveBack(r rule) { b.full = b.full.Add(-r.every) }

// ThrottleConfig sets the buckets: Burst attempts at once, then one per Every.
type ThrottleConfig struct {
	AccountBurst int
	AccountEvery time.Duration
	AddressBurst int
	AddressEvery time.Duration
	Now          func() time.Time
}

// DefaultThrottle allows 5 failed attempts per account (then one a minute)
// and 20 failed attempts per address (then one every 6 seconds).
func DefaultThrottle() ThrottleConfig {
	return ThrottleConfig{AccountBurst: 5, AccountEvery: time.Minute, AddressBurst: 20, AddressEvery: 6 * time.Second}
}

// NewThrottle builds a Throttle from cfg.
func NewThrottle(cfg ThrottleConfig) *Throttle {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Throttle{
		accounts: map[string]*bucket{}, addresses: map[string]*bucket{},
		account: rule{cfg.AccountBurst, cfg.AccountEvery}, address: rule{cfg.AddressBurst, cfg.AddressEvery},
		now: cfg.Now, lastSweep: cfg.Now(), reported: map[string]time.Time{},
	}
}

// Allow takes one attempt from both buckets. When either is empty it takes
// nothing and answers how long to wait. A sign-in that then succeeds calls
// Succeeded.
func (t *Throttle) Allow(account, address string) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	t.sweep(now)
	acc, addr := t.get(t.accounts, account), t.get(t.addresses, address)
	if wait := max(acc.wait(t.account, now), addr.wait(t.address, now)); wait > 0 {
		return false, wait
	}
	acc.take(t.account, now)
	addr.take(t.address, now)
	return true, 0
}

// AllowAddress takes one attempt from the address's bucket only (a bad API
// token names no account).
func (t *Throttle) AllowAddress(address string) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	t.sweep(now)
	return t.get(t.addresses, address).take(t.address, now)
}

// Succeeded follows an Allow whose password was right: the address gets
// its attempt back, and the account's bucket is refilled so that a user's
// own typos do not add up across sign-ins.
func (t *Throttle) Succeeded(account, address string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.accounts, account)
	if b, ok := t.addresses[address]; ok {
		b.giveBack(t.address)
	}
}

// ShouldReport says whether a refusal from address is worth an audit entry:
// the first in each minute is, so that a flood cannot flood the trail.
func (t *Throttle) ShouldReport(address string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	if last, ok := t.reported[address]; ok && now.Sub(last) < time.Minute {
		return false
	}
	t.reported[address] = now
	return true
}

func (t *Throttle) get(m map[string]*bucket, key string) *bucket {
	b, ok := m[key]
	if !ok {
		b = &bucket{}
		m[key] = b
	}
	return b
}

// sweep forgets buckets that have refilled, every minute.
func (t *Throttle) sweep(now time.Time) {
	if now.Sub(t.lastSweep) < time.Minute {
		return
	}
	t.lastSweep = now
	for k, at := range t.reported {
		if now.Sub(at) >= time.Minute {
			delete(t.reported, k)
		}
	}
	for _, m := range []map[string]*bucket{t.accounts, t.addresses} {
		for k, b := range m {
			if !b.full.After(now) {
				delete(m, k)
			}
		}
	}
}

// retryAfterSeconds rounds a wait up to whole seconds for Retry-After.
func retryAfterSeconds(d time.Duration) int {
	return int(math.Ceil(d.Seconds()))
}
