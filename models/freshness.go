package models

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"
)

// Versions are the database's change counters at one moment (schema
// 0010): Data moves with every write to what answers are made of, Access
// with every write that can change who a caller is or what they may do.
// Triggers move them in the writing transaction, so a server that reads
// them at the start of a request knows whether anything it kept from an
// earlier request may still be used, whichever server (or hand) wrote.
type Versions struct {
	Data   int64
	Access int64
}

// versionsQuery reads both counters in one round trip.
const versionsQuery = "SELECT name, version FROM change_counters"

// versionReader keeps the counters' query prepared on the read pool. On a
// database across a network (PostgreSQL) it also shares reads: requests
// that arrive while a read is under way wait for the next one, which
// begins after all of them arrived, and take its answer together. A
// request is never answered by a read that began before it arrived, so it
// still sees every write acknowledged before it came; the database gets
// one query for each read rather than one for each request.
type versionReader struct {
	once sync.Once
	stmt *sql.Stmt
	err  error

	share   bool          // set on PostgreSQL; SQLite reads in process, cheaper than waiting
	lag     time.Duration // tests only: how long an answer takes to come back
	mu      sync.Mutex
	reading bool          // a read is under way
	next    *versionRound // the round that begins when it ends, if anyone waits
}

// versionRound is one shared read and the requests that wait for it.
type versionRound struct {
	done chan struct{}
	v    Versions
	err  error
}

// ReadVersions answers the counters as the database holds them now, read
// after this call began. Read before anything that is kept under them, so
// that what is kept is never older than the versions it is kept under.
func (s *Store) ReadVersions(ctx context.Context) (Versions, error) {
	r := s.versions
	r.once.Do(func() {
		db, err := s.read.DB()
		if err != nil {
			r.err = err
			return
		}
		r.stmt, r.err = db.Prepare(versionsQuery)
	})
	if r.err != nil {
		return Versions{}, r.err
	}
	if !r.share {
		return r.read()
	}
	r.mu.Lock()
	if !r.reading {
		r.reading = true
		r.mu.Unlock()
		v, err := r.read()
		r.finish()
		return v, err
	}
	round := r.next
	if round == nil {
		round = &versionRound{done: make(chan struct{})}
		r.next = round
	}
	r.mu.Unlock()
	select {
	case <-round.done:
		return round.v, round.err
	case <-ctx.Done():
		return Versions{}, ctx.Err()
	}
}

// finish ends a read: the round that waited for it, if any, begins now.
func (r *versionReader) finish() {
	r.mu.Lock()
	round := r.next
	r.next = nil
	if round == nil {
		r.reading = false
		r.mu.Unlock()
		return
	}
	r.mu.Unlock()
	go func() {
		round.v, round.err = r.read()
		close(round.done)
		r.finish()
	}()
}

// read runs the counters' query once.
func (r *versionReader) read() (Versions, error) {
	var v Versions
	// Without the request's cancellation: a read this short is not worth
	// the watcher the SQLite driver starts for a cancellable query, and a
	// shared read answers others besides.
	rows, err := r.stmt.QueryContext(context.Background())
	if err != nil {
		return v, err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			name string
			n    int64
		)
		if err := rows.Scan(&name, &n); err != nil {
			return v, err
		}
		switch name {
		case "data":
			v.Data = n
		case "access":
			v.Access = n
		}
	}
	if err := rows.Err(); err != nil {
		return v, err
	}
	if v.Data == 0 || v.Access == 0 {
		return v, fmt.Errorf("change counters missing: migrate the database")
	}
	if r.lag > 0 {
		time.Sleep(r.lag)
	}
	return v, nil
}

type versionsKey struct{}

// WithVersions answers ctx carrying the counters a request read first;
// the Store's caches use them and read nothing kept under other ones.
func WithVersions(ctx context.Context, v Versions) context.Context {
	return context.WithValue(ctx, versionsKey{}, v)
}

// VersionsFrom answers the counters ctx carries, if any. Without them
// (commands, tests) nothing kept is used.
func VersionsFrom(ctx context.Context) (Versions, bool) {
	v, ok := ctx.Value(versionsKey{}).(Versions)
	return v, ok
}
