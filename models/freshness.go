package models

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
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

// versionReader keeps the counters' query prepared on the read pool.
type versionReader struct {
	once sync.Once
	stmt *sql.Stmt
	err  error
}

// ReadVersions answers the counters as the database holds them now. Read
// before anything that is kept under them, so that what is kept is never
// older than the versions it is kept under.
func (s *Store) ReadVersions(ctx context.Context) (Versions, error) {
	s.versions.once.Do(func() {
		db, err := s.read.DB()
		if err != nil {
			s.versions.err = err
			return
		}
		s.versions.stmt, s.versions.err = db.Prepare(versionsQuery)
	})
	var v Versions
	if s.versions.err != nil {
		return v, s.versions.err
	}
	// Without the request's cancellation: a read this short is not worth
	// the watcher the SQLite driver starts for a cancellable query.
	rows, err := s.versions.stmt.QueryContext(context.WithoutCancel(ctx))
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
