package api

import (
	"context"
	"net/http"
	"testing"

	"hatchery/models"
	"hatchery/models/storetest"
)

// TestHomeAnswersAndScope calls GET /home (and the bureau's GET
// /home/figures) as every role over the fixture
// and a second funder's project with another contractor: each answer
// matches the document, and a funder's and an organization's home hold
// their own projects and money only.
func TestHomeAnswersAndScope(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		ts := newTestServer(t, d)
		c := newOpenAPIChecker(t, ts)
		ctx, sys := context.Background(), models.System("test")
		m := ts.moneyFixture() // the fixture funder's project for the fixture organization: 3,000,000 paid, 120,000 spent
		other, err := ts.Store.CreateFunder(ctx, sys, models.Funder{Name: "长安区民政局" + uniqueSuffix(), Kind: "government"})
		if err != nil {
			t.Fatal(err)
		}
		code := models.MakeUSCC("52130102", digits8())
		rival, err := ts.Store.CreateOrganization(ctx, sys, models.Organization{Name: "育才社工" + uniqueSuffix(), CreditCode: &code,
			RegistrationType: "social_service_agency", Category: "community_service", CommunityID: &ts.Fix.Community.ID, Stage: models.StageRegistered})
		if err != nil {
			t.Fatal(err)
		}
		theirs := ts.caseProject(other.ID, rival.ID, models.ProjectActive)
		ts.casePayment(theirs, 1_000_000)
		ts.caseSpend(theirs, 990_000)

		homes := map[models.Role]models.Home{}
		for _, r := range models.Roles {
			w := c.check(request{method: http.MethodGet, path: "/api/v1/home", as: r}, http.StatusOK, requestValid)
			homes[r] = decode[models.Home](t, w)
		}

		f := homes[models.RoleFunder].Funder
		if f.Projects != 1 || f.BudgetFen != m.Project.BudgetFen || f.DisbursedFen != 3_000_000 || f.SpentFen != 120_000 || f.Contractors != 1 {
			t.Errorf("the funder's home holds more than its portfolio: %+v", f)
		}
		for _, cl := range f.Cliffs {
			if cl.OrganizationID != ts.Fix.Org.ID {
				t.Errorf("a cliff of another funder's contractor: %+v", cl)
			}
		}
		o := homes[models.RoleOrgStaff].Org
		if o.ID != ts.Fix.Org.ID || len(o.Projects) != 1 || o.Projects[0].ID != m.Project.ID || o.Projects[0].SpentFen != 120_000 {
			t.Errorf("the organization's home holds more than its own: %+v", o)
		}
		if o.NextTranche == nil || o.NextTranche.ProjectID != m.Project.ID {
			t.Errorf("next tranche %+v", o.NextTranche)
		}
		inc := homes[models.RoleIncubator].Incubator
		found := false
		for _, x := range inc.Incubatees {
			found = found || x.ID == ts.Fix.Org.ID
			if x.ID == rival.ID {
				t.Errorf("the incubator's home holds an organization it does not host: %+v", x)
			}
		}
		if !found {
			t.Errorf("the incubator's home lacks the organization it hosts: %+v", inc)
		}
		for _, r := range []models.Role{models.RoleAdmin, models.RoleReviewer} {
			w := c.check(request{method: http.MethodGet, path: "/api/v1/home/figures", as: r}, http.StatusOK, requestValid)
			ev := decode[models.BureauFigures](t, w).Evidence
			if ev.Flags.ByCode[models.FlagSpendExceedsDisbursed] != 0 || ev.FundedOrganizations != 2 {
				t.Errorf("bureau evidence for %s %+v", r, ev)
			}
		}
		c.check(request{method: http.MethodGet, path: "/api/v1/home/figures", as: models.RoleFunder}, http.StatusForbidden, requestValid)
	})
}
