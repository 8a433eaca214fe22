package models

import (
	"context"
	"sync"
	"time"
)

// callerCacheSize bounds the signed-in callers a server keeps; past it the
// cache starts again empty (each caller costs one more read).
const callerCacheSize = 20000

// callerCache keeps what a request learnt about its caller (the user
// behind a session or token, and the policies every request is held to)
// for the caller's next requests, each entry under the access counter it
// was read under: any write to users, policies, sessions ended or tokens
// revoked moves the counter, and nothing kept under an older one is used.
type callerCache struct {
	mu      sync.Mutex
	callers map[string]keptCaller
	// policies holds settings read on every request, by key.
	policies map[string]keptPolicy
}

// keptCaller is a session's or token's user with the times that decide,
// without the database, whether it may still be used.
type keptCaller struct {
	access int64
	user   User
	// seen is when the session was last seen or the token last used, as
	// written to the database; expires is its hard end (zero: none).
	seen, expires time.Time
}

type keptPolicy struct {
	access int64
	value  any
}

func newCallerCache() *callerCache {
	return &callerCache{callers: map[string]keptCaller{}, policies: map[string]keptPolicy{}}
}

// caller answers the kept caller for key, if it was kept under access.
func (c *callerCache) caller(key string, access int64) (keptCaller, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k, ok := c.callers[key]
	return k, ok && k.access == access
}

func (c *callerCache) keepCaller(key string, k keptCaller) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.callers) >= callerCacheSize {
		clear(c.callers)
	}
	c.callers[key] = k
}

// forget drops key, for a session or token found ended.
func (c *callerCache) forget(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.callers, key)
}

func (c *callerCache) policy(key string, access int64) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.policies[key]
	return p.value, ok && p.access == access
}

func (c *callerCache) keepPolicy(key string, access int64, v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.policies[key] = keptPolicy{access: access, value: v}
}

// keptPolicyValue answers the setting key as read under ctx's access
// counter, reading it with read when nothing was kept under that counter.
// Without counters on ctx it always reads.
func keptPolicyValue[T any](s *Store, ctx context.Context, key string, read func() (T, error)) (T, error) {
	v, ok := VersionsFrom(ctx)
	if ok {
		if p, hit := s.callers.policy(key, v.Access); hit {
			return p.(T), nil
		}
	}
	p, err := read()
	if err == nil && ok {
		s.callers.keepPolicy(key, v.Access, p)
	}
	return p, err
}
