package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"hatchery/handlers"
	"hatchery/models"
	"hatchery/models/storetest"
)

// TestOCDSProject checks one project's package field by field against
// figures worked out by hand, and against the published schema.
func TestOCDSProject(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clock := storetest.NewClock(time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC)) // contracted at 8, paid at 9
		ts := newTestServer(t, d, withClock(clock.Now))
		c := newOpenAPIChecker(t, ts)
		ocdsSchema, _ := standardSchemas(t)
		ts.configureOpenData()
		p := ts.openDataCase("谈固社区居家养老服务", clock)
		path := "/api/v1/projects/" + p.Project.ID + "/ocds"

		w := c.check(request{method: http.MethodGet, path: path, as: models.RoleFunder}, http.StatusOK, requestValid)
		if ct := w.Header().Get("Content-Type"); ct != handlers.OCDSContentType {
			t.Errorf("content type %q", ct)
		}
		validateStandard(t, ocdsSchema, w.Body.Bytes())
		pkg := jsonTree(t, w.Body.Bytes())
		ocid := "ocds-hchry1-" + p.Project.Code
		if str(t, pkg, "version") != "1.1" || str(t, pkg, "publisher", "name") != "石家庄市民政局" || str(t, pkg, "uri") != "http://example.com"+path ||
			str(t, pkg, "publishedDate") != "2025-06-01T09:00:00Z" {
			t.Errorf("package head %.400s", w.Body.String())
		}
		releases := at(t, pkg, "releases").([]any)
		var ids, tags []string
		for i, r := range releases {
			if str(t, r, "ocid") != ocid {
				t.Errorf("release %d has ocid %s, want %s", i, str(t, r, "ocid"), ocid)
			}
			ids = append(ids, str(t, r, "id"))
			tags = append(tags, strings.Join(stringsOf(at(t, r, "tag")), "+"))
		}
		if want := []string{ocid + "-planning", ocid + "-contract", ocid + "-implementation-20250601T090000Z"}; !slices.Equal(ids, want) {
			t.Errorf("release ids %v, want %v", ids, want)
		}
		if want := []string{"planning", "award+contract", "implementation"}; !slices.Equal(tags, want) {
			t.Errorf("tags %v, want %v", tags, want)
		}

		planning := releases[0]
		if str(t, planning, "planning", "budget", "amount", "amount") != "123456.78" || str(t, planning, "planning", "budget", "amount", "currency") != "CNY" {
			t.Errorf("budget %v", at(t, planning, "planning", "budget"))
		}
		lines := at(t, planning, "planning", "budget", "budgetBreakdown").([]any)
		if len(lines) != 2 || str(t, lines[0], "id") != "personnel" || str(t, lines[0], "amount", "amount") != "80000.00" ||
			str(t, lines[1], "id") != "activities" || str(t, lines[1], "amount", "amount") != "43456.78" {
			t.Errorf("budget lines %v", lines)
		}
		buyerID := "ocds-hchry1-funder-" + ts.Fix.Funder.ID
		if str(t, planning, "buyer", "id") != buyerID {
			t.Errorf("buyer %v, want %s", at(t, planning, "buyer"), buyerID)
		}

		impl := releases[2]
		supplierID := "CN-USCI-" + *p.Contractor.CreditCode
		parties := map[string]string{}
		for _, party := range at(t, impl, "parties").([]any) {
			parties[str(t, party, "id")] = strings.Join(stringsOf(at(t, party, "roles")), "+")
		}
		if parties[buyerID] != "buyer+payer" || parties[supplierID] != "supplier+payee" || len(parties) != 2 {
			t.Errorf("parties %v", parties)
		}
		for _, party := range at(t, impl, "parties").([]any) {
			if str(t, party, "id") == supplierID && (str(t, party, "identifier", "scheme") != "CN-USCI" || str(t, party, "identifier", "id") != *p.Contractor.CreditCode) {
				t.Errorf("supplier identifier %v", at(t, party, "identifier"))
			}
		}
		contract := at(t, impl, "contracts", 0)
		if str(t, contract, "value", "amount") != "123456.78" || str(t, contract, "status") != "active" ||
			str(t, contract, "period", "startDate") != "2025-01-01T00:00:00+08:00" || str(t, contract, "period", "endDate") != "2025-12-31T23:59:59+08:00" ||
			str(t, contract, "awardID") != str(t, impl, "awards", 0, "id") || str(t, impl, "awards", 0, "suppliers", 0, "id") != supplierID {
			t.Errorf("contract %v", contract)
		}
		// Tranche 1: 25,000 + 15,000 of 40,000 paid, the second on 2025-02-10
		// (met); tranche 2: due 2025-05-01, 1,000.01 of 40,000 paid by 1 June
		// (notMet); tranche 3: due 2025-09-01 (scheduled).
		var statuses []string
		for _, m := range at(t, contract, "milestones").([]any) {
			if str(t, m, "type") != "payment" {
				t.Errorf("milestone %v", m)
			}
			statuses = append(statuses, str(t, m, "status"))
		}
		if want := []string{"met", "notMet", "scheduled"}; !slices.Equal(statuses, want) {
			t.Errorf("milestone statuses %v, want %v", statuses, want)
		}
		if got := str(t, contract, "milestones", 0, "dateMet"); got != "2025-02-10T00:00:00+08:00" {
			t.Errorf("tranche 1 met on %s", got)
		}
		var amounts []string
		for _, tx := range at(t, contract, "implementation", "transactions").([]any) {
			amounts = append(amounts, str(t, tx, "value", "amount"))
			if str(t, tx, "payer", "id") != buyerID || str(t, tx, "payee", "id") != supplierID {
				t.Errorf("transaction %v", tx)
			}
		}
		if want := []string{"25000.00", "15000.00", "1000.01"}; !slices.Equal(amounts, want) {
			t.Errorf("transactions %v, want %v", amounts, want)
		}
		// At signing nothing was paid yet, and two tranches were already
		// past due (the contract was signed late).
		statuses = nil
		for _, m := range at(t, releases[1], "contracts", 0, "milestones").([]any) {
			statuses = append(statuses, str(t, m, "status"))
		}
		if want := []string{"notMet", "notMet", "scheduled"}; !slices.Equal(statuses, want) {
			t.Errorf("milestones at signing %v, want %v", statuses, want)
		}
		if n := len(ts.auditFor("export", w.Header().Get("X-Request-ID"))); n != 1 {
			t.Errorf("%d export entries, want 1", n)
		}

		// Whoever cannot see the project gets the 404 of GET /projects/{id}.
		wantProblem(t, ts.do(request{method: http.MethodGet, path: "/api/v1/projects/" + p.Project.ID, as: models.RoleOrgStaff}), http.StatusNotFound, "")
		c.check(request{method: http.MethodGet, path: path, as: models.RoleOrgStaff}, http.StatusNotFound, requestValid)
		c.check(request{method: http.MethodGet, path: "/api/v1/projects/" + models.NewID() + "/ocds", as: models.RoleAdmin}, http.StatusNotFound, requestValid)

		// Completed, the project gains a termination release.
		if _, err := ts.Store.MoveProject(context.Background(), ts.actorOf(models.RoleAdmin), p.Project.ID, models.ProjectCompleted); err != nil {
			t.Fatal(err)
		}
		w = c.check(request{method: http.MethodGet, path: path, as: models.RoleReviewer}, http.StatusOK, requestValid)
		validateStandard(t, ocdsSchema, w.Body.Bytes())
		last := at(t, jsonTree(t, w.Body.Bytes()), "releases", 3)
		if str(t, last, "tag", 0) != "contractTermination" || str(t, last, "contracts", 0, "status") != "terminated" {
			t.Errorf("last release %v", last)
		}
	})
}

// stringsOf is a decoded list of strings.
func stringsOf(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

// TestOpenDataLists exports lists in the three formats: scoped as the
// list, filtered as the list, valid by the standards' schemas.
func TestOpenDataLists(t *testing.T) {
	t.Parallel()
	storetest.Each(t, func(t *testing.T, d models.Dialect) {
		clock := storetest.NewClock(time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC))
		ts := newTestServer(t, d, withClock(clock.Now))
		c := newOpenAPIChecker(t, ts)
		ocdsSchema, givingSchema := standardSchemas(t)
		ts.configureOpenData()
		mine := ts.openDataCase("谈固社区居家养老服务", clock)
		hostile := ts.openDataCase(`=HYPERLINK("http://example.com","点击")`, clock)
		draft := ts.caseProject(ts.Fix.Funder.ID, ts.Fix.Org.ID, models.ProjectDraft)
		other := ts.newFunder()
		theirs := ts.caseProject(other.ID, ts.caseOrganization(models.StageRegistered, nil, nil).ID, models.ProjectContracted)
		get := func(query string, as models.Role) request {
			return request{method: http.MethodGet, path: "/api/v1/projects?" + query, as: as}
		}

		ocidsOf := func(body []byte) []string {
			var out []string
			for _, r := range at(t, jsonTree(t, body), "releases").([]any) {
				if id := str(t, r, "ocid"); !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
			slices.Sort(out)
			return out
		}
		ocid := func(p models.ProjectView) string { return "ocds-hchry1-" + p.Code }
		sorted := func(s ...string) []string { slices.Sort(s); return s }

		w := c.check(get("format=ocds", models.RoleFunder), http.StatusOK, requestValid)
		validateStandard(t, ocdsSchema, w.Body.Bytes())
		if got, want := ocidsOf(w.Body.Bytes()), sorted(ocid(mine.Project), ocid(hostile.Project), ocid(draft)); !slices.Equal(got, want) {
			t.Errorf("the funder's package holds %v, want its own %v", got, want)
		}
		if u := str(t, jsonTree(t, w.Body.Bytes()), "uri"); u != "http://example.com/api/v1/projects?format=ocds" {
			t.Errorf("package uri %s", u)
		}
		if n := len(ts.auditFor("export", w.Header().Get("X-Request-ID"))); n != 1 {
			t.Errorf("%d export entries, want 1", n)
		}
		w = c.check(get("format=ocds", models.RoleAdmin), http.StatusOK, requestValid)
		validateStandard(t, ocdsSchema, w.Body.Bytes())
		if got := ocidsOf(w.Body.Bytes()); len(got) != 4 || !slices.Contains(got, ocid(theirs)) {
			t.Errorf("the admin's package holds %v", got)
		}
		w = c.check(get("format=ocds&status=draft", models.RoleAdmin), http.StatusOK, requestValid)
		if got := ocidsOf(w.Body.Bytes()); !slices.Equal(got, []string{ocid(draft)}) {
			t.Errorf("the drafts' package holds %v", got)
		}
		wantNoPackage(t, c.check(get("format=ocds&q=nothing-like-this", models.RoleAdmin), http.StatusUnprocessableEntity, requestValid), models.RuleOpenDataEmpty)
		wantNoPackage(t, c.check(get("format=360giving-json&status=draft", models.RoleAdmin), http.StatusUnprocessableEntity, requestValid), models.RuleOpenDataEmpty)
		wantProblem(t, ts.do(get("format=ocds&year=1800", models.RoleAdmin)), http.StatusUnprocessableEntity, "year")

		// 360Giving JSON: the funder's contracted projects, not its draft.
		w = c.check(get("format=360giving-json", models.RoleFunder), http.StatusOK, requestValid)
		validateStandard(t, givingSchema, w.Body.Bytes())
		var grantIDs []string
		for _, g := range at(t, jsonTree(t, w.Body.Bytes()), "grants").([]any) {
			grantIDs = append(grantIDs, str(t, g, "id"))
			if str(t, g, "id") == "360G-sjzmzj-"+mine.Project.Code &&
				(str(t, g, "amountAwarded") != "123456.78" || str(t, g, "recipientOrganization", 0, "id") != "CN-USCI-"+*mine.Contractor.CreditCode ||
					str(t, g, "awardDate") != "2025-06-01" || str(t, g, "beneficiaryLocation", 0, "name") != ts.Fix.Community.Name) {
				t.Errorf("grant %v", g)
			}
		}
		if want := sorted("360G-sjzmzj-"+mine.Project.Code, "360G-sjzmzj-"+hostile.Project.Code); !slices.Equal(sorted(grantIDs...), want) {
			t.Errorf("grants %v, want %v", grantIDs, want)
		}

		// 360Giving CSV: BOM, CRLF, the schema's titles, formulas defused.
		w = c.check(get("format=360giving&funder_id="+url.QueryEscape(ts.Fix.Funder.ID), models.RoleReviewer), http.StatusOK, requestValid)
		body := w.Body.String()
		if !strings.HasPrefix(body, "\ufeff") || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/csv") {
			t.Fatalf("not a CSV with a byte order mark: %q %.100q", w.Header().Get("Content-Type"), body)
		}
		if strings.Count(body, "\r\n") != 3 || strings.Count(body, "\n") != 3 {
			t.Errorf("want three CRLF-ended lines: %q", body)
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, title := range []string{"Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date", "Recipient Org:Identifier",
			"Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name", "Last Modified", "Planned Dates:Start Date", "Planned Dates:End Date",
			"Beneficiary Location:Name"} {
			if !slices.Contains(rows[0], title) {
				t.Errorf("no column %q in %v", title, rows[0])
			}
		}
		col := func(title string) int { return slices.Index(rows[0], title) }
		for _, row := range rows[1:] {
			switch row[col("Identifier")] {
			case "360G-sjzmzj-" + hostile.Project.Code:
				if row[col("Title")] != `'=HYPERLINK("http://example.com","点击")` {
					t.Errorf("the hostile title reads %q", row[col("Title")])
				}
			case "360G-sjzmzj-" + mine.Project.Code:
				if row[col("Amount Awarded")] != "123456.78" || row[col("Currency")] != "CNY" || row[col("Planned Dates:End Date")] != "2025-12-31" {
					t.Errorf("row %v", row)
				}
			default:
				t.Errorf("unexpected row %v", row)
			}
		}
		// Nothing to list is a CSV of titles alone.
		w = c.check(get("format=360giving&status=draft", models.RoleAdmin), http.StatusOK, requestValid)
		if lines := strings.Split(strings.TrimSuffix(w.Body.String(), "\r\n"), "\r\n"); len(lines) != 1 {
			t.Errorf("the CSV of no grant: %q", w.Body.String())
		}
		if !bytes.HasPrefix(w.Body.Bytes(), []byte("\ufeffIdentifier,")) {
			t.Errorf("the CSV starts %.40q", w.Body.String())
		}
	})
}
