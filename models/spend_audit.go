package models

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
)

// Spend audit flags (SPEC 5.3).
const (
	FlagLineOverspent         = "LINE_OVERSPENT"
	FlagAdminOverCap          = "ADMIN_OVER_CAP"
	FlagSpendOutsidePeriod    = "SPEND_OUTSIDE_PERIOD"
	FlagSpendExceedsDisbursed = "SPEND_EXCEEDS_DISBURSED"
	FlagDuplicateVoucher      = "DUPLICATE_VOUCHER"
	FlagMissingVoucher        = "MISSING_VOUCHER"
	FlagUnderspend            = "UNDERSPEND"
	FlagTrancheOverdue        = "TRANCHE_OVERDUE"
)

// AuditFlags lists the flags in the order the audit reports them.
var AuditFlags = []string{FlagLineOverspent, FlagAdminOverCap, FlagSpendOutsidePeriod, FlagSpendExceedsDisbursed,
	FlagDuplicateVoucher, FlagMissingVoucher, FlagUnderspend, FlagTrancheOverdue}

// The audit's thresholds, as SPEC 5.3 states them.
const (
	lineOverspendTolerance = 10          // percent a line may run over
	adminCapPercent        = 10          // admin share of net spend
	missingVoucherFen      = Fen(100000) // 1,000 yuan or more needs a voucher
)

// SpendAudit is SPEC 5.3 for one project (shape in 6.1).
type SpendAudit struct {
	ProjectID        string      `json:"project_id"`
	Code             string      `json:"code"`
	Title            string      `json:"title"`
	Status           string      `json:"status"`
	BudgetFen        Fen         `json:"budget_fen"`
	SpentFen         Fen         `json:"spent_fen"`
	DisbursedFen     Fen         `json:"disbursed_fen"`
	TimeElapsedShare float64     `json:"time_elapsed_share"`
	SpentShare       float64     `json:"spent_share"`
	Lines            []AuditLine `json:"lines"`
	Flags            []AuditFlag `json:"flags"`
}

// AuditLine is one budget category: its line, net spend, what remains.
type AuditLine struct {
	Category     string   `json:"category"`
	BudgetFen    Fen      `json:"budget_fen"`
	SpentFen     Fen      `json:"spent_fen"`
	RemainingFen Fen      `json:"remaining_fen"`
	SpentShare   *float64 `json:"spent_share"`
}

// AuditFlag is one finding with the entries that raised it.
type AuditFlag struct {
	Code      string   `json:"code"`
	ProjectID string   `json:"project_id"`
	Detail    string   `json:"detail"`
	EntryIDs  []string `json:"entry_ids"`
}

// auditFacts is what the audit of one project reads.
type auditFacts struct {
	project   Project
	lines     []BudgetLine
	tranches  []Tranche
	entries   []Expenditure // standing entries: neither reversals nor reversed
	disbursed Fen
	// paid is what was disbursed against each tranche, with the entries.
	paid    map[int]Fen
	paidIDs map[int][]string
	today   Date
}

// ProjectSpendAudit answers SPEC 5.3 for one project a may see.
func (s *Store) ProjectSpendAudit(ctx context.Context, a Actor, id string) (SpendAudit, error) {
	db := s.read.WithContext(ctx)
	p, err := visibleProject(db, a, id)
	if err != nil {
		return SpendAudit{}, err
	}
	facts, err := s.auditFacts(db, []Project{p})
	if err != nil {
		return SpendAudit{}, err
	}
	return auditProject(facts[0]), nil
}

// auditFacts loads what auditing ps needs, in one query per table.
func (s *Store) auditFacts(db *gorm.DB, ps []Project) ([]auditFacts, error) {
	ids := make([]string, len(ps))
	byID := map[string]*auditFacts{}
	out := make([]auditFacts, len(ps))
	today := Date(s.Now().Format(DateLayout))
	for i, p := range ps {
		ids[i] = p.ID
		out[i] = auditFacts{project: p, today: today, paid: map[int]Fen{}, paidIDs: map[int][]string{}}
		byID[p.ID] = &out[i]
	}
	// The entries are most of the work: they are read in parts of a few
	// hundred projects at once through the reader pool, beside the plans and
	// payments, and each project's stay in the order they were read in.
	parts := slices.Collect(slices.Chunk(ids, auditPart))
	entries := make([][]Expenditure, len(parts))
	var (
		lines    []BudgetLine
		tranches []Tranche
		pays     []Disbursement
	)
	reads := []func() error{func() error {
		for chunk := range slices.Chunk(ids, 500) {
			var l []BudgetLine
			if err := db.Table("budget_lines").Where("project_id IN ?", chunk).Find(&l).Error; err != nil {
				return err
			}
			var t []Tranche
			if err := db.Table("tranches").Where("project_id IN ?", chunk).Order("seq").Find(&t).Error; err != nil {
				return err
			}
			var d []Disbursement
			if err := db.Table("disbursements").Where("project_id IN ?", chunk).Find(&d).Error; err != nil {
				return err
			}
			lines, tranches, pays = append(lines, l...), append(tranches, t...), append(pays, d...)
		}
		return nil
	}}
	busy := make(chan struct{}, auditReaders)
	for i, part := range parts {
		reads = append(reads, func() error {
			busy <- struct{}{}
			defer func() { <-busy }()
			// Reversals are skipped here rather than by "reverses_id IS NULL",
			// which planners answer by walking the mostly-NULL unique index.
			return standingEntries(db.Table("expenditures").
				Select("id, project_id, budget_category, amount_fen, spent_on, voucher_no, reverses_id").
				Where("project_id IN ?", part).
				Where("NOT EXISTS (SELECT 1 FROM expenditures r WHERE r.reverses_id = expenditures.id)").
				Order("spent_on, id"), func(e Expenditure) { entries[i] = append(entries[i], e) })
		})
	}
	if err := together(reads...); err != nil {
		return nil, err
	}
	for _, l := range lines {
		byID[l.ProjectID].lines = append(byID[l.ProjectID].lines, l)
	}
	for _, t := range tranches {
		byID[t.ProjectID].tranches = append(byID[t.ProjectID].tranches, t)
	}
	for _, d := range pays {
		f := byID[d.ProjectID]
		f.disbursed += d.AmountFen
		if d.TrancheSeq != nil {
			f.paid[*d.TrancheSeq] += d.AmountFen
			if d.ReversesID == nil {
				f.paidIDs[*d.TrancheSeq] = append(f.paidIDs[*d.TrancheSeq], d.ID)
			}
		}
	}
	for _, part := range entries {
		for _, e := range part {
			byID[e.ProjectID].entries = append(byID[e.ProjectID].entries, e)
		}
	}
	return out, nil
}

// auditPart is how many projects' entries one read takes, and
// auditReaders how many such reads run at once (within the reader pool,
// beside the read of plans and payments).
const (
	auditPart    = 200
	auditReaders = 3
)

// standingEntries hands each entry q selects that is not itself a
// reversal to add, scanning column by column: a portfolio has tens of
// thousands of entries, and reflection per row costs more than the query.
func standingEntries(q *gorm.DB, add func(Expenditure)) error {
	rows, err := q.Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e Expenditure
		if err := rows.Scan(&e.ID, &e.ProjectID, &e.BudgetCategory, &e.AmountFen, &e.SpentOn, &e.VoucherNo, &e.ReversesID); err != nil {
			return err
		}
		if e.ReversesID == nil {
			add(e)
		}
	}
	return rows.Err()
}

// auditProject computes SPEC 5.3 from the facts. Reversed entries and their
// reversals cancel out, so the audit reads the standing entries only.
func auditProject(f auditFacts) SpendAudit {
	p := f.project
	out := SpendAudit{ProjectID: p.ID, Code: p.Code, Title: p.Title, Status: string(p.Status), BudgetFen: p.BudgetFen,
		DisbursedFen: f.disbursed, Lines: []AuditLine{}, Flags: []AuditFlag{}}
	spentBy, idsBy := map[string]Fen{}, map[string][]string{}
	for _, e := range f.entries {
		out.SpentFen += e.AmountFen
		spentBy[e.BudgetCategory] += e.AmountFen
		idsBy[e.BudgetCategory] = append(idsBy[e.BudgetCategory], e.ID)
	}
	if p.BudgetFen > 0 {
		out.SpentShare = float64(out.SpentFen) / float64(p.BudgetFen)
	}
	out.TimeElapsedShare = elapsedShare(p.StartOn, p.EndOn, f.today)
	flag := func(code, detail string, ids []string) {
		if ids == nil {
			ids = []string{}
		}
		out.Flags = append(out.Flags, AuditFlag{Code: code, ProjectID: p.ID, Detail: detail, EntryIDs: ids})
	}

	budgetBy := map[string]Fen{}
	for _, l := range f.lines {
		budgetBy[l.Category] = l.AmountFen
	}
	for _, cat := range BudgetCategories {
		budget, hasLine := budgetBy[cat]
		spent := spentBy[cat]
		if !hasLine && spent == 0 {
			continue
		}
		line := AuditLine{Category: cat, BudgetFen: budget, SpentFen: spent, RemainingFen: budget - spent}
		if budget > 0 {
			share := float64(spent) / float64(budget)
			line.SpentShare = &share
		}
		out.Lines = append(out.Lines, line)
		if spent*100 > budget*(100+lineOverspendTolerance) {
			flag(FlagLineOverspent, fmt.Sprintf("%s: %s yuan spent against a line of %s yuan, more than %d%% over",
				cat, spent.Grouped(), budget.Grouped(), lineOverspendTolerance), idsBy[cat])
		}
	}
	if admin := spentBy["admin"]; out.SpentFen > 0 && admin*100 > out.SpentFen*adminCapPercent {
		flag(FlagAdminOverCap, fmt.Sprintf("admin is %s yuan of %s yuan net spend (%.1f%%), over the %d%% cap",
			admin.Grouped(), out.SpentFen.Grouped(), 100*float64(admin)/float64(out.SpentFen), adminCapPercent), idsBy["admin"])
	}

	var outside, missing, beyond []string
	var running Fen
	vouchers := map[string][]string{}
	for _, e := range f.entries {
		if e.SpentOn < p.StartOn || e.SpentOn > p.EndOn {
			outside = append(outside, e.ID)
		}
		if v := strings.TrimSpace(e.VoucherNo); v == "" {
			if e.AmountFen >= missingVoucherFen {
				missing = append(missing, e.ID)
			}
		} else {
			vouchers[v] = append(vouchers[v], e.ID)
		}
		running += e.AmountFen
		if running > f.disbursed {
			beyond = append(beyond, e.ID)
		}
	}
	if len(outside) > 0 {
		flag(FlagSpendOutsidePeriod, fmt.Sprintf("%d entries dated outside the project period %s to %s", len(outside), p.StartOn, p.EndOn), outside)
	}
	if out.SpentFen > f.disbursed {
		flag(FlagSpendExceedsDisbursed, fmt.Sprintf("%s yuan spent, %s yuan disbursed: %s yuan paid ahead by the organization",
			out.SpentFen.Grouped(), f.disbursed.Grouped(), (out.SpentFen-f.disbursed).Grouped()), beyond)
	}
	numbers := make([]string, 0, len(vouchers))
	for v, ids := range vouchers {
		if len(ids) > 1 {
			numbers = append(numbers, v)
		}
	}
	slices.Sort(numbers)
	for _, v := range numbers {
		flag(FlagDuplicateVoucher, fmt.Sprintf("voucher %s is booked %d times", v, len(vouchers[v])), vouchers[v])
	}
	if len(missing) > 0 {
		flag(FlagMissingVoucher, fmt.Sprintf("%d entries of %s yuan or more have no voucher", len(missing), missingVoucherFen.Grouped()), missing)
	}
	if p.Status.spendable() && out.TimeElapsedShare > 0.5 && out.SpentShare < 0.25 {
		flag(FlagUnderspend, fmt.Sprintf("%.0f%% of the period gone, %.0f%% of the budget spent", 100*out.TimeElapsedShare, 100*out.SpentShare), nil)
	}
	if p.Status.spendable() {
		for _, t := range f.tranches {
			if t.DueOn < f.today && f.paid[t.Seq] < t.AmountFen {
				flag(FlagTrancheOverdue, fmt.Sprintf("tranche %d of %s yuan was due on %s; %s yuan paid", t.Seq, t.AmountFen.Grouped(), t.DueOn, f.paid[t.Seq].Grouped()),
					f.paidIDs[t.Seq])
			}
		}
	}
	return out
}

// elapsedShare is the share of the period from start to end that lies
// before today, between 0 and 1.
func elapsedShare(start, end, today Date) float64 {
	total := end.Time().Sub(start.Time())
	if total <= 0 {
		return 1
	}
	gone := today.Time().Sub(start.Time())
	switch {
	case gone <= 0:
		return 0
	case gone >= total:
		return 1
	}
	return float64(gone/(24*time.Hour)) / float64(total/(24*time.Hour))
}
