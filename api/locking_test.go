package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"hatchery/models"
)

// versioned is a resource under optimistic locking (SPEC 4.4): how to make
// a fresh row of it, where it lives, and one text column a PATCH changes.
type versioned struct {
	name   string
	entity string // as written in the audit trail
	path   string
	column string
	create func(ts *testServer) (id, value string)
}

var versionedResources = []versioned{
	{"community", "community", "/api/v1/communities/", "name", func(ts *testServer) (string, string) {
		c := ts.newCommunity()
		return c.ID, c.Name
	}},
	{"funder", "funder", "/api/v1/funders/", "department", func(ts *testServer) (string, string) {
		f := ts.newFunder()
		return f.ID, f.Department
	}},
	{"user", "user", "/api/v1/users/", "display_name", func(ts *testServer) (string, string) {
		u := ts.newUser(models.RoleReviewer)
		return u.ID, u.DisplayName
	}},
}

// readRow answers the row as GET shows it to an admin.
func (ts *testServer) readRow(path string) map[string]any {
	ts.t.Helper()
	w := ts.do(request{method: "GET", path: path, as: models.RoleAdmin})
	if w.Code != http.StatusOK {
		ts.t.Fatalf("GET %s: %d %s", path, w.Code, w.Body.String())
	}
	return decode[map[string]any](ts.t, w)
}

func rowVersion(row map[string]any) int64 {
	v, _ := row["version"].(float64)
	return int64(v)
}

// jsonField reads one field of an audit entry's before or after.
func jsonField(t testing.TB, raw json.RawMessage, field string) any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("audit snapshot %s: %v", raw, err)
	}
	return m[field]
}

// versionCases checks optimistic locking on every versioned resource.
func versionCases(t *testing.T, parent *testServer) {
	patch := func(ts *testServer, r versioned, id string, body map[string]any, header map[string]string) *httptest.ResponseRecorder {
		return ts.do(request{method: "PATCH", path: r.path + id, as: models.RoleAdmin, body: body, header: header})
	}
	cases := []struct {
		name string
		run  func(t *testing.T, ts *testServer, r versioned, id, old, nv string)
	}{
		{"current version in the body", func(t *testing.T, ts *testServer, r versioned, id, old, nv string) {
			w := patch(ts, r, id, map[string]any{"version": 1, r.column: nv}, nil)
			if w.Code != http.StatusOK {
				t.Fatalf("PATCH: %d %s", w.Code, w.Body.String())
			}
			got := decode[map[string]any](t, w)
			if rowVersion(got) != 2 || got[r.column] != nv {
				t.Fatalf("answered %s", w.Body.String())
			}
			if stored := ts.readRow(r.path + id); rowVersion(stored) != 2 || stored[r.column] != nv {
				t.Fatalf("stored %v", stored)
			}
			entries := ts.auditFor("update", id)
			if len(entries) != 1 {
				t.Fatalf("%d update entries, want 1", len(entries))
			}
			e := entries[0]
			if e.Entity != r.entity || e.ActorID == nil || *e.ActorID != ts.userOf(models.RoleAdmin).ID {
				t.Errorf("entry %+v", e)
			}
			if jsonField(t, e.Before, "version") != 1.0 || jsonField(t, e.Before, r.column) != old {
				t.Errorf("before = %s", e.Before)
			}
			if jsonField(t, e.After, "version") != 2.0 || jsonField(t, e.After, r.column) != nv {
				t.Errorf("after = %s", e.After)
			}
		}},
		{"current version in If-Match", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			w := patch(ts, r, id, map[string]any{r.column: nv}, map[string]string{"If-Match": `"1"`})
			if w.Code != http.StatusOK || rowVersion(decode[map[string]any](t, w)) != 2 {
				t.Fatalf("PATCH: %d %s", w.Code, w.Body.String())
			}
			if stored := ts.readRow(r.path + id); rowVersion(stored) != 2 || stored[r.column] != nv {
				t.Fatalf("stored %v", stored)
			}
			if n := len(ts.auditFor("update", id)); n != 1 {
				t.Fatalf("%d update entries, want 1", n)
			}
		}},
		{"current version in a weak If-Match", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			w := patch(ts, r, id, map[string]any{r.column: nv}, map[string]string{"If-Match": `W/"1"`})
			if w.Code != http.StatusOK || rowVersion(decode[map[string]any](t, w)) != 2 {
				t.Fatalf("PATCH: %d %s", w.Code, w.Body.String())
			}
		}},
		{"stale version in the body", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			if w := patch(ts, r, id, map[string]any{"version": 1, r.column: nv + "甲"}, nil); w.Code != http.StatusOK {
				t.Fatalf("first PATCH: %d %s", w.Code, w.Body.String())
			}
			before := ts.readRow(r.path + id)
			wantProblem(t, patch(ts, r, id, map[string]any{"version": 1, r.column: nv + "乙"}, nil), http.StatusConflict, "version")
			if after := ts.readRow(r.path + id); fmt.Sprint(after) != fmt.Sprint(before) || after[r.column] != nv+"甲" {
				t.Fatalf("a stale PATCH changed the row:\nbefore %v\nafter  %v", before, after)
			}
			if n := len(ts.auditFor("update", id)); n != 1 {
				t.Fatalf("%d update entries, want 1", n)
			}
		}},
		{"stale version in If-Match", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			if w := patch(ts, r, id, map[string]any{"version": 1, r.column: nv + "甲"}, nil); w.Code != http.StatusOK {
				t.Fatalf("first PATCH: %d %s", w.Code, w.Body.String())
			}
			before := ts.readRow(r.path + id)
			wantProblem(t, patch(ts, r, id, map[string]any{r.column: nv + "乙"}, map[string]string{"If-Match": `"1"`}), http.StatusConflict, "version")
			if after := ts.readRow(r.path + id); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Fatalf("a stale PATCH changed the row:\nbefore %v\nafter  %v", before, after)
			}
		}},
		{"version from the future", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			before := ts.readRow(r.path + id)
			wantProblem(t, patch(ts, r, id, map[string]any{"version": 7, r.column: nv}, nil), http.StatusConflict, "version")
			if after := ts.readRow(r.path + id); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Fatalf("row changed:\nbefore %v\nafter  %v", before, after)
			}
			if n := len(ts.auditFor("update", id)); n != 0 {
				t.Fatalf("%d update entries, want 0", n)
			}
		}},
		{"no version at all", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			before := ts.readRow(r.path + id)
			wantProblem(t, patch(ts, r, id, map[string]any{r.column: nv}, nil), http.StatusUnprocessableEntity, "version")
			wantProblem(t, patch(ts, r, id, map[string]any{r.column: nv}, map[string]string{"If-Match": "*"}), http.StatusUnprocessableEntity, "version")
			if after := ts.readRow(r.path + id); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Fatalf("row changed:\nbefore %v\nafter  %v", before, after)
			}
			if n := len(ts.auditFor("update", id)); n != 0 {
				t.Fatalf("%d update entries, want 0", n)
			}
		}},
		{"body and If-Match disagree", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			before := ts.readRow(r.path + id)
			for _, c := range []struct{ body, header int }{{1, 2}, {2, 1}} {
				w := patch(ts, r, id, map[string]any{"version": c.body, r.column: nv}, map[string]string{"If-Match": fmt.Sprintf(`"%d"`, c.header)})
				p := wantProblem(t, w, http.StatusBadRequest, "version")
				if p.Errors[0].Code != "version_mismatch" {
					t.Errorf("errors %+v, want version_mismatch", p.Errors)
				}
			}
			if after := ts.readRow(r.path + id); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Fatalf("row changed:\nbefore %v\nafter  %v", before, after)
			}
			if w := patch(ts, r, id, map[string]any{"version": 1, r.column: nv}, map[string]string{"If-Match": `"1"`}); w.Code != http.StatusOK {
				t.Fatalf("agreeing versions: %d %s", w.Code, w.Body.String())
			}
		}},
		{"two concurrent PATCHes of one version", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			racePatches(t, ts, r, id, nv, 2)
		}},
		{"eight concurrent PATCHes of one version", func(t *testing.T, ts *testServer, r versioned, id, _, nv string) {
			racePatches(t, ts, r, id, nv, 8)
		}},
	}
	for _, c := range cases {
		for _, r := range versionedResources {
			t.Run(c.name+" of a "+r.name, func(t *testing.T) {
				t.Parallel()
				ts := parent.sharedWith(t)
				id, old := r.create(ts)
				// Values are unique, as community names are within a street.
				c.run(t, ts, r, id, old, "新值"+uniqueSuffix())
			})
		}
	}
}

// racePatches sends n PATCHes of version 1 at once, each with its own value,
// and checks that exactly one won and the row holds the winner's value.
func racePatches(t *testing.T, ts *testServer, r versioned, id, nv string, n int) {
	t.Helper()
	start := make(chan struct{})
	answers := make([]*httptest.ResponseRecorder, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := map[string]any{"version": 1, r.column: fmt.Sprintf("%s-%d", nv, i)}
			<-start
			answers[i] = ts.do(request{method: "PATCH", path: r.path + id, as: models.RoleAdmin, body: body})
		}()
	}
	close(start)
	wg.Wait()

	winner := -1
	for i, w := range answers {
		switch w.Code {
		case http.StatusOK:
			if winner >= 0 {
				t.Fatalf("PATCHes %d and %d both succeeded with version 1", winner, i)
			}
			winner = i
		case http.StatusConflict:
			wantProblem(t, w, http.StatusConflict, "version")
		default:
			t.Fatalf("PATCH %d: %d %s", i, w.Code, w.Body.String())
		}
	}
	if winner < 0 {
		t.Fatalf("no PATCH succeeded")
	}
	want := fmt.Sprintf("%s-%d", nv, winner)
	if got := decode[map[string]any](t, answers[winner]); got[r.column] != want || rowVersion(got) != 2 {
		t.Fatalf("the winner answered %v", got)
	}
	if stored := ts.readRow(r.path + id); stored[r.column] != want || rowVersion(stored) != 2 {
		t.Fatalf("stored %v, want the winner's %q at version 2", stored, want)
	}
	entries := ts.auditFor("update", id)
	if len(entries) != 1 || jsonField(t, entries[0].After, r.column) != want {
		t.Fatalf("update entries %+v, want one with the winner's value", entries)
	}
}

// credentialCases checks that disabling a user, or changing their password
// or role, ends their sessions and API tokens.
func credentialCases(t *testing.T, parent *testServer) {
	cases := []struct {
		name   string
		change map[string]any
		// canSignIn is the password that signs in afterwards, or "".
		canSignIn string
	}{
		{"disabled", map[string]any{"disabled": true}, ""},
		{"password changed", map[string]any{"password": "a-new-unusual-passphrase"}, "a-new-unusual-passphrase"},
		{"role changed", map[string]any{"role": "admin"}, testPassword},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ts := parent.sharedWith(t)
			u := ts.newUser(models.RoleReviewer)
			cookie := ts.login(u.Username, testPassword)
			if cookie == "" {
				t.Fatal("could not sign in")
			}
			w := ts.do(request{method: "POST", path: "/api/v1/tokens", header: sessionHeader(cookie), body: map[string]any{"name": "夜间同步"}})
			if w.Code != http.StatusCreated {
				t.Fatalf("create token: %d %s", w.Code, w.Body.String())
			}
			token := decode[models.NewAPIToken](t, w).Token
			me := func(h map[string]string) *httptest.ResponseRecorder {
				return ts.do(request{method: "GET", path: "/api/v1/auth/me", header: h})
			}
			if me(sessionHeader(cookie)).Code != 200 || me(bearerHeader(token)).Code != 200 {
				t.Fatal("the session or token does not work to begin with")
			}

			body := withField(c.change, "version", 1)
			if w := ts.do(request{method: "PATCH", path: "/api/v1/users/" + u.ID, as: models.RoleAdmin, body: body}); w.Code != http.StatusOK {
				t.Fatalf("PATCH: %d %s", w.Code, w.Body.String())
			}
			wantProblem(t, me(sessionHeader(cookie)), http.StatusUnauthorized, "")
			wantProblem(t, me(bearerHeader(token)), http.StatusUnauthorized, "")
			wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/tokens", header: bearerHeader(token), body: map[string]any{"name": "x"}}), http.StatusUnauthorized, "")
			toks, err := ts.Store.ListTokens(context.Background(), u.ID, models.Page{})
			if err != nil {
				t.Fatal(err)
			}
			for _, tok := range toks.Items {
				if tok.RevokedAt == nil {
					t.Errorf("token %s is not marked revoked", tok.ID)
				}
			}

			if c.canSignIn != testPassword && ts.login(u.Username, testPassword) != "" {
				t.Errorf("the old password still signs in after %s", c.name)
			}
			if c.canSignIn != "" && ts.login(u.Username, c.canSignIn) == "" {
				t.Errorf("cannot sign in with %q after %s", c.canSignIn, c.name)
			}
		})
	}
}

// selfLockoutCases checks that an admin cannot disable or demote themself.
func selfLockoutCases(t *testing.T, parent *testServer) {
	cases := []struct {
		name   string
		change map[string]any
	}{
		{"disable themself", map[string]any{"disabled": true}},
		{"drop their own admin role", map[string]any{"role": "reviewer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			ts := parent.sharedWith(t)
			admin := ts.newUser(models.RoleAdmin)
			cookie := ts.login(admin.Username, testPassword)
			if cookie == "" {
				t.Fatal("could not sign in")
			}
			before, err := ts.Store.GetUser(context.Background(), admin.ID)
			if err != nil {
				t.Fatal(err)
			}
			w := ts.do(request{method: "PATCH", path: "/api/v1/users/" + admin.ID, header: sessionHeader(cookie), body: withField(c.change, "version", 1)})
			wantProblem(t, w, http.StatusUnprocessableEntity, "")
			after, err := ts.Store.GetUser(context.Background(), admin.ID)
			if err != nil {
				t.Fatal(err)
			}
			if after.Disabled || after.Role != models.RoleAdmin || after.Version != before.Version {
				t.Errorf("the refused change was stored: %+v", after)
			}
			if w := ts.do(request{method: "GET", path: "/api/v1/auth/me", header: sessionHeader(cookie)}); w.Code != 200 {
				t.Errorf("the admin lost their session: %d", w.Code)
			}
			if n := len(ts.auditFor("update", admin.ID)); n != 0 {
				t.Errorf("%d update entries, want 0", n)
			}
		})
	}
}

func TestOptimisticLockingAndCredentials(t *testing.T) {
	t.Parallel()
	runGroups(t,
		caseGroup{"versions", versionCases},
		caseGroup{"credentials end", credentialCases},
		caseGroup{"self lockout", selfLockoutCases},
	)
}
