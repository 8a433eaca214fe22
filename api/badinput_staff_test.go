package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestStaffBadInput sends bad input to every roster route, the report and
// the training target (SPEC 4.5): each answers 400 or 422 problem+json
// naming the field (409 for a stale version), the document refuses what the
// server refuses by shape, and nothing stored changes: not a staff row, not
// an audit entry, not the training target.
func TestStaffBadInput(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, withClock(staffNow))
		ts.sharedWith(t) // every role signed in, so that no sign-in is audited during the cases
		c := newOpenAPIChecker(t, ts)
		ctx := context.Background()
		roster := "/api/v1/organizations/" + ts.Fix.Org.ID + "/staff"
		add := func(body map[string]any) models.StaffMember {
			w := ts.do(request{method: http.MethodPost, path: roster, as: models.RoleOrgStaff, body: body})
			if w.Code != http.StatusCreated {
				t.Fatalf("add: %d %s", w.Code, w.Body.String())
			}
			return decode[models.StaffMember](t, w)
		}
		present := add(map[string]any{"name": "刘洋", "phone": "13803110001", "employment_type": "full_time", "education": "bachelor", "joined_on": "2024-03-01"})
		departed := add(map[string]any{"name": "陈静", "employment_type": "part_time", "education": "associate", "joined_on": "2024-03-01",
			"left_on": "2024-12-31", "leave_reason": "contract_end"})

		valid := map[string]any{"name": "赵敏", "phone": "13903110000", "employment_type": "full_time", "qualification": "social_worker",
			"education": "master", "joined_on": "2025-03-01", "training_hours": 24}
		left := func(on, reason string) map[string]any {
			return withField(withField(valid, "left_on", on), "leave_reason", reason)
		}
		post := func(body any) request {
			return request{method: http.MethodPost, path: roster, as: models.RoleOrgStaff, body: body}
		}
		patch := func(m models.StaffMember, body map[string]any) request {
			return request{method: http.MethodPatch, path: "/api/v1/staff/" + m.ID, as: models.RoleIncubator, body: body}
		}
		v1 := func(kv ...any) map[string]any {
			body := map[string]any{"version": 1}
			for i := 0; i < len(kv); i += 2 {
				body[kv[i].(string)] = kv[i+1]
			}
			return body
		}
		report := func(query string) request {
			return request{method: http.MethodGet, path: "/api/v1/reports/turnover?" + query, as: models.RoleReviewer}
		}
		settings := func(body any) request {
			return request{method: http.MethodPut, path: "/api/v1/settings/training", as: models.RoleAdmin, body: body}
		}

		cases := []struct {
			name   string
			req    request
			status int
			field  string
			rc     requestCheck
		}{
			{"add: leaving before joining", post(left("2025-02-28", "burnout")), 422, "left_on", requestValid},
			{"add: leaving without a reason", post(withField(valid, "left_on", "2025-06-30")), 422, "leave_reason", requestValid},
			{"add: a reason without leaving", post(withField(valid, "leave_reason", "burnout")), 422, "leave_reason", requestValid},
			{"add: leaving in the future", post(left("2026-02-01", "other")), 422, "left_on", requestValid},
			{"add: joining in the future", post(withField(valid, "joined_on", "2026-01-16")), 422, "joined_on", requestValid},
			{"add: joining on a day that does not exist", post(withField(valid, "joined_on", "2025-02-29")), 422, "joined_on", requestInvalid},
			{"add: leaving on an empty day", post(left("", "other")), 422, "left_on", requestInvalid},
			{"add: negative training hours", post(withField(valid, "training_hours", -0.5)), 422, "training_hours", requestInvalid},
			{"add: training hours over 2,000", post(withField(valid, "training_hours", 2000.5)), 422, "training_hours", requestInvalid},
			{"add: training hours as text", post(withField(valid, "training_hours", "ten")), 400, "training_hours", requestInvalid},
			{"add: unknown employment type", post(withField(valid, "employment_type", "intern")), 422, "employment_type", requestInvalid},
			{"add: unknown qualification", post(withField(valid, "qualification", "licensed")), 422, "qualification", requestInvalid},
			{"add: unknown education", post(withField(valid, "education", "kindergarten")), 422, "education", requestInvalid},
			{"add: unknown leave reason", post(left("2025-06-30", "fired")), 422, "leave_reason", requestInvalid},
			{"add: a phone of seven digits", post(withField(valid, "phone", "1390311")), 422, "phone", requestInvalid},
			{"add: a mobile that is not a mainland one", post(withField(valid, "phone", "12903110000")), 422, "phone", requestInvalid},
			{"add: a foreign number", post(withField(valid, "phone", "+1 415 555 0100")), 422, "phone", requestInvalid},
			{"add: a landline without its area code", post(withField(valid, "phone", "86012345")), 422, "phone", requestInvalid},
			{"add: a phone in words", post(withField(valid, "phone", "call me")), 422, "phone", requestInvalid},
			{"add: no name", post(withoutField(valid, "name")), 422, "name", requestInvalid},
			{"add: a blank name", post(withField(valid, "name", "   ")), 422, "name", requestInvalid},
			{"add: a name of 101 characters", post(withField(valid, "name", strings.Repeat("长", 101))), 422, "name", requestInvalid},
			{"add: no education", post(withoutField(valid, "education")), 422, "education", requestInvalid},
			{"add: a title of 101 characters", post(withField(valid, "title", strings.Repeat("长", 101))), 422, "title", requestInvalid},
			{"add: joining as a number", post(withField(valid, "joined_on", 20250301)), 400, "joined_on", requestInvalid},
			{"add: a list for a body", post(`[]`), 400, "", requestInvalid},
			{"add: an unknown field", post(withField(valid, "salary_fen", 500000)), 400, "salary_fen", requestInvalid},
			{"add: malformed JSON", post(`{"name":`), 400, "", requestSkip},
			{"add: not JSON", request{method: http.MethodPost, path: roster, as: models.RoleOrgStaff, body: "name=x",
				header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}}, 415, "", requestSkip},

			{"change: a departure without a reason", patch(present, v1("left_on", "2025-06-30")), 422, "leave_reason", requestValid},
			{"change: a reason without a departure", patch(present, v1("leave_reason", "other")), 422, "leave_reason", requestValid},
			{"change: clearing the reason alone", patch(departed, v1("left_on", "2024-12-31", "leave_reason", "")), 422, "leave_reason", requestValid},
			{"change: leaving before joining", patch(present, v1("left_on", "2024-02-29", "leave_reason", "other")), 422, "left_on", requestValid},
			{"change: leaving in the future", patch(present, v1("left_on", "2026-03-01", "leave_reason", "other")), 422, "left_on", requestValid},
			{"change: joining after leaving", patch(departed, v1("joined_on", "2025-01-10")), 422, "left_on", requestValid},
			{"change: joining in the future", patch(present, v1("joined_on", "2026-02-01")), 422, "joined_on", requestValid},
			{"change: negative training hours", patch(present, v1("training_hours", -1)), 422, "training_hours", requestInvalid},
			{"change: training hours over 2,000", patch(present, v1("training_hours", 2001)), 422, "training_hours", requestInvalid},
			{"change: unknown qualification", patch(present, v1("qualification", "master_social_worker")), 422, "qualification", requestInvalid},
			{"change: unknown leave reason", patch(present, v1("left_on", "2025-06-30", "leave_reason", "fired")), 422, "leave_reason", requestInvalid},
			{"change: a bad phone", patch(present, v1("phone", "0311")), 422, "phone", requestInvalid},
			{"change: a blank name", patch(present, v1("name", "")), 422, "name", requestInvalid},
			{"change: a name of 101 characters", patch(present, v1("name", strings.Repeat("长", 101))), 422, "name", requestInvalid},
			{"change: clearing the employment type", patch(present, v1("employment_type", "")), 422, "employment_type", requestInvalid},
			{"change: to another organization", patch(present, v1("organization_id", ts.Fix.Incubator.ID)), 400, "organization_id", requestInvalid},
			{"change: no version", patch(present, map[string]any{"title": "无版本"}), 422, "version", requestValid},
			{"change: a stale version", patch(present, map[string]any{"version": 7, "title": "旧版本"}), 409, "version", requestValid},

			{"report: a period that ends before it starts", report("from=2025-06-01&to=2025-01-01"), 422, "to", requestValid},
			{"report: a period of twelve years", report("from=2014-01-01&to=2025-12-31"), 422, "from", requestValid},
			{"report: a period from over ten years ago to today", report("from=2015-01-01"), 422, "from", requestValid},
			{"report: a negative offset", report("offset=-1"), 422, "offset", requestInvalid},
			{"report: ten years and a day", report("from=2015-12-31&to=2025-12-31"), 422, "from", requestValid},
			{"report: an unknown grouping", report("group_by=funder"), 422, "group_by", requestInvalid},
			{"report: a day that does not exist", report("to=2025-02-29"), 422, "to", requestInvalid},
			{"report: a district of 101 characters", report("district=" + url.QueryEscape(strings.Repeat("区", 101))), 422, "district", requestInvalid},

			{"training target: negative", settings(map[string]any{"version": 0, "hours_per_year": -1}), 422, "hours_per_year", requestInvalid},
			{"training target: over 2,000", settings(map[string]any{"version": 0, "hours_per_year": 2000.01}), 422, "hours_per_year", requestInvalid},
			{"training target: no version", settings(map[string]any{"hours_per_year": 80}), 422, "version", requestInvalid},
			{"training target: a stale version", settings(map[string]any{"version": 3, "hours_per_year": 80}), 409, "version", requestValid},
		}

		// stored is everything a refusal must leave as it was.
		stored := func() string {
			t.Helper()
			staff, err := ts.Store.ListStaff(ctx, ts.actorOf(models.RoleAdmin), ts.Fix.Org.ID, models.StaffFilter{Page: models.Page{Limit: models.MaxLimit}})
			if err != nil {
				t.Fatal(err)
			}
			audit, err := ts.Store.ListAudit(ctx, models.AuditFilter{Page: models.Page{Limit: 1}})
			if err != nil {
				t.Fatal(err)
			}
			target, err := ts.Store.TrainingSettings(ctx)
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(map[string]any{"staff": staff, "audit entries": audit.Total, "training": target})
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				before := stored()
				w := c.check(tc.req, tc.status, tc.rc)
				wantProblem(t, w, tc.status, tc.field)
				if after := stored(); after != before {
					t.Errorf("the refusal changed what is stored:\nbefore %s\nafter  %s", before, after)
				}
			})
		}
	})
}
