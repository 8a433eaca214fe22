package main

import (
	"net/url"
	"unicode"
)

// row is one endpoint of the load table: its label, the name the ceiling
// serves its bytes at, the path, the role that reads it and the share of
// the ceiling it aims at (0: none).
type row struct {
	label, name, path, role string
	aim                     float64
}

// homeFigures is the bureau home's province-wide figures, a report.
const homeFigures = "/api/v1/home/figures"

// reports are the report endpoints, by the name of their hand SQL file.
var reports = []string{"pipeline", "funding", "spend-audit", "turnover", "demand-coverage"}

// ids are the real records the rows read, found before the load.
type ids struct {
	org, funder, fragment string
}

// reportPath is the path of a report as its page reads it: the portfolio
// spend audit names the funder whose portfolio it audits and answers its
// first page of flagged projects, turnover its first page of organizations
// and demand coverage its first page of communities.
func reportPath(report string, id ids) string {
	p := "/api/v1/reports/" + report
	switch report {
	case "spend-audit":
		p += "?funder_id=" + url.QueryEscape(id.funder) + "&flag=any&limit=20&offset=0" // the portfolio page's flagged projects
	case "turnover":
		p += "?group_by=organization&limit=50&offset=0" // the turnover page by organization, as the home's card opens it
	case "demand-coverage":
		p += "?sort=coverage&limit=50&offset=0" // what the coverage page reads
	}
	return p
}

// tableRows lists the rows of the load table in order.
func tableRows(id ids) []row {
	q := "/api/v1/organizations?limit=50&q=" + url.QueryEscape(id.fragment)
	rs := []row{
		{"/healthz", "healthz", "/healthz", "reviewer", 0},
		{"organizations/{id}", "org", "/api/v1/organizations/" + id.org, "reviewer", 40},
		{"organizations?limit=50", "orgs", "/api/v1/organizations?limit=50", "reviewer", 20},
		{"organizations?limit=50&stage=incubating", "orgs-incubating", "/api/v1/organizations?limit=50&stage=incubating", "reviewer", 20},
		{"organizations?limit=50&q={fragment}", "orgs-q", q, "reviewer", 20},
		{"projects?limit=50", "projects", "/api/v1/projects?limit=50", "reviewer", 20},
		{"organizations/{id}/staff", "staff", "/api/v1/organizations/" + id.org + "/staff", "reviewer", 20},
		{"surveys?limit=50", "surveys", "/api/v1/surveys?limit=50", "reviewer", 20},
		{"transitions?status=pending", "queue", "/api/v1/transitions?status=pending", "reviewer", 20},
	}
	for _, role := range []string{"reviewer", "incubator", "funder", "org_staff"} {
		rs = append(rs, row{"home (" + role + ")", "home-" + role, "/api/v1/home", role, 20})
	}
	rs = append(rs, row{"home/figures (reviewer)", "home-figures", homeFigures, "reviewer", 20})
	for _, r := range reports {
		rs = append(rs, row{"reports/" + r, r, reportPath(r, id), "reviewer", 20})
	}
	return rs
}

// hanPairs answers each pair of adjacent Chinese characters in name, the
// first of each pair kept once, in order: the two-character fragments a
// person searching for it could type.
func hanPairs(name string) []string {
	r := []rune(name)
	var out []string
	seen := map[string]bool{}
	for i := 0; i+1 < len(r); i++ {
		p := string(r[i : i+2])
		if unicode.Is(unicode.Han, r[i]) && unicode.Is(unicode.Han, r[i+1]) && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}
