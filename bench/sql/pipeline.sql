-- The incubation pipeline (SPEC 5.1): what GET /api/v1/reports/pipeline
-- answers a reviewer or admin with its defaults (no filters, outcomes over
-- the twelve months ending today). Organizations by stage; approved moves
-- into and out of incubation by quarter and the median days from entering
-- incubation to graduating; those incubating longer than 540 days (count
-- and the first 100); the pending queue (count, median and oldest age, the
-- first 50); and survival: organizations that graduated and are still
-- alive (an awarded project reaching into the last twelve months, or
-- someone on the roster in that time). (SQLite; dates from 'now', UTC.)
SELECT stage, COUNT(*) FROM organizations GROUP BY stage;

-- Outcomes by quarter of decision.
SELECT strftime('%Y', decided_at) || 'Q' || ((CAST(strftime('%m', decided_at) AS INTEGER) + 2) / 3) AS quarter,
	SUM(to_stage = 'incubating') AS entered, SUM(to_stage = 'independent') AS graduated,
	SUM(to_stage NOT IN ('incubating', 'independent')) AS ended
FROM transition_requests
WHERE status = 'approved' AND decided_at >= date('now', '-1 year', '+1 day') AND decided_at < date('now', '+1 day')
	AND (to_stage = 'incubating' OR from_stage = 'incubating')
GROUP BY quarter ORDER BY quarter;

-- The median days from the last entry into incubation to graduating.
WITH d AS (
	SELECT CAST(julianday(t.decided_at) - julianday(MAX(e.decided_at)) AS INTEGER) AS days
	FROM transition_requests t
	JOIN transition_requests e ON e.organization_id = t.organization_id AND e.status = 'approved'
		AND e.to_stage = 'incubating' AND e.decided_at <= t.decided_at
	WHERE t.status = 'approved' AND t.from_stage = 'incubating' AND t.to_stage = 'independent'
		AND t.decided_at >= date('now', '-1 year', '+1 day') AND t.decided_at < date('now', '+1 day')
	GROUP BY t.id
)
SELECT AVG(days) AS median_days_to_graduate FROM (SELECT days FROM d ORDER BY days
	LIMIT 2 - (SELECT COUNT(*) FROM d) % 2 OFFSET ((SELECT COUNT(*) FROM d) - 1) / 2);

-- The stuck: their count, then the first 100, longest incubating first.
SELECT COUNT(*) FROM organizations WHERE stage = 'incubating' AND stage_since < datetime('now', '-540 days');
SELECT o.id, o.name, o.incubator_id, inc.name, o.stage_since,
	CAST(julianday('now') - julianday(o.stage_since) AS INTEGER) AS days
FROM organizations o LEFT JOIN organizations inc ON inc.id = o.incubator_id
WHERE o.stage = 'incubating' AND o.stage_since < datetime('now', '-540 days')
ORDER BY o.stage_since LIMIT 100;

-- The pending queue: count, oldest age, the first 50 (the median as above).
WITH p AS (
	SELECT t.id, t.organization_id, o.name, t.from_stage, t.to_stage, t.requested_at,
		CAST(julianday('now') - julianday(t.requested_at) AS INTEGER) AS age_days
	FROM transition_requests t JOIN organizations o ON o.id = t.organization_id
	WHERE t.status = 'pending'
)
SELECT COUNT(*), MAX(age_days),
	(SELECT AVG(age_days) FROM (SELECT age_days FROM p ORDER BY age_days
		LIMIT 2 - (SELECT COUNT(*) FROM p) % 2 OFFSET ((SELECT COUNT(*) FROM p) - 1) / 2)) AS median_age_days
FROM p;
SELECT t.id, t.organization_id, o.name, t.from_stage, t.to_stage, t.requested_at
FROM transition_requests t JOIN organizations o ON o.id = t.organization_id
WHERE t.status = 'pending' ORDER BY t.requested_at LIMIT 50;

-- Survival.
SELECT COUNT(*) AS hatched,
	SUM(EXISTS (SELECT 1 FROM projects p WHERE p.organization_id = o.id AND p.status IN ('contracted', 'active', 'completed')
			AND p.end_on >= date('now', '-1 year'))
		OR EXISTS (SELECT 1 FROM staff_members s WHERE s.organization_id = o.id
			AND (s.left_on IS NULL OR s.left_on >= date('now', '-1 year')))) AS alive
FROM organizations o
WHERE o.id IN (SELECT organization_id FROM transition_requests WHERE status = 'approved' AND to_stage = 'independent');
