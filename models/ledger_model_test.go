package models_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"pgregory.net/rapid"

	"hatchery/models"
)

// modelEntry is a ledger entry as the model keeps it.
type modelEntry struct {
	id       string
	amount   models.Fen
	category string // "" for a disbursement
	reversal bool
	reversed bool
}

// ledgerProperty runs random disbursements, expenditures and reversals on a
// fresh contracted project against a model of SPEC 4.2: payments never sum
// above the budget, a reversal negates its entry once, a reversal is not
// reversed, totals are sums; after each step the project's totals and the
// spend audit's lines must agree with the model.
func ledgerProperty(w *projectWorld) func(*rapid.T) {
	runs := 0
	return func(rt *rapid.T) {
		ctx := context.Background()
		runs++
		budget := models.Fen(rapid.Int64Range(1, 5_000_000).Draw(rt, "budget"))
		p, err := w.s.CreateProject(ctx, w.funderUser, models.ProjectInput{Code: fmt.Sprintf("M-%d", runs), Title: "模型项目",
			OrganizationID: w.contractor.ID, Category: "other", BudgetFen: budget, StartOn: "2025-01-01", EndOn: "2025-12-31",
			CommunityIDs: []string{w.com.ID}, BudgetLines: []models.BudgetLine{{Category: "activities", AmountFen: budget}}})
		if err != nil {
			rt.Fatal(err)
		}
		if _, err := w.s.MoveProject(ctx, w.funderUser, p.ID, models.ProjectContracted); err != nil {
			rt.Fatal(err)
		}
		var entries []modelEntry
		var paid models.Fen
		spent := map[string]models.Fen{}
		steps := rapid.IntRange(1, 20).Draw(rt, "steps")
		for step := 0; step < steps; step++ {
			switch op := rapid.SampledFrom([]string{"disburse", "spend", "reverse"}).Draw(rt, "op"); op {
			case "disburse":
				amount := models.Fen(rapid.Int64Range(1, int64(budget)+10).Draw(rt, "paid"))
				d, _, err := w.s.RecordDisbursement(ctx, w.funderUser, p.ID, models.DisbursementInput{PaidOn: "2025-02-01", AmountFen: amount}, nil)
				var re *models.RuleError
				switch {
				case paid+amount > budget:
					if !errors.As(err, &re) || re.Code != models.RuleDisbursementOverBudget {
						rt.Fatalf("paying %d over %d of %d: %v", amount, paid, budget, err)
					}
				case err != nil:
					rt.Fatalf("paying %d: %v", amount, err)
				default:
					paid += amount
					entries = append(entries, modelEntry{id: d.ID, amount: amount})
				}
			case "spend":
				amount := models.Fen(rapid.Int64Range(1, 2_000_000).Draw(rt, "spent"))
				cat := rapid.SampledFrom(models.BudgetCategories).Draw(rt, "category")
				e, _, err := w.s.RecordExpenditure(ctx, w.staff, p.ID, models.ExpenditureInput{BudgetCategory: cat, AmountFen: amount, SpentOn: "2025-03-01"}, nil)
				if err != nil {
					rt.Fatalf("spending %d: %v", amount, err)
				}
				spent[cat] += amount
				entries = append(entries, modelEntry{id: e.ID, amount: amount, category: cat})
			case "reverse":
				if len(entries) == 0 {
					continue
				}
				i := rapid.IntRange(0, len(entries)-1).Draw(rt, "entry")
				m := entries[i]
				var id string
				var err error
				if m.category == "" {
					var r models.Disbursement
					r, _, err = w.s.ReverseDisbursement(ctx, w.funderUser, m.id, "模型冲销", nil)
					id = r.ID
				} else {
					var r models.Expenditure
					r, _, err = w.s.ReverseExpenditure(ctx, w.staff, m.id, "模型冲销", nil)
					id = r.ID
				}
				var re *models.RuleError
				var ce *models.ConflictError
				switch {
				case m.reversal:
					if !errors.As(err, &re) || re.Code != models.RuleReversalOfReversal {
						rt.Fatalf("reversing a reversal: %v", err)
					}
				case m.reversed:
					if !errors.As(err, &ce) {
						rt.Fatalf("reversing twice: %v", err)
					}
				case err != nil:
					rt.Fatalf("reversing: %v", err)
				default:
					entries[i].reversed = true
					entries = append(entries, modelEntry{id: id, amount: -m.amount, category: m.category, reversal: true})
					if m.category == "" {
						paid -= m.amount
					} else {
						spent[m.category] -= m.amount
					}
				}
			}
			got, err := w.s.GetProject(ctx, w.admin, p.ID)
			if err != nil {
				rt.Fatal(err)
			}
			var total models.Fen
			for _, v := range spent {
				total += v
			}
			if got.DisbursedFen != paid || got.SpentFen != total || paid > budget {
				rt.Fatalf("project says paid %d spent %d; model %d and %d (budget %d)", got.DisbursedFen, got.SpentFen, paid, total, budget)
			}
			audit, err := w.s.ProjectSpendAudit(ctx, w.admin, p.ID)
			if err != nil {
				rt.Fatal(err)
			}
			if audit.SpentFen != total || audit.DisbursedFen != paid {
				rt.Fatalf("audit says spent %d paid %d; model %d and %d", audit.SpentFen, audit.DisbursedFen, total, paid)
			}
			for _, l := range audit.Lines {
				if l.SpentFen != spent[l.Category] {
					rt.Fatalf("line %s spent %d, model %d", l.Category, l.SpentFen, spent[l.Category])
				}
			}
		}
	}
}

func TestLedgerAgainstModel(t *testing.T) {
	t.Parallel()
	w := newProjectWorld(t, models.SQLite)
	rapid.Check(t, ledgerProperty(w))
}

func FuzzLedgerAgainstModel(f *testing.F) {
	w := newProjectWorld(f, models.SQLite)
	f.Fuzz(rapid.MakeFuzz(ledgerProperty(w)))
}
