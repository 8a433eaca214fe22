package api

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"hatchery/models"
)

// TestLooseJSONIsRefused: repeated keys, keys in another case and text that
// is not UTF-8 answer 400 naming the problem, and store nothing.
func TestLooseJSONIsRefused(t *testing.T) {
	t.Parallel()
	runGroups(t,
		caseGroup{"writes", func(t *testing.T, parent *testServer) {
			ts := parent.sharedWith(t)
			name := "严格解析" + uniqueSuffix()
			org := func(extra string) string {
				return `{"name":"` + name + `","registration_type":"community_filed","category":"elderly_care"` + extra + `}`
			}
			cases := []struct {
				name, path, method, body string
				field, code              string
			}{
				{"a repeated key", "/api/v1/organizations", http.MethodPost, org(`,"contact_name":"a","contact_name":"b"`), "contact_name", "duplicate_key"},
				{"a repeated key spelled with an escape", "/api/v1/organizations", http.MethodPost, org(`,"contact_name":"a","contact\u005fname":"b"`), "contact_name", "duplicate_key"},
				{"a key in another case", "/api/v1/organizations", http.MethodPost, org(`,"Contact_Name":"a"`), "Contact_Name", "key_case"},
				{"a repeated key in a list of objects", "/api/v1/projects", http.MethodPost,
					`{"budget_lines":[{"category":"personnel","category":"other"}]}`, "budget_lines[0].category", "duplicate_key"},
				{"a key in another case in a list of objects", "/api/v1/projects", http.MethodPost,
					`{"budget_lines":[{"Category":"personnel"}]}`, "budget_lines[0].Category", "key_case"},
				{"a raw byte that is not UTF-8", "/api/v1/organizations", http.MethodPost, org(`,"contact_name":"a` + "\xff" + `b"`), "(body)", "encoding"},
				{"an escaped lone high surrogate", "/api/v1/organizations", http.MethodPost, org(`,"contact_name":"a\ud800b"`), "(body)", "encoding"},
				{"an escaped lone low surrogate", "/api/v1/organizations", http.MethodPost, org(`,"contact_name":"\udc00"`), "(body)", "encoding"},
				{"two high surrogates", "/api/v1/organizations", http.MethodPost, org(`,"contact_name":"\ud83d\ud83d"`), "(body)", "encoding"},
			}
			for _, c := range cases {
				t.Run(c.name, func(t *testing.T) {
					w := ts.do(request{method: c.method, path: c.path, as: models.RoleAdmin, body: c.body})
					p := wantProblem(t, w, http.StatusBadRequest, c.field)
					if p.Errors[0].Code != c.code {
						t.Errorf("errors %+v, want code %s", p.Errors, c.code)
					}
					l, err := ts.Store.ListOrganizations(context.Background(), ts.actorOf(models.RoleAdmin), models.OrganizationFilter{Q: name, Page: models.Page{Limit: 1}})
					if err != nil || l.Total != 0 {
						t.Errorf("a refused write stored an organization: %+v, %v", l, err)
					}
				})
			}
		}},
		caseGroup{"a version key in capitals", func(t *testing.T, parent *testServer) {
			ts := parent.sharedWith(t)
			c := ts.newCommunity()
			w := ts.do(request{method: http.MethodPatch, path: "/api/v1/communities/" + c.ID, as: models.RoleAdmin, body: `{"VERSION":1,"population":5}`})
			wantProblem(t, w, http.StatusBadRequest, "VERSION")
			if row := ts.readRow("/api/v1/communities/" + c.ID); rowVersion(row) != 1 {
				t.Errorf("row changed: %v", row)
			}
		}},
		caseGroup{"a surrogate pair is text", func(t *testing.T, parent *testServer) {
			ts := parent.sharedWith(t)
			w := ts.do(request{method: http.MethodPost, path: "/api/v1/organizations", as: models.RoleAdmin,
				body: `{"name":"笑脸\ud83d\ude00` + uniqueSuffix() + `","registration_type":"community_filed","category":"elderly_care"}`})
			if w.Code != http.StatusCreated || !strings.Contains(w.Body.String(), "笑脸😀") {
				t.Errorf("an emoji written as a surrogate pair: %d %s", w.Code, w.Body.String())
			}
		}},
	)
}

// TestQueryErrorsSpeakTheCallersTerms: a malformed query parameter answers
// a problem naming the parameter and what it takes, not a Go error.
func TestQueryErrorsSpeakTheCallersTerms(t *testing.T) {
	t.Parallel()
	runGroups(t, caseGroup{"queries", func(t *testing.T, parent *testServer) {
		ts := parent.sharedWith(t)
		cases := []struct{ path, field, message string }{
			{"/api/v1/communities?limit=1e2", "limit", "limit must be a whole number from 1 to 200"},
			{"/api/v1/organizations?limit=abc", "limit", "limit must be a whole number from 1 to 200"},
			{"/api/v1/organizations?limit=99999999999999999999", "limit", "limit must be a whole number from 1 to 200"},
			{"/api/v1/organizations?is_incubator=maybe", "is_incubator", "is_incubator must be true or false"},
			{"/api/v1/funding-cycles?year=twenty", "year", "year must be a whole number from 1990 to 2100"},
		}
		for _, c := range cases {
			t.Run(c.path, func(t *testing.T) {
				w := ts.do(request{method: http.MethodGet, path: c.path, as: models.RoleAdmin})
				p := wantProblem(t, w, http.StatusBadRequest, c.field)
				if p.Errors[0].Message != c.message {
					t.Errorf("message %q, want %q", p.Errors[0].Message, c.message)
				}
				for _, internal := range []string{"strconv", "parsing", "invalid syntax"} {
					if strings.Contains(w.Body.String(), internal) {
						t.Errorf("the answer shows Go internals: %s", w.Body.String())
					}
				}
			})
		}
	}})
}
