-- The spend audit of a portfolio (SPEC 5.3): what
-- GET /api/v1/reports/spend-audit?funder_id=<id> answers a reviewer or
-- admin, here for the funder with the most projects (the provincial
-- bureau in the synthetic province). Its projects by status with budget,
-- disbursed and net spend; each project's flags counted by code; the
-- standing expenditures (neither reversals nor reversed) and their first
-- digits for the Benford test. (SQLite; today is date('now'), UTC.)
CREATE TEMP TABLE fp AS
SELECT id, status, budget_fen, start_on, end_on FROM projects
WHERE funder_id = (SELECT funder_id FROM projects GROUP BY funder_id ORDER BY COUNT(*) DESC, funder_id LIMIT 1);

-- Standing entries: a reversal and the entry it reverses cancel out.
CREATE TEMP TABLE e AS
SELECT x.id, x.project_id, x.budget_category, x.amount_fen, x.spent_on, TRIM(x.voucher_no) AS voucher
FROM expenditures x
-- (The unary + keeps SQLite from walking the mostly-NULL reverses_id index.)
WHERE x.project_id IN (SELECT id FROM fp) AND +x.reverses_id IS NULL
	AND NOT EXISTS (SELECT 1 FROM expenditures r WHERE r.reverses_id = x.id);
CREATE INDEX temp.e_project ON e (project_id, voucher);

CREATE TEMP TABLE spent AS SELECT project_id, SUM(amount_fen) AS amt,
	SUM(CASE WHEN budget_category = 'admin' THEN amount_fen ELSE 0 END) AS admin FROM e GROUP BY project_id;
CREATE TEMP TABLE paid AS SELECT project_id, SUM(amount_fen) AS amt FROM disbursements
	WHERE project_id IN (SELECT id FROM fp) GROUP BY project_id;

SELECT status, COUNT(*), SUM(budget_fen) FROM fp GROUP BY status;
SELECT COUNT(*) AS projects, SUM(fp.budget_fen) AS budget, SUM(COALESCE(paid.amt, 0)) AS disbursed,
	SUM(COALESCE(spent.amt, 0)) AS spent
FROM fp LEFT JOIN paid ON paid.project_id = fp.id LEFT JOIN spent ON spent.project_id = fp.id;

-- The flags, one per project (per voucher number, per tranche where so).
WITH cat AS (
	SELECT project_id, budget_category, SUM(amount_fen) AS amt FROM e GROUP BY project_id, budget_category
), flags AS (
	SELECT 'LINE_OVERSPENT' AS code FROM cat
	LEFT JOIN budget_lines bl ON bl.project_id = cat.project_id AND bl.category = cat.budget_category
	WHERE cat.amt * 100 > COALESCE(bl.amount_fen, 0) * 110
	UNION ALL SELECT 'ADMIN_OVER_CAP' FROM spent WHERE amt > 0 AND admin * 100 > amt * 10
	UNION ALL SELECT 'SPEND_OUTSIDE_PERIOD' FROM fp
	WHERE EXISTS (SELECT 1 FROM e WHERE e.project_id = fp.id AND (e.spent_on < fp.start_on OR e.spent_on > fp.end_on))
	UNION ALL SELECT 'SPEND_EXCEEDS_DISBURSED' FROM spent LEFT JOIN paid ON paid.project_id = spent.project_id
	WHERE spent.amt > COALESCE(paid.amt, 0)
	UNION ALL SELECT 'DUPLICATE_VOUCHER' FROM e WHERE voucher <> '' GROUP BY project_id, voucher HAVING COUNT(*) > 1
	UNION ALL SELECT 'MISSING_VOUCHER' FROM fp
	WHERE EXISTS (SELECT 1 FROM e WHERE e.project_id = fp.id AND e.voucher = '' AND e.amount_fen >= 100000)
	UNION ALL SELECT 'UNDERSPEND' FROM fp LEFT JOIN spent ON spent.project_id = fp.id
	WHERE fp.status IN ('contracted', 'active', 'completed') AND fp.end_on > fp.start_on
		AND MIN(MAX(CAST(julianday(date('now')) - julianday(fp.start_on) AS INTEGER), 0),
			CAST(julianday(fp.end_on) - julianday(fp.start_on) AS INTEGER)) * 1.0
			/ CAST(julianday(fp.end_on) - julianday(fp.start_on) AS INTEGER) > 0.5
		AND COALESCE(spent.amt, 0) * 1.0 / fp.budget_fen < 0.25
	UNION ALL SELECT 'TRANCHE_OVERDUE' FROM tranches t JOIN fp ON fp.id = t.project_id
	WHERE fp.status IN ('contracted', 'active', 'completed') AND t.due_on < date('now')
		AND COALESCE((SELECT SUM(d.amount_fen) FROM disbursements d
			WHERE d.project_id = t.project_id AND d.tranche_seq = t.seq), 0) < t.amount_fen
)
SELECT code, COUNT(*) FROM flags GROUP BY code ORDER BY code;

-- Benford: the standing entries by first digit.
SELECT COUNT(*) AS expenditures FROM e;
SELECT substr(CAST(amount_fen AS TEXT), 1, 1) AS digit, COUNT(*) FROM e WHERE amount_fen > 0 GROUP BY digit ORDER BY digit;
