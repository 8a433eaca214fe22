package models

import (
	"context"

	"gorm.io/gorm"
)

// Disbursement is money the funder paid to the contractor (SPEC 2). Like an
// Expenditure it is never changed: a mistake is corrected by a reversal, an
// entry with the negated amount, ReversesID and a reason.
type Disbursement struct {
	ID             string  `json:"id"`
	ProjectID      string  `json:"project_id"`
	TrancheSeq     *int    `json:"tranche_seq"`
	PaidOn         Date    `json:"paid_on"`
	AmountFen      Fen     `json:"amount_fen"`
	Reference      string  `json:"reference"`
	RecordedBy     string  `json:"recorded_by"`
	ReversesID     *string `json:"reverses_id"`
	ReversalReason string  `json:"reversal_reason"`
	CreatedAt      Time    `json:"created_at"`
	// ReversedBy is the reversal of this entry, if any.
	ReversedBy *string `json:"reversed_by" gorm:"->"`
}

// Expenditure is money the contractor spent on the project (SPEC 2).
type Expenditure struct {
	ID             string  `json:"id"`
	ProjectID      string  `json:"project_id"`
	BudgetCategory string  `json:"budget_category"`
	AmountFen      Fen     `json:"amount_fen"`
	SpentOn        Date    `json:"spent_on"`
	Payee          string  `json:"payee"`
	VoucherNo      string  `json:"voucher_no"`
	Description    string  `json:"description"`
	RecordedBy     string  `json:"recorded_by"`
	ReversesID     *string `json:"reverses_id"`
	ReversalReason string  `json:"reversal_reason"`
	CreatedAt      Time    `json:"created_at"`
	ReversedBy     *string `json:"reversed_by" gorm:"->"`
}

// DisbursementInput is a payment to record.
type DisbursementInput struct {
	TrancheSeq *int
	PaidOn     Date
	AmountFen  Fen
	Reference  string
}

// ExpenditureInput is a spend to record.
type ExpenditureInput struct {
	BudgetCategory string
	AmountFen      Fen
	SpentOn        Date
	Payee          string
	VoucherNo      string
	Description    string
}

// RecordDisbursement books a payment on a contracted, active or completed
// project, by the funder's users or an admin. Disbursements never sum above
// the budget: the project row is held while the sum is checked, so racing
// payments take turns.
func (s *Store) RecordDisbursement(ctx context.Context, a Actor, projectID string, in DisbursementInput, idem *Idempotency) (d Disbursement, replayed bool, err error) {
	if in.AmountFen <= 0 || in.AmountFen > MaxFen {
		return d, false, Invalid("amount_fen", "range", "a payment is between 1 fen and %s yuan", MaxFen.Grouped())
	}
	err = againOnKeyRace(func() error {
		return s.InTx(ctx, func(tx *gorm.DB) error {
			p, err := visibleProject(tx, a, projectID)
			if err != nil {
				return err
			}
			if !canManageProject(a, p) {
				return ErrForbidden
			}
			d, replayed, err = once(s, tx, a, idem, func() (Disbursement, error) {
				return s.insertDisbursement(tx, a, p, in)
			})
			return err
		})
	})
	return d, replayed, err
}

func (s *Store) insertDisbursement(tx *gorm.DB, a Actor, p Project, in DisbursementInput) (Disbursement, error) {
	if err := s.dialect.lockRow(tx, "projects", p.ID); err != nil {
		return Disbursement{}, err
	}
	if err := findForUpdate(tx, "projects", p.ID, &p); err != nil { // as it is now that it is held
		return Disbursement{}, err
	}
	if !p.Status.spendable() {
		return Disbursement{}, Broken(RuleProjectNotSpendable, "", "the project is %s; money moves once it is contracted and until it ends", p.Status)
	}
	if in.TrancheSeq != nil {
		var n int64
		if err := tx.Table("tranches").Where("project_id = ? AND seq = ?", p.ID, *in.TrancheSeq).Count(&n).Error; err != nil {
			return Disbursement{}, err
		}
		if n == 0 {
			return Disbursement{}, Invalid("tranche_seq", "exists", "the project has no tranche %d", *in.TrancheSeq)
		}
	}
	var paid Fen
	if err := tx.Table("disbursements").Select("COALESCE(SUM(amount_fen), 0)").Where("project_id = ?", p.ID).Scan(&paid).Error; err != nil {
		return Disbursement{}, err
	}
	if paid+in.AmountFen > p.BudgetFen {
		return Disbursement{}, Broken(RuleDisbursementOverBudget, "amount_fen",
			"%s yuan would bring payments to %s yuan, above the budget of %s yuan; %s yuan remain",
			in.AmountFen.Grouped(), (paid+in.AmountFen).Grouped(), p.BudgetFen.Grouped(), (p.BudgetFen-paid).Grouped()).
			With("remaining_fen", p.BudgetFen-paid)
	}
	d := Disbursement{ID: NewID(), ProjectID: p.ID, TrancheSeq: in.TrancheSeq, PaidOn: in.PaidOn, AmountFen: in.AmountFen,
		Reference: in.Reference, RecordedBy: a.UserID, CreatedAt: NewTime(s.Now())}
	if err := tx.Table("disbursements").Omit("ReversedBy").Create(&d).Error; err != nil {
		return d, err
	}
	return d, s.audit(tx, a, "create", "disbursement", d.ID, nil, d)
}

// RecordExpenditure books a spend on a contracted, active or completed
// project, by the contractor's staff or an admin. Spending beyond what was
// paid, or outside the project period, is accepted: organizations often
// pay first; the spend audit flags it.
func (s *Store) RecordExpenditure(ctx context.Context, a Actor, projectID string, in ExpenditureInput, idem *Idempotency) (e Expenditure, replayed bool, err error) {
	if in.AmountFen <= 0 || in.AmountFen > MaxFen {
		return e, false, Invalid("amount_fen", "range", "a spend is between 1 fen and %s yuan", MaxFen.Grouped())
	}
	err = againOnKeyRace(func() error {
		return s.InTx(ctx, func(tx *gorm.DB) error {
			p, err := visibleProject(tx, a, projectID)
			if err != nil {
				return err
			}
			if !canSpendOn(a, p) {
				return ErrForbidden
			}
			e, replayed, err = once(s, tx, a, idem, func() (Expenditure, error) {
				if !p.Status.spendable() {
					return Expenditure{}, Broken(RuleProjectNotSpendable, "", "the project is %s; spending is recorded on contracted, active or completed projects", p.Status)
				}
				e := Expenditure{ID: NewID(), ProjectID: p.ID, BudgetCategory: in.BudgetCategory, AmountFen: in.AmountFen,
					SpentOn: in.SpentOn, Payee: in.Payee, VoucherNo: in.VoucherNo, Description: in.Description,
					RecordedBy: a.UserID, CreatedAt: NewTime(s.Now())}
				if err := tx.Table("expenditures").Omit("ReversedBy").Create(&e).Error; err != nil {
					return e, err
				}
				return e, s.audit(tx, a, "create", "expenditure", e.ID, nil, e)
			})
			return err
		})
	})
	return e, replayed, err
}

// ReverseDisbursement corrects a payment by booking its negation, once.
func (s *Store) ReverseDisbursement(ctx context.Context, a Actor, id, reason string, idem *Idempotency) (r Disbursement, replayed bool, err error) {
	err = againOnKeyRace(func() error {
		return s.InTx(ctx, func(tx *gorm.DB) error {
			var orig Disbursement
			if err := findForUpdate(tx, "disbursements", id, &orig); err != nil {
				return err
			}
			p, err := visibleProject(tx, a, orig.ProjectID)
			if err != nil {
				return err
			}
			if !canManageProject(a, p) {
				return ErrForbidden
			}
			r, replayed, err = once(s, tx, a, idem, func() (Disbursement, error) {
				if err := s.checkReversible(tx, "disbursements", orig.ID, orig.ReversesID); err != nil {
					return Disbursement{}, err
				}
				r := Disbursement{ID: NewID(), ProjectID: orig.ProjectID, TrancheSeq: orig.TrancheSeq, PaidOn: orig.PaidOn,
					AmountFen: -orig.AmountFen, Reference: orig.Reference, RecordedBy: a.UserID, ReversesID: &orig.ID,
					ReversalReason: reason, CreatedAt: NewTime(s.Now())}
				if err := tx.Table("disbursements").Omit("ReversedBy").Create(&r).Error; err != nil {
					return r, s.reversalConflict(err)
				}
				return r, s.audit(tx, a, "reverse", "disbursement", orig.ID, orig, r)
			})
			return err
		})
	})
	return r, replayed, err
}

// ReverseExpenditure corrects a spend by booking its negation, once.
func (s *Store) ReverseExpenditure(ctx context.Context, a Actor, id, reason string, idem *Idempotency) (r Expenditure, replayed bool, err error) {
	err = againOnKeyRace(func() error {
		return s.InTx(ctx, func(tx *gorm.DB) error {
			var orig Expenditure
			if err := findForUpdate(tx, "expenditures", id, &orig); err != nil {
				return err
			}
			p, err := visibleProject(tx, a, orig.ProjectID)
			if err != nil {
				return err
			}
			if !canSpendOn(a, p) {
				return ErrForbidden
			}
			r, replayed, err = once(s, tx, a, idem, func() (Expenditure, error) {
				if err := s.checkReversible(tx, "expenditures", orig.ID, orig.ReversesID); err != nil {
					return Expenditure{}, err
				}
				r := Expenditure{ID: NewID(), ProjectID: orig.ProjectID, BudgetCategory: orig.BudgetCategory, AmountFen: -orig.AmountFen,
					SpentOn: orig.SpentOn, Payee: orig.Payee, VoucherNo: orig.VoucherNo, Description: orig.Description,
					RecordedBy: a.UserID, ReversesID: &orig.ID, ReversalReason: reason, CreatedAt: NewTime(s.Now())}
				if err := tx.Table("expenditures").Omit("ReversedBy").Create(&r).Error; err != nil {
					return r, s.reversalConflict(err)
				}
				return r, s.audit(tx, a, "reverse", "expenditure", orig.ID, orig, r)
			})
			return err
		})
	})
	return r, replayed, err
}

// checkReversible refuses reversing a reversal (422) and a second reversal
// (409).
func (s *Store) checkReversible(tx *gorm.DB, table, id string, reverses *string) error {
	if reverses != nil {
		return Broken(RuleReversalOfReversal, "", "this entry is itself a reversal; record a new entry instead")
	}
	var by []string
	if err := tx.Table(table).Where("reverses_id = ?", id).Pluck("id", &by).Error; err != nil {
		return err
	}
	if len(by) > 0 {
		return &ConflictError{Message: "this entry was already reversed by " + by[0]}
	}
	return nil
}

// reversalConflict turns a second reversal that raced the first into 409.
func (s *Store) reversalConflict(err error) error {
	if s.isUnique(err) {
		return &ConflictError{Message: "this entry was already reversed"}
	}
	return err
}

// LedgerFilter narrows a project's ledger.
type LedgerFilter struct {
	BudgetCategory string
	Page
}

// ListDisbursements answers a project's payments, newest first.
func (s *Store) ListDisbursements(ctx context.Context, a Actor, projectID string, pg Page) (List[Disbursement], error) {
	db := s.read.WithContext(ctx)
	if _, err := visibleProject(db, a, projectID); err != nil {
		return List[Disbursement]{Items: []Disbursement{}}, err
	}
	q := db.Table("disbursements").Select("disbursements.*, r.id AS reversed_by").
		Joins("LEFT JOIN disbursements r ON r.reverses_id = disbursements.id").Where("disbursements.project_id = ?", projectID)
	count := db.Table("disbursements").Where("project_id = ?", projectID)
	return listPageCounted(q, count, pg, "disbursements.id", func(d Disbursement) string { return d.ID })
}

// ListExpenditures answers a project's spending, newest first.
func (s *Store) ListExpenditures(ctx context.Context, a Actor, projectID string, f LedgerFilter) (List[Expenditure], error) {
	db := s.read.WithContext(ctx)
	if _, err := visibleProject(db, a, projectID); err != nil {
		return List[Expenditure]{Items: []Expenditure{}}, err
	}
	q := db.Table("expenditures").Select("expenditures.*, r.id AS reversed_by").
		Joins("LEFT JOIN expenditures r ON r.reverses_id = expenditures.id").Where("expenditures.project_id = ?", projectID)
	count := db.Table("expenditures").Where("project_id = ?", projectID)
	if f.BudgetCategory != "" {
		q = q.Where("expenditures.budget_category = ?", f.BudgetCategory)
		count = count.Where("budget_category = ?", f.BudgetCategory)
	}
	return listPageCounted(q, count, f.Page, "expenditures.id", func(e Expenditure) string { return e.ID })
}
