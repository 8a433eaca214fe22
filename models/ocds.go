package models

import (
	"time"
)

// Open Contracting Data Standard 1.1 (https://standard.open-contracting.org/1.1/):
// each project is one contracting process whose ocid is the OCDS prefix,
// '-' and the project's code. A release is published for each state the
// project reached, so that the compiled record tells its story:
//
//   - planning (every project, from its draft): tag planning, dated when the
//     project was written, with the funder as buyer and the budget in
//     planning.budget; a draft that was terminated before it was contracted
//     adds a tenderCancellation release with tender.status cancelled.
//   - contract (contracted, active, completed, or terminated after being
//     contracted): tags award and contract, dated when the project was
//     contracted, with the contractor as supplier, the award, and the
//     contract with its period, value and tranches as payment milestones.
//   - implementation (a contracted project with disbursements, or with a
//     tranche that fell due unpaid): tag implementation, with the
//     disbursements as contracts[].implementation.transactions; it is
//     dated at the later of the last disbursement's recording and the day
//     after the latest unpaid tranche fell due, and its id carries that
//     date, so a new payment or a new missed tranche is a new release.
//   - contractTermination (completed or terminated after being contracted):
//     dated when the project ended, with the contract's status terminated.
//
// A tranche is a milestone of type payment whose status is worked out at
// the release's date: met once the disbursements recorded against it by
// then (net of reversals) reach its amount, dateMet being the payment date
// of the entry that got there; notMet when it is not met and its due date
// lies before the release's day (in China); scheduled otherwise.
// Disbursements not booked against a tranche count toward no milestone.
//
// Budget lines go in planning.budget.budgetBreakdown, from the Budget
// Breakdown extension the package declares: one entry per category, its id
// the category's code. Amounts are yuan, converted exactly from fen; dates
// are China Standard Time (a period ends at the end of its last day).

// OCDSVersion is the version packages declare.
const OCDSVersion = "1.1"

// OCDSBudgetBreakdownExtension is the extension whose budgetBreakdown holds
// the budget lines.
const OCDSBudgetBreakdownExtension = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_budget_breakdown_extension/master/extension.json"

// Yuan is an amount in fen that marshals as a JSON number of yuan, written
// exactly ("1234.50"): it never passes through a float.
type Yuan Fen

// MarshalJSON writes the amount in yuan with two decimals.
func (y Yuan) MarshalJSON() ([]byte, error) { return []byte(Fen(y).Yuan()), nil }

// OCDSPackage is a release package; Releases comes last so that a stream
// can write the head and then the releases one by one.
type OCDSPackage struct {
	URI           string        `json:"uri"`
	Version       string        `json:"version"`
	Extensions    []string      `json:"extensions"`
	PublishedDate string        `json:"publishedDate"`
	Publisher     OCDSPublisher `json:"publisher"`
	Releases      []OCDSRelease `json:"releases"`
}

// OCDSPublisher is the package's publisher, from the open-data settings.
type OCDSPublisher struct {
	Name   string `json:"name"`
	Scheme string `json:"scheme,omitempty"`
	UID    string `json:"uid,omitempty"`
	URI    string `json:"uri,omitempty"`
}

// OCDSRelease is one release of a project.
type OCDSRelease struct {
	OCID           string         `json:"ocid"`
	ID             string         `json:"id"`
	Date           string         `json:"date"`
	Tag            []string       `json:"tag"`
	InitiationType string         `json:"initiationType"`
	Language       string         `json:"language"`
	Parties        []OCDSParty    `json:"parties"`
	Buyer          *OCDSOrgRef    `json:"buyer,omitempty"`
	Planning       *OCDSPlanning  `json:"planning,omitempty"`
	Tender         *OCDSTender    `json:"tender,omitempty"`
	Awards         []OCDSAward    `json:"awards,omitempty"`
	Contracts      []OCDSContract `json:"contracts,omitempty"`
}

// OCDSParty is an organization of the process with its roles.
type OCDSParty struct {
	ID         string          `json:"id"`
	Name       string          `json:"name"`
	Identifier *OCDSIdentifier `json:"identifier,omitempty"`
	Roles      []string        `json:"roles"`
}

// OCDSIdentifier is an organization's registered identifier.
type OCDSIdentifier struct {
	Scheme    string `json:"scheme"`
	ID        string `json:"id"`
	LegalName string `json:"legalName"`
}

// OCDSOrgRef points at a party.
type OCDSOrgRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// OCDSValue is an amount in yuan.
type OCDSValue struct {
	Amount   Yuan   `json:"amount"`
	Currency string `json:"currency"`
}

// OCDSPlanning holds the budget.
type OCDSPlanning struct {
	Budget OCDSBudget `json:"budget"`
}

// OCDSBudget is the project's budget and its lines.
type OCDSBudget struct {
	Description     string           `json:"description"`
	Amount          OCDSValue        `json:"amount"`
	BudgetBreakdown []OCDSBudgetLine `json:"budgetBreakdown"`
}

// OCDSBudgetLine is a budget line in the Budget Breakdown extension.
type OCDSBudgetLine struct {
	ID          string    `json:"id"`
	Description string    `json:"description"`
	Amount      OCDSValue `json:"amount"`
}

// OCDSTender only says that a draft was withdrawn.
type OCDSTender struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// OCDSPeriod is a period in RFC 3339 date-times.
type OCDSPeriod struct {
	StartDate string `json:"startDate"`
	EndDate   string `json:"endDate"`
}

// OCDSAward is the direct award of the project to its contractor.
type OCDSAward struct {
	ID             string       `json:"id"`
	Title          string       `json:"title"`
	Status         string       `json:"status"`
	Date           string       `json:"date"`
	Value          OCDSValue    `json:"value"`
	Suppliers      []OCDSOrgRef `json:"suppliers"`
	ContractPeriod OCDSPeriod   `json:"contractPeriod"`
}

// OCDSContract is the project's contract.
type OCDSContract struct {
	ID             string              `json:"id"`
	AwardID        string              `json:"awardID"`
	Title          string              `json:"title"`
	Description    string              `json:"description,omitempty"`
	Status         string              `json:"status"`
	Period         OCDSPeriod          `json:"period"`
	Value          OCDSValue           `json:"value"`
	DateSigned     string              `json:"dateSigned"`
	Milestones     []OCDSMilestone     `json:"milestones"`
	Implementation *OCDSImplementation `json:"implementation,omitempty"`
}

// OCDSMilestone is a tranche.
type OCDSMilestone struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Type        string `json:"type"`
	Description string `json:"description,omitempty"`
	DueDate     string `json:"dueDate"`
	DateMet     string `json:"dateMet,omitempty"`
	Status      string `json:"status"`
}

// OCDSImplementation holds the disbursements.
type OCDSImplementation struct {
	Transactions []OCDSTransaction `json:"transactions"`
}

// OCDSTransaction is a disbursement (a reversal has a negative amount).
type OCDSTransaction struct {
	ID    string     `json:"id"`
	Date  string     `json:"date"`
	Value OCDSValue  `json:"value"`
	Payer OCDSOrgRef `json:"payer"`
	Payee OCDSOrgRef `json:"payee"`
}

// NewOCDSPackage is the head of a package published at at, with no
// release yet.
func NewOCDSPackage(o OpenData, uri string, at time.Time) OCDSPackage {
	return OCDSPackage{URI: uri, Version: OCDSVersion, Extensions: []string{OCDSBudgetBreakdownExtension},
		PublishedDate: at.UTC().Format(time.RFC3339),
		Publisher:     OCDSPublisher{Name: o.PublisherName, Scheme: o.PublisherScheme, UID: o.PublisherUID, URI: o.PublisherURI},
		Releases:      []OCDSRelease{}}
}

// chinaTime is China Standard Time, in which Hatchery's dates are written.
var chinaTime = time.FixedZone("CST", 8*3600)

// startOfDay and endOfDay write a date as the first and last second of
// that day in China.
func startOfDay(d Date) string { return string(d) + "T00:00:00+08:00" }
func endOfDay(d Date) string   { return string(d) + "T23:59:59+08:00" }

func rfc3339(t Time) string { return t.UTC().Format(time.RFC3339) }

// dateIn is the day of t in China.
func dateIn(t Time) Date { return Date(t.In(chinaTime).Format(DateLayout)) }

// cny is an OCDS value in yuan.
func cny(f Fen) OCDSValue { return OCDSValue{Amount: Yuan(f), Currency: "CNY"} }
