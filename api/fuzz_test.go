package api

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"hatchery/handlers"
	"hatchery/models"
)

// fuzzRoute is a route the HTTP fuzz target sends bodies to.
type fuzzRoute struct {
	method, path string
	idempotent   bool // the route takes an Idempotency-Key
}

// FuzzWriteRoutes sends arbitrary bodies, as the admin, to routes that
// create and change records: no answer is a 5xx, and every refusal is a
// problem+json answer.
func FuzzWriteRoutes(f *testing.F) {
	var logs bytes.Buffer // the causes of 5xx answers; fuzz inputs run one at a time
	ts := newTestServer(f, models.SQLite, withLog(&logs))
	m := ts.moneyFixture()
	cookie := ts.cookie(models.RoleAdmin)
	routes := []fuzzRoute{
		{http.MethodPost, "/api/v1/communities", false},
		{http.MethodPatch, "/api/v1/communities/" + ts.Fix.Community.ID, false},
		{http.MethodPost, "/api/v1/organizations", false},
		{http.MethodPatch, "/api/v1/organizations/" + ts.Fix.Org.ID, false},
		{http.MethodPost, "/api/v1/organizations/" + ts.Fix.Org.ID + "/milestones", false},
		{http.MethodPost, "/api/v1/organizations/" + ts.Fix.Org.ID + "/staff", false},
		{http.MethodPost, "/api/v1/organizations/" + ts.Fix.Org.ID + "/transitions", false},
		{http.MethodPost, "/api/v1/surveys", false},
		{http.MethodPost, "/api/v1/funding-cycles", false},
		{http.MethodPatch, "/api/v1/funding-cycles/" + m.Cycle.ID, false},
		{http.MethodPost, "/api/v1/projects", false},
		{http.MethodPatch, "/api/v1/projects/" + m.Project.ID, false},
		{http.MethodPost, "/api/v1/projects/" + m.Project.ID + "/disbursements", true},
		{http.MethodPost, "/api/v1/disbursements/" + m.Disbursement.ID + "/reverse", true},
		{http.MethodPost, "/api/v1/funders", false},
		{http.MethodPut, "/api/v1/settings/graduation", false},
		{http.MethodPost, "/api/v1/users", false},
	}
	seeds := []string{
		`{"name":"新华社区","street":"新华街道","district":"长安区","type":"village_to_residence","households":10,"population":20}`,
		`{"version":1,"households":-1}`,
		`{"name":"新组织","registration_type":"community_filed","category":"elderly_care","credit_code":"91110000600037341L"}`,
		`{"version":1,"contact_phone":"","founded_on":"2025-02-29"}`,
		`{"type":"registered","achieved_on":"2025-03-01","hours":1.5}`,
		`{"name":"李四","employment_type":"full_time","education":"bachelor","joined_on":"2025-01-01","left_on":"2024-01-01"}`,
		`{"to_stage":"graduated","reason":"r"}`,
		`{"community_id":"` + ts.Fix.Community.ID + `","title":"调研","method":"questionnaire","conducted_on":"2025-10-15","respondents":10,"needs":[{"category":"elderly_care","title":"助餐","priority":"high","mentions":45}]}`,
		`{"funder_id":"` + ts.Fix.Funder.ID + `","name":"轮次","year":2026,"pool_fen":100,"opens_on":"2026-03-01","closes_on":"2026-01-01","period_start":"2026-04-01","period_end":"2026-12-31"}`,
		`{"version":1,"pool_fen":1000000000001}`,
		`{"code":"FZ-1","title":"t","organization_id":"` + ts.Fix.Org.ID + `","funder_id":"` + ts.Fix.Funder.ID + `","category":"elderly_care","budget_fen":100,"start_on":"2026-01-01","end_on":"2025-12-31","community_ids":["` + ts.Fix.Community.ID + `"]}`,
		`{"version":1,"budget_fen":9223372036854775807}`,
		`{"tranche_seq":1,"paid_on":"2026-04-02","amount_fen":999999999999,"reference":"B"}`,
		`{"reason":"录入错误"}`,
		`{"name":"基金会","kind":"foundation","credit_code":"not a code"}`,
		`{"version":0,"min_days_incubating":180,"required_milestones":["registered"],"require_registered":true,"min_active_staff":3,"min_projects":1}`,
		`{"username":"fz","password":"correct-horse-battery","role":"org_staff","display_name":"x","organization_id":"no-such-org"}`,
		`{"amount_fen":1.5}`, `{"name":"a","name":"b"}`, `{"note":"\ud800"}`, "{\"name\":\"\xff\"}", `[]`, `null`, ``, `{`,
	}
	for i, s := range seeds {
		f.Add(uint8(i), []byte(s))
	}
	f.Fuzz(func(t *testing.T, route uint8, body []byte) {
		r := routes[int(route)%len(routes)]
		req := httptest.NewRequest(r.method, r.path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.AddCookie(&http.Cookie{Name: handlers.SessionCookie, Value: cookie})
		if r.idempotent {
			sum := sha256.Sum256(append([]byte(r.path), body...))
			req.Header.Set("Idempotency-Key", "fuzz-"+hex.EncodeToString(sum[:8]))
		}
		logs.Reset()
		w := httptest.NewRecorder()
		ts.Server.Handler.ServeHTTP(w, req)
		if w.Code >= 500 {
			t.Fatalf("%s %s with %q: %d %s\nlog: %s", r.method, r.path, body, w.Code, w.Body, logs.String())
		}
		if w.Code >= 400 {
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/problem+json") {
				t.Fatalf("%s %s with %q: %d answered as %q", r.method, r.path, body, w.Code, ct)
			}
			var p problem
			if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || p.Status != w.Code || p.Detail == "" {
				t.Fatalf("%s %s with %q: %d answered %s", r.method, r.path, body, w.Code, w.Body)
			}
		}
	})
}
