package seeds

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/mattn/go-sqlite3"

	"hatchery/models"
	"hatchery/models/storetest"
)

// seedDemo seeds the demo into a fresh SQLite file and opens it for queries.
func seedDemo(t *testing.T) *sql.DB {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.db")
	store, err := models.Open(ctx, path, models.Options{Keys: storetest.Keys()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := Demo(ctx, store); err != nil {
		t.Fatal(err)
	}
	store.Close()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestDemoNamesAgree seeds the demo and checks that what it says agrees
// with where it is: an organization whose name or description names a
// community belongs to that community, and a project whose title or
// description names a community serves it.
func TestDemoNamesAgree(t *testing.T) {
	t.Parallel()
	db := seedDemo(t)
	names := map[string]string{} // community id to name
	rows, err := db.Query(`SELECT id, name FROM communities`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, name string
		if err := rows.Scan(&id, &name); err != nil {
			t.Fatal(err)
		}
		names[id] = name
	}
	rows.Close()
	if len(names) == 0 {
		t.Fatal("no demo communities")
	}
	// named answers the communities a text names, the longest name only
	// where one community's name holds another's.
	named := func(text string) []string {
		var out []string
		for _, n := range names {
			if !strings.Contains(text, n) {
				continue
			}
			inLonger := false
			for _, m := range names {
				if m != n && strings.Contains(m, n) && strings.Contains(text, m) {
					inLonger = true
				}
			}
			if !inLonger {
				out = append(out, n)
			}
		}
		return out
	}

	rows, err = db.Query(`SELECT name, description, COALESCE(community_id, '') FROM organizations`)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for rows.Next() {
		var name, desc, com string
		if err := rows.Scan(&name, &desc, &com); err != nil {
			t.Fatal(err)
		}
		for _, field := range []struct{ what, text string }{{"name", name}, {"description", desc}} {
			for _, n := range named(field.text) {
				checked++
				if n != names[com] {
					t.Errorf("organization %s: its %s names %s but it belongs to %q", name, field.what, n, names[com])
				}
			}
		}
	}
	rows.Close()
	if checked < 30 {
		t.Errorf("only %d community names found in organizations' names and descriptions", checked)
	}

	served := map[string]map[string]bool{} // project id to the names of its communities
	rows, err = db.Query(`SELECT project_id, community_id FROM project_communities`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var p, c string
		if err := rows.Scan(&p, &c); err != nil {
			t.Fatal(err)
		}
		if served[p] == nil {
			served[p] = map[string]bool{}
		}
		served[p][names[c]] = true
	}
	rows.Close()
	rows, err = db.Query(`SELECT id, code, title, description FROM projects`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, code, title, desc string
		if err := rows.Scan(&id, &code, &title, &desc); err != nil {
			t.Fatal(err)
		}
		for _, n := range named(title + " " + desc) {
			if !served[id][n] {
				t.Errorf("project %s %s: names %s, which it does not serve", code, title, n)
			}
		}
	}
	rows.Close()
}
