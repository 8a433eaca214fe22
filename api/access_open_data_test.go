package api

import (
	"context"
	"net/http/httptest"
	"testing"

	"hatchery/models"
)

// openDataAccessCases are the matrix's rows for open data: everyone signed
// in reads the settings and the money fixture's OCDS package (the matrix
// configures the settings before it runs); only admins change the
// settings, writing back what is stored, while a refused change would
// store a prefix nobody else uses.
func openDataAccessCases(m moneyFixture) []accessCase {
	return []accessCase{
		{"GET", "/api/v1/settings/open-data", signedInGets(200), readRoute("/api/v1/settings/open-data", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			if s := decode[models.OpenDataSettings](t, w); s.Version < 1 || s.OCIDPrefix != demoOpenData.OCIDPrefix {
				t.Errorf("settings %s", w.Body.String())
			}
		})},
		{"PUT", "/api/v1/settings/open-data", onlyRoles(200, models.RoleAdmin), func(_ *testing.T, ts *testServer, as models.Role) (request, checkFunc) {
			before, err := ts.Store.OpenDataSettings(context.Background())
			if err != nil {
				ts.t.Fatal(err)
			}
			o := demoOpenData
			if as != models.RoleAdmin {
				o.GrantPrefix = "360G-refused"
			}
			body := map[string]any{"version": before.Version, "publisher_name": o.PublisherName, "publisher_scheme": o.PublisherScheme,
				"publisher_uid": o.PublisherUID, "publisher_uri": o.PublisherURI, "ocid_prefix": o.OCIDPrefix, "grant_prefix": o.GrantPrefix}
			return request{method: "PUT", path: "/api/v1/settings/open-data", as: as, body: body}, func(t *testing.T, w *httptest.ResponseRecorder, allowed bool) {
				got, err := ts.Store.OpenDataSettings(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if allowed && (got.Version != before.Version+1 || decode[models.OpenDataSettings](t, w).Version != got.Version) {
					t.Errorf("after the change: %+v", got)
				}
				if !allowed && got.GrantPrefix == "360G-refused" {
					t.Errorf("a refused change was stored: %+v", got)
				}
			}
		}},
		{"GET", "/api/v1/projects/:id/ocds", signedInGets(200), readRoute("/api/v1/projects/"+m.Project.ID+"/ocds", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			ocds, _ := standardSchemas(t)
			validateStandard(t, ocds, w.Body.Bytes())
			if got := str(t, jsonTree(t, w.Body.Bytes()), "releases", 0, "ocid"); got != demoOpenData.OCIDPrefix+"-"+m.Project.Code {
				t.Errorf("ocid %s", got)
			}
		})},
	}
}
