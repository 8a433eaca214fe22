package api

import (
	"net/http/httptest"
	"strings"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

func TestOrganizationAPI(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		code := models.MakeUSCC("51130102", "MA0D1234")
		good := map[string]any{"name": "建北社区邻里调解室", "registration_type": "social_group", "category": "legal_aid",
			"credit_code": code, "community_id": ts.Fix.Community.ID, "founded_on": "2023-03-15", "contact_phone": "0311-86012345"}
		with := func(k string, v any) map[string]any {
			m := map[string]any{}
			for kk, vv := range good {
				m[kk] = vv
			}
			if v == nil {
				delete(m, k)
			} else {
				m[k] = v
			}
			return m
		}
		refused := []struct {
			name   string
			body   any
			status int
			field  string
		}{
			{"bad credit code", with("credit_code", "91350100M000100Y44"), 422, "credit_code"},
			{"credit code required for a social group", with("credit_code", nil), 422, "credit_code"},
			{"unknown community", with("community_id", "no-such-community"), 422, "community_id"},
			{"bad category", with("category", "sports"), 422, "category"},
			{"bad date", with("founded_on", "2023-02-30"), 422, "founded_on"},
			{"bad phone", with("contact_phone", "call me"), 422, "contact_phone"},
			{"stage is not writable", with("stage", "independent"), 400, "stage"},
			{"incubator_id is not writable", with("incubator_id", ts.Fix.Incubator.ID), 400, "incubator_id"},
			{"name too long", with("name", strings.Repeat("社", 201)), 422, "name"},
		}
		before := ts.do(request{method: "GET", path: "/api/v1/organizations?limit=1", as: models.RoleAdmin})
		total := decode[models.List[models.OrganizationView]](t, before).Total
		for _, c := range refused {
			w := ts.do(request{method: "POST", path: "/api/v1/organizations", as: models.RoleAdmin, body: c.body})
			if w.Code != c.status {
				t.Errorf("%s: %d %s", c.name, w.Code, w.Body.String())
				continue
			}
			wantProblem(t, w, c.status, c.field)
		}
		if got := decode[models.List[models.OrganizationView]](t, ts.do(request{method: "GET", path: "/api/v1/organizations?limit=1", as: models.RoleAdmin})).Total; got != total {
			t.Fatalf("refused creates stored something: %d -> %d", total, got)
		}
		wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/organizations", as: models.RoleReviewer, body: good}), 403, "")
		w := ts.do(request{method: "POST", path: "/api/v1/organizations", as: models.RoleAdmin, body: good})
		if w.Code != 201 {
			t.Fatalf("create: %d %s", w.Code, w.Body.String())
		}
		o := decode[models.Organization](t, w)
		if o.Stage != "applicant" || o.Version != 1 || o.CreditCode == nil || *o.CreditCode != code || o.FoundedOn == nil || *o.FoundedOn != "2023-03-15" {
			t.Fatalf("stored %+v", o)
		}
		wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/organizations", as: models.RoleAdmin, body: with("name", "另一个")}), 409, "credit_code")

		// Lists filter and search by name or code.
		for _, q := range []string{"q=" + code, "q=%E8%B0%83%E8%A7%A3", "category=legal_aid", "stage=applicant&district=%E9%95%BF%E5%AE%89%E5%8C%BA"} {
			l := decode[models.List[models.OrganizationView]](t, ts.do(request{method: "GET", path: "/api/v1/organizations?" + q, as: models.RoleReviewer}))
			if l.Total != 1 || l.Items[0].ID != o.ID || l.Items[0].CommunityName == nil {
				t.Errorf("filter %s: %+v", q, l)
			}
		}
		wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/organizations?stage=hatched", as: models.RoleAdmin}), 422, "stage")

		// The request-a-move path, over HTTP.
		req := func(as models.Role, body any) *httptest.ResponseRecorder {
			return ts.do(request{method: "POST", path: "/api/v1/organizations/" + o.ID + "/transitions", as: as, body: body})
		}
		r := req(models.RoleAdmin, map[string]any{"to_stage": "independent"})
		p := wantProblem(t, r, 422, "to_stage")
		if !strings.Contains(p.Detail, "registered") || !strings.Contains(r.Body.String(), `"allowed_targets":["registered","dissolved"]`) {
			t.Fatalf("illegal move should name the allowed targets: %s", r.Body.String())
		}
		wantProblem(t, req(models.RoleAdmin, map[string]any{"to_stage": "hatched"}), 422, "to_stage")
		wantProblem(t, req(models.RoleAdmin, map[string]any{"to_stage": "registered", "reason": strings.Repeat("理", 2001)}), 422, "reason")
		wantProblem(t, req(models.RoleOrgStaff, map[string]any{"to_stage": "registered"}), 404, "")
		wantProblem(t, req(models.RoleFunder, map[string]any{"to_stage": "registered"}), 404, "")
		r = req(models.RoleAdmin, map[string]any{"to_stage": "registered", "reason": "材料齐全"})
		if r.Code != 201 {
			t.Fatalf("request: %d %s", r.Code, r.Body.String())
		}
		tr := decode[models.TransitionRequest](t, r)
		wantProblem(t, req(models.RoleReviewer, map[string]any{"to_stage": "dissolved"}), 409, "")
		wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/transitions/" + tr.ID + "/approve", as: models.RoleAdmin, body: map[string]any{}}), 403, "")
		wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/transitions/" + tr.ID + "/reject", as: models.RoleReviewer, body: map[string]any{"note": " "}}), 422, "note")
		wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/transitions/" + tr.ID + "/withdraw", as: models.RoleReviewer, body: map[string]any{}}), 403, "")
		q := decode[models.List[models.TransitionView]](t, ts.do(request{method: "GET", path: "/api/v1/transitions?status=pending", as: models.RoleReviewer}))
		if q.Total != 1 || q.Items[0].ID != tr.ID || q.Items[0].OrganizationName != o.Name || q.Items[0].RequestedByName == "" {
			t.Fatalf("queue: %+v", q)
		}
		w = ts.do(request{method: "POST", path: "/api/v1/transitions/" + tr.ID + "/approve", as: models.RoleReviewer, body: map[string]any{"note": "同意"}})
		if w.Code != 200 || decode[models.TransitionRequest](t, w).Status != "approved" {
			t.Fatalf("approve: %d %s", w.Code, w.Body.String())
		}
		wantProblem(t, ts.do(request{method: "POST", path: "/api/v1/transitions/" + tr.ID + "/reject", as: models.RoleReviewer, body: map[string]any{"note": "迟到"}}), 409, "")
		got := decode[models.OrganizationView](t, ts.do(request{method: "GET", path: "/api/v1/organizations/" + o.ID, as: models.RoleReviewer}))
		if got.Stage != "registered" || len(got.AllowedTargets) != 4 {
			t.Fatalf("after approval: %+v", got)
		}
		hist := decode[models.List[models.TransitionView]](t, ts.do(request{method: "GET", path: "/api/v1/organizations/" + o.ID + "/transitions", as: models.RoleAdmin}))
		if hist.Total != 1 || hist.Items[0].Status != "approved" {
			t.Fatalf("history: %+v", hist)
		}
		tl := decode[struct{ Items []models.StagePeriod }](t, ts.do(request{method: "GET", path: "/api/v1/organizations/" + o.ID + "/timeline", as: models.RoleAdmin}))
		if len(tl.Items) != 2 || tl.Items[0].Stage != "applicant" || tl.Items[1].Stage != "registered" || tl.Items[1].To != nil {
			t.Fatalf("timeline: %+v", tl.Items)
		}
		// PATCH cannot move the stage; it changes the profile with a version.
		wantProblem(t, ts.do(request{method: "PATCH", path: "/api/v1/organizations/" + o.ID, as: models.RoleAdmin, body: map[string]any{"version": got.Version, "stage": "dissolved"}}), 400, "stage")
		w = ts.do(request{method: "PATCH", path: "/api/v1/organizations/" + o.ID, as: models.RoleAdmin, body: map[string]any{"version": got.Version, "contact_name": "赵丽娟"}})
		if w.Code != 200 || decode[models.Organization](t, w).ContactName != "赵丽娟" {
			t.Fatalf("patch: %d %s", w.Code, w.Body.String())
		}
		wantProblem(t, ts.do(request{method: "PATCH", path: "/api/v1/organizations/" + o.ID, as: models.RoleAdmin, body: map[string]any{"version": got.Version, "contact_name": "x"}}), 409, "version")
	})
}

func TestMilestonesSettingsAndPipelineAPI(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		org := ts.Fix.Org.ID // incubating, hosted by the fixture incubator
		path := "/api/v1/organizations/" + org + "/milestones"
		for _, c := range []struct {
			name  string
			as    models.Role
			body  any
			code  int
			field string
		}{
			{"bad type", models.RoleIncubator, map[string]any{"type": "party", "achieved_on": "2025-05-01"}, 422, "type"},
			{"bad date", models.RoleIncubator, map[string]any{"type": "capacity_training", "achieved_on": "05/01/2025"}, 422, "achieved_on"},
			{"negative hours", models.RoleIncubator, map[string]any{"type": "capacity_training", "achieved_on": "2025-05-01", "hours": -1}, 422, "hours"},
			{"note too long", models.RoleIncubator, map[string]any{"type": "other", "achieved_on": "2025-05-01", "note": strings.Repeat("记", 2001)}, 422, "note"},
			{"org staff may not log", models.RoleOrgStaff, map[string]any{"type": "other", "achieved_on": "2025-05-01"}, 403, ""},
			{"funder cannot see it", models.RoleFunder, map[string]any{"type": "other", "achieved_on": "2025-05-01"}, 404, ""},
		} {
			w := ts.do(request{method: "POST", path: path, as: c.as, body: c.body})
			if w.Code != c.code {
				t.Errorf("%s: %d %s", c.name, w.Code, w.Body.String())
				continue
			}
			wantProblem(t, w, c.code, c.field)
		}
		for _, h := range []float64{2.5, 4} {
			w := ts.do(request{method: "POST", path: path, as: models.RoleIncubator, body: map[string]any{"type": "capacity_training", "achieved_on": "2025-05-01", "hours": h, "note": "项目设计培训"}})
			if w.Code != 201 {
				t.Fatalf("log: %d %s", w.Code, w.Body.String())
			}
		}
		ml := decode[models.MilestoneList](t, ts.do(request{method: "GET", path: path, as: models.RoleOrgStaff}))
		if ml.Total != 2 || ml.TrainingHours != 6.5 {
			t.Fatalf("milestones: total %d, hours %v; want 2 and 6.5", ml.Total, ml.TrainingHours)
		}
		rd := decode[models.Readiness](t, ts.do(request{method: "GET", path: "/api/v1/organizations/" + org + "/readiness", as: models.RoleIncubator}))
		if rd.Ready || len(rd.Criteria) != 6 {
			t.Fatalf("readiness: %+v", rd)
		}
		set := decode[models.GraduationSettings](t, ts.do(request{method: "GET", path: "/api/v1/settings/graduation", as: models.RoleReviewer}))
		if set.Version != 0 || set.MinDaysIncubating != 180 {
			t.Fatalf("settings: %+v", set)
		}
		body := map[string]any{"version": 0, "min_days_incubating": 90, "required_milestones": []string{"governance_established"}, "require_registered": true, "min_active_staff": 0, "min_projects": 0}
		wantProblem(t, ts.do(request{method: "PUT", path: "/api/v1/settings/graduation", as: models.RoleReviewer, body: body}), 403, "")
		bad := map[string]any{}
		for k, v := range body {
			bad[k] = v
		}
		bad["required_milestones"] = []string{"party"}
		wantProblem(t, ts.do(request{method: "PUT", path: "/api/v1/settings/graduation", as: models.RoleAdmin, body: bad}), 422, "required_milestones[0]")
		if w := ts.do(request{method: "PUT", path: "/api/v1/settings/graduation", as: models.RoleAdmin, body: body}); w.Code != 200 {
			t.Fatalf("put settings: %d %s", w.Code, w.Body.String())
		}
		wantProblem(t, ts.do(request{method: "PUT", path: "/api/v1/settings/graduation", as: models.RoleAdmin, body: body}), 409, "version")
		rd = decode[models.Readiness](t, ts.do(request{method: "GET", path: "/api/v1/organizations/" + org + "/readiness", as: models.RoleIncubator}))
		if len(rd.Criteria) != 3 {
			t.Fatalf("readiness under new settings has %d criteria, want 3: %+v", len(rd.Criteria), rd.Criteria)
		}

		wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/reports/pipeline?from=2025-06-01&to=2025-01-01", as: models.RoleReviewer}), 422, "to")
		wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/reports/pipeline?from=2025-13-01", as: models.RoleReviewer}), 422, "from")
		wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/reports/pipeline", as: models.RoleIncubator}), 403, "")
		rep := decode[models.PipelineReport](t, ts.do(request{method: "GET", path: "/api/v1/reports/pipeline", as: models.RoleReviewer}))
		if rep.ByStage["incubating"] != 1 || rep.ByStage["independent"] != 1 || rep.Incubation.From == "" {
			t.Fatalf("pipeline: %+v", rep)
		}
	})
}
