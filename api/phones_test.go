package api

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"

	"gorm.io/gorm"

	"hatchery/models"
	"hatchery/models/storetest"
)

// rawColumn reads one column of one row as the database holds it.
func (ts *testServer) rawColumn(table, column, id string) string {
	ts.t.Helper()
	var v []string
	if err := ts.Store.InTx(context.Background(), func(tx *gorm.DB) error {
		return tx.Raw("SELECT "+column+" FROM "+table+" WHERE id = ?", id).Scan(&v).Error
	}); err != nil || len(v) != 1 {
		ts.t.Fatalf("read %s.%s of %s: %v %v", table, column, id, v, err)
	}
	return v[0]
}

// TestPhonesAreEncryptedAtRest writes a staff phone and an organization's
// contact phone through the API and checks that neither is stored in clear
// (nor kept in clear in the audit trail), that both read back as written,
// masked for a funder as before, in lists and exports alike, and that a
// ciphertext moved to another row is refused rather than shown.
func TestPhonesAreEncryptedAtRest(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d, withClock(staffNow))
		const phone, masked, contact = "13903110000", "139****0000", "0311-86012345"
		w := ts.do(request{method: http.MethodPost, path: "/api/v1/organizations/" + ts.Fix.Org.ID + "/staff", as: models.RoleOrgStaff,
			body: map[string]any{"name": "李秀兰", "phone": phone, "employment_type": "full_time", "education": "associate", "joined_on": "2024-09-01"}})
		if w.Code != http.StatusCreated {
			t.Fatalf("add staff: %d %s", w.Code, w.Body.String())
		}
		m := decode[models.StaffMember](t, w)
		if m.Phone != phone {
			t.Fatalf("the new member answers the phone %q", m.Phone)
		}
		w = ts.do(request{method: http.MethodPatch, path: "/api/v1/organizations/" + ts.Fix.Org.ID, as: models.RoleAdmin,
			body: map[string]any{"version": ts.Fix.Org.Version, "contact_phone": contact}})
		if w.Code != http.StatusOK || decode[models.OrganizationView](t, w).ContactPhone != contact {
			t.Fatalf("set the contact phone: %d %s", w.Code, w.Body.String())
		}

		stored := map[string]string{
			"staff": ts.rawColumn("staff_members", "phone", m.ID), "organization": ts.rawColumn("organizations", "contact_phone", ts.Fix.Org.ID)}
		for what, v := range stored {
			if !strings.HasPrefix(v, "v1:") || strings.Contains(v, "0311") || strings.Contains(v, "13903110000") {
				t.Errorf("the %s phone is stored as %q", what, v)
			}
		}
		for _, e := range append(ts.auditFor("create", m.ID), ts.auditFor("update", ts.Fix.Org.ID)...) {
			if s := string(e.Before) + string(e.After); strings.Contains(s, "03110000") || strings.Contains(s, "86012345") {
				t.Errorf("the audit trail holds a phone in clear: %s", s)
			}
		}

		// Reads decrypt, then mask for the funder as before.
		ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectContracted)
		for as, want := range map[models.Role]string{models.RoleAdmin: phone, models.RoleIncubator: phone, models.RoleFunder: masked} {
			if got := decode[models.StaffMember](t, ts.do(request{method: http.MethodGet, path: "/api/v1/staff/" + m.ID, as: as})).Phone; got != want {
				t.Errorf("%s reads the phone %q, want %q", as, got, want)
			}
		}
		for _, as := range []models.Role{models.RoleAdmin, models.RoleFunder} {
			if got := decode[models.OrganizationView](t, ts.do(request{method: http.MethodGet, path: "/api/v1/organizations/" + ts.Fix.Org.ID, as: as})); got.ContactPhone != contact {
				t.Errorf("%s reads the contact phone %q", as, got.ContactPhone)
			}
		}
		list := decode[models.List[models.OrganizationView]](t, ts.do(request{method: http.MethodGet, path: "/api/v1/organizations?limit=100", as: models.RoleAdmin}))
		export := ts.do(request{method: http.MethodGet, path: "/api/v1/organizations?format=csv&lang=en", as: models.RoleAdmin})
		if export.Code != http.StatusOK {
			t.Fatalf("export: %d %s", export.Code, export.Body.String())
		}
		rows := readCSV(t, export.Body.Bytes())
		row := rowWith(rows, slices.Index(rows[0], "ID"), ts.Fix.Org.ID)
		i := slices.IndexFunc(list.Items, func(o models.OrganizationView) bool { return o.ID == ts.Fix.Org.ID })
		if i < 0 || list.Items[i].ContactPhone != contact || row == nil || row[slices.Index(rows[0], "Contact phone")] != contact {
			t.Errorf("the list (%d) and the export (%v) do not both show the contact phone %q", i, row, contact)
		}

		// A stage change records the organization masked too, never its
		// ciphertext.
		pending := ts.casePending(ts.Fix.Org, models.StageRegistered, models.RoleOrgStaff)
		if _, err := ts.Store.ApproveTransition(context.Background(), ts.actorOf(models.RoleReviewer), pending.ID, models.Decision{Note: "结束孵化"}); err != nil {
			t.Fatal(err)
		}
		moves := ts.auditFor("stage_change", ts.Fix.Org.ID)
		if len(moves) != 1 {
			t.Fatalf("%d stage changes audited", len(moves))
		}
		if got := jsonField(t, moves[0].After, "contact_phone"); got != models.MaskPhone(contact) || strings.Contains(string(moves[0].Before), "v1:") {
			t.Errorf("the stage change keeps the contact phone as %v: %s", got, moves[0].Before)
		}

		// The organization's ciphertext copied into the member's row does
		// not decrypt there: an error, not a number.
		if err := ts.Store.InTx(context.Background(), func(tx *gorm.DB) error {
			return tx.Exec("UPDATE staff_members SET phone = ? WHERE id = ?", stored["organization"], m.ID).Error
		}); err != nil {
			t.Fatal(err)
		}
		w = ts.do(request{method: http.MethodGet, path: "/api/v1/staff/" + m.ID, as: models.RoleAdmin})
		if w.Code != http.StatusInternalServerError || strings.Contains(w.Body.String(), "0311") {
			t.Errorf("a moved ciphertext answers %d %s", w.Code, w.Body.String())
		}
	})
}
