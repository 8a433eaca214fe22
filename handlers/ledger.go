package handlers

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"regexp"

	"github.com/gin-gonic/gin"

	"hatchery/models"
)

type ledgerListQuery struct {
	pageQuery
	BudgetCategory string `form:"budget_category" binding:"omitempty,enum=BudgetCategory"`
}

type recordDisbursementRequest struct {
	TrancheSeq *int       `json:"tranche_seq" binding:"omitempty,min=1,max=100"`
	PaidOn     string     `json:"paid_on" binding:"required,date"`
	AmountFen  models.Fen `json:"amount_fen" binding:"required,gte=1"`
	Reference  string     `json:"reference" binding:"max=200"`
}

type recordExpenditureRequest struct {
	BudgetCategory string     `json:"budget_category" binding:"required,enum=BudgetCategory"`
	AmountFen      models.Fen `json:"amount_fen" binding:"required,gte=1"`
	SpentOn        string     `json:"spent_on" binding:"required,date"`
	Payee          string     `json:"payee" binding:"max=200"`
	VoucherNo      string     `json:"voucher_no" binding:"max=100"`
	Description    string     `json:"description" binding:"max=2000"`
}

type reverseRequest struct {
	Reason string `json:"reason" binding:"required,notblank,max=500"`
}

// idempotencyKeyPattern: visible ASCII, as the header's draft standard
// and every client library send it.
var idempotencyKeyPattern = regexp.MustCompile(`^[\x21-\x7e]{1,200}$`)

// idempotency reads the Idempotency-Key of a money POST (SPEC 4.2), with a
// hash of what was asked: method, path and body. No header, no key.
func idempotency(c *gin.Context) (*models.Idempotency, bool) {
	key := c.GetHeader("Idempotency-Key")
	if key == "" {
		return nil, true
	}
	if !idempotencyKeyPattern.MatchString(key) {
		FailFields(c, http.StatusBadRequest, "the Idempotency-Key header is malformed", []models.FieldError{{
			Field: "Idempotency-Key", Code: "format", Message: "1 to 200 visible ASCII characters, such as a UUID"}})
		return nil, false
	}
	body, _ := c.Get(rawBodyKey)
	raw, _ := body.([]byte)
	sum := sha256.New()
	sum.Write([]byte(c.Request.Method + " " + c.Request.URL.Path + "\n"))
	sum.Write(raw)
	return &models.Idempotency{Key: key, RequestHash: hex.EncodeToString(sum.Sum(nil))}, true
}

// recorded answers a money POST: 201 with the entry, and the same again for
// a replay, marked as such.
func recorded(c *gin.Context, location string, v any, replayed bool) {
	if replayed {
		c.Header("Idempotent-Replayed", "true")
	}
	created(c, location, v)
}

// ListDisbursements answers GET /projects/{id}/disbursements.
func (h *Handler) ListDisbursements(c *gin.Context) {
	var q pageQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, disbursementTable, q.page(), func(p models.Page) (models.List[models.Disbursement], error) {
		return h.Store.ListDisbursements(c.Request.Context(), actor(c), c.Param("id"), p)
	})
}

// ListExpenditures answers GET /projects/{id}/expenditures.
func (h *Handler) ListExpenditures(c *gin.Context) {
	var q ledgerListQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, expenditureTable, q.page(), func(p models.Page) (models.List[models.Expenditure], error) {
		return h.Store.ListExpenditures(c.Request.Context(), actor(c), c.Param("id"), models.LedgerFilter{BudgetCategory: q.BudgetCategory, Page: p})
	})
}

// portfolioLedgerQuery picks projects as the project list does, and
// optionally one budget line.
type portfolioLedgerQuery struct {
	projectListQuery
	BudgetCategory string `form:"budget_category" binding:"omitempty,enum=BudgetCategory"`
}

// ListPortfolioLedger answers GET /expenditures: the expenditures of every
// project the caller may see that matches the project list's filters, the
// ledger a funder hands its auditors.
func (h *Handler) ListPortfolioLedger(c *gin.Context) {
	var q portfolioLedgerQuery
	if !bindQuery(c, &q) {
		return
	}
	respondList(h, c, ledgerTable, q.page(), func(p models.Page) (models.List[models.LedgerEntry], error) {
		return h.Store.ListPortfolioLedger(c.Request.Context(), actor(c), models.PortfolioLedgerFilter{
			Projects: q.filter(models.Page{}), BudgetCategory: q.BudgetCategory, Page: p,
		})
	})
}

// moneyPost is every money POST: bind the request, read its
// Idempotency-Key, record, and answer 201 with the entry (the first answer
// again for a replay).
func moneyPost[Req any, Entry any](c *gin.Context, h *Handler, record func(req Req, idem *models.Idempotency) (Entry, bool, error), ledger func(Entry) string) {
	var req Req
	if !bindJSON(c, &req) {
		return
	}
	idem, ok := idempotency(c)
	if !ok {
		return
	}
	entry, replayed, err := record(req, idem)
	if err != nil {
		h.Error(c, err)
		return
	}
	recorded(c, "/api/v1/projects/"+ledger(entry), entry, replayed)
}

// RecordDisbursement answers POST /projects/{id}/disbursements.
func (h *Handler) RecordDisbursement(c *gin.Context) {
	moneyPost(c, h, func(req recordDisbursementRequest, idem *models.Idempotency) (models.Disbursement, bool, error) {
		return h.Store.RecordDisbursement(c.Request.Context(), actor(c), c.Param("id"), models.DisbursementInput{
			TrancheSeq: req.TrancheSeq, PaidOn: models.Date(req.PaidOn), AmountFen: req.AmountFen, Reference: req.Reference,
		}, idem)
	}, disbursementsOf)
}

// RecordExpenditure answers POST /projects/{id}/expenditures.
func (h *Handler) RecordExpenditure(c *gin.Context) {
	moneyPost(c, h, func(req recordExpenditureRequest, idem *models.Idempotency) (models.Expenditure, bool, error) {
		return h.Store.RecordExpenditure(c.Request.Context(), actor(c), c.Param("id"), models.ExpenditureInput{
			BudgetCategory: req.BudgetCategory, AmountFen: req.AmountFen, SpentOn: models.Date(req.SpentOn),
			Payee: req.Payee, VoucherNo: req.VoucherNo, Description: req.Description,
		}, idem)
	}, expendituresOf)
}

// ReverseDisbursement answers POST /disbursements/{id}/reverse {"reason"}.
func (h *Handler) ReverseDisbursement(c *gin.Context) {
	moneyPost(c, h, func(req reverseRequest, idem *models.Idempotency) (models.Disbursement, bool, error) {
		return h.Store.ReverseDisbursement(c.Request.Context(), actor(c), c.Param("id"), req.Reason, idem)
	}, disbursementsOf)
}

// ReverseExpenditure answers POST /expenditures/{id}/reverse {"reason"}.
func (h *Handler) ReverseExpenditure(c *gin.Context) {
	moneyPost(c, h, func(req reverseRequest, idem *models.Idempotency) (models.Expenditure, bool, error) {
		return h.Store.ReverseExpenditure(c.Request.Context(), actor(c), c.Param("id"), req.Reason, idem)
	}, expendituresOf)
}

func disbursementsOf(d models.Disbursement) string { return d.ProjectID + "/disbursements" }
func expendituresOf(e models.Expenditure) string   { return e.ProjectID + "/expenditures" }
