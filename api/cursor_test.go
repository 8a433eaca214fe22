package api

import (
	"encoding/base64"
	"net/http"
	"net/url"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestCursorsAreTheServers: only cursors a list gave out page through it.
func TestCursorsAreTheServers(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		first := decode[models.List[models.OrganizationView]](t, ts.do(request{method: http.MethodGet, path: "/api/v1/organizations?limit=1", as: models.RoleAdmin}))
		if first.NextCursor == nil || len(first.Items) != 1 {
			t.Fatalf("first page: %+v", first)
		}
		w := ts.do(request{method: http.MethodGet, path: "/api/v1/organizations?limit=1&cursor=" + url.QueryEscape(*first.NextCursor), as: models.RoleAdmin})
		second := decode[models.List[models.OrganizationView]](t, w)
		if w.Code != http.StatusOK || len(second.Items) != 1 || second.Items[0].ID == first.Items[0].ID {
			t.Fatalf("second page through a real cursor: %d %s", w.Code, w.Body.String())
		}

		forged := []struct{ name, path string }{
			{"k: alone", "/api/v1/organizations?cursor=" + base64.RawURLEncoding.EncodeToString([]byte("k:"))},
			{"k: and a key", "/api/v1/organizations?cursor=" + base64.RawURLEncoding.EncodeToString([]byte("k:"+first.Items[0].ID))},
			{"a real cursor with a byte changed", "/api/v1/organizations?cursor=" + flipSecond(*first.NextCursor)},
			{"the organizations cursor on communities", "/api/v1/communities?cursor=" + url.QueryEscape(*first.NextCursor)},
			{"the organizations cursor on funders", "/api/v1/funders?cursor=" + url.QueryEscape(*first.NextCursor)},
			{"the organizations cursor on users", "/api/v1/users?cursor=" + url.QueryEscape(*first.NextCursor)},
			{"the organizations cursor on the audit trail", "/api/v1/audit?cursor=" + url.QueryEscape(*first.NextCursor)},
		}
		for _, c := range forged {
			t.Run(c.name, func(t *testing.T) {
				wantProblem(t, ts.do(request{method: http.MethodGet, path: c.path, as: models.RoleAdmin}), http.StatusUnprocessableEntity, "cursor")
			})
		}
	})
}

// flipSecond changes the cursor's second character, which lies in its
// signature (the last may only carry padding bits).
func flipSecond(s string) string {
	b := []byte(s)
	if b[1] == 'A' {
		b[1] = 'B'
	} else {
		b[1] = 'A'
	}
	return string(b)
}
