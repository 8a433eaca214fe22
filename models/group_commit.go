package models

import (
	"context"
	"fmt"
	"sync"

	"gorm.io/gorm"
)

// groupCommit runs the write transactions that arrive together as one
// database transaction, each in its own savepoint, and answers each caller
// once the whole batch is committed. With one writer connection and
// synchronous=FULL, every commit costs a sync to disk; a batch pays it once.
// A write that fails rolls back to its savepoint and leaves the others be.
type groupCommit struct {
	db   *gorm.DB
	jobs chan *writeJob
	stop sync.Once
	done chan struct{}
}

type writeJob struct {
	fn     func(tx *gorm.DB) error
	answer chan error
}

// maxBatch bounds how many writes share one commit.
const maxBatch = 64

func newGroupCommit(db *gorm.DB) *groupCommit {
	g := &groupCommit{db: db, jobs: make(chan *writeJob), done: make(chan struct{})}
	go g.run()
	return g
}

// do runs fn in the next batch and answers its error, or the batch's when
// the commit failed. Once queued a write is waited for, even if ctx ends,
// so that the caller never mistakes a committed write for a failed one.
func (g *groupCommit) do(ctx context.Context, fn func(tx *gorm.DB) error) error {
	j := &writeJob{fn: fn, answer: make(chan error, 1)}
	select {
	case g.jobs <- j:
	case <-ctx.Done():
		return ctx.Err()
	case <-g.done:
		return fmt.Errorf("the store is closed")
	}
	return <-j.answer
}

func (g *groupCommit) run() {
	for {
		var first *writeJob
		select {
		case first = <-g.jobs:
		case <-g.done:
			return
		}
		batch := []*writeJob{first}
	more:
		for len(batch) < maxBatch {
			select {
			case j := <-g.jobs:
				batch = append(batch, j)
			default:
				break more
			}
		}
		errs := make([]error, len(batch))
		// The batch runs without the callers' contexts: cancelling one
		// statement would roll back every write of the batch.
		err := g.db.Transaction(func(tx *gorm.DB) error {
			for i, j := range batch {
				errs[i] = runSavepoint(tx, j.fn)
			}
			return nil
		})
		for i, j := range batch {
			if err != nil {
				j.answer <- err
			} else {
				j.answer <- errs[i]
			}
		}
	}
}

// runSavepoint runs fn in a savepoint of tx; a panic becomes its error.
func runSavepoint(tx *gorm.DB, fn func(tx *gorm.DB) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("write transaction panicked: %v", r)
		}
	}()
	return tx.Transaction(fn)
}

func (g *groupCommit) close() { g.stop.Do(func() { close(g.done) }) }
