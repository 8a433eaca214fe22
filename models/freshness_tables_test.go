package models_test

import (
	"context"
	"strings"
	"testing"

	"gorm.io/driver/postgres"
	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"hatchery/models"
	"hatchery/models/storetest"
)

// uncounted are the tables whose writes change no answer a server keeps:
// the audit trail (read afresh), request bookkeeping, credentials (their
// changes that matter move the access counter instead) and derived
// indexes kept by triggers of counted tables.
var uncounted = map[string]bool{
	"schema_migrations": true, "change_counters": true,
	"audit_entries": true, "audit_head": true, "idempotency_keys": true,
	"sessions": true, "api_tokens": true, "password_history": true,
	"user_totp": true, "totp_recovery_codes": true,
	"organization_grams": true, "project_grams": true, "demand_survey_grams": true, "search_positions": true,
}

// accessTables must move the access counter.
var accessTables = []string{"users", "settings", "sessions", "api_tokens"}

// TestEveryTableMovesTheDataCounter: a table added later without the
// triggers that move the data counter would let servers answer from what
// they kept after it changed; it must be counted or named in uncounted.
func TestEveryTableMovesTheDataCounter(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ctx := context.Background()
		dsn := storetest.DSN(t, d)
		s, err := models.Open(ctx, dsn, models.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if _, err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		var dial gorm.Dialector = sqlite.Open(dsn)
		tablesSQL := "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
		triggersSQL := "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
		perTable := 3 // SQLite triggers are per row and per event
		if d == models.Postgres {
			dial = postgres.Open(dsn)
			tablesSQL = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
			// information_schema.triggers has a row per event
			triggersSQL = "SELECT DISTINCT c.relname, pg_get_triggerdef(g.oid) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid " +
				"WHERE NOT g.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
			perTable = 1
		}
		db, err := gorm.Open(dial, &gorm.Config{Logger: logger.Discard})
		if err != nil {
			t.Fatal(err)
		}
		if raw, err := db.DB(); err == nil {
			defer raw.Close()
		}
		var tables []string
		if err := db.Raw(tablesSQL).Scan(&tables).Error; err != nil {
			t.Fatal(err)
		}
		var triggers []struct{ Table, Body string }
		rows, err := db.Raw(triggersSQL).Rows()
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var tr struct{ Table, Body string }
			if err := rows.Scan(&tr.Table, &tr.Body); err != nil {
				t.Fatal(err)
			}
			triggers = append(triggers, tr)
		}
		rows.Close()
		moves := func(table, counter string) int {
			n := 0
			for _, tr := range triggers {
				if tr.Table == table && (strings.Contains(tr.Body, "name = '"+counter+"'") || strings.Contains(tr.Body, "count_change('"+counter+"')")) {
					n++
				}
			}
			return n
		}
		if len(tables) < 20 {
			t.Fatalf("found only %d tables: %v", len(tables), tables)
		}
		for _, table := range tables {
			if n := moves(table, "data"); uncounted[table] != (n == 0) || (n != 0 && n != perTable) {
				t.Errorf("table %s has %d triggers moving the data counter (uncounted: %v)", table, n, uncounted[table])
			}
		}
		for _, table := range accessTables {
			if moves(table, "access") == 0 {
				t.Errorf("table %s does not move the access counter", table)
			}
		}
	})
}
