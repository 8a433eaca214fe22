package handlers

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
)

// boundRequests makes a fresh value of every request type a handler binds
// its JSON body into (TestBoundRequestsAreEveryBoundType keeps the list
// whole).
var boundRequests = map[string]func() any{
	"confirmTOTPRequest":          func() any { return new(confirmTOTPRequest) },
	"disableTOTPRequest":          func() any { return new(disableTOTPRequest) },
	"passwordSettingsRequest":     func() any { return new(passwordSettingsRequest) },
	"secondFactorSettingsRequest": func() any { return new(secondFactorSettingsRequest) },
	"changePasswordRequest":       func() any { return new(changePasswordRequest) },
	"loginRequest":                func() any { return new(loginRequest) },
	"createCommunityRequest":      func() any { return new(createCommunityRequest) },
	"updateCommunityRequest":      func() any { return new(updateCommunityRequest) },
	"createFunderRequest":         func() any { return new(createFunderRequest) },
	"updateFunderRequest":         func() any { return new(updateFunderRequest) },
	"createFundingCycleRequest":   func() any { return new(createFundingCycleRequest) },
	"updateFundingCycleRequest":   func() any { return new(updateFundingCycleRequest) },
	"recordDisbursementRequest":   func() any { return new(recordDisbursementRequest) },
	"recordExpenditureRequest":    func() any { return new(recordExpenditureRequest) },
	"reverseRequest":              func() any { return new(reverseRequest) },
	"logMilestoneRequest":         func() any { return new(logMilestoneRequest) },
	"openDataSettingsRequest":     func() any { return new(openDataSettingsRequest) },
	"createOrganizationRequest":   func() any { return new(createOrganizationRequest) },
	"updateOrganizationRequest":   func() any { return new(updateOrganizationRequest) },
	"createProjectRequest":        func() any { return new(createProjectRequest) },
	"updateProjectRequest":        func() any { return new(updateProjectRequest) },
	"moveProjectRequest":          func() any { return new(moveProjectRequest) },
	"evaluateProjectRequest":      func() any { return new(evaluateProjectRequest) },
	"updateIndicatorRequest":      func() any { return new(updateIndicatorRequest) },
	"graduationSettingsRequest":   func() any { return new(graduationSettingsRequest) },
	"addStaffRequest":             func() any { return new(addStaffRequest) },
	"updateStaffRequest":          func() any { return new(updateStaffRequest) },
	"trainingSettingsRequest":     func() any { return new(trainingSettingsRequest) },
	"createSurveyRequest":         func() any { return new(createSurveyRequest) },
	"updateSurveyRequest":         func() any { return new(updateSurveyRequest) },
	"linkNeedRequest":             func() any { return new(linkNeedRequest) },
	"createTokenRequest":          func() any { return new(createTokenRequest) },
	"requestTransitionRequest":    func() any { return new(requestTransitionRequest) },
	"approveRequest":              func() any { return new(approveRequest) },
	"rejectRequest":               func() any { return new(rejectRequest) },
	"createUserRequest":           func() any { return new(createUserRequest) },
	"updateUserRequest":           func() any { return new(updateUserRequest) },
}

// TestBoundRequestsAreEveryBoundType reads the handlers' source for the
// types they bind a body into, so that a new request type is fuzzed too.
func TestBoundRequestsAreEveryBoundType(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	bound := regexp.MustCompile(`var req (\w+)\s+if !bindJSON\(c, &req\)`)
	money := regexp.MustCompile(`moneyPost\(c, h, func\(req (\w+),`)
	found := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, re := range []*regexp.Regexp{bound, money} {
			for _, m := range re.FindAllSubmatch(src, -1) {
				found[string(m[1])] = true
			}
		}
	}
	if len(found) < 30 {
		t.Fatalf("found only %d bound request types; has bindJSON's calling pattern changed?", len(found))
	}
	for name := range found {
		if name == "Req" {
			continue // moneyPost's type parameter; its arguments are found above
		}
		if boundRequests[name] == nil {
			t.Errorf("%s is bound from a body but not in boundRequests", name)
		}
	}
	for name := range boundRequests {
		if !found[name] {
			t.Errorf("boundRequests lists %s, which no handler binds", name)
		}
	}
}

// bindBody runs bindJSON on body into req as a handler would, answering
// whether it bound and what was answered when it did not.
func bindBody(body []byte, req any) (bool, *httptest.ResponseRecorder) {
	w := httptest.NewRecorder()
	c, _ := gin.CreateTestContext(w)
	c.Request = httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
	c.Request.Header.Set("Content-Type", "application/json")
	return bindJSON(c, req), w
}

// checkBind binds body into a fresh value of every request type and checks
// what came of it: a refusal is a 4xx problem+json; a body that binds
// encodes to JSON that binds again to the same value.
func checkBind(t *testing.T, body []byte) {
	RegisterValidation()
	names := make([]string, 0, len(boundRequests))
	for name := range boundRequests {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		req := boundRequests[name]()
		ok, w := bindBody(body, req)
		if !ok {
			checkRefusal(t, name, body, w)
			continue
		}
		again, err := json.Marshal(req)
		if err != nil {
			t.Fatalf("%s bound %q but does not encode: %v", name, body, err)
		}
		req2 := boundRequests[name]()
		if ok, w := bindBody(again, req2); !ok {
			t.Fatalf("%s bound %q as %s, which is refused when sent: %d %s", name, body, again, w.Code, w.Body)
		}
		if !reflect.DeepEqual(req, req2) {
			t.Fatalf("%s bound %q as %+v; sending its encoding %s binds %+v", name, body, req, again, req2)
		}
	}
}

// checkRefusal checks that w is a complete 4xx problem answer.
func checkRefusal(t *testing.T, name string, body []byte, w *httptest.ResponseRecorder) {
	t.Helper()
	if w.Code < 400 || w.Code > 499 {
		t.Fatalf("%s refused %q with status %d: %s", name, body, w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, ProblemContentType) {
		t.Fatalf("%s refused %q as %q, not problem+json", name, body, ct)
	}
	var p Problem
	if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
		t.Fatalf("%s refused %q with a body that is not JSON: %v %q", name, body, err, w.Body)
	}
	if p.Status != w.Code || p.Detail == "" || p.Title == "" || !strings.HasPrefix(p.Type, "urn:hatchery:problem:") {
		t.Fatalf("%s refused %q with an incomplete problem %+v", name, body, p)
	}
	for _, fe := range p.Errors {
		if fe.Field == "" || fe.Code == "" || fe.Message == "" {
			t.Fatalf("%s refused %q naming an incomplete field error %+v", name, body, fe)
		}
	}
}

// FuzzBindJSON feeds arbitrary bodies to the strict binder of every request
// type: it never panics, a refusal is a 4xx problem, and what binds
// round-trips through its JSON encoding.
func FuzzBindJSON(f *testing.F) {
	for _, seed := range []string{
		`{"username":"admin","password":"correct-horse-battery"}`,
		`{"name":" 谈固东社区\u200b","street":"谈固街道","district":"长安区","type":"village_to_residence","households":3120,"population":8950}`,
		`{"version":2,"name":"Cafe\u0301","type":null}`,
		`{"name":"石家庄市民政局","kind":"government","credit_code":"11130100000000000X"}`,
		`{"name":"2026 第一批","year":2026,"pool_fen":150000000,"opens_on":"2026-01-01","closes_on":"2026-03-01","period_start":"2026-04-01","period_end":"2026-12-31"}`,
		`{"tranche_seq":1,"paid_on":"2026-04-02","amount_fen":5000000,"reference":"BANK-1"}`,
		`{"budget_category":"personnel","amount_fen":1.5,"spent_on":"2026-05-01"}`,
		`{"amount_fen":"100"}`,
		`{"amount_fen":1e3}`,
		`{"amount_fen":-99999999999999999999}`,
		`{"reason":"录入错误"}`,
		`{"type":"registered","achieved_on":"2025-02-30","hours":-1}`,
		`{"code":"P-1","title":"t","organization_id":"o","category":"elderly_care","budget_fen":100,"start_on":"2026-01-01","end_on":"2026-12-31","community_ids":["c"],"budget_lines":[{"category":"personnel","amount_fen":100}],"tranches":[{"seq":1,"due_on":"2026-02-01","amount_fen":100}],"indicators":[{"name":"i","target":10}]}`,
		`{"grade":"excellent","score":95,"satisfaction_share":0.9}`,
		`{"version":0,"min_days_incubating":180,"required_milestones":["registered","registered"],"require_registered":true,"min_active_staff":3,"min_projects":1}`,
		`{"name":"张三","phone":"13903110000","employment_type":"full_time","education":"bachelor","joined_on":"2024-01-01"}`,
		`{"community_id":"c","title":"调研","method":"questionnaire","conducted_on":"2024-10-15","respondents":120,"needs":[{"category":"elderly_care","title":"助餐","priority":"high","mentions":45}]}`,
		`{"to_stage":"incubating","reason":"r"}`,
		`{"username":"new.user","password":" p ","role":"admin","display_name":"新用户"}`,
		`{"name":"a","name":"b"}`,
		`{"NAME":"a"}`,
		`{"note":"\ud800"}`,
		`{"note":"a\u0000b"}`,
		"{\"note\":\"\xff\"}",
		`{"note":"x"} {"note":"y"}`,
		`[1,2,3]`,
		`null`,
		`"text"`,
		`{"version":"1"}`,
		`{"needs":[{"title":{"a":1,"a":2}}]}`,
		`{"unknown":1}`,
		`   `,
		`{`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkBind(t, body)
	})
}

// TestBindNamesAnEmptyUnknownKey: a member with the empty name is refused
// with a field error that names something (it named no field, found by
// FuzzBindJSON).
func TestBindNamesAnEmptyUnknownKey(t *testing.T) {
	t.Parallel()
	RegisterValidation()
	for _, body := range []string{`{"":""}`, `{"name":"x","":1}`} {
		ok, w := bindBody([]byte(body), new(addStaffRequest))
		if ok {
			t.Fatalf("%s bound", body)
		}
		checkRefusal(t, "addStaffRequest", []byte(body), w)
		var p Problem
		if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil || w.Code != http.StatusBadRequest ||
			len(p.Errors) != 1 || p.Errors[0].Field != "(body)" || p.Errors[0].Code != "unknown_field" {
			t.Fatalf("%s: %d %s", body, w.Code, w.Body)
		}
	}
}
