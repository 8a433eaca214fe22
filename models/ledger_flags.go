package models

import (
	"fmt"

	"gorm.io/gorm"
)

// LedgerFlags counts, in one aggregate pass over the ledger, the projects
// raising the spend audit's flags that follow from sums alone (SPEC 5.3):
// LINE_OVERSPENT, ADMIN_OVER_CAP, SPEND_EXCEEDS_DISBURSED and
// TRANCHE_OVERDUE. The whole audit (auditProject) reads every entry, which
// is right for one portfolio but too slow for a province's home page; these
// four are the same rules written as SQL, and a test holds them to the
// audit's answers.
type LedgerFlags struct {
	// Projects counts the projects raising at least one of the flags.
	Projects int64 `json:"projects"`
	// ByCode counts the projects raising each flag.
	ByCode map[string]int64 `json:"by_code"`
	// OverdueTranches counts tranches past due and not fully paid.
	OverdueTranches int64 `json:"overdue_tranches"`
}

// LedgerFlagCodes are the flags LedgerFlags counts.
var LedgerFlagCodes = []string{FlagLineOverspent, FlagAdminOverCap, FlagSpendExceedsDisbursed, FlagTrancheOverdue}

// ledgerFlagsSQL: %[1]s picks the projects (a condition on the projects
// table's own columns), read once into ps; spent nets each project's
// entries by category (a reversal cancels its entry, so the net sum is the
// standing entries' sum); pay nets the disbursements by project and
// tranche, once, and paid sums those by project. Every table is read
// through "project_id IN ps", which planners answer by seeking each
// project's rows by index rather than reading the whole table.
const ledgerFlagsSQL = `
WITH ps AS MATERIALIZED (
	SELECT id, status FROM projects WHERE %[1]s
), spent AS MATERIALIZED (
	SELECT project_id, budget_category, SUM(amount_fen) AS amt FROM expenditures
	WHERE project_id IN (SELECT id FROM ps) GROUP BY project_id, budget_category
), tot AS (
	SELECT project_id, SUM(amt) AS spent, SUM(CASE WHEN budget_category = 'admin' THEN amt ELSE 0 END) AS admin
	FROM spent GROUP BY project_id
), pay AS MATERIALIZED (
	SELECT project_id, tranche_seq, SUM(amount_fen) AS amt FROM disbursements
	WHERE project_id IN (SELECT id FROM ps) GROUP BY project_id, tranche_seq
), paid AS (
	SELECT project_id, SUM(amt) AS amt FROM pay GROUP BY project_id
), lines AS MATERIALIZED (
	SELECT project_id, category, amount_fen FROM budget_lines WHERE project_id IN (SELECT id FROM ps)
), overdue AS MATERIALIZED (
	SELECT t.project_id FROM tranches t
	LEFT JOIN pay ON pay.project_id = t.project_id AND pay.tranche_seq = t.seq
	WHERE t.project_id IN (SELECT id FROM ps WHERE status IN ?)
	AND t.due_on < ? AND COALESCE(pay.amt, 0) < t.amount_fen
), flagged AS (
	SELECT s.project_id, 'LINE_OVERSPENT' AS code FROM spent s
	LEFT JOIN lines bl ON bl.project_id = s.project_id AND bl.category = s.budget_category
	WHERE s.amt * 100 > COALESCE(bl.amount_fen, 0) * (100 + ?)
	UNION SELECT project_id, 'ADMIN_OVER_CAP' FROM tot WHERE spent > 0 AND admin * 100 > spent * ?
	UNION SELECT tot.project_id, 'SPEND_EXCEEDS_DISBURSED' FROM tot LEFT JOIN paid ON paid.project_id = tot.project_id
	WHERE tot.spent > COALESCE(paid.amt, 0)
	UNION SELECT project_id, 'TRANCHE_OVERDUE' FROM overdue
)
SELECT code, COUNT(*) FROM flagged GROUP BY code
UNION ALL SELECT 'any', COUNT(DISTINCT project_id) FROM flagged
UNION ALL SELECT 'tranches', COUNT(*) FROM overdue`

// ledgerFlags answers LedgerFlags over the projects where (a condition on
// the projects table's own columns, with its args) selects.
func (s *Store) ledgerFlags(db *gorm.DB, where string, args ...any) (LedgerFlags, error) {
	out := LedgerFlags{ByCode: map[string]int64{}}
	for _, c := range LedgerFlagCodes {
		out.ByCode[c] = 0
	}
	q := fmt.Sprintf(ledgerFlagsSQL, where)
	all := append(append([]any{}, args...), awardedStatuses, s.today(), lineOverspendTolerance, adminCapPercent)
	rows, err := db.Raw(q, all...).Rows()
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var code string
		var n int64
		if err := rows.Scan(&code, &n); err != nil {
			return out, err
		}
		switch code {
		case "any":
			out.Projects = n
		case "tranches":
			out.OverdueTranches = n
		default:
			out.ByCode[code] = n
		}
	}
	return out, rows.Err()
}
