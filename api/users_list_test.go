package api

import (
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestUserListNamesBindings: the user list answers the names of the
// organization and funder each user is bound to, as the edit dialog shows.
func TestUserListNamesBindings(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		l := decode[models.List[models.UserView]](t, ts.do(request{method: "GET", path: "/api/v1/users?limit=200", as: models.RoleAdmin}))
		want := map[models.Role][2]string{
			models.RoleAdmin:     {"", ""},
			models.RoleReviewer:  {"", ""},
			models.RoleIncubator: {ts.Fix.Incubator.Name, ""},
			models.RoleOrgStaff:  {ts.Fix.Org.Name, ""},
			models.RoleFunder:    {"", ts.Fix.Funder.Name},
		}
		seen := 0
		for role, u := range ts.Users {
			for _, it := range l.Items {
				if it.ID != u.ID {
					continue
				}
				seen++
				if got := [2]string{deref(it.OrganizationName), deref(it.FunderName)}; got != want[role] {
					t.Errorf("%s: names %q, want %q", role, got, want[role])
				}
			}
		}
		if seen != len(ts.Users) {
			t.Fatalf("found %d of %d users", seen, len(ts.Users))
		}
		// The joined tables do not make the filters ambiguous.
		f := decode[models.List[models.UserView]](t, ts.do(request{method: "GET", path: "/api/v1/users?role=funder&q=u_", as: models.RoleAdmin}))
		if f.Total != 1 || len(f.Items) != 1 || deref(f.Items[0].FunderName) != ts.Fix.Funder.Name {
			t.Errorf("filtered list: %+v", f)
		}
	})
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
