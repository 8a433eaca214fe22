package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// storedState is what a refused write must leave as it was: the size of
// every list, the rows the cases aim at, and the count of audit entries
// that record a change or a sign-in.
type storedState struct {
	Totals map[string]int64
	Rows   map[string]string
	Audit  map[string]int64
}

func (ts *testServer) storedState(rows map[string]func() (any, error)) storedState {
	ts.t.Helper()
	ctx := context.Background()
	all := models.Page{Limit: 1}
	st := storedState{Totals: map[string]int64{}, Rows: map[string]string{}, Audit: map[string]int64{}}
	must := func(err error) {
		if err != nil {
			ts.t.Fatal(err)
		}
	}
	c, err := ts.Store.ListCommunities(ctx, models.CommunityFilter{Page: all})
	must(err)
	f, err := ts.Store.ListFunders(ctx, models.FunderFilter{Page: all})
	must(err)
	u, err := ts.Store.ListUsers(ctx, models.UserFilter{Page: all})
	must(err)
	tok, err := ts.Store.ListTokens(ctx, ts.userOf(models.RoleAdmin).ID, all)
	must(err)
	st.Totals["communities"], st.Totals["funders"], st.Totals["users"], st.Totals["admin tokens"] = c.Total, f.Total, u.Total, tok.Total
	for name, read := range rows {
		v, err := read()
		must(err)
		b, err := json.Marshal(v)
		must(err)
		st.Rows[name] = string(b)
	}
	for _, action := range []string{"create", "update", "login", "revoke"} {
		st.Audit[action] = ts.auditCount(action)
	}
	return st
}

// withField answers a copy of body with key set to v; withoutField, with
// key removed.
func withField(body map[string]any, key string, v any) map[string]any {
	out := maps.Clone(body)
	out[key] = v
	return out
}

func withoutField(body map[string]any, key string) map[string]any {
	out := maps.Clone(body)
	delete(out, key)
	return out
}

// breakCheck changes the check character of a valid credit code.
func breakCheck(code string) string {
	last := byte('1')
	if code[17] == last {
		last = '2'
	}
	return code[:17] + string(last)
}

// doStreamed sends body as admin without a Content-Length, as a chunked
// upload would arrive, so only reading it can find its size.
func (ts *testServer) doStreamed(method, path string, body []byte) *httptest.ResponseRecorder {
	ts.t.Helper()
	req := httptest.NewRequest(method, path, io.MultiReader(bytes.NewReader(body)))
	req.Header.Set("Content-Type", "application/json")
	req.AddCookie(&http.Cookie{Name: handlers.SessionCookie, Value: ts.cookie(models.RoleAdmin)})
	w := httptest.NewRecorder()
	ts.Server.Handler.ServeHTTP(w, req)
	return w
}

// writeEndpoint is a write route and a body it would accept, which the
// cases then break one way at a time.
type writeEndpoint struct {
	route        string // as in the route table
	method, path string
	valid        map[string]any
	text         string // a string field of valid
}

type badInputCase struct {
	name     string
	req      request
	streamed bool // send without a Content-Length
	status   int
	field    string
}

// envelopeCases break the body itself rather than a field in it; every
// write answers them alike.
func envelopeCases(e writeEndpoint) []badInputCase {
	raw := func(body string) request { return request{method: e.method, path: e.path, body: body} }
	typed := func(ct string) request {
		return request{method: e.method, path: e.path, body: e.valid, header: map[string]string{"Content-Type": ct}}
	}
	huge := withField(e.valid, e.text, strings.Repeat("长", MaxBodyBytes/3+1))
	return []badInputCase{
		{name: "malformed JSON", req: raw(`{"` + e.text + `": "x",`), status: 400},
		{name: "single quotes", req: raw(`{'` + e.text + `': 'x'}`), status: 400},
		{name: "unknown field", req: request{method: e.method, path: e.path, body: withField(e.valid, "colour", "red")}, status: 400, field: "colour"},
		{name: "wrong type", req: request{method: e.method, path: e.path, body: withField(e.valid, e.text, 12345)}, status: 400, field: e.text},
		{name: "object where text belongs", req: request{method: e.method, path: e.path, body: withField(e.valid, e.text, map[string]any{"zh": "x"})}, status: 400, field: e.text},
		{name: "NUL in text", req: request{method: e.method, path: e.path, body: withField(e.valid, e.text, "before\x00after")}, status: 400},
		{name: "text/plain", req: typed("text/plain"), status: 415},
		{name: "form encoded", req: typed("application/x-www-form-urlencoded"), status: 415},
		{name: "body over 1 MiB", req: request{method: e.method, path: e.path, body: huge}, status: 413},
		{name: "body over 1 MiB without a length", req: request{method: e.method, path: e.path, body: huge}, streamed: true, status: 413},
		{name: "empty body", req: raw(""), status: 400},
		{name: "blank body", req: raw(" \n\t "), status: 400},
		{name: "JSON array", req: raw(`[]`), status: 400},
		{name: "array of the object", req: request{method: e.method, path: e.path, body: []any{e.valid}}, status: 400},
		{name: "JSON string", req: raw(`"hello"`), status: 400},
		{name: "two JSON values", req: request{method: e.method, path: e.path, body: mustJSON(e.valid) + mustJSON(e.valid)}, status: 400},
	}
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// refusedWriteCases sends bad bodies to every write and checks that each is
// refused with the right problem and leaves what is stored as it was.
func refusedWriteCases(t *testing.T, parent *testServer) {
	setup := parent.sharedWith(t)
	ctx := context.Background()
	fx := parent.Fix

	// The rows the PATCH cases aim at, and a second funder code to collide with.
	community := setup.newCommunity()
	funder, otherFunder := setup.newFunder(), setup.newFunder()
	user := setup.newUser(models.RoleReviewer)
	takenCode := *funder.CreditCode
	freshCode := models.MakeUSCC("11130100", digits8())
	missing := models.NewID()
	long100 := strings.Repeat("长", 101) // 101 characters, 303 bytes
	long200 := strings.Repeat("长", 201)
	long64 := strings.Repeat("a", 65)
	long128 := strings.Repeat("p", 129)

	surveyRows, surveyState := setup.surveyCaseSetup(t, community.ID)
	rows := map[string]func() (any, error){
		"community":         func() (any, error) { return parent.Store.GetCommunity(ctx, community.ID) },
		"fixture community": func() (any, error) { return parent.Store.GetCommunity(ctx, fx.Community.ID) },
		"funder":            func() (any, error) { return parent.Store.GetFunder(ctx, funder.ID) },
		"fixture funder":    func() (any, error) { return parent.Store.GetFunder(ctx, fx.Funder.ID) },
		"user":              func() (any, error) { return parent.Store.GetUser(ctx, user.ID) },
		"admin":             func() (any, error) { return parent.Store.GetUser(ctx, parent.Users[models.RoleAdmin].ID) },
	}

	maps.Copy(rows, surveyState)
	endpoints := []struct {
		writeEndpoint
		cases []badInputCase
	}{
		{writeEndpoint{"POST /communities", "POST", "/api/v1/communities", map[string]any{
			"name": "新华社区", "street": "新华路街道", "district": "新华区", "type": "old_neighborhood", "households": 900, "population": 2400,
		}, "name"}, nil},
		{writeEndpoint{"PATCH /communities/:id", "PATCH", "/api/v1/communities/" + community.ID, map[string]any{"version": 1, "name": "改名社区", "population": 100}, "name"}, nil},
		{writeEndpoint{"POST /funders", "POST", "/api/v1/funders", map[string]any{
			"name": "河北省慈善总会", "kind": "foundation", "department": "项目部", "credit_code": freshCode,
		}, "name"}, nil},
		{writeEndpoint{"PATCH /funders/:id", "PATCH", "/api/v1/funders/" + funder.ID, map[string]any{"version": 1, "department": "财务科"}, "department"}, nil},
		{writeEndpoint{"POST /users", "POST", "/api/v1/users", map[string]any{
			"username": "new_reviewer", "password": "a-long-unusual-passphrase", "role": "reviewer", "display_name": "新审核员",
		}, "display_name"}, nil},
		{writeEndpoint{"PATCH /users/:id", "PATCH", "/api/v1/users/" + user.ID, map[string]any{"version": 1, "display_name": "改名用户"}, "display_name"}, nil},
		{writeEndpoint{"POST /tokens", "POST", "/api/v1/tokens", map[string]any{"name": "导出脚本", "expires_in_days": 30}, "name"}, nil},
		{writeEndpoint{"POST /auth/login", "POST", "/api/v1/auth/login", map[string]any{"username": "u_admin", "password": testPassword}, "username"}, nil},
		{writeEndpoint{"POST /surveys", "POST", "/api/v1/surveys", map[string]any{
			"community_id": fx.Community.ID, "title": "2025年居民需求调研", "method": "questionnaire", "conducted_by_org_id": fx.Org.ID,
			"conducted_on": "2025-06-01", "respondents": 30, "needs": surveyNeedBody(nil),
		}, "title"}, nil},
		{writeEndpoint{"PATCH /surveys/:id", "PATCH", "/api/v1/surveys/" + surveyRows.survey.ID, map[string]any{"version": 1, "title": "更正后的调研"}, "title"}, nil},
		{writeEndpoint{"POST /projects/:id/needs", "POST", "/api/v1/projects/" + surveyRows.project.ID + "/needs", map[string]any{
			"need_id": surveyRows.survey.Needs[1].ID, "note": "四点半课堂"}, "note"}, nil},
	}
	field := func(e writeEndpoint) func(name string, body map[string]any, status int, field string) badInputCase {
		return func(name string, body map[string]any, status int, field string) badInputCase {
			return badInputCase{name: name, req: request{method: e.method, path: e.path, body: body}, status: status, field: field}
		}
	}
	for i := range endpoints {
		e := endpoints[i].writeEndpoint
		c, v := field(e), e.valid
		var specific []badInputCase
		switch e.route {
		case "POST /communities":
			specific = []badInputCase{
				c("missing name", withoutField(v, "name"), 422, "name"),
				c("missing street", withoutField(v, "street"), 422, "street"),
				c("missing district", withoutField(v, "district"), 422, "district"),
				c("missing type", withoutField(v, "type"), 422, "type"),
				c("blank name", withField(v, "name", "   "), 422, "name"),
				c("bad type", withField(v, "type", "castle"), 422, "type"),
				c("name of 101 characters", withField(v, "name", long100), 422, "name"),
				c("street of 101 characters", withField(v, "street", long100), 422, "street"),
				c("negative households", withField(v, "households", -1), 422, "households"),
				c("negative population", withField(v, "population", -5), 422, "population"),
				c("absurd population", withField(v, "population", 1e12), 422, "population"),
				c("households as text", withField(v, "households", "many"), 400, "households"),
				c("households as a fraction", withField(v, "households", 1.5), 400, "households"),
				c("same district, street and name", withField(withField(withField(v, "name", fx.Community.Name), "street", fx.Community.Street), "district", fx.Community.District), 409, "name"),
			}
		case "PATCH /communities/:id":
			specific = []badInputCase{
				c("no version", withoutField(v, "version"), 422, "version"),
				c("version zero", withField(v, "version", 0), 422, "version"),
				c("version as text", withField(v, "version", "1"), 400, "version"),
				c("stale version", withField(v, "version", 9), 409, "version"),
				c("bad type", withField(v, "type", "castle"), 422, "type"),
				c("blank name", withField(v, "name", ""), 422, "name"),
				c("name of 101 characters", withField(v, "name", long100), 422, "name"),
				c("negative population", withField(v, "population", -1), 422, "population"),
				c("negative households", withField(v, "households", -1), 422, "households"),
				c("name of another community in the street", withField(v, "name", fx.Community.Name), 409, "name"),
			}
		case "POST /funders":
			specific = []badInputCase{
				c("missing name", withoutField(v, "name"), 422, "name"),
				c("missing kind", withoutField(v, "kind"), 422, "kind"),
				c("bad kind", withField(v, "kind", "castle"), 422, "kind"),
				c("name of 201 characters", withField(v, "name", long200), 422, "name"),
				c("department of 201 characters", withField(v, "department", long200), 422, "department"),
				c("credit code with a wrong check character", withField(v, "credit_code", breakCheck(freshCode)), 422, "credit_code"),
				c("credit code of 17 characters", withField(v, "credit_code", freshCode[:17]), 422, "credit_code"),
				c("credit code in lower case", withField(v, "credit_code", "91130100mA0000000x"), 422, "credit_code"),
				c("credit code as a number", withField(v, "credit_code", 911301001234), 400, "credit_code"),
				c("name of an existing funder", withField(v, "name", fx.Funder.Name), 409, "name"),
				c("credit code of an existing funder", withField(v, "credit_code", takenCode), 409, "credit_code"),
			}
		case "PATCH /funders/:id":
			specific = []badInputCase{
				c("no version", withoutField(v, "version"), 422, "version"),
				c("stale version", withField(v, "version", 9), 409, "version"),
				c("bad kind", withField(v, "kind", "castle"), 422, "kind"),
				c("name of 201 characters", withField(v, "name", long200), 422, "name"),
				c("credit code with a wrong check character", withField(v, "credit_code", breakCheck(takenCode)), 422, "credit_code"),
				c("name of another funder", withField(v, "name", fx.Funder.Name), 409, "name"),
				c("credit code of another funder", withField(v, "credit_code", *otherFunder.CreditCode), 409, "credit_code"),
			}
		case "POST /users":
			specific = []badInputCase{
				c("missing username", withoutField(v, "username"), 422, "username"),
				c("missing password", withoutField(v, "password"), 422, "password"),
				c("missing role", withoutField(v, "role"), 422, "role"),
				c("missing display name", withoutField(v, "display_name"), 422, "display_name"),
				c("username with a space", withField(v, "username", "new reviewer"), 422, "username"),
				c("username of 65 characters", withField(v, "username", long64), 422, "username"),
				c("display name of 101 characters", withField(v, "display_name", long100), 422, "display_name"),
				c("bad role", withField(v, "role", "root"), 422, "role"),
				c("password too short", withField(v, "password", "short7!"), 422, "password"),
				c("common password", withField(v, "password", "Password123"), 422, "password"),
				c("password equal to the username", withField(v, "password", "new_reviewer"), 422, "password"),
				c("password of 129 characters", withField(v, "password", long128), 422, "password"),
				c("incubator bound to an organization that is not an incubator", withField(withField(v, "role", "incubator"), "organization_id", fx.Org.ID), 422, "organization_id"),
				c("incubator bound to a missing organization", withField(withField(v, "role", "incubator"), "organization_id", missing), 422, "organization_id"),
				c("org_staff bound to nothing", withField(v, "role", "org_staff"), 422, "organization_id"),
				c("funder bound to nothing", withField(v, "role", "funder"), 422, "funder_id"),
				c("funder bound to a missing funder", withField(withField(v, "role", "funder"), "funder_id", missing), 422, "funder_id"),
				c("reviewer bound to an organization", withField(v, "organization_id", fx.Org.ID), 422, "organization_id"),
				c("username taken", withField(v, "username", "u_reviewer"), 409, "username"),
			}
		case "PATCH /users/:id":
			specific = []badInputCase{
				c("no version", withoutField(v, "version"), 422, "version"),
				c("stale version", withField(v, "version", 9), 409, "version"),
				c("bad role", withField(v, "role", "root"), 422, "role"),
				c("blank display name", withField(v, "display_name", " "), 422, "display_name"),
				c("display name of 101 characters", withField(v, "display_name", long100), 422, "display_name"),
				c("disabled as text", withField(v, "disabled", "yes"), 400, "disabled"),
				c("password too short", withField(v, "password", "short7!"), 422, "password"),
				c("common password", withField(v, "password", "qwertyuiop"), 422, "password"),
				c("incubator bound to an organization that is not an incubator", withField(withField(v, "role", "incubator"), "organization_id", fx.Org.ID), 422, "organization_id"),
				c("org_staff bound to a missing organization", withField(withField(v, "role", "org_staff"), "organization_id", missing), 422, "organization_id"),
			}
		case "POST /tokens":
			specific = []badInputCase{
				c("missing name", withoutField(v, "name"), 422, "name"),
				c("blank name", withField(v, "name", "  "), 422, "name"),
				c("name of 101 characters", withField(v, "name", long100), 422, "name"),
				c("negative expiry", withField(v, "expires_in_days", -1), 422, "expires_in_days"),
				c("expiry over ten years", withField(v, "expires_in_days", 3651), 422, "expires_in_days"),
				c("expiry as text", withField(v, "expires_in_days", "ten"), 400, "expires_in_days"),
			}
		case "POST /auth/login":
			specific = []badInputCase{
				c("missing username", withoutField(v, "username"), 422, "username"),
				c("missing password", withoutField(v, "password"), 422, "password"),
				c("empty password", withField(v, "password", ""), 422, "password"),
				c("username of 65 characters", withField(v, "username", long64), 422, "username"),
				c("password of 129 characters", withField(v, "password", long128), 422, "password"),
				c("password as a number", withField(v, "password", 12345678), 400, "password"),
			}
		case "POST /surveys", "PATCH /surveys/:id", "POST /projects/:id/needs":
			specific = surveyBadInputCases(e.route, c, v, surveyRows)
		default:
			t.Fatalf("no specific cases for %s", e.route)
		}
		endpoints[i].cases = append(envelopeCases(e), specific...)
	}

	// Every case is refused, so each compares what is stored after it with
	// what was stored before any of them ran.
	initial := setup.storedState(rows)
	t.Cleanup(func() {
		if final := parent.storedState(rows); !reflect.DeepEqual(initial, final) {
			t.Errorf("the refused writes changed what is stored:\nbefore %+v\nafter  %+v", initial, final)
		}
	})

	for _, e := range endpoints {
		for _, c := range e.cases {
			t.Run(e.route+": "+c.name, func(t *testing.T) {
				t.Parallel()
				ts := parent.sharedWith(t)
				req := c.req
				if e.route != "POST /auth/login" {
					req.as = models.RoleAdmin
				}
				var w *httptest.ResponseRecorder
				if c.streamed {
					w = ts.doStreamed(req.method, req.path, []byte(mustJSON(req.body)))
				} else {
					w = ts.do(req)
				}
				wantProblem(t, w, c.status, c.field)
				if after := ts.storedState(rows); !reflect.DeepEqual(initial, after) {
					t.Errorf("a refused write changed what is stored:\nbefore %+v\nafter  %+v", initial, after)
				}
			})
		}
	}
}

// listQueryCases checks paging and filter parameters of every list.
func listQueryCases(t *testing.T, parent *testServer) {
	lists := []struct {
		path   string
		filter string // an enum filter, or ""
	}{
		{"/api/v1/communities", "type"},
		{"/api/v1/funders", "kind"},
		{"/api/v1/users", "role"},
		{"/api/v1/tokens", ""},
		{"/api/v1/audit", ""},
		{"/api/v1/surveys", "method"},
		{"/api/v1/needs", "category"},
	}
	type queryCase struct {
		name, query string
		status      int
		field       string
	}
	for _, l := range lists {
		cases := []queryCase{
			{"limit 1 is fine", "limit=1", 200, ""},
			{"limit 200 is fine", "limit=200", 200, ""},
			{"limit 0", "limit=0", 422, "limit"},
			{"limit 201", "limit=201", 422, "limit"},
			{"negative limit", "limit=-1", 422, "limit"},
			{"limit abc", "limit=abc", 400, ""},
			{"limit 1.5", "limit=1.5", 400, ""},
			{"cursor not from this server", "cursor=bm90LWEtY3Vyc29y", 422, "cursor"},
			{"sort by a column no list offers", "sort=castle", 422, "sort"},
			{"sort by a column no list offers, descending", "sort=-castle", 422, "sort"},
			{"sort too long", "sort=" + strings.Repeat("n", 65), 422, "sort"},
		}
		if l.filter != "" {
			cases = append(cases,
				queryCase{"unknown " + l.filter, l.filter + "=castle", 422, l.filter},
				queryCase{l.filter + " in upper case", l.filter + "=OTHER", 422, l.filter},
			)
		}
		for _, c := range cases {
			t.Run(l.path+": "+c.name, func(t *testing.T) {
				t.Parallel()
				ts := parent.sharedWith(t)
				w := ts.do(request{method: "GET", path: l.path + "?" + c.query, as: models.RoleAdmin})
				if c.status == 200 {
					if w.Code != 200 {
						t.Fatalf("status %d: %s", w.Code, w.Body.String())
					}
					var page struct {
						Items      []json.RawMessage `json:"items"`
						NextCursor *string           `json:"next_cursor"`
						Total      *int64            `json:"total"`
					}
					if err := json.Unmarshal(w.Body.Bytes(), &page); err != nil || page.Items == nil || page.Total == nil {
						t.Fatalf("not a list page: %s", w.Body.String())
					}
					if c.query == "limit=1" && len(page.Items) > 1 {
						t.Fatalf("limit=1 answered %d items", len(page.Items))
					}
					return
				}
				wantProblem(t, w, c.status, c.field)
			})
		}
	}
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	// Every case here is refused, so the server is shared: what is
	// stored must not move at all while they run.
	runGroups(t,
		caseGroup{"writes", refusedWriteCases},
		caseGroup{"list queries", listQueryCases},
	)
}

// TestFieldLimits checks both sides of a few limits: the refusal's words,
// which the SPA shows next to the field, and that a value right at the limit
// (counted in characters, not bytes) is stored whole.
func TestFieldLimits(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		parent := newTestServer(t, d)
		parent.sharedWith(t) // sign every role in before the cases share it
		community := func(name string, extra map[string]any) map[string]any {
			b := map[string]any{"name": name, "street": "裕华路街道", "district": "裕华区", "type": "other"}
			maps.Copy(b, extra)
			return b
		}
		cases := []struct {
			name    string
			path    string
			body    map[string]any
			status  int
			field   string // the field refused, or the field stored whole
			message string // what a refusal says about the field
		}{
			{"community name of 101 characters", "/api/v1/communities", community(strings.Repeat("长", 101), nil), 422, "name", "100 characters"},
			{"unknown community type", "/api/v1/communities", community("东苑社区", map[string]any{"type": "castle"}), 422, "type", "old_neighborhood"},
			{"negative population", "/api/v1/communities", community("西苑社区", map[string]any{"population": -1}), 422, "population", "0 or more"},
			{"community name of 100 characters", "/api/v1/communities", community(strings.Repeat("长", 100), nil), 201, "name", ""},
			{"funder name of 200 characters", "/api/v1/funders", map[string]any{"name": strings.Repeat("资", 200), "kind": "enterprise"}, 201, "name", ""},
			{"token name of 100 characters", "/api/v1/tokens", map[string]any{"name": strings.Repeat("令", 100)}, 201, "name", ""},
			{"display name of 100 characters", "/api/v1/users", map[string]any{
				"username": "long_name", "password": "a-long-unusual-passphrase", "role": "reviewer", "display_name": strings.Repeat("名", 100),
			}, 201, "display_name", ""},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				ts := parent.sharedWith(t)
				w := ts.do(request{method: "POST", path: c.path, as: models.RoleAdmin, body: c.body})
				if c.status != http.StatusCreated {
					p := wantProblem(t, w, c.status, c.field)
					for _, e := range p.Errors {
						if e.Field == c.field && !strings.Contains(e.Message, c.message) {
							t.Errorf("message %q does not say %q", e.Message, c.message)
						}
					}
					return
				}
				if w.Code != http.StatusCreated {
					t.Fatalf("status %d: %s", w.Code, w.Body.String())
				}
				got := decode[map[string]any](t, w)
				id, _ := got["id"].(string)
				if got[c.field] != c.body[c.field] {
					t.Fatalf("answered %s = %v, want %v", c.field, got[c.field], c.body[c.field])
				}
				if c.path == "/api/v1/tokens" {
					return // tokens are not read back by id
				}
				if stored := ts.readRow(c.path + "/" + id); stored[c.field] != c.body[c.field] {
					t.Fatalf("stored %s = %v", c.field, stored[c.field])
				}
			})
		}
	})
}
