package models

import (
	"context"
	"sync"
)

// figureCache keeps figures that are the same for every caller who may
// see them (the bureau's home, province-wide for every admin and every
// reviewer; whole reports whose pages are cut from them), each under the
// data counter and the minute it was made in (some figures count days
// from now). When several callers ask at once
// after a change, one makes the figures and the others wait for them.
type figureCache struct {
	mu     sync.Mutex
	kept   map[string]keptFigure
	making map[string]*makingFigure
}

// keptFigure is one kind of figures, made under data in minute.
type keptFigure struct {
	data   int64
	minute string
	value  any
}

type makingFigure struct {
	keptFigure
	done chan struct{}
	err  error
}

// keptKinds caps how many kinds of figures are kept at once: each may be a
// whole province's report, and periods, districts and funders make many.
const keptKinds = 32

// trim drops, under c.mu, the figures made before data (no request that
// reads the counters from now on can use them) and, past keptKinds, others
// but the kind just kept until that many are left.
func (c *figureCache) trim(keep string, data int64) {
	for kind, k := range c.kept {
		if kind != keep && (k.data < data || len(c.kept) > keptKinds) {
			delete(c.kept, kind)
		}
	}
}

func newFigureCache() *figureCache {
	return &figureCache{kept: map[string]keptFigure{}, making: map[string]*makingFigure{}}
}

// sharedFigures answers the figures of kind as made under ctx's data
// counter in this minute, making them with compute when nothing was kept
// under both. kind must name everything else the figures depend on (the
// role whose scope they are in). Without counters on ctx it always
// computes.
func sharedFigures[T any](s *Store, ctx context.Context, kind string, compute func() (T, error)) (T, error) {
	v, ok := VersionsFrom(ctx)
	if !ok {
		return compute()
	}
	minute := s.Now().Format("200601021504")
	c := s.figures
	c.mu.Lock()
	if k, hit := c.kept[kind]; hit && k.data == v.Data && k.minute == minute {
		c.mu.Unlock()
		return k.value.(T), nil
	}
	if m, busy := c.making[kind]; busy && m.data == v.Data && m.minute == minute {
		c.mu.Unlock()
		select {
		case <-m.done:
			if m.err == nil {
				return m.value.(T), nil
			}
			return compute()
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		}
	}
	m := &makingFigure{keptFigure: keptFigure{data: v.Data, minute: minute}, done: make(chan struct{})}
	c.making[kind] = m
	c.mu.Unlock()

	value, err := compute()
	m.value, m.err = value, err
	c.mu.Lock()
	if c.making[kind] == m {
		delete(c.making, kind)
	}
	if err == nil && c.kept[kind].data <= v.Data {
		c.kept[kind] = m.keptFigure
		c.trim(kind, v.Data)
	}
	c.mu.Unlock()
	close(m.done)
	return value, err
}
