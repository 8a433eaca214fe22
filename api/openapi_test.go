package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// loadOpenAPI parses the embedded document and validates it as OpenAPI 3.
func loadOpenAPI(t testing.TB) *openapi3.T {
	t.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openAPI)
	if err != nil {
		t.Fatalf("load openapi.json: %v", err)
	}
	if err := doc.Validate(loader.Context); err != nil {
		t.Fatalf("openapi.json is not a valid OpenAPI 3 document: %v", err)
	}
	return doc
}

// operationRoles answers the roles an operation names in x-roles, and false
// when it names none (a public operation).
func operationRoles(t testing.TB, op *openapi3.Operation) ([]models.Role, bool) {
	t.Helper()
	raw, ok := op.Extensions["x-roles"]
	if !ok {
		return nil, false
	}
	list, ok := raw.([]any)
	if !ok {
		t.Fatalf("%s: x-roles is %T, want a list", op.OperationID, raw)
	}
	roles := make([]models.Role, 0, len(list))
	for _, r := range list {
		s, _ := r.(string)
		if !models.Role(s).Valid() {
			t.Fatalf("%s: x-roles names %v, which is not a role", op.OperationID, r)
		}
		roles = append(roles, models.Role(s))
	}
	return roles, true
}

func TestOpenAPIDocumentIsValid(t *testing.T) {
	t.Parallel()
	doc := loadOpenAPI(t)
	if doc.OpenAPI != "3.0.3" {
		t.Errorf("openapi = %q, want 3.0.3", doc.OpenAPI)
	}
	ids := map[string]string{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			where := method + " " + path
			if op.OperationID == "" || op.Summary == "" || len(op.Tags) == 0 {
				t.Errorf("%s: operationId, summary and tags are required", where)
			}
			if other, dup := ids[op.OperationID]; dup {
				t.Errorf("%s and %s share operationId %q", where, other, op.OperationID)
			}
			ids[op.OperationID] = where
			if !strings.HasPrefix(op.Description, "Roles: ") {
				t.Errorf("%s: the description must start by naming the roles", where)
			}
			roles, private := operationRoles(t, op)
			public := op.Security != nil && len(*op.Security) == 0
			if private == public {
				t.Errorf("%s: an operation is either public (security: []) or names its roles (x-roles), not %v/%v", where, public, roles)
			}
			for _, r := range roles {
				if !strings.Contains(op.Description, string(r)) {
					t.Errorf("%s: the description does not name role %s of x-roles", where, r)
				}
			}
			for code, ref := range op.Responses.Map() {
				if code >= "400" && ref.Value.Content.Get(handlers.ProblemContentType) == nil {
					t.Errorf("%s: answer %s is not application/problem+json", where, code)
				}
			}
		}
	}
}

// ginParam matches a gin path parameter (":id") or wildcard ("*path").
var ginParam = regexp.MustCompile(`[:*]([A-Za-z0-9_]+)`)

func TestOpenAPIMatchesRoutes(t *testing.T) {
	t.Parallel()
	doc := loadOpenAPI(t)
	ts := newTestServer(t, models.SQLite)

	routes := map[string]bool{}
	for _, r := range ts.Server.Engine.Routes() {
		routes[r.Method+" "+ginParam.ReplaceAllString(r.Path, "{$1}")] = true
	}
	documented := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented[method+" "+path] = true
		}
	}
	var undocumented, unrouted []string
	for k := range routes {
		if !documented[k] {
			undocumented = append(undocumented, k)
		}
	}
	for k := range documented {
		if !routes[k] {
			unrouted = append(unrouted, k)
		}
	}
	sort.Strings(undocumented)
	sort.Strings(unrouted)
	if len(undocumented) > 0 {
		t.Errorf("routes missing from openapi.json:\n  %s", strings.Join(undocumented, "\n  "))
	}
	if len(unrouted) > 0 {
		t.Errorf("operations in openapi.json that are not routes:\n  %s", strings.Join(unrouted, "\n  "))
	}

	w := ts.do(request{method: http.MethodGet, path: "/api/v1/openapi.json"})
	if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), openAPI) {
		t.Errorf("GET /api/v1/openapi.json answered %d and not the embedded document", w.Code)
	}
}

// TestOpenAPIRolesHold calls every operation as every role and checks that
// exactly the roles the document names get past the role check.
func TestOpenAPIRolesHold(t *testing.T) {
	t.Parallel()
	doc := loadOpenAPI(t)
	ts := newTestServer(t, models.SQLite)
	const someID = "00000000-0000-7000-8000-000000000000"

	var paths []string
	for path := range doc.Paths.Map() {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	var logout []models.Role
	for _, path := range paths {
		for method, op := range doc.Paths.Value(path).Operations() {
			target := strings.ReplaceAll(path, "{id}", someID)
			r := request{method: method, path: target}
			if op.RequestBody != nil {
				r.body = "{}"
			}
			roles, private := operationRoles(t, op)
			if !private {
				r.remote = loopbackPeer // /metrics is public on the server's own machine only
				if w := ts.do(r); w.Code == http.StatusUnauthorized || w.Code == http.StatusForbidden {
					t.Errorf("%s %s is public but answered %d anonymously: %s", method, path, w.Code, w.Body.String())
				}
				continue
			}
			if w := ts.do(r); w.Code != http.StatusUnauthorized {
				t.Errorf("%s %s anonymously: status %d, want 401", method, path, w.Code)
			}
			if op.OperationID == "logout" {
				logout = roles // ends the session, so it goes last
				continue
			}
			for _, role := range models.Roles {
				r.as = role
				w := ts.do(r)
				switch allowed := slices.Contains(roles, role); {
				case allowed && (w.Code == http.StatusForbidden || w.Code == http.StatusUnauthorized):
					t.Errorf("%s %s as %s: status %d, but the document lets %v call it: %s", method, path, role, w.Code, roles, w.Body.String())
				case !allowed && w.Code != http.StatusForbidden:
					t.Errorf("%s %s as %s: status %d, want 403 since the document lets only %v call it", method, path, role, w.Code, roles)
				}
			}
		}
	}
	for _, role := range logout {
		if w := ts.do(request{method: http.MethodPost, path: "/api/v1/auth/logout", as: role}); w.Code != http.StatusNoContent {
			t.Errorf("logout as %s: status %d, want 204", role, w.Code)
		}
	}
}

// requestCheck says what the document should make of the request itself.
type requestCheck int

const (
	requestValid   requestCheck = iota // the request must validate
	requestInvalid                     // the request must not validate (the server refuses it too)
	requestSkip                        // not checked (a malformed or oversized body)
)

// openAPIChecker sends requests through the server and validates the
// answers against the document.
type openAPIChecker struct {
	t      *testing.T
	ts     *testServer
	router routers.Router
}

func newOpenAPIChecker(t *testing.T, ts *testServer) *openAPIChecker {
	t.Helper()
	router, err := gorillamux.NewRouter(loadOpenAPI(t))
	if err != nil {
		t.Fatalf("router: %v", err)
	}
	return &openAPIChecker{t: t, ts: ts, router: router}
}

// check sends r, wants status, and validates the request (as rc says) and
// the answer against the document.
func (c *openAPIChecker) check(r request, status int, rc requestCheck) *httptest.ResponseRecorder {
	t := c.t
	t.Helper()
	w := c.ts.do(r)
	name := r.method + " " + r.path
	if r.as != "" {
		name += " as " + string(r.as)
	}
	if w.Code != status {
		t.Errorf("%s: status %d, want %d; body %s", name, w.Code, status, w.Body.String())
		return w
	}

	var body io.Reader
	switch b := r.body.(type) {
	case nil:
	case string:
		body = strings.NewReader(b)
	case []byte:
		body = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		body = bytes.NewReader(j)
	}
	req := httptest.NewRequest(r.method, r.path, body)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	route, params, err := c.router.FindRoute(req)
	if err != nil {
		t.Errorf("%s: not in the document: %v", name, err)
		return w
	}
	opts := &openapi3filter.Options{
		// The harness signs in by cookie; the security requirement itself is
		// checked by TestOpenAPIRolesHold.
		AuthenticationFunc:    func(context.Context, *openapi3filter.AuthenticationInput) error { return nil },
		IncludeResponseStatus: true,
		MultiError:            true,
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: opts}
	ctx := context.Background()
	switch err := openapi3filter.ValidateRequest(ctx, in); {
	case rc == requestValid && err != nil:
		t.Errorf("%s: the document refuses a request the server takes: %v", name, err)
	case rc == requestInvalid && err == nil:
		t.Errorf("%s: the document accepts a request the server refuses with %d", name, w.Code)
	}
	err = openapi3filter.ValidateResponse(ctx, &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 w.Code,
		Header:                 w.Header(),
		Body:                   io.NopCloser(bytes.NewReader(w.Body.Bytes())),
		Options:                opts,
	})
	if err != nil {
		t.Errorf("%s: the answer does not match the document: %v\nbody: %s", name, err, w.Body.String())
	}
	return w
}

func TestOpenAPIAnswersMatch(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		c := newOpenAPIChecker(t, ts)
		const (
			admin    = models.RoleAdmin
			reviewer = models.RoleReviewer
			orgStaff = models.RoleOrgStaff
			funder   = models.RoleFunder
		)
		get := func(path string, as models.Role) request { return request{method: http.MethodGet, path: path, as: as} }

		// Health, metrics and the document itself.
		c.check(get("/healthz", ""), http.StatusOK, requestValid)
		c.check(get("/readyz", ""), http.StatusOK, requestValid)
		c.check(request{method: http.MethodGet, path: "/metrics", remote: loopbackPeer}, http.StatusOK, requestValid)
		c.check(get("/metrics", ""), http.StatusForbidden, requestValid)
		c.check(get("/healthz?probe=%00", ""), http.StatusBadRequest, requestValid)
		c.check(get("/api/v1/openapi.json", ""), http.StatusOK, requestValid)

		// Signing in.
		c.check(request{method: http.MethodPost, path: "/api/v1/auth/login",
			body: map[string]string{"username": "u_reviewer", "password": testPassword}}, http.StatusOK, requestValid)
		c.check(request{method: http.MethodPost, path: "/api/v1/auth/login",
			body: map[string]string{"username": "u_reviewer", "password": "wrong-password"}}, http.StatusUnauthorized, requestValid)
		c.check(request{method: http.MethodPost, path: "/api/v1/auth/login",
			body: map[string]string{"username": "u_reviewer"}}, http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/auth/me", orgStaff), http.StatusOK, requestValid)
		c.check(get("/api/v1/auth/me", ""), http.StatusUnauthorized, requestValid)

		// Communities.
		c.check(get("/api/v1/communities", models.RoleIncubator), http.StatusOK, requestValid)
		c.check(get("/api/v1/communities?type=village_to_residence&district=%E9%95%BF%E5%AE%89%E5%8C%BA&limit=1", funder), http.StatusOK, requestValid)
		c.check(get("/api/v1/communities?limit=500", funder), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/communities?limit=many", funder), http.StatusBadRequest, requestInvalid)
		newCommunity := map[string]any{"name": "槐底社区", "street": "谈固街道", "district": "长安区", "type": "old_neighborhood", "households": 1200, "population": 3400}
		w := c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: admin, body: newCommunity}, http.StatusCreated, requestValid)
		com := decode[models.Community](t, w)
		c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: admin, body: newCommunity}, http.StatusConflict, requestValid)
		c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: admin,
			body: map[string]any{"name": " ", "street": "谈固街道", "district": "长安区", "type": "castle"}}, http.StatusUnprocessableEntity, requestInvalid)
		c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: admin,
			body: map[string]any{"name": "x", "street": "y", "district": "z", "type": "other", "mayor": "nobody"}}, http.StatusBadRequest, requestInvalid)
		c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: admin, body: `{"name":`}, http.StatusBadRequest, requestSkip)
		c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: admin, body: "name=x",
			header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}}, http.StatusUnsupportedMediaType, requestSkip)
		c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: admin,
			body: `{"name":"` + strings.Repeat("x", MaxBodyBytes) + `"}`}, http.StatusRequestEntityTooLarge, requestSkip)
		c.check(request{method: http.MethodPost, path: "/api/v1/communities", as: reviewer, body: newCommunity}, http.StatusForbidden, requestValid)
		c.check(get("/api/v1/communities/"+com.ID, reviewer), http.StatusOK, requestValid)
		c.check(request{method: http.MethodPatch, path: "/api/v1/communities/" + com.ID, as: admin,
			body: map[string]any{"version": com.Version, "households": 1300}}, http.StatusOK, requestValid)
		c.check(request{method: http.MethodPatch, path: "/api/v1/communities/" + com.ID, as: admin,
			body: map[string]any{"population": 1}, header: map[string]string{"If-Match": fmt.Sprintf("%q", fmt.Sprint(com.Version))}},
			http.StatusConflict, requestValid)
		c.check(request{method: http.MethodPatch, path: "/api/v1/communities/" + com.ID, as: admin,
			body: map[string]any{"name": "没有版本"}}, http.StatusUnprocessableEntity, requestValid)

		// Funders.
		c.check(get("/api/v1/funders?kind=government", orgStaff), http.StatusOK, requestValid)
		c.check(get("/api/v1/funders/"+ts.Fix.Funder.ID, funder), http.StatusOK, requestValid)
		c.check(get("/api/v1/funders/no-such-funder", funder), http.StatusNotFound, requestValid)
		w = c.check(request{method: http.MethodPost, path: "/api/v1/funders", as: admin,
			body: map[string]any{"name": "长安区谈固街道办事处", "kind": "street_office", "department": "社区建设科"}}, http.StatusCreated, requestValid)
		f := decode[models.Funder](t, w)
		c.check(request{method: http.MethodPatch, path: "/api/v1/funders/" + f.ID, as: admin,
			body: map[string]any{"version": f.Version, "department": "", "credit_code": ""}}, http.StatusOK, requestValid)
		c.check(request{method: http.MethodPatch, path: "/api/v1/funders/" + f.ID, as: admin,
			body: map[string]any{"version": f.Version + 1, "credit_code": "not-a-code"}}, http.StatusUnprocessableEntity, requestInvalid)

		// API tokens.
		w = c.check(request{method: http.MethodPost, path: "/api/v1/tokens", as: funder,
			body: map[string]any{"name": "nightly export", "expires_in_days": 30}}, http.StatusCreated, requestValid)
		tok := decode[models.NewAPIToken](t, w)
		c.check(request{method: http.MethodGet, path: "/api/v1/auth/me", header: map[string]string{"Authorization": "Bearer " + tok.Token}},
			http.StatusOK, requestValid)
		c.check(request{method: http.MethodPost, path: "/api/v1/tokens", as: funder, body: map[string]any{"name": "forever"}},
			http.StatusCreated, requestValid)
		c.check(request{method: http.MethodPost, path: "/api/v1/tokens", as: funder,
			body: map[string]any{"name": "too long", "expires_in_days": 5000}}, http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/tokens", funder), http.StatusOK, requestValid)
		c.check(request{method: http.MethodDelete, path: "/api/v1/tokens/" + tok.ID, as: funder}, http.StatusNoContent, requestValid)
		c.check(request{method: http.MethodDelete, path: "/api/v1/tokens/" + tok.ID, as: orgStaff}, http.StatusNotFound, requestValid)
		c.check(get("/api/v1/tokens?limit=1", funder), http.StatusOK, requestValid)

		// Users.
		c.check(get("/api/v1/users?role=org_staff", admin), http.StatusOK, requestValid)
		c.check(get("/api/v1/users", funder), http.StatusForbidden, requestValid)
		w = c.check(request{method: http.MethodPost, path: "/api/v1/users", as: admin, body: map[string]any{
			"username": "li.na", "password": "lantern-harbour-92", "role": "org_staff", "display_name": "李娜",
			"organization_id": ts.Fix.Org.ID}}, http.StatusCreated, requestValid)
		u := decode[models.User](t, w)
		c.check(request{method: http.MethodPost, path: "/api/v1/users", as: admin, body: map[string]any{
			"username": "li.na", "password": "lantern-harbour-92", "role": "reviewer", "display_name": "李娜"}}, http.StatusConflict, requestValid)
		c.check(request{method: http.MethodPost, path: "/api/v1/users", as: admin, body: map[string]any{
			"username": "x!", "password": "short", "role": "mayor", "display_name": ""}}, http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/users/"+u.ID, admin), http.StatusOK, requestValid)
		c.check(request{method: http.MethodPatch, path: "/api/v1/users/" + u.ID, as: admin,
			body: map[string]any{"version": u.Version, "disabled": true}}, http.StatusOK, requestValid)
		c.check(request{method: http.MethodPatch, path: "/api/v1/users/" + ts.Users[admin].ID, as: admin,
			body: map[string]any{"version": ts.Users[admin].Version, "disabled": true}}, http.StatusUnprocessableEntity, requestValid)

		// The audit trail.
		w = c.check(get("/api/v1/audit", reviewer), http.StatusOK, requestValid)
		if l := decode[models.List[models.AuditEntry]](t, w); len(l.Items) == 0 {
			t.Errorf("the audit list is empty: %s", w.Body.String())
		}
		w = c.check(get("/api/v1/audit?limit=2&entity=community", reviewer), http.StatusOK, requestValid)
		if l := decode[models.List[models.AuditEntry]](t, w); l.NextCursor == nil {
			t.Errorf("want a next page of community entries: %s", w.Body.String())
		} else {
			c.check(get("/api/v1/audit?limit=2&entity=community&cursor="+*l.NextCursor, admin), http.StatusOK, requestValid)
		}
		c.check(get("/api/v1/audit?cursor=bogus", admin), http.StatusUnprocessableEntity, requestValid)
		c.check(get("/api/v1/audit", orgStaff), http.StatusForbidden, requestValid)
		c.check(get("/api/v1/audit/verify", admin), http.StatusOK, requestValid)

		// Organizations.
		incubator := models.RoleIncubator
		post := func(path string, as models.Role, body any) request {
			return request{method: http.MethodPost, path: path, as: as, body: body}
		}
		newOrg := map[string]any{"name": "建北社区邻里调解室", "credit_code": models.MakeUSCC("51130102", "MA0D1234"),
			"registration_type": "social_group", "category": "legal_aid", "community_id": com.ID, "founded_on": "2023-03-15",
			"contact_name": "赵丽娟", "contact_phone": "0311-86012345", "description": "调解邻里纠纷"}
		w = c.check(post("/api/v1/organizations", admin, newOrg), http.StatusCreated, requestValid)
		org := decode[models.Organization](t, w)
		if org.Stage != models.StageApplicant || org.Version != 1 {
			t.Errorf("a new organization is %s at version %d, want applicant at 1", org.Stage, org.Version)
		}
		c.check(post("/api/v1/organizations", admin, newOrg), http.StatusConflict, requestValid)
		c.check(post("/api/v1/organizations", admin, map[string]any{"name": "无码社", "registration_type": "social_group", "category": "other"}),
			http.StatusUnprocessableEntity, requestValid)
		c.check(post("/api/v1/organizations", admin, map[string]any{"name": "坏电话", "registration_type": "community_filed", "category": "other",
			"contact_phone": "call me", "founded_on": "2023-02-30"}), http.StatusUnprocessableEntity, requestInvalid)
		c.check(post("/api/v1/organizations", admin, map[string]any{"name": "想直接出壳", "registration_type": "community_filed", "category": "other",
			"stage": "independent"}), http.StatusBadRequest, requestInvalid)
		c.check(post("/api/v1/organizations", reviewer, newOrg), http.StatusForbidden, requestValid)
		c.check(get("/api/v1/organizations?stage=applicant&district=%E9%95%BF%E5%AE%89%E5%8C%BA&limit=5", reviewer), http.StatusOK, requestValid)
		c.check(get("/api/v1/organizations?is_incubator=true", incubator), http.StatusOK, requestValid)
		c.check(get("/api/v1/organizations", funder), http.StatusOK, requestValid)
		c.check(get("/api/v1/organizations?stage=hatched", admin), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/organizations?is_incubator=maybe", admin), http.StatusBadRequest, requestInvalid)
		w = c.check(get("/api/v1/organizations/"+org.ID, reviewer), http.StatusOK, requestValid)
		if v := decode[models.OrganizationView](t, w); len(v.AllowedTargets) == 0 || v.CommunityName == nil || *v.CommunityName != com.Name {
			t.Errorf("a single organization answers its community and allowed moves: %s", w.Body.String())
		}
		c.check(get("/api/v1/organizations/"+ts.Fix.Org.ID, orgStaff), http.StatusOK, requestValid)
		c.check(get("/api/v1/organizations/"+org.ID, funder), http.StatusNotFound, requestValid)
		orgPath := "/api/v1/organizations/" + org.ID
		c.check(request{method: http.MethodPatch, path: orgPath, as: admin,
			body: map[string]any{"version": 1, "contact_phone": "13903110000", "founded_on": ""}}, http.StatusOK, requestValid)
		c.check(request{method: http.MethodPatch, path: orgPath, as: reviewer, body: map[string]any{"version": 2, "description": "改"}},
			http.StatusForbidden, requestValid)
		c.check(request{method: http.MethodPatch, path: orgPath, as: admin, body: map[string]any{"version": 1, "description": "旧版本"}},
			http.StatusConflict, requestValid)
		c.check(request{method: http.MethodPatch, path: orgPath, as: admin, body: map[string]any{"version": 2, "credit_code": ""}},
			http.StatusUnprocessableEntity, requestValid)
		c.check(request{method: http.MethodPatch, path: orgPath, as: admin, body: map[string]any{"version": 2, "stage": "dissolved"}},
			http.StatusBadRequest, requestInvalid)

		// Stage transitions.
		w = c.check(post(orgPath+"/transitions", admin, map[string]any{"to_stage": "independent"}), http.StatusUnprocessableEntity, requestValid)
		if p := decode[ruleAnswer](t, w); p.Type != "urn:hatchery:problem:transition-not-allowed" ||
			!slices.Equal(p.AllowedTargets, []models.Stage{models.StageRegistered, models.StageDissolved}) ||
			len(p.Errors) != 1 || p.Errors[0].Field != "to_stage" {
			t.Errorf("an illegal move names allowed targets [registered dissolved] and the field to_stage: %s", w.Body.String())
		}
		c.check(post(orgPath+"/transitions", admin, map[string]any{"to_stage": "hatched"}), http.StatusUnprocessableEntity, requestInvalid)
		w = c.check(post(orgPath+"/transitions", admin, map[string]any{"to_stage": "registered", "reason": "材料齐全"}), http.StatusCreated, requestValid)
		tr := decode[models.TransitionRequest](t, w)
		c.check(post(orgPath+"/transitions", reviewer, map[string]any{"to_stage": "dissolved"}), http.StatusConflict, requestValid)
		c.check(post(orgPath+"/transitions", funder, map[string]any{"to_stage": "dissolved"}), http.StatusNotFound, requestValid)
		c.check(get("/api/v1/transitions?status=pending&limit=10", reviewer), http.StatusOK, requestValid)
		c.check(get("/api/v1/transitions?status=done", reviewer), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/transitions?status=pending&sort=newest", reviewer), http.StatusOK, requestValid)
		c.check(get("/api/v1/transitions?sort=first", reviewer), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/transitions", funder), http.StatusOK, requestValid)
		trPath := "/api/v1/transitions/" + tr.ID
		c.check(post(trPath+"/approve", admin, map[string]any{}), http.StatusForbidden, requestValid) // four-eyes
		c.check(post(trPath+"/approve", orgStaff, map[string]any{}), http.StatusForbidden, requestValid)
		c.check(post(trPath+"/reject", reviewer, map[string]any{}), http.StatusUnprocessableEntity, requestInvalid)
		c.check(post(trPath+"/reject", reviewer, map[string]any{"note": " "}), http.StatusUnprocessableEntity, requestInvalid)
		c.check(request{method: http.MethodPost, path: trPath + "/withdraw", as: reviewer}, http.StatusForbidden, requestValid)
		c.check(post(trPath+"/approve", reviewer, map[string]any{"note": "同意"}), http.StatusOK, requestValid)
		c.check(post(trPath+"/reject", reviewer, map[string]any{"note": "晚了"}), http.StatusConflict, requestValid)
		c.check(request{method: http.MethodPost, path: trPath + "/withdraw", as: admin}, http.StatusConflict, requestValid)
		c.check(post("/api/v1/transitions/"+models.NewID()+"/approve", reviewer, map[string]any{}), http.StatusNotFound, requestValid)
		w = c.check(post(orgPath+"/transitions", admin, map[string]any{"to_stage": "dormant"}), http.StatusCreated, requestValid)
		c.check(request{method: http.MethodPost, path: "/api/v1/transitions/" + decode[models.TransitionRequest](t, w).ID + "/withdraw", as: admin},
			http.StatusOK, requestValid)
		c.check(post(orgPath+"/transitions", admin, map[string]any{"to_stage": "incubating"}), http.StatusUnprocessableEntity, requestValid)
		w = c.check(post(orgPath+"/transitions", admin, map[string]any{"to_stage": "incubating", "incubator_id": ts.Fix.Incubator.ID}),
			http.StatusCreated, requestValid)
		c.check(post("/api/v1/transitions/"+decode[models.TransitionRequest](t, w).ID+"/approve", reviewer, map[string]any{}), http.StatusOK, requestValid)
		c.check(get(orgPath+"/transitions?limit=2", admin), http.StatusOK, requestValid)
		c.check(get(orgPath+"/transitions", funder), http.StatusNotFound, requestValid)
		w = c.check(get(orgPath+"/timeline", incubator), http.StatusOK, requestValid)
		if tl := decode[struct{ Items []models.StagePeriod }](t, w); len(tl.Items) != 3 || tl.Items[2].Stage != models.StageIncubating {
			t.Errorf("timeline after two approvals: %s", w.Body.String())
		}
		c.check(get(orgPath+"/timeline", funder), http.StatusNotFound, requestValid)

		// Milestones, readiness and an override graduation.
		c.check(post(orgPath+"/milestones", incubator, map[string]any{"type": "capacity_training", "achieved_on": "2025-05-01", "hours": 2.5,
			"note": "项目设计培训", "evidence_ref": "档案 2025-17"}), http.StatusCreated, requestValid)
		c.check(post(orgPath+"/milestones", reviewer, map[string]any{"type": "governance_established", "achieved_on": "2025-06-01"}),
			http.StatusCreated, requestValid)
		c.check(post(orgPath+"/milestones", incubator, map[string]any{"type": "other", "achieved_on": "2999-01-01"}),
			http.StatusUnprocessableEntity, requestValid)
		c.check(post(orgPath+"/milestones", incubator, map[string]any{"type": "party", "achieved_on": "2025-05-01"}),
			http.StatusUnprocessableEntity, requestInvalid)
		c.check(post("/api/v1/organizations/"+ts.Fix.Org.ID+"/milestones", orgStaff, map[string]any{"type": "other", "achieved_on": "2025-05-01"}),
			http.StatusForbidden, requestValid)
		c.check(post(orgPath+"/milestones", funder, map[string]any{"type": "other", "achieved_on": "2025-05-01"}), http.StatusNotFound, requestValid)
		w = c.check(get(orgPath+"/milestones", reviewer), http.StatusOK, requestValid)
		if ml := decode[models.MilestoneList](t, w); ml.Total != 2 || ml.TrainingHours != 2.5 {
			t.Errorf("milestones: %s", w.Body.String())
		}
		c.check(get(orgPath+"/milestones?limit=1", incubator), http.StatusOK, requestValid)
		c.check(get(orgPath+"/milestones?limit=0", incubator), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get(orgPath+"/readiness", incubator), http.StatusOK, requestValid)
		c.check(get(orgPath+"/readiness", funder), http.StatusNotFound, requestValid)
		w = c.check(post(orgPath+"/transitions", incubator, map[string]any{"to_stage": "independent", "reason": "已具备独立运作能力"}),
			http.StatusCreated, requestValid)
		gradPath := "/api/v1/transitions/" + decode[models.TransitionRequest](t, w).ID + "/approve"
		w = c.check(post(gradPath, reviewer, map[string]any{"note": "同意"}), http.StatusUnprocessableEntity, requestValid)
		if p := decode[ruleAnswer](t, w); p.Type != "urn:hatchery:problem:not-ready" || len(p.Unmet) == 0 ||
			!strings.Contains(p.Detail, p.Unmet[0]) || len(p.Errors) != 1 || p.Errors[0].Field != "override" {
			t.Errorf("an unready graduation names its unmet criteria and the field override: %s", w.Body.String())
		}
		c.check(post(gradPath, reviewer, map[string]any{"override": true}), http.StatusUnprocessableEntity, requestValid)
		w = c.check(post(gradPath, reviewer, map[string]any{"override": true, "note": "街道推荐，特批出壳"}), http.StatusOK, requestValid)
		if g := decode[models.TransitionRequest](t, w); !g.Override || string(g.Readiness) == "null" {
			t.Errorf("an override graduation keeps no readiness snapshot: %s", w.Body.String())
		}
		c.check(get("/api/v1/transitions?organization_id="+org.ID+"&to_stage=independent", incubator), http.StatusOK, requestValid)

		// Graduation settings.
		c.check(get("/api/v1/settings/graduation", funder), http.StatusOK, requestValid)
		criteria := map[string]any{"version": 0, "min_days_incubating": 365, "required_milestones": []string{"governance_established"},
			"require_registered": true, "min_active_staff": 3, "min_projects": 1}
		c.check(request{method: http.MethodPut, path: "/api/v1/settings/graduation", as: reviewer, body: criteria}, http.StatusForbidden, requestValid)
		c.check(request{method: http.MethodPut, path: "/api/v1/settings/graduation", as: admin, body: criteria}, http.StatusOK, requestValid)
		c.check(request{method: http.MethodPut, path: "/api/v1/settings/graduation", as: admin, body: criteria}, http.StatusConflict, requestValid)
		c.check(request{method: http.MethodPut, path: "/api/v1/settings/graduation", as: admin,
			body: map[string]any{"version": 1, "min_days_incubating": 90, "required_milestones": []string{"party"}}},
			http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/settings/graduation", orgStaff), http.StatusOK, requestValid)

		// The password policy, and what a security auditor reads.
		c.check(get("/api/v1/settings/passwords", models.RoleSecurityAuditor), http.StatusOK, requestValid)
		c.check(request{method: http.MethodPut, path: "/api/v1/settings/passwords", as: reviewer, body: map[string]any{"version": 0, "max_age_days": 90}}, http.StatusForbidden, requestValid)
		c.check(request{method: http.MethodPut, path: "/api/v1/settings/passwords", as: admin, body: map[string]any{"version": 0, "max_age_days": 3650}}, http.StatusOK, requestValid)
		c.check(request{method: http.MethodPut, path: "/api/v1/settings/passwords", as: admin, body: map[string]any{"version": 0, "max_age_days": 3650}}, http.StatusConflict, requestValid)
		c.check(request{method: http.MethodPut, path: "/api/v1/settings/passwords", as: admin, body: map[string]any{"version": 1, "max_age_days": 4000}}, http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/audit?limit=2", models.RoleSecurityAuditor), http.StatusOK, requestValid)
		c.check(get("/api/v1/audit/verify", models.RoleSecurityAuditor), http.StatusOK, requestValid)
		c.check(get("/api/v1/home", models.RoleSecurityAuditor), http.StatusOK, requestValid)
		c.check(get("/api/v1/auth/me", models.RoleSecurityAuditor), http.StatusOK, requestValid)
		c.check(get("/api/v1/organizations/"+ts.Fix.Org.ID+"/readiness", orgStaff), http.StatusOK, requestValid)

		// The pipeline report.
		w = c.check(get("/api/v1/reports/pipeline", reviewer), http.StatusOK, requestValid)
		if rep := decode[models.PipelineReport](t, w); rep.Incubation.Graduated != 1 || rep.Incubation.Entered != 1 || len(rep.Incubation.ByQuarter) == 0 {
			t.Errorf("pipeline outcomes: %s", w.Body.String())
		}
		c.check(get("/api/v1/reports/pipeline?district=%E9%95%BF%E5%AE%89%E5%8C%BA&category=legal_aid&incubator_id="+ts.Fix.Incubator.ID+
			"&from=2020-01-01&to=2030-12-31", admin), http.StatusOK, requestValid)
		c.check(get("/api/v1/reports/pipeline?from=2025-06-01&to=2025-01-01", admin), http.StatusUnprocessableEntity, requestValid)
		c.check(get("/api/v1/reports/pipeline?from=2025-13-01", admin), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/reports/pipeline?category=sports", admin), http.StatusUnprocessableEntity, requestInvalid)
		c.check(get("/api/v1/reports/pipeline", incubator), http.StatusForbidden, requestValid)

		// Signing out ends the reviewer's session, so it comes last.
		c.check(request{method: http.MethodPost, path: "/api/v1/auth/logout", as: reviewer}, http.StatusNoContent, requestValid)
	})
}

func TestOpenAPIThrottledLogin(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, withThrottle(handlers.ThrottleConfig{
			AccountBurst: 1, AccountEvery: time.Hour, AddressBurst: 100, AddressEvery: time.Millisecond,
		}))
		c := newOpenAPIChecker(t, ts)
		wrong := request{method: http.MethodPost, path: "/api/v1/auth/login",
			body: map[string]string{"username": "u_admin", "password": "not-the-password"}}
		c.check(wrong, http.StatusUnauthorized, requestValid)
		if w := c.check(wrong, http.StatusTooManyRequests, requestValid); w.Header().Get("Retry-After") == "" {
			t.Errorf("a throttled sign-in names no Retry-After")
		}
	})
}

// ruleAnswer is a broken rule's problem body with the members clients read.
type ruleAnswer struct {
	Type           string              `json:"type"`
	Detail         string              `json:"detail"`
	Errors         []models.FieldError `json:"errors"`
	AllowedTargets []models.Stage      `json:"allowed_targets"`
	Unmet          []string            `json:"unmet"`
}
