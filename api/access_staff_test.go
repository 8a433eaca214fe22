package api

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"hatchery/models"
)

// staffFixture is what the matrix's roster reads: one member of the fixture
// organization, which is incubating under the fixture incubator and is the
// fixture funder's contractor (the money fixture), so every role may read
// its roster. Nothing writes to that record.
type staffFixture struct {
	Member models.StaffMember
}

// staffFixture stores the staff fixture.
func (ts *testServer) staffFixture() staffFixture {
	ts.t.Helper()
	return staffFixture{Member: ts.caseStaff(ts.Fix.Org.ID)}
}

// caseStaff adds a full-time social worker to orgID, as an admin, with a
// phone number of its own.
func (ts *testServer) caseStaff(orgID string) models.StaffMember {
	ts.t.Helper()
	m, err := ts.Store.AddStaffMember(context.Background(), ts.actorOf(models.RoleAdmin), orgID, models.StaffMember{
		Name: "社工" + uniqueSuffix(), Phone: "139" + digits8(), Title: "项目主管", EmploymentType: "full_time",
		Qualification: "social_worker", Education: "bachelor", JoinedOn: "2023-09-01", TrainingHours: 40,
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	return m
}

// staffOn lists an organization's whole roster as an admin sees it.
func (ts *testServer) staffOn(orgID string) []models.StaffMember {
	ts.t.Helper()
	l, err := ts.Store.ListStaff(context.Background(), ts.actorOf(models.RoleAdmin), orgID, models.StaffFilter{Page: models.Page{Limit: models.MaxLimit}})
	if err != nil {
		ts.t.Fatal(err)
	}
	return l.Items
}

// storedStaff reads a record as an admin, with its phone in full.
func (ts *testServer) storedStaff(id string) models.StaffMember {
	ts.t.Helper()
	m, err := ts.Store.GetStaffMember(context.Background(), ts.actorOf(models.RoleAdmin), id)
	if err != nil {
		ts.t.Fatal(err)
	}
	return m
}

// seesPhones are the roles that see the fixture organization's staff phone
// numbers in full: its own staff, its current incubator, reviewers and
// admins. The funder sees them masked.
var seesPhones = []models.Role{models.RoleAdmin, models.RoleReviewer, models.RoleIncubator, models.RoleOrgStaff}

// wantPhone checks the phone as role as is shown it.
func wantPhone(t *testing.T, as models.Role, got, full string) {
	t.Helper()
	want := full
	if !slices.Contains(seesPhones, as) {
		want = models.MaskPhone(full)
	}
	if got != want {
		t.Errorf("%s is shown the phone %q, want %q", as, got, want)
	}
}

// rosterKeepers may add to and correct the fixture organization's roster:
// admins, its current incubator and its own staff. A reviewer and the
// funder read it but get 403.
func rosterKeepers(status int) map[models.Role]int {
	m := signedInGets(http.StatusForbidden)
	for _, r := range []models.Role{models.RoleAdmin, models.RoleIncubator, models.RoleOrgStaff} {
		m[r] = status
	}
	return m
}

// staffAccessCases are the matrix's rows for the roster, the turnover
// report and the training target (routes.go, "Staff"). Reads go to the
// staff fixture; each write adds to or changes a record of its own case.
func staffAccessCases(fx fixture, s staffFixture) []accessCase {
	admin := models.RoleAdmin
	return []accessCase{
		{"GET", "/api/v1/organizations/:id/staff", signedInGets(200), readRoute("/api/v1/organizations/"+fx.Org.ID+"/staff?limit=200",
			func(t *testing.T, _ *testServer, as models.Role, w *httptest.ResponseRecorder) {
				l := decode[models.List[models.StaffMember]](t, w)
				i := slices.IndexFunc(l.Items, func(m models.StaffMember) bool { return m.ID == s.Member.ID })
				if i < 0 || l.Total < 1 {
					t.Fatalf("the roster lacks the fixture member %s: %.400s", s.Member.ID, w.Body.String())
				}
				wantPhone(t, as, l.Items[i].Phone, s.Member.Phone)
				for _, m := range l.Items {
					if m.OrganizationID != fx.Org.ID {
						t.Errorf("the roster of %s holds %s of %s", fx.Org.ID, m.ID, m.OrganizationID)
					}
					if !slices.Contains(seesPhones, as) && m.Phone != "" && !strings.Contains(m.Phone, "****") {
						t.Errorf("%s is shown a phone in full: %q", as, m.Phone)
					}
				}
			})},
		{"POST", "/api/v1/organizations/:id/staff", rosterKeepers(201), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// Staff and the funder reach only the fixture organization; the
			// others add to an organization of the case's own.
			target := fx.Org
			switch as {
			case models.RoleIncubator:
				target = ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil)
			case models.RoleAdmin, models.RoleReviewer:
				target = ts.caseOrganization(models.StageRegistered, nil, nil)
			}
			name := "新社工" + uniqueSuffix()
			body := map[string]any{"name": name, "phone": "0311-86012345", "title": "社工", "employment_type": "part_time",
				"qualification": "assistant_social_worker", "education": "associate", "joined_on": "2025-03-01", "training_hours": 12}
			return request{method: "POST", path: "/api/v1/organizations/" + target.ID + "/staff", as: as, body: body},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					var named []models.StaffMember
					for _, m := range ts.staffOn(target.ID) {
						if m.Name == name {
							named = append(named, m)
						}
					}
					if want := map[bool]int{true: 1, false: 0}[allowed]; len(named) != want {
						t.Fatalf("members named %s: %d, want %d", name, len(named), want)
					}
					if allowed {
						m := decode[models.StaffMember](t, w)
						if m.ID != named[0].ID || m.Version != 1 || m.OrganizationID != target.ID || m.Phone != "0311-86012345" ||
							m.LeftOn != nil || m.LeaveReason != nil || m.TrainingHours != 12 || w.Header().Get("Location") != "/api/v1/staff/"+m.ID {
							t.Errorf("added %s", w.Body.String())
						}
					}
				}
		}},
		{"GET", "/api/v1/staff/:id", signedInGets(200), readRoute("/api/v1/staff/"+s.Member.ID, func(t *testing.T, _ *testServer, as models.Role, w *httptest.ResponseRecorder) {
			m := decode[models.StaffMember](t, w)
			if m.ID != s.Member.ID || m.OrganizationID != fx.Org.ID || m.Name != s.Member.Name || m.Version != s.Member.Version {
				t.Errorf("member %s", w.Body.String())
			}
			wantPhone(t, as, m.Phone, s.Member.Phone)
		})},
		{"PATCH", "/api/v1/staff/:id", rosterKeepers(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			target := ts.caseStaff(fx.Org.ID)
			body := map[string]any{"version": target.Version, "left_on": "2025-03-31", "leave_reason": "relocation"}
			return request{method: "PATCH", path: "/api/v1/staff/" + target.ID, as: as, body: body},
				func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
					got := ts.storedStaff(target.ID)
					if allowed {
						if got.Version != target.Version+1 || got.LeftOn == nil || *got.LeftOn != "2025-03-31" || got.LeaveReason == nil || *got.LeaveReason != "relocation" {
							t.Errorf("after the departure: %+v", got)
						}
						if m := decode[models.StaffMember](t, w); m.Version != got.Version || m.Phone != target.Phone {
							t.Errorf("answered %s", w.Body.String())
						}
					}
					if !allowed && (got.Version != target.Version || got.LeftOn != nil || got.LeaveReason != nil) {
						t.Errorf("a refused departure was stored: %+v", got)
					}
				}
		}},

		{"GET", "/api/v1/reports/turnover", signedInGets(200), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// Two organizations of a district of their own, each with one
			// member: one the fixture incubator hosts, one nobody hosts.
			com := ts.caseCommunity()
			hosted := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, &com)
			other := ts.caseOrganization(models.StageRegistered, nil, &com)
			ts.caseStaff(hosted.ID)
			ts.caseStaff(other.ID)
			path := "/api/v1/reports/turnover?group_by=organization&district=" + url.QueryEscape(com.District)
			return request{method: "GET", path: path, as: as}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				if !allowed {
					return
				}
				r := decode[models.TurnoverReport](t, w)
				var keys []string
				for _, g := range r.Groups {
					keys = append(keys, g.Key)
				}
				slices.Sort(keys)
				want := map[models.Role][]string{admin: {hosted.ID, other.ID}, models.RoleReviewer: {hosted.ID, other.ID}, models.RoleIncubator: {hosted.ID}}[as]
				slices.Sort(want)
				if !slices.Equal(keys, want) || r.GroupBy != "organization" || r.Total.HeadcountEnd != int64(len(want)) || len(r.ByQuarter) == 0 {
					t.Errorf("%s sees groups %v, want %v: %.400s", as, keys, want, w.Body.String())
				}
				if as == models.RoleOrgStaff || as == models.RoleFunder {
					// Their whole scope is the fixture organization.
					all := decode[models.TurnoverReport](t, ts.do(request{method: "GET", path: "/api/v1/reports/turnover", as: as}))
					if len(all.Groups) != 1 || all.Groups[0].Key != fx.Org.ID || all.Groups[0].HeadcountEnd < 1 {
						t.Errorf("%s sees %+v, want the fixture organization alone", as, all.Groups)
					}
				}
			}
		}},

		{"GET", "/api/v1/settings/training", signedInGets(200), readRoute("/api/v1/settings/training", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if s := decode[models.TrainingSettings](t, w); s.HoursPerYear <= 0 || s.Version < 0 {
				t.Errorf("settings %s", w.Body.String())
			}
		})},
		{"PUT", "/api/v1/settings/training", onlyRoles(200, admin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			// Only the admin's case changes the target, and it writes the
			// default back; a refused case asks for a figure nobody else uses.
			before, err := ts.Store.TrainingSettings(context.Background())
			if err != nil {
				ts.t.Fatal(err)
			}
			hours := models.DefaultTrainingTarget().HoursPerYear
			if as != admin {
				hours = 1234.5
			}
			body := map[string]any{"version": before.Version, "hours_per_year": hours}
			return request{method: "PUT", path: "/api/v1/settings/training", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				got, err := ts.Store.TrainingSettings(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if allowed && (got.Version != before.Version+1 || got.UpdatedAt == nil || got.HoursPerYear != hours ||
					decode[models.TrainingSettings](t, w).Version != got.Version) {
					t.Errorf("after the change: %+v", got)
				}
				if !allowed && got.HoursPerYear == 1234.5 {
					t.Errorf("a refused change was stored: %+v", got)
				}
			}
		}},
	}
}

// staffScopeCases check the roster beyond the matrix (SPEC 1): outside a
// caller's scope every roster route answers 404; an incubator keeps
// reading, masked, the roster of an organization it no longer hosts but
// changes nothing of it; a record or organization that does not exist
// answers 404. Every refusal leaves the roster as it was.
func staffScopeCases(t *testing.T, parent *testServer) {
	ctx := context.Background()
	cases := []struct {
		name string
		run  func(t *testing.T, ts *testServer)
	}{
		{"staff, incubators and funders see no roster outside their scope", func(t *testing.T, ts *testServer) {
			o := ts.caseOrganization(models.StageRegistered, nil, nil)
			m := ts.caseStaff(o.ID)
			for _, as := range []models.Role{models.RoleOrgStaff, models.RoleIncubator, models.RoleFunder} {
				for _, req := range []request{
					{method: "GET", path: "/api/v1/organizations/" + o.ID + "/staff"},
					{method: "POST", path: "/api/v1/organizations/" + o.ID + "/staff", body: map[string]any{
						"name": "越权", "employment_type": "volunteer", "education": "secondary", "joined_on": "2025-01-02"}},
					{method: "GET", path: "/api/v1/staff/" + m.ID},
					{method: "PATCH", path: "/api/v1/staff/" + m.ID, body: map[string]any{"version": 1, "left_on": "2025-06-30", "leave_reason": "other"}},
				} {
					req.as = as
					wantProblem(t, ts.do(req), http.StatusNotFound, "")
				}
			}
			if roster := ts.staffOn(o.ID); len(roster) != 1 || roster[0].Version != 1 || roster[0].LeftOn != nil {
				t.Errorf("refused calls changed the roster: %+v", roster)
			}
		}},
		{"an incubator reads, masked, but may not keep the roster of an organization it no longer hosts", func(t *testing.T, ts *testServer) {
			o := ts.caseOrganization(models.StageIncubating, &ts.Fix.Incubator, nil)
			m := ts.caseStaff(o.ID)
			as := models.RoleIncubator
			w := ts.do(request{method: "GET", path: "/api/v1/staff/" + m.ID, as: as})
			if w.Code != http.StatusOK || decode[models.StaffMember](t, w).Phone != m.Phone {
				t.Fatalf("the current incubator reads %d %s, want the phone in full", w.Code, w.Body.String())
			}
			r := ts.casePending(o, models.StageRegistered, models.RoleIncubator)
			if _, err := ts.Store.ApproveTransition(ctx, ts.actorOf(models.RoleReviewer), r.ID, models.Decision{Note: "结束孵化"}); err != nil {
				t.Fatal(err)
			}
			w = ts.do(request{method: "GET", path: "/api/v1/staff/" + m.ID, as: as})
			if w.Code != http.StatusOK || decode[models.StaffMember](t, w).Phone != models.MaskPhone(m.Phone) {
				t.Errorf("a former incubator reads %d %s, want the phone masked", w.Code, w.Body.String())
			}
			w = ts.do(request{method: "GET", path: "/api/v1/organizations/" + o.ID + "/staff", as: as})
			if l := decode[models.List[models.StaffMember]](t, w); w.Code != http.StatusOK || len(l.Items) != 1 || l.Items[0].Phone != models.MaskPhone(m.Phone) {
				t.Errorf("a former incubator lists %d %s, want the phone masked", w.Code, w.Body.String())
			}
			for _, req := range []request{
				{method: "POST", path: "/api/v1/organizations/" + o.ID + "/staff", body: map[string]any{
					"name": "仍想添加", "employment_type": "volunteer", "education": "secondary", "joined_on": "2025-01-02"}},
				{method: "PATCH", path: "/api/v1/staff/" + m.ID, body: map[string]any{"version": 1, "title": "仍想修改"}},
			} {
				req.as = as
				wantProblem(t, ts.do(req), http.StatusForbidden, "")
			}
			if roster := ts.staffOn(o.ID); len(roster) != 1 || roster[0].Version != 1 || roster[0].Title != m.Title {
				t.Errorf("refused calls changed the roster: %+v", roster)
			}
		}},
		{"a record or organization that does not exist answers 404", func(t *testing.T, ts *testServer) {
			missing := models.NewID()
			for _, req := range []request{
				{method: "GET", path: "/api/v1/organizations/" + missing + "/staff"},
				{method: "POST", path: "/api/v1/organizations/" + missing + "/staff", body: map[string]any{
					"name": "无此组织", "employment_type": "volunteer", "education": "secondary", "joined_on": "2025-01-02"}},
				{method: "GET", path: "/api/v1/staff/" + missing},
				{method: "PATCH", path: "/api/v1/staff/" + missing, body: map[string]any{"version": 1, "title": "无此人"}},
			} {
				req.as = models.RoleAdmin
				wantProblem(t, ts.do(req), http.StatusNotFound, "")
			}
			if n := len(ts.auditFor("update", missing)) + len(ts.auditFor("create", missing)); n != 0 {
				t.Errorf("%d entries for a missing record", n)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.run(t, parent.sharedWith(t))
		})
	}
}
