-- Funding continuity across the portfolio (SPEC 5.2): what
-- GET /api/v1/reports/funding answers a reviewer or admin with its
-- defaults (every organization with an awarded project, the first 100
-- listed). Per organization: awarded total, funders, the largest funder's
-- share, the HHI, how far its funding reaches (the latest end of a project
-- neither completed nor over) and the funding cliff (reaching less than 90
-- days ahead); the counts; the gaps between project periods of those
-- listed; and each funding cycle's pool against what it awarded.
-- (SQLite; today is date('now'), UTC.)
CREATE TEMP TABLE pf AS
SELECT organization_id, funder_id, SUM(budget_fen) AS amt,
	MAX(CASE WHEN status <> 'completed' AND end_on >= date('now') THEN end_on END) AS until
FROM projects WHERE status IN ('contracted', 'active', 'completed')
GROUP BY organization_id, funder_id;

CREATE TEMP TABLE org AS
SELECT organization_id, SUM(amt) AS awarded, COUNT(*) AS funders, MAX(amt) * 1.0 / SUM(amt) AS largest_share,
	MAX(until) AS funded_until, COALESCE(MAX(until) < date('now', '+90 days'), 1) AS cliff
FROM pf GROUP BY organization_id;

SELECT COUNT(*) AS organization_count, SUM(cliff) AS cliff_count, SUM(funders = 1) AS single_funder_count FROM org;

-- The first 100, most at risk first, with their HHI.
CREATE TEMP TABLE listed AS
SELECT * FROM org ORDER BY cliff DESC, largest_share DESC, awarded DESC, organization_id LIMIT 100;
SELECT l.organization_id, o.name, l.awarded, l.funders, l.largest_share,
	SUM((pf.amt * 1.0 / l.awarded) * (pf.amt * 1.0 / l.awarded)) AS hhi, l.funded_until, l.cliff
FROM listed l JOIN organizations o ON o.id = l.organization_id JOIN pf ON pf.organization_id = l.organization_id
GROUP BY l.organization_id ORDER BY l.cliff DESC, l.largest_share DESC, l.awarded DESC, l.organization_id;

-- Their gaps: days between the end of all earlier projects and a start.
SELECT organization_id, CAST(julianday(start_on) - julianday(covered_to) AS INTEGER) - 1 AS gap_days FROM (
	SELECT organization_id, start_on, MAX(end_on) OVER (PARTITION BY organization_id ORDER BY start_on, id
		ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS covered_to
	FROM projects WHERE status IN ('contracted', 'active', 'completed')
		AND organization_id IN (SELECT organization_id FROM listed)
) WHERE start_on > covered_to AND julianday(start_on) - julianday(covered_to) - 1 > 0;

-- The cycles, newest first.
SELECT c.id, c.name, c.funder_id, c.year, c.pool_fen,
	(SELECT COALESCE(SUM(p.budget_fen), 0) FROM projects p WHERE p.funding_cycle_id = c.id
		AND p.status IN ('contracted', 'active', 'completed')) AS awarded_fen
FROM funding_cycles c ORDER BY c.year DESC, c.name;
