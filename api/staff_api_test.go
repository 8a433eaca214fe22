package api

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// staffNow is the clock of the roster tests: mid-January 2026, so that the
// whole of 2025 lies in the past.
func staffNow() time.Time { return time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC) }

// logBuffer collects the server's log, which the goroutines serving
// requests write to.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// signedInAs creates a user of role bound to an organization or a funder
// and answers the header that sends its session.
func (ts *testServer) signedInAs(role models.Role, orgID, funderID string) map[string]string {
	ts.t.Helper()
	name := "user_" + uniqueSuffix()
	if _, err := ts.Store.CreateUser(context.Background(), models.System("test"), models.NewUser{
		Username: name, DisplayName: "另一位用户", Role: role, Password: testPassword, OrganizationID: orgID, FunderID: funderID,
	}); err != nil {
		ts.t.Fatal(err)
	}
	return sessionHeader(ts.login(name, testPassword))
}

// TestStaffRosterAPI keeps a roster over HTTP, validating every answer
// against the OpenAPI document: the organization's staff and its incubator
// add members, a departure is recorded at the version read, the one who
// left comes back as a new record, and the lists tell present from past.
func TestStaffRosterAPI(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, withClock(staffNow))
		c := newOpenAPIChecker(t, ts)
		orgStaff, incubator, reviewer := models.RoleOrgStaff, models.RoleIncubator, models.RoleReviewer
		roster := "/api/v1/organizations/" + ts.Fix.Org.ID + "/staff"
		post := func(as models.Role, body any) request {
			return request{method: http.MethodPost, path: roster, as: as, body: body}
		}
		patch := func(id string, as models.Role, body any) request {
			return request{method: http.MethodPatch, path: "/api/v1/staff/" + id, as: as, body: body}
		}
		get := func(path string) request { return request{method: http.MethodGet, path: path, as: reviewer} }
		ids := func(l models.List[models.StaffMember]) []string {
			var out []string
			for _, m := range l.Items {
				out = append(out, m.ID)
			}
			return out
		}

		w := c.check(post(orgStaff, map[string]any{"name": "王小红", "phone": "13903110000", "title": "项目社工", "employment_type": "full_time",
			"qualification": "assistant_social_worker", "education": "bachelor", "joined_on": "2024-03-01", "training_hours": 36.5}), http.StatusCreated, requestValid)
		wang := decode[models.StaffMember](t, w)
		if wang.ID == "" || wang.Version != 1 || wang.OrganizationID != ts.Fix.Org.ID || wang.Phone != "13903110000" || wang.JoinedOn != "2024-03-01" ||
			wang.LeftOn != nil || wang.LeaveReason != nil || wang.TrainingHours != 36.5 || w.Header().Get("Location") != "/api/v1/staff/"+wang.ID {
			t.Fatalf("added %s (Location %q)", w.Body.String(), w.Header().Get("Location"))
		}
		w = c.check(post(incubator, map[string]any{"name": "张伟", "employment_type": "volunteer", "education": "secondary", "joined_on": "2025-06-01"}),
			http.StatusCreated, requestValid)
		zhang := decode[models.StaffMember](t, w)
		if zhang.Qualification != "none" || zhang.Phone != "" || zhang.TrainingHours != 0 {
			t.Errorf("the defaults of a new member: %s", w.Body.String())
		}

		// Wang leaves, at the version read; a second change at that version
		// is stale; a correction goes by If-Match.
		w = c.check(patch(wang.ID, orgStaff, map[string]any{"version": 1, "left_on": "2025-08-31", "leave_reason": "compensation"}), http.StatusOK, requestValid)
		if got := decode[models.StaffMember](t, w); got.Version != 2 || got.LeftOn == nil || *got.LeftOn != "2025-08-31" ||
			got.LeaveReason == nil || *got.LeaveReason != "compensation" || got.JoinedOn != "2024-03-01" {
			t.Fatalf("the departure: %s", w.Body.String())
		}
		c.check(patch(wang.ID, orgStaff, map[string]any{"version": 1, "title": "旧版本"}), http.StatusConflict, requestValid)
		w = c.check(request{method: http.MethodPatch, path: "/api/v1/staff/" + wang.ID, as: incubator, body: map[string]any{"title": "资深社工"},
			header: map[string]string{"If-Match": `"2"`}}, http.StatusOK, requestValid)
		if got := decode[models.StaffMember](t, w); got.Version != 3 || got.Title != "资深社工" || got.LeftOn == nil {
			t.Fatalf("the correction: %s", w.Body.String())
		}

		// She comes back: a new record, and the old one keeps her departure.
		w = c.check(post(orgStaff, map[string]any{"name": "王小红", "phone": "13903110000", "employment_type": "part_time",
			"qualification": "social_worker", "education": "bachelor", "joined_on": "2025-12-01"}), http.StatusCreated, requestValid)
		back := decode[models.StaffMember](t, w)
		if back.ID == wang.ID || back.LeftOn != nil || back.Version != 1 {
			t.Fatalf("the return: %s", w.Body.String())
		}
		if old := ts.storedStaff(wang.ID); old.Version != 3 || old.LeftOn == nil || *old.LeftOn != "2025-08-31" {
			t.Errorf("the first record after the return: %+v", old)
		}

		// Newest first; present, past, by employment type, by page.
		for _, tc := range []struct {
			query string
			want  []string
		}{
			{"", []string{back.ID, zhang.ID, wang.ID}},
			{"?active=true", []string{back.ID, zhang.ID}},
			{"?active=false", []string{wang.ID}},
			{"?employment_type=volunteer", []string{zhang.ID}},
			{"?active=true&employment_type=part_time", []string{back.ID}},
			{"?employment_type=seconded", nil},
		} {
			l := decode[models.List[models.StaffMember]](t, c.check(get(roster+tc.query), http.StatusOK, requestValid))
			if !slices.Equal(ids(l), tc.want) || l.Total != int64(len(tc.want)) {
				t.Errorf("%s lists %v (total %d), want %v", tc.query, ids(l), l.Total, tc.want)
			}
		}
		first := decode[models.List[models.StaffMember]](t, c.check(get(roster+"?limit=2"), http.StatusOK, requestValid))
		if first.NextCursor == nil || first.Total != 3 || !slices.Equal(ids(first), []string{back.ID, zhang.ID}) {
			t.Fatalf("first page %+v", first)
		}
		rest := decode[models.List[models.StaffMember]](t, c.check(get(roster+"?limit=2&cursor="+*first.NextCursor), http.StatusOK, requestValid))
		if rest.NextCursor != nil || !slices.Equal(ids(rest), []string{wang.ID}) {
			t.Errorf("second page %+v", rest)
		}
		c.check(get(roster+"?active=maybe"), http.StatusBadRequest, requestInvalid)
		c.check(get(roster+"?employment_type=intern"), http.StatusUnprocessableEntity, requestInvalid)

		// A departure recorded by mistake is cleared with both fields empty.
		c.check(patch(zhang.ID, incubator, map[string]any{"version": 1, "left_on": "2025-09-30", "leave_reason": "relocation"}), http.StatusOK, requestValid)
		w = c.check(patch(zhang.ID, incubator, map[string]any{"version": 2, "left_on": "", "leave_reason": ""}), http.StatusOK, requestValid)
		if got := decode[models.StaffMember](t, w); got.Version != 3 || got.LeftOn != nil || got.LeaveReason != nil {
			t.Errorf("the cleared departure: %s", w.Body.String())
		}
		c.check(get("/api/v1/staff/"+wang.ID), http.StatusOK, requestValid)

		// Every change is in the audit trail, with the phone number masked.
		l, err := ts.Store.ListAudit(context.Background(), models.AuditFilter{Entity: "staff_member", Page: models.Page{Limit: models.MaxLimit}})
		if err != nil {
			t.Fatal(err)
		}
		actions := map[string]int{}
		for _, e := range l.Items {
			actions[e.Action]++
			if strings.Contains(string(e.Before)+string(e.After), "13903110000") {
				t.Errorf("the audit trail holds the phone number: %s %s", e.Before, e.After)
			}
		}
		if actions["create"] != 3 || actions["update"] != 4 {
			t.Errorf("audit entries by action %v, want 3 create and 4 update", actions)
		}
		if len(ts.auditFor("create", wang.ID)) != 1 || jsonField(t, ts.auditFor("create", wang.ID)[0].After, "phone") != "139****0000" {
			t.Errorf("the creation's entry does not keep the phone masked")
		}
	})
}

// TestStaffPhoneShownByRole proves, caller by caller, who reads a member's
// phone number in full, who reads it masked and who cannot read the member
// at all; and that the number never reaches the server's log.
func TestStaffPhoneShownByRole(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		var log logBuffer
		ts := newTestServer(t, d, withClock(staffNow), withLog(&log))
		c := newOpenAPIChecker(t, ts)
		ctx, system := context.Background(), models.System("test")
		const phone, masked = "13903110000", "139****0000"

		w := c.check(request{method: http.MethodPost, path: "/api/v1/organizations/" + ts.Fix.Org.ID + "/staff", as: models.RoleOrgStaff,
			body: map[string]any{"name": "李秀兰", "phone": phone, "employment_type": "full_time", "education": "associate", "joined_on": "2024-09-01"}},
			http.StatusCreated, requestValid)
		m := decode[models.StaffMember](t, w)
		// The fixture funder funds the organization; another funder, another
		// organization's staff and another incubator have nothing to do with it.
		ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectContracted)
		otherOrg := ts.caseOrganization(models.StageRegistered, nil, nil)
		otherInc, err := ts.Store.CreateOrganization(ctx, system, models.Organization{Name: "另一孵化机构", RegistrationType: "community_filed",
			Category: "community_service", IsIncubator: true, Stage: models.StageIndependent})
		if err != nil {
			t.Fatal(err)
		}
		outsiders := map[string]map[string]string{
			"another organization's staff": ts.signedInAs(models.RoleOrgStaff, otherOrg.ID, ""),
			"another incubator":            ts.signedInAs(models.RoleIncubator, otherInc.ID, ""),
			"another funder":               ts.signedInAs(models.RoleFunder, "", ts.newFunder().ID),
		}

		// read gets the member and the roster as one caller, and checks the
		// phone each shows.
		read := func(name string, as models.Role, header map[string]string, status int, want string) {
			t.Helper()
			one := c.check(request{method: http.MethodGet, path: "/api/v1/staff/" + m.ID, as: as, header: header}, status, requestValid)
			all := c.check(request{method: http.MethodGet, path: "/api/v1/organizations/" + ts.Fix.Org.ID + "/staff", as: as, header: header}, status, requestValid)
			if status != http.StatusOK {
				return
			}
			if got := decode[models.StaffMember](t, one).Phone; got != want {
				t.Errorf("%s reads the member with the phone %q, want %q", name, got, want)
			}
			if l := decode[models.List[models.StaffMember]](t, all); len(l.Items) != 1 || l.Items[0].Phone != want {
				t.Errorf("%s reads the roster %s, want the one member with the phone %q", name, all.Body.String(), want)
			}
		}
		for _, r := range []struct {
			role   models.Role
			status int
			phone  string
		}{
			{models.RoleAdmin, http.StatusOK, phone},
			{models.RoleReviewer, http.StatusOK, phone},
			{models.RoleOrgStaff, http.StatusOK, phone},
			{models.RoleIncubator, http.StatusOK, phone},
			{models.RoleFunder, http.StatusOK, masked},
			{anonymous, http.StatusUnauthorized, ""},
		} {
			read(callerName(r.role), r.role, nil, r.status, r.phone)
		}
		for name, header := range outsiders {
			read(name, "", header, http.StatusNotFound, "")
		}

		// Once its incubation ends, the former incubator still reads the
		// roster, masked.
		pending := ts.casePending(ts.Fix.Org, models.StageRegistered, models.RoleOrgStaff)
		if _, err := ts.Store.ApproveTransition(ctx, ts.actorOf(models.RoleReviewer), pending.ID, models.Decision{Note: "结束孵化"}); err != nil {
			t.Fatal(err)
		}
		read("the former incubator", models.RoleIncubator, nil, http.StatusOK, masked)
		read("the organization's staff after the incubation", models.RoleOrgStaff, nil, http.StatusOK, phone)

		out := log.String()
		if !strings.Contains(out, "/api/v1/staff/"+m.ID) || !strings.Contains(out, "status=201") {
			t.Fatalf("the request log was not captured: %.400s", out)
		}
		if strings.Contains(out, phone) || strings.Contains(out, "03110000") {
			t.Errorf("the log holds the phone number: %s", out)
		}
	})
}

// turnoverFigures are the figures of one group worked out by hand.
type turnoverFigures struct {
	label                                  string
	start, end, hires, separations, swsEnd int64
	rate, medianTenure                     *float64
	high                                   bool
}

func ratio(f float64) *float64 { return &f }

// TestTurnoverReportAPI lays down two rosters over HTTP and reads the
// turnover of 2025 under each grouping, validating every answer against the
// OpenAPI document, with figures worked out by hand.
//
// The fixture organization (incubated by the fixture incubator, no home
// community): a1 full-time social worker since 2023-05-01; a2 part-time,
// 2024-06-01 to 2025-03-31 (303 days); a3 volunteer since 2025-07-01.
// Another organization in 长安区, hosted by nobody: b1 full-time assistant
// social worker, 2025-02-01 to 2025-11-30 (302 days); b2 seconded senior
// social worker since 2019-03-01.
func TestTurnoverReportAPI(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, withClock(staffNow))
		c := newOpenAPIChecker(t, ts)
		admin, reviewer := models.RoleAdmin, models.RoleReviewer
		w := c.check(request{method: http.MethodPost, path: "/api/v1/organizations", as: admin, body: map[string]any{"name": "谈固东社区书画社",
			"registration_type": "community_filed", "category": "culture_sports", "community_id": ts.Fix.Community.ID}}, http.StatusCreated, requestValid)
		a, b := ts.Fix.Org, decode[models.Organization](t, w)
		add := func(org models.Organization, as models.Role, body map[string]any) {
			t.Helper()
			body["name"], body["education"] = "员工"+uniqueSuffix(), "bachelor"
			c.check(request{method: http.MethodPost, path: "/api/v1/organizations/" + org.ID + "/staff", as: as, body: body}, http.StatusCreated, requestValid)
		}
		add(a, models.RoleOrgStaff, map[string]any{"employment_type": "full_time", "qualification": "social_worker", "joined_on": "2023-05-01", "training_hours": 80})
		add(a, models.RoleOrgStaff, map[string]any{"employment_type": "part_time", "joined_on": "2024-06-01", "left_on": "2025-03-31", "leave_reason": "compensation"})
		add(a, models.RoleIncubator, map[string]any{"employment_type": "volunteer", "joined_on": "2025-07-01"})
		add(b, admin, map[string]any{"employment_type": "full_time", "qualification": "assistant_social_worker", "joined_on": "2025-02-01",
			"left_on": "2025-11-30", "leave_reason": "burnout"})
		add(b, admin, map[string]any{"employment_type": "seconded", "qualification": "senior_social_worker", "joined_on": "2019-03-01", "training_hours": 100})

		groupA := turnoverFigures{a.Name, 2, 2, 1, 1, 1, ratio(0.5), ratio(303), true}
		groupB := turnoverFigures{b.Name, 1, 1, 1, 1, 1, ratio(1), ratio(302), true}
		withLabel := func(f turnoverFigures, label string) turnoverFigures { f.label = label; return f }
		want := map[string]map[string]turnoverFigures{
			"organization": {a.ID: groupA, b.ID: groupB},
			"incubator":    {ts.Fix.Incubator.ID: withLabel(groupA, ts.Fix.Incubator.Name), "": withLabel(groupB, "")},
			"district":     {"": withLabel(groupA, ""), ts.Fix.Community.District: withLabel(groupB, ts.Fix.Community.District)},
			"employment_type": {
				"full_time": {"full_time", 1, 1, 1, 1, 1, ratio(1), ratio(302), true},
				"part_time": {"part_time", 1, 0, 0, 1, 0, ratio(2), ratio(303), true},
				"volunteer": {"volunteer", 0, 1, 1, 0, 0, ratio(0), nil, false},
				"seconded":  {"seconded", 1, 1, 0, 0, 1, ratio(0), nil, false},
			},
		}
		same := func(got, want *float64) bool {
			return got == nil && want == nil || got != nil && want != nil && fmt.Sprintf("%.6f", *got) == fmt.Sprintf("%.6f", *want)
		}
		check := func(name string, g models.TurnoverGroup, f turnoverFigures) {
			t.Helper()
			if g.Label != f.label || g.HeadcountStart != f.start || g.HeadcountEnd != f.end || g.Hires != f.hires || g.Separations != f.separations ||
				g.SocialWorkersEnd != f.swsEnd || !same(g.TurnoverRate, f.rate) || !same(g.MedianTenureDays, f.medianTenure) || g.HighTurnover != f.high {
				t.Errorf("%s: %+v\nwant %+v", name, g, f)
			}
		}
		for _, by := range models.TurnoverGroupings {
			w := c.check(request{method: http.MethodGet, path: "/api/v1/reports/turnover?from=2025-01-01&to=2025-12-31&group_by=" + by, as: reviewer},
				http.StatusOK, requestValid)
			r := decode[models.TurnoverReport](t, w)
			if r.GroupBy != by || r.From != "2025-01-01" || r.To != "2025-12-31" || len(r.Groups) != len(want[by]) || r.TrainingTarget != 72 {
				t.Errorf("by %s: %.600s", by, w.Body.String())
				continue
			}
			for _, g := range r.Groups {
				check(by+" "+g.Key, g, want[by][g.Key])
			}
			check(by+" total", r.Total, turnoverFigures{"all", 3, 3, 2, 2, 2, ratio(2.0 / 3), ratio(302.5), true})
			if r.LeaveReasons["compensation"] != 1 || r.LeaveReasons["burnout"] != 1 || len(r.LeaveReasons) != len(models.LeaveReasons) {
				t.Errorf("by %s, leave reasons %v", by, r.LeaveReasons)
			}
			quarters := []models.TurnoverTrend{
				{Quarter: "2025Q1", Hires: 1, Separations: 1, HeadcountEnd: 3, TurnoverRate: ratio(1.0 / 3)},
				{Quarter: "2025Q2", HeadcountEnd: 3, TurnoverRate: ratio(0)},
				{Quarter: "2025Q3", Hires: 1, HeadcountEnd: 4, TurnoverRate: ratio(0)},
				{Quarter: "2025Q4", Separations: 1, HeadcountEnd: 3, TurnoverRate: ratio(1 / 3.5)},
			}
			for i, q := range quarters {
				if i >= len(r.ByQuarter) || r.ByQuarter[i].Quarter != q.Quarter || r.ByQuarter[i].Hires != q.Hires || r.ByQuarter[i].Separations != q.Separations ||
					r.ByQuarter[i].HeadcountEnd != q.HeadcountEnd || !same(r.ByQuarter[i].TurnoverRate, q.TurnoverRate) {
					t.Errorf("by %s, quarters %+v, want %+v", by, r.ByQuarter, quarters)
					break
				}
			}
		}
		// The retention figures at the end: a1 (1-3 years, trained), a3
		// (under a year, untrained), b2 (over 5 years, a senior social worker).
		w = c.check(request{method: http.MethodGet, path: "/api/v1/reports/turnover?from=2025-01-01&to=2025-12-31", as: admin}, http.StatusOK, requestValid)
		if tot := decode[models.TurnoverReport](t, w).Total; tot.SocialWorkers != 1 || tot.SeniorSocialWorkers != 1 || tot.AssistantSocialWorkers != 0 ||
			tot.TenureUnder1Y != 1 || tot.Tenure1To3Y != 1 || tot.Tenure3To5Y != 0 || tot.TenureOver5Y != 1 || tot.BelowTrainingTarget != 1 {
			t.Errorf("retention %+v", tot)
		}

		// Each role reads the organizations it may see; the district filter
		// and the defaults (a year to today, by organization).
		for _, tc := range []struct {
			as    models.Role
			query string
			keys  []string
		}{
			{models.RoleOrgStaff, "", []string{a.ID}},
			{models.RoleIncubator, "", []string{a.ID}},
			{models.RoleFunder, "", nil},
			{reviewer, "&district=" + url.QueryEscape(ts.Fix.Community.District), []string{b.ID}},
		} {
			w := c.check(request{method: http.MethodGet, path: "/api/v1/reports/turnover?from=2025-01-01&to=2025-12-31" + tc.query, as: tc.as}, http.StatusOK, requestValid)
			var keys []string
			for _, g := range decode[models.TurnoverReport](t, w).Groups {
				keys = append(keys, g.Key)
			}
			if !slices.Equal(keys, tc.keys) {
				t.Errorf("%s%s sees %v, want %v", tc.as, tc.query, keys, tc.keys)
			}
		}
		// Ten years is the longest period.
		w = c.check(request{method: http.MethodGet, path: "/api/v1/reports/turnover?from=2016-01-01&to=2025-12-31&group_by=district", as: reviewer},
			http.StatusOK, requestValid)
		if r := decode[models.TurnoverReport](t, w); len(r.ByQuarter) != 40 || r.Total.HeadcountStart != 0 || r.Total.HeadcountEnd != 3 || r.Total.Hires != 5 {
			t.Errorf("ten years: %.600s", w.Body.String())
		}
		w = c.check(request{method: http.MethodGet, path: "/api/v1/reports/turnover", as: models.RoleFunder}, http.StatusOK, requestValid)
		if r := decode[models.TurnoverReport](t, w); r.From != "2025-01-16" || r.To != "2026-01-15" || r.GroupBy != "organization" || len(r.Groups) != 0 ||
			r.Total.TurnoverRate != nil || len(r.ByQuarter) != 5 {
			t.Errorf("the defaults: %s", w.Body.String())
		}
	})
}

// TestTurnoverExportHoldsEveryGroup lays down more organizations with staff
// than the report lists by default (500): the answer lists 500 and counts
// them all, and an export, which asks for no limit, holds every one.
func TestTurnoverExportHoldsEveryGroup(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, withClock(staffNow))
		ctx, sys := context.Background(), models.System("test")
		const n = 501
		orgs := make([]models.Organization, n)
		staff := make([]models.StaffMember, n)
		for i := range orgs {
			orgs[i] = models.Organization{ID: models.NewID(), Name: fmt.Sprintf("导出测试第%d社会组织", i+1), RegistrationType: "community_filed",
				Category: "community_service", Stage: models.StageRegistered, StageSince: models.NewTime(staffNow().AddDate(-1, 0, 0))}
			staff[i] = models.StaffMember{OrganizationID: orgs[i].ID, Name: "张伟", Title: "社工", EmploymentType: "full_time",
				Qualification: "none", Education: "associate", JoinedOn: "2024-03-01"}
		}
		if err := ts.Store.BulkInsertPipeline(ctx, sys, orgs, nil); err != nil {
			t.Fatal(err)
		}
		if err := ts.Store.BulkInsertStaff(ctx, sys, staff); err != nil {
			t.Fatal(err)
		}
		path := "/api/v1/reports/turnover?from=2025-01-01&to=2025-12-31&group_by=organization"
		w := ts.do(request{method: http.MethodGet, path: path, as: models.RoleReviewer})
		if r := decode[models.TurnoverReport](t, w); len(r.Groups) != 500 || r.GroupCount < n {
			t.Errorf("the answer lists %d groups of %d, want 500 of at least %d", len(r.Groups), r.GroupCount, n)
		}
		w = ts.do(request{method: http.MethodGet, path: path + "&format=csv&offset=7", as: models.RoleReviewer})
		if got := strings.Count(w.Body.String(), "导出测试第"); w.Code != http.StatusOK || got != n {
			t.Errorf("the export (%d) holds %d of the %d organizations", w.Code, got, n)
		}
	})
}
