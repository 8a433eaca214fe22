package models

import (
	"strings"
	"time"
)

// 360Giving Data Standard 1.4 (https://standard.threesixtygiving.org/):
// each project that was contracted is one grant from its funder to its
// contractor; drafts, and drafts terminated before a contract, were never
// awarded and are left out. The grant id is the 360Giving prefix, '-' and
// the project's code; organizations are named as in OCDS (CN-USCI-<code>
// for a unified social credit code, else a local id under the 360Giving
// prefix). The award date is the day the project was contracted; the
// beneficiary locations are the communities it serves.

// GivingVersion is the version 360Giving packages declare.
const GivingVersion = "1.4"

// GivingPackage is a 360Giving JSON package; Grants comes last so that a
// stream can write the head and then the grants one by one.
type GivingPackage struct {
	Version string  `json:"version"`
	Grants  []Grant `json:"grants"`
}

// Grant is one project as a 360Giving grant.
type Grant struct {
	ID                    string           `json:"id"`
	Title                 string           `json:"title"`
	Description           string           `json:"description"`
	Currency              string           `json:"currency"`
	AmountAwarded         Yuan             `json:"amountAwarded"`
	AmountDisbursed       Yuan             `json:"amountDisbursed"`
	AwardDate             string           `json:"awardDate"`
	PlannedDates          []GivingDates    `json:"plannedDates"`
	RecipientOrganization []GivingOrg      `json:"recipientOrganization"`
	FundingOrganization   []GivingOrg      `json:"fundingOrganization"`
	BeneficiaryLocation   []GivingLocation `json:"beneficiaryLocation,omitempty"`
	DateModified          string           `json:"dateModified"`
}

// GivingDates is a planned period.
type GivingDates struct {
	StartDate string `json:"startDate"`
	EndDate   string `json:"endDate"`
}

// GivingOrg is a recipient or a funder.
type GivingOrg struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// GivingLocation is a community served.
type GivingLocation struct {
	Name string `json:"name"`
}

// GivingColumns are the flat (CSV) titles of the grant's fields, as
// 360-giving-schema.json names them, in the order GivingRow writes them.
var GivingColumns = []string{
	"Identifier", "Title", "Description", "Currency", "Amount Awarded", "Amount Disbursed", "Award Date",
	"Planned Dates:Start Date", "Planned Dates:End Date",
	"Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
	"Beneficiary Location:Name", "Last Modified",
}

// NewGivingPackage is a package with no grant yet.
func NewGivingPackage() GivingPackage {
	return GivingPackage{Version: GivingVersion, Grants: []Grant{}}
}

// Awarded says whether p belongs in a 360Giving export: it was contracted.
func (p OpenProject) Awarded() bool { return p.contracted() }

func givingOrg(prefix, kind string, o OpenParty) GivingOrg {
	if o.CreditCode != nil && *o.CreditCode != "" {
		return GivingOrg{ID: "CN-USCI-" + *o.CreditCode, Name: o.Name}
	}
	return GivingOrg{ID: prefix + "-" + kind + "-" + o.ID, Name: o.Name}
}

// NewGrant is p as a grant under the settings o.
func NewGrant(o OpenData, p OpenProject) Grant {
	var disbursed Fen
	for _, d := range p.Disbursements {
		disbursed += d.AmountFen
	}
	description := p.Description
	if strings.TrimSpace(description) == "" {
		description = p.Title
	}
	g := Grant{ID: o.GrantPrefix + "-" + p.Code, Title: p.Title, Description: description, Currency: "CNY",
		AmountAwarded: Yuan(p.BudgetFen), AmountDisbursed: Yuan(disbursed), AwardDate: string(dateIn(p.contractedAt())),
		PlannedDates:          []GivingDates{{StartDate: string(p.StartOn), EndDate: string(p.EndOn)}},
		RecipientOrganization: []GivingOrg{givingOrg(o.GrantPrefix, "org", p.Contractor)},
		FundingOrganization:   []GivingOrg{givingOrg(o.GrantPrefix, "funder", p.Funder)},
		DateModified:          p.UpdatedAt.UTC().Format(time.RFC3339)}
	for _, c := range p.Communities {
		g.BeneficiaryLocation = append(g.BeneficiaryLocation, GivingLocation{Name: c})
	}
	return g
}

// GivingRow is g under GivingColumns; the communities share one cell,
// separated by '、'.
func GivingRow(g Grant) []string {
	names := make([]string, len(g.BeneficiaryLocation))
	for i, l := range g.BeneficiaryLocation {
		names[i] = l.Name
	}
	return []string{g.ID, g.Title, g.Description, g.Currency, Fen(g.AmountAwarded).Yuan(), Fen(g.AmountDisbursed).Yuan(), g.AwardDate,
		g.PlannedDates[0].StartDate, g.PlannedDates[0].EndDate,
		g.RecipientOrganization[0].ID, g.RecipientOrganization[0].Name, g.FundingOrganization[0].ID, g.FundingOrganization[0].Name,
		strings.Join(names, "、"), g.DateModified}
}
