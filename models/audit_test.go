package models_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// dropAuditGuard removes the triggers that keep audit_entries append-only.
var dropAuditGuard = map[models.Dialect]string{
	models.SQLite:   "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete",
	models.Postgres: "ALTER TABLE audit_entries DISABLE TRIGGER USER",
}

// TestAuditRowsCannotBeChanged: no route edits or removes audit entries
// (api/routes.go has none), and the database refuses it to anyone who
// reaches it directly; the chain stays whole.
func TestAuditRowsCannotBeChanged(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		s := storetest.Open(t, d, models.Options{})
		a := models.Actor{Username: "tester"}
		for i := 0; i < 3; i++ {
			if _, err := s.CreateCommunity(ctx, a, models.Community{Name: "社区" + string(rune('A'+i)), Street: "街道", District: "区", Type: "other"}); err != nil {
				t.Fatal(err)
			}
		}
		stmts := []string{
			"UPDATE audit_entries SET action = 'read' WHERE seq = 2",
			"UPDATE audit_entries SET hash = 'abc'",
			"DELETE FROM audit_entries WHERE seq = 3",
			"DELETE FROM audit_entries",
		}
		if d == models.Postgres {
			stmts = append(stmts, "TRUNCATE audit_entries")
		}
		for _, stmt := range stmts {
			if err := s.ExecForTest(ctx, stmt); err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Errorf("%s: %v, want the trigger's refusal", stmt, err)
			}
		}
		var actions []string
		if err := s.RawScan(ctx, &actions, "SELECT action FROM audit_entries ORDER BY seq"); err != nil {
			t.Fatal(err)
		}
		if len(actions) != 3 || actions[1] != "create" {
			t.Fatalf("audit entries after refused changes: %v", actions)
		}
		res, err := s.VerifyAudit(ctx)
		if err != nil || !res.OK || res.Checked != 3 {
			t.Fatalf("verify: %+v, %v; want ok with 3 checked", res, err)
		}
	})
}

func TestAuditChainDetectsTampering(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		tamper  string // SQL run after five entries exist
		badSeq  int64
		firstOK bool // whether first_bad names an entry
	}{
		{"edited action", "UPDATE audit_entries SET action = 'read' WHERE seq = 3", 3, true},
		{"edited after", "UPDATE audit_entries SET after_json = '{\"name\":\"x\"}' WHERE seq = 2", 2, true},
		{"removed middle", "DELETE FROM audit_entries WHERE seq = 3", 4, true},
		{"removed newest", "DELETE FROM audit_entries WHERE seq = 5", 5, false},
		{"rehashed edit", "UPDATE audit_entries SET hash = 'abc' WHERE seq = 4", 4, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			storetest.Each(t, func(t *testing.T, d models.Dialect) {
				ctx := context.Background()
				s := storetest.Open(t, d, models.Options{})
				a := models.Actor{Username: "tester", RequestID: "r1", ClientIP: "10.0.0.1"}
				for i := 0; i < 5; i++ {
					if _, err := s.CreateCommunity(ctx, a, models.Community{Name: "社区" + string(rune('A'+i)), Street: "街道", District: "区", Type: "other"}); err != nil {
						t.Fatal(err)
					}
				}
				res, err := s.VerifyAudit(ctx)
				if err != nil || !res.OK || res.Checked != 5 {
					t.Fatalf("before tampering: %+v, %v; want ok with 5 checked", res, err)
				}
				// The database refuses edits of the trail; an attacker who
				// owns it can drop the guard, and the chain still tells.
				if err := s.ExecForTest(ctx, dropAuditGuard[d]); err != nil {
					t.Fatal(err)
				}
				if err := s.ExecForTest(ctx, c.tamper); err != nil {
					t.Fatal(err)
				}
				res, err = s.VerifyAudit(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if res.OK {
					t.Fatalf("after %q: verify says ok", c.tamper)
				}
				if res.FirstBadSeq == nil || *res.FirstBadSeq != c.badSeq {
					t.Fatalf("first bad seq = %v, want %d (%s)", res.FirstBadSeq, c.badSeq, res.Reason)
				}
				if (res.FirstBad != nil) != c.firstOK {
					t.Fatalf("first_bad = %v, want named: %v", res.FirstBad, c.firstOK)
				}
			})
		})
	}
}

func TestAuditChainStaysLinearUnderConcurrentWriters(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		s := storetest.Open(t, d, models.Options{})
		var wg sync.WaitGroup
		errs := make(chan error, 40)
		for i := 0; i < 40; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				_, err := s.CreateFunder(ctx, models.Actor{Username: "w"}, models.Funder{Name: "资助方" + string(rune(0x4e00+i)), Kind: "other"})
				errs <- err
			}(i)
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		res, err := s.VerifyAudit(ctx)
		if err != nil || !res.OK || res.Checked != 40 {
			t.Fatalf("verify = %+v, %v; want ok with 40 entries", res, err)
		}
	})
}

func TestConcurrentMigrations(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		dsn := storetest.DSN(t, d)
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				s, err := models.Open(context.Background(), dsn, models.Options{})
				if err != nil {
					errs[i] = err
					return
				}
				defer s.Close()
				_, errs[i] = s.Migrate(context.Background())
			}(i)
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("concurrent migrate: %v", err)
			}
		}
		s, err := models.Open(context.Background(), dsn, models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		got, err := s.AppliedMigrations(context.Background())
		if err != nil || len(got) != models.LatestMigration() {
			t.Fatalf("applied %d migrations (%v), want %d once each", len(got), err, models.LatestMigration())
		}
	})
}
