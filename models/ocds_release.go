package models

import (
	"fmt"
	"time"
)

// OCID is the project's contracting process id under prefix.
func OCID(prefix string, p Project) string { return prefix + "-" + p.Code }

// ocdsParty names an organization: a unified social credit code gives the
// org-id.guide identifier CN-USCI-<code>; without one the party has a
// local id under the publisher's prefix.
func ocdsParty(prefix, kind string, o OpenParty, roles ...string) OCDSParty {
	if o.CreditCode != nil && *o.CreditCode != "" {
		return OCDSParty{ID: "CN-USCI-" + *o.CreditCode, Name: o.Name, Roles: roles,
			Identifier: &OCDSIdentifier{Scheme: "CN-USCI", ID: *o.CreditCode, LegalName: o.Name}}
	}
	return OCDSParty{ID: prefix + "-" + kind + "-" + o.ID, Name: o.Name, Roles: roles}
}

func ref(p OCDSParty) *OCDSOrgRef { return &OCDSOrgRef{ID: p.ID, Name: p.Name} }

// contracted says whether p was ever contracted: its status says so, or
// the audit trail, or money was paid (money moves only once contracted).
func (p OpenProject) contracted() bool {
	if _, ok := p.ReachedAt[ProjectContracted]; ok {
		return true
	}
	switch p.Status {
	case ProjectContracted, ProjectActive, ProjectCompleted:
		return true
	}
	return len(p.Disbursements) > 0
}

// contractedAt is when p was contracted: from the audit trail, else when it
// reached its present status (no earlier than its contracting).
func (p OpenProject) contractedAt() Time {
	if t, ok := p.ReachedAt[ProjectContracted]; ok {
		return t
	}
	return p.StatusSince
}

// endedAt is when a completed or terminated project ended.
func (p OpenProject) endedAt() (Time, bool) {
	if p.Status != ProjectCompleted && p.Status != ProjectTerminated {
		return Time{}, false
	}
	if t, ok := p.ReachedAt[p.Status]; ok {
		return t, true
	}
	return p.StatusSince, true
}

// OCDSReleases answers the releases of p (see the package comment in
// ocds.go), oldest first, as of now.
func OCDSReleases(o OpenData, p OpenProject, now time.Time) []OCDSRelease {
	ocid := OCID(o.OCIDPrefix, p.Project)
	buyer := ocdsParty(o.OCIDPrefix, "funder", p.Funder, "buyer", "payer")
	supplier := ocdsParty(o.OCIDPrefix, "org", p.Contractor, "supplier", "payee")
	planning := &OCDSPlanning{Budget: OCDSBudget{Description: p.Title, Amount: cny(p.BudgetFen), BudgetBreakdown: []OCDSBudgetLine{}}}
	for _, l := range p.Lines {
		planning.Budget.BudgetBreakdown = append(planning.Budget.BudgetBreakdown, OCDSBudgetLine{ID: l.Category, Description: l.Category, Amount: cny(l.AmountFen)})
	}
	release := func(id string, at Time, tag string) OCDSRelease {
		return OCDSRelease{OCID: ocid, ID: ocid + "-" + id, Date: rfc3339(at), Tag: []string{tag}, InitiationType: "tender", Language: "zh",
			Parties: []OCDSParty{buyer}, Buyer: ref(buyer), Planning: planning}
	}
	out := []OCDSRelease{release("planning", p.CreatedAt, "planning")}
	if !p.contracted() {
		if p.Status == ProjectTerminated {
			r := release("withdrawn", p.StatusSince, "tenderCancellation")
			r.Tender = &OCDSTender{ID: ocid + "-tender", Status: "cancelled"}
			out = append(out, r)
		}
		return out
	}
	signed := p.contractedAt()
	ended, hasEnded := p.endedAt()
	contract := func(at Time) OCDSContract {
		status := "active"
		if hasEnded && !ended.After(at.Time) {
			status = "terminated"
		}
		return OCDSContract{ID: ocid + "-contract", AwardID: ocid + "-award", Title: p.Title, Description: p.Description, Status: status,
			Period: OCDSPeriod{StartDate: startOfDay(p.StartOn), EndDate: endOfDay(p.EndOn)}, Value: cny(p.BudgetFen),
			DateSigned: rfc3339(signed), Milestones: p.milestones(ocid, at)}
	}
	withContract := func(r OCDSRelease, at Time) OCDSRelease {
		r.Parties = []OCDSParty{buyer, supplier}
		r.Awards = []OCDSAward{{ID: ocid + "-award", Title: p.Title, Status: "active", Date: rfc3339(signed), Value: cny(p.BudgetFen),
			Suppliers: []OCDSOrgRef{*ref(supplier)}, ContractPeriod: OCDSPeriod{StartDate: startOfDay(p.StartOn), EndDate: endOfDay(p.EndOn)}}}
		r.Contracts = []OCDSContract{contract(at)}
		return r
	}
	c := withContract(release("contract", signed, "award"), signed)
	c.Tag = []string{"award", "contract"}
	out = append(out, c)

	if at, ok := p.implementedAt(now); ok {
		r := withContract(release("implementation-"+at.UTC().Format("20060102T150405Z"), at, "implementation"), at)
		txs := make([]OCDSTransaction, len(p.Disbursements))
		for i, d := range p.Disbursements {
			txs[i] = OCDSTransaction{ID: d.ID, Date: startOfDay(d.PaidOn), Value: cny(d.AmountFen), Payer: *ref(buyer), Payee: *ref(supplier)}
		}
		r.Contracts[0].Implementation = &OCDSImplementation{Transactions: txs}
		out = append(out, r)
	}
	if hasEnded {
		out = append(out, withContract(release("termination", ended, "contractTermination"), ended))
	}
	return out
}

// implementedAt is the date of the implementation release: the later of
// the last disbursement's recording and the start of the day after the
// latest tranche that fell due unpaid; none while neither happened.
func (p OpenProject) implementedAt(now time.Time) (Time, bool) {
	var at Time
	for _, d := range p.Disbursements {
		if d.CreatedAt.After(at.Time) {
			at = d.CreatedAt
		}
	}
	today := dateIn(NewTime(now))
	paid := p.paidByTranche(NewTime(now))
	for _, t := range p.Tranches {
		if paid[t.Seq].total < t.AmountFen && t.DueOn < today {
			missed, err := time.ParseInLocation(DateLayout, string(t.DueOn), chinaTime)
			if err == nil && missed.AddDate(0, 0, 1).After(at.Time) {
				at = NewTime(missed.AddDate(0, 0, 1))
			}
		}
	}
	return at, !at.IsZero()
}

// trancheMoney is what was booked against a tranche by some time: the net
// total and the payment date of the entry that brought it to the tranche's
// amount.
type trancheMoney struct {
	total Fen
	metOn Date
}

func (p OpenProject) paidByTranche(asOf Time) map[int]trancheMoney {
	amount := map[int]Fen{}
	for _, t := range p.Tranches {
		amount[t.Seq] = t.AmountFen
	}
	out := map[int]trancheMoney{}
	for _, d := range p.Disbursements { // in the order they were booked
		if d.TrancheSeq == nil || d.CreatedAt.After(asOf.Time) {
			continue
		}
		m := out[*d.TrancheSeq]
		before := m.total
		m.total += d.AmountFen
		switch {
		case m.total >= amount[*d.TrancheSeq] && before < amount[*d.TrancheSeq]:
			m.metOn = d.PaidOn
		case m.total < amount[*d.TrancheSeq]:
			m.metOn = "" // a reversal undid it
		}
		out[*d.TrancheSeq] = m
	}
	return out
}

// milestones are the tranches as payment milestones with their status at
// the time at (the rule is in ocds.go): what was booked by then, and the
// day it was then in China.
func (p OpenProject) milestones(ocid string, at Time) []OCDSMilestone {
	paid, asOf := p.paidByTranche(at), dateIn(at)
	out := make([]OCDSMilestone, len(p.Tranches))
	for i, t := range p.Tranches {
		m := OCDSMilestone{ID: fmt.Sprintf("%s-tranche-%d", ocid, t.Seq), Title: fmt.Sprintf("第%d期拨付 %s 元", t.Seq, t.AmountFen.Grouped()),
			Type: "payment", Description: t.Condition, DueDate: endOfDay(t.DueOn), Status: "scheduled"}
		switch got := paid[t.Seq]; {
		case got.total >= t.AmountFen && got.metOn != "":
			m.Status, m.DateMet = "met", startOfDay(got.metOn)
		case t.DueOn < asOf:
			m.Status = "notMet"
		}
		out[i] = m
	}
	return out
}
