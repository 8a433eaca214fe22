package api

import (
	"net/http/httptest"
	"testing"

	"hatchery/models"
)

// homeAccessCases are the matrix's row for GET /home: every signed-in
// caller but a security auditor gets their own role's section, bound to their own organization or
// funder, and none of the others.
func homeAccessCases(fx fixture) []accessCase {
	return []accessCase{
		{"GET", "/api/v1/home", signedInGets(200), readRoute("/api/v1/home", func(t *testing.T, _ *testServer, as models.Role, w *httptest.ResponseRecorder) {
			h := decode[models.Home](t, w)
			sections := 0
			for _, set := range []bool{h.Bureau != nil, h.Incubator != nil, h.Org != nil, h.Funder != nil} {
				if set {
					sections++
				}
			}
			// A security auditor's home is minimal: no section, the page
			// leads to the audit trail.
			want := 1
			if as == models.RoleSecurityAuditor {
				want = 0
			}
			if h.Role != as || sections != want || h.Thresholds.FundingCliffDays != models.FundingCliffDays || h.Thresholds.HighTurnoverRate != models.HighTurnoverRate {
				t.Fatalf("home of %s: %.300s", as, w.Body.String())
			}
			switch as {
			case models.RoleAdmin, models.RoleReviewer:
				if h.Bureau == nil || h.Bureau.Stuck.ThresholdDays != models.StuckAfterDays || h.Bureau.Pending.Items == nil {
					t.Errorf("bureau home %.300s", w.Body.String())
				}
			case models.RoleIncubator:
				if h.Incubator == nil || h.Incubator.IncubatorID != fx.Incubator.ID {
					t.Errorf("incubator home %.300s", w.Body.String())
				}
				for _, o := range h.Incubator.Incubatees {
					if o.ID == fx.Incubator.ID {
						t.Errorf("the incubator hosts itself: %+v", o)
					}
				}
			case models.RoleOrgStaff:
				if h.Org == nil || h.Org.ID != fx.Org.ID {
					t.Errorf("organization home %.300s", w.Body.String())
				}
			case models.RoleFunder:
				if h.Funder == nil || h.Funder.FunderID != fx.Funder.ID || h.Funder.FunderName != fx.Funder.Name {
					t.Errorf("funder home %.300s", w.Body.String())
				}
			}
		})},
		{"GET", "/api/v1/home/figures", onlyRoles(200, models.RoleAdmin, models.RoleReviewer), readRoute("/api/v1/home/figures", func(t *testing.T, _ *testServer, _ models.Role, w *httptest.ResponseRecorder) {
			f := decode[models.BureauFigures](t, w)
			if len(f.Quarters) != models.HomeQuarters || f.Evidence.CommunitiesTotal < 1 || f.Evidence.Flags.ByCode == nil {
				t.Errorf("bureau figures %.300s", w.Body.String())
			}
		})},
	}
}
