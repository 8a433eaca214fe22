package api

import (
	"encoding/json"
	"testing"
	"time"

	"hatchery/models"
	"hatchery/models/storetest"
)

// The audit trail reads as people need it: the record's name beside its
// id, the changed fields with their values before and after (codes marked
// with their enum), filters from the closed lists, and a period of days.
func TestAuditTrailForPeople(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		org := ts.Fix.Org
		w := ts.do(request{method: "PATCH", path: "/api/v1/organizations/" + org.ID, as: models.RoleAdmin,
			body: map[string]any{"version": org.Version, "name": "谈固东社区邻里互助会", "category": "community_service"}})
		if w.Code != 200 {
			t.Fatalf("patch: %d %s", w.Code, w.Body.String())
		}
		l := decode[models.List[models.AuditEntry]](t, ts.do(request{method: "GET", as: models.RoleReviewer,
			path: "/api/v1/audit?entity=organization&action=update&entity_id=" + org.ID}))
		if l.Total != 1 {
			t.Fatalf("%d update entries, want 1", l.Total)
		}
		e := l.Items[0]
		if e.EntityName == nil || *e.EntityName != "谈固东社区邻里互助会" {
			t.Errorf("entity name %v, want the organization's name now", e.EntityName)
		}
		want := []models.AuditChange{
			{Field: "category", Before: json.RawMessage(`"elderly_care"`), After: json.RawMessage(`"community_service"`), Enum: "OrganizationCategory"},
			{Field: "name", Before: json.RawMessage(`"邻里互助会"`), After: json.RawMessage(`"谈固东社区邻里互助会"`)},
		}
		if len(e.Changes) != len(want) {
			t.Fatalf("changes %+v, want %+v (no version or time stamps)", e.Changes, want)
		}
		for i, c := range e.Changes {
			if c.Field != want[i].Field || c.Enum != want[i].Enum || string(c.Before) != string(want[i].Before) || string(c.After) != string(want[i].After) {
				t.Errorf("change %d: %s %s -> %s (%s), want %+v", i, c.Field, c.Before, c.After, c.Enum, want[i])
			}
		}

		// Days are China Standard Time's: today holds the entry, tomorrow nothing.
		today := time.Now().In(time.FixedZone("CST", 8*3600))
		day := func(t time.Time) string { return t.Format("2006-01-02") }
		for _, c := range []struct {
			query string
			total int64
		}{
			{"from=" + day(today) + "&to=" + day(today), 1},
			{"to=" + day(today), 1},
			{"from=" + day(today.AddDate(0, 0, 1)), 0},
			{"to=" + day(today.AddDate(0, 0, -1)), 0},
		} {
			got := decode[models.List[models.AuditEntry]](t, ts.do(request{method: "GET", as: models.RoleAdmin,
				path: "/api/v1/audit?action=update&entity_id=" + org.ID + "&" + c.query}))
			if got.Total != c.total {
				t.Errorf("%s: %d entries, want %d", c.query, got.Total, c.total)
			}
		}

		for _, c := range []struct{ query, field string }{
			{"action=frobnicate", "action"},
			{"entity=organisation", "entity"},
			{"from=2026-02-30", "from"},
			{"from=2026-03-02&to=2026-03-01", "to"},
		} {
			wantProblem(t, ts.do(request{method: "GET", path: "/api/v1/audit?" + c.query, as: models.RoleAdmin}), 422, c.field)
		}
	})
}
