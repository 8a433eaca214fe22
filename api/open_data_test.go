package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"gorm.io/gorm"

	"hatchery/models"
	"hatchery/models/storetest"
)

// demoOpenData are settings such as an admin would store.
var demoOpenData = models.OpenData{PublisherName: "石家庄市民政局", PublisherScheme: "CN-USCI", PublisherUID: "11130100MB0000000X",
	OCIDPrefix: "ocds-hchry1", GrantPrefix: "360G-sjzmzj"}

// configureOpenData stores demoOpenData as the admin.
func (ts *testServer) configureOpenData() {
	ts.t.Helper()
	st, err := ts.Store.OpenDataSettings(context.Background())
	if err != nil {
		ts.t.Fatal(err)
	}
	if _, err := ts.Store.SetOpenData(context.Background(), ts.actorOf(models.RoleAdmin), st.Version, demoOpenData); err != nil {
		ts.t.Fatal(err)
	}
}

// openDataCase is a project worked out by hand: a budget of 123,456.78
// yuan in two lines, three tranches (the first paid in two parts before it
// fell due, the second due a month ago and paid only 1,000.01 yuan, the
// third due in three months), contracted and active, carried out by a
// registered organization with a credit code for the fixture funder.
type openDataCase struct {
	Project    models.ProjectView
	Contractor models.Organization
}

// The clock moves on by an hour between contracting and paying, when the
// test has given one.
func (ts *testServer) openDataCase(title string, clock *storetest.Clock) openDataCase {
	ts.t.Helper()
	ctx, admin := context.Background(), ts.actorOf(models.RoleAdmin)
	code := models.MakeUSCC("52130102", digits8())
	org, err := ts.Store.CreateOrganization(ctx, models.System("test"), models.Organization{Name: "长安区乐龄社会工作服务中心" + uniqueSuffix(),
		CreditCode: &code, RegistrationType: "social_service_agency", Category: "elderly_care", Stage: models.StageRegistered})
	if err != nil {
		ts.t.Fatal(err)
	}
	p, err := ts.Store.CreateProject(ctx, admin, models.ProjectInput{
		Code: "SJZ-OD-" + uniqueSuffix(), Title: title, OrganizationID: org.ID, FunderID: ts.Fix.Funder.ID,
		Category: "elderly_care", BudgetFen: 12_345_678, StartOn: "2025-01-01", EndOn: "2025-12-31", CommunityIDs: []string{ts.Fix.Community.ID},
		Description: "为高龄独居老人提供上门探访和助餐服务",
		BudgetLines: []models.BudgetLine{{Category: "personnel", AmountFen: 8_000_000}, {Category: "activities", AmountFen: 4_345_678}},
		Tranches: []models.Tranche{{Seq: 1, DueOn: "2025-02-01", AmountFen: 4_000_000, Condition: "合同签订后"},
			{Seq: 2, DueOn: "2025-05-01", AmountFen: 4_000_000, Condition: "中期评估合格"}, {Seq: 3, DueOn: "2025-09-01", AmountFen: 4_345_678}},
	})
	if err != nil {
		ts.t.Fatal(err)
	}
	for _, to := range []models.ProjectStatus{models.ProjectContracted, models.ProjectActive} {
		if _, err := ts.Store.MoveProject(ctx, admin, p.ID, to); err != nil {
			ts.t.Fatal(err)
		}
	}
	if clock != nil {
		clock.Add(time.Hour)
	}
	for _, d := range []struct {
		seq    int
		paidOn models.Date
		amount models.Fen
	}{{1, "2025-01-20", 2_500_000}, {1, "2025-02-10", 1_500_000}, {2, "2025-05-20", 100_001}} {
		seq := d.seq
		if _, _, err := ts.Store.RecordDisbursement(ctx, admin, p.ID, models.DisbursementInput{TrancheSeq: &seq, PaidOn: d.paidOn, AmountFen: d.amount,
			Reference: "财政直付 " + uniqueSuffix()}, nil); err != nil {
			ts.t.Fatal(err)
		}
	}
	return openDataCase{Project: ts.storedProject(p.ID), Contractor: org}
}

// jsonTree decodes an answer keeping numbers as written.
func jsonTree(t testing.TB, body []byte) map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v map[string]any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("decode %.300s: %v", body, err)
	}
	return v
}

// at walks a decoded tree by keys and indexes.
func at(t testing.TB, v any, path ...any) any {
	t.Helper()
	for _, k := range path {
		switch k := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("%v: not an object at %q", path, k)
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				t.Fatalf("%v: no item %d", path, k)
			}
			v = l[k]
		}
	}
	return v
}

// str is the text of a string or number leaf.
func str(t testing.TB, v any, path ...any) string {
	t.Helper()
	return fmt.Sprint(at(t, v, path...))
}

// wantNoPackage checks that a refusal wrote a problem and nothing of a
// package.
func wantNoPackage(t testing.TB, w *httptest.ResponseRecorder, rule string) {
	t.Helper()
	if p := wantProblem(t, w, http.StatusUnprocessableEntity, ""); p.Type != "urn:hatchery:problem:"+rule {
		t.Errorf("problem type %s, want %s", p.Type, rule)
	}
	if b := w.Body.String(); strings.Contains(b, `"releases"`) || strings.Contains(b, `"grants"`) || strings.HasPrefix(b, "\ufeff") {
		t.Errorf("a refusal wrote part of a package: %s", b)
	}
}

func TestOpenDataSettings(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		c := newOpenAPIChecker(t, ts)
		put := func(body map[string]any) request {
			return request{method: http.MethodPut, path: "/api/v1/settings/open-data", as: models.RoleAdmin, body: body}
		}
		stored := func() models.OpenDataSettings {
			s, err := ts.Store.OpenDataSettings(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		w := c.check(request{method: http.MethodGet, path: "/api/v1/settings/open-data", as: models.RoleFunder}, http.StatusOK, requestValid)
		if s := decode[models.OpenDataSettings](t, w); s.Version != 0 || s.OCIDPrefix != "" || s.UpdatedAt != nil {
			t.Errorf("before any change: %s", w.Body.String())
		}

		bad := map[string]any{"version": 0, "publisher_name": " ", "ocid_prefix": "ocds-ABC123", "grant_prefix": "360G-sjzmzj-", "publisher_uri": "ftp://x", "publisher_uid": "123"}
		w = c.check(put(bad), http.StatusUnprocessableEntity, requestValid)
		fields := []string{}
		for _, e := range decode[problem](t, w).Errors {
			fields = append(fields, e.Field)
		}
		slices.Sort(fields)
		if want := []string{"grant_prefix", "ocid_prefix", "publisher_name", "publisher_uid", "publisher_uri"}; !slices.Equal(fields, want) {
			t.Errorf("fields at fault %v, want %v", fields, want)
		}
		if s := stored(); s.Version != 0 {
			t.Errorf("a refused change was stored: %+v", s)
		}

		good := map[string]any{"version": 0, "publisher_name": "石家庄市民政局", "publisher_scheme": "CN-USCI", "publisher_uid": "11130100MB0000000X",
			"publisher_uri": "https://example.gov.cn/mzj", "ocid_prefix": "ocds-hchry1", "grant_prefix": "360G-sjzmzj"}
		w = c.check(put(good), http.StatusOK, requestValid)
		if s := decode[models.OpenDataSettings](t, w); s.Version != 1 || s.GrantPrefix != "360G-sjzmzj" || s.UpdatedAt == nil {
			t.Errorf("after the change: %s", w.Body.String())
		}
		if n := len(ts.auditFor("update", "open_data")); n != 1 {
			t.Errorf("%d audit entries of the change, want 1", n)
		}
		c.check(put(good), http.StatusConflict, requestValid) // version 0 is stale now
		for name, field := range map[string]map[string]any{
			"ocid prefix of five":       {"ocid_prefix": "ocds-hchry"},
			"grant prefix without 360G": {"grant_prefix": "GB-sjzmzj"},
			"grant prefix of nothing":   {"grant_prefix": "360G-"},
		} {
			body := map[string]any{"version": 1, "publisher_name": "石家庄市民政局", "ocid_prefix": "ocds-hchry1", "grant_prefix": "360G-sjzmzj"}
			for k, v := range field {
				body[k] = v
			}
			w := ts.do(put(body))
			for k := range field {
				wantProblem(t, w, http.StatusUnprocessableEntity, k)
			}
			if s := stored(); s.Version != 1 || s.OCIDPrefix != "ocds-hchry1" || s.GrantPrefix != "360G-sjzmzj" {
				t.Errorf("%s: a refused change was stored: %+v", name, s)
			}
		}
		wantProblem(t, ts.do(request{method: http.MethodPut, path: "/api/v1/settings/open-data", as: models.RoleReviewer, body: good}), http.StatusForbidden, "")
	})
}

func TestOpenDataNeedsSettings(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		c := newOpenAPIChecker(t, ts)
		p := ts.openDataCase("谈固社区居家养老服务", nil)
		for _, path := range []string{"/api/v1/projects/" + p.Project.ID + "/ocds", "/api/v1/projects?format=ocds",
			"/api/v1/projects?format=360giving", "/api/v1/projects?format=360giving-json"} {
			w := c.check(request{method: http.MethodGet, path: path, as: models.RoleAdmin}, http.StatusUnprocessableEntity, requestValid)
			wantNoPackage(t, w, models.RuleOpenDataNotConfigured)
		}
		if n := ts.auditCount("export"); n != 0 {
			t.Errorf("%d exports audited, want none", n)
		}
		// Settings stored malformed (by an older release, or by hand) are
		// refused the same way.
		if err := ts.Store.InTx(context.Background(), func(tx *gorm.DB) error {
			return tx.Exec("INSERT INTO settings (key, value, updated_at, version) VALUES (?, ?, ?, 1)",
				"open_data", `{"publisher_name":"x","ocid_prefix":"ocds-x","grant_prefix":"360G-x"}`, time.Now().UTC()).Error
		}); err != nil {
			t.Fatal(err)
		}
		wantNoPackage(t, ts.do(request{method: http.MethodGet, path: "/api/v1/projects?format=ocds", as: models.RoleAdmin}), models.RuleOpenDataNotConfigured)
	})
}
