package handlers

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Throttle limits sign-in attempts per account and per client address with
// token buckets, so that guessing passwords is slow and one address cannot
// lock out everyone.
type Throttle struct {
	mu        sync.Mutex
	accounts  map[string]*bucket
	addresses map[string]*bucket
	account   rate.Limit
	accBurst  int
	address   rate.Limit
	addrBurst int
	now       func() time.Time
	lastSweep time.Time
	reported  map[string]time.Time // when a refusal was last audited, by address
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// ThrottleConfig sets the buckets: Burst attempts at once, then one per Every.
type ThrottleConfig struct {
	AccountBurst int
	AccountEvery time.Duration
	AddressBurst int
	AddressEvery time.Duration
	Now          func() time.Time
}

// DefaultThrottle allows 5 quick attempts per account (then one a minute)
// and 20 per address (then one every 6 seconds).
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
		account: rate.Every(cfg.AccountEvery), accBurst: cfg.AccountBurst,
		address: rate.Every(cfg.AddressEvery), addrBurst: cfg.AddressBurst,
		now: cfg.Now, lastSweep: cfg.Now(), reported: map[string]time.Time{},
	}
}

// Allow takes one attempt from both buckets. When either is empty it takes
// nothing and answers how long to wait.
func (t *Throttle) Allow(account, address string) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	t.sweep(now)
	acc := t.get(t.accounts, account, t.account, t.accBurst, now)
	addr := t.get(t.addresses, address, t.address, t.addrBurst, now)
	ra, rb := acc.ReserveN(now, 1), addr.ReserveN(now, 1)
	wait := max(ra.DelayFrom(now), rb.DelayFrom(now))
	if wait > 0 {
		ra.CancelAt(now)
		rb.CancelAt(now)
		return false, wait
	}
	return true, 0
}

// AllowAddress takes one attempt from the address's bucket only (a bad API
// token names no account).
func (t *Throttle) AllowAddress(address string) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	t.sweep(now)
	r := t.get(t.addresses, address, t.address, t.addrBurst, now).ReserveN(now, 1)
	if wait := r.DelayFrom(now); wait > 0 {
		r.CancelAt(now)
		return false, wait
	}
	return true, 0
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

// Succeeded refills the account's bucket after a correct password, so that
// a user's own typos do not add up across sign-ins.
func (t *Throttle) Succeeded(account string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.accounts, account)
}

func (t *Throttle) get(m map[string]*bucket, key string, lim rate.Limit, burst int, now time.Time) *rate.Limiter {
	b, ok := m[key]
	if !ok {
		b = &bucket{lim: rate.NewLimiter(lim, burst)}
		m[key] = b
	}
	b.seen = now
	return b.lim
}

// sweep forgets buckets idle long enough to have refilled, every minute.
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
			if b.lim.TokensAt(now) >= float64(b.lim.Burst()) {
				delete(m, k)
			}
		}
	}
}

// retryAfterSeconds rounds a wait up to whole seconds for Retry-After.
func retryAfterSeconds(d time.Duration) int {
	return int(math.Ceil(d.Seconds()))
}
