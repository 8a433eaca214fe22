-- Staff turnover over the twelve months to today, by organization: what
-- GET /api/v1/reports/turnover answers a reviewer or admin with its
-- defaults (group_by=organization, the twelve months ending today). Per
-- organization: headcount at the start and at the end, hires,
-- separations, the rate (separations over the mean headcount) and the
-- high-turnover flag; then the province's total with the median tenure of
-- those who left, the leave reasons, and hires and separations by quarter.
-- A person counts on day D when joined_on <= D and left_on is empty or
-- after D. (SQLite; the period is computed from date('now'), UTC.)
CREATE TEMP TABLE period AS
SELECT date('now', '-1 year', '+1 day') AS f, date('now') AS t, date('now', '-1 year') AS y1,
	date('now', '-3 years') AS y3, date('now', '-5 years') AS y5,
	COALESCE((SELECT json_extract(value, '$.hours_per_year') FROM settings WHERE key = 'training'), 72) AS target;

CREATE TEMP TABLE g AS
SELECT s.organization_id AS key,
	SUM(s.joined_on <= p.f AND (s.left_on IS NULL OR s.left_on > p.f)) AS headcount_start,
	SUM(s.joined_on <= p.t AND (s.left_on IS NULL OR s.left_on > p.t)) AS headcount_end,
	SUM(s.joined_on >= p.f) AS hires,
	SUM(s.left_on IS NOT NULL AND s.left_on <= p.t) AS separations,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.qualification <> 'none') AS social_workers_end,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.qualification = 'assistant_social_worker') AS assistant_social_workers,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.qualification = 'social_worker') AS social_workers,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.qualification = 'senior_social_worker') AS senior_social_workers,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.joined_on > p.y1) AS tenure_under_1y,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.joined_on <= p.y1 AND s.joined_on > p.y3) AS tenure_1_to_3y,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.joined_on <= p.y3 AND s.joined_on > p.y5) AS tenure_3_to_5y,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.joined_on <= p.y5) AS tenure_over_5y,
	SUM((s.left_on IS NULL OR s.left_on > p.t) AND s.training_hours < p.target) AS below_training_target
FROM staff_members s, period p
WHERE s.joined_on <= p.t AND (s.left_on IS NULL OR s.left_on >= p.f)
GROUP BY s.organization_id;

-- The groups, highest rate first (the report lists the first 500).
SELECT g.key, o.name, headcount_start, headcount_end, hires, separations, social_workers_end,
	assistant_social_workers, social_workers, senior_social_workers, tenure_under_1y, tenure_1_to_3y, tenure_3_to_5y,
	tenure_over_5y, below_training_target,
	CASE WHEN headcount_start + headcount_end > 0 THEN separations / ((headcount_start + headcount_end) / 2.0) END AS rate
FROM g JOIN organizations o ON o.id = g.key
ORDER BY rate IS NULL, rate DESC LIMIT 500;

-- The total, the group count and the flagged count.
SELECT COUNT(*) AS group_count, SUM(headcount_start), SUM(headcount_end), SUM(hires), SUM(separations),
	SUM(social_workers_end), SUM(tenure_under_1y), SUM(below_training_target),
	SUM(separations) / ((SUM(headcount_start) + SUM(headcount_end)) / 2.0) AS rate,
	SUM(headcount_start + headcount_end > 0 AND separations / ((headcount_start + headcount_end) / 2.0) > 0.30) AS high_turnover
FROM g;

-- The median tenure of the period's leavers, and why they left.
WITH l AS (
	SELECT julianday(left_on) - julianday(joined_on) AS days, leave_reason
	FROM staff_members, period WHERE left_on >= period.f AND left_on <= period.t
)
SELECT (SELECT AVG(days) FROM (SELECT days FROM l ORDER BY days LIMIT 2 - (SELECT COUNT(*) FROM l) % 2
	OFFSET ((SELECT COUNT(*) FROM l) - 1) / 2)) AS median_tenure_days;
SELECT leave_reason, COUNT(*) FROM staff_members, period
WHERE left_on >= period.f AND left_on <= period.t GROUP BY leave_reason;

-- Hires and separations by calendar quarter of the period.
SELECT q, SUM(h), SUM(l) FROM (
	SELECT strftime('%Y', joined_on) || 'Q' || ((CAST(strftime('%m', joined_on) AS INTEGER) + 2) / 3) AS q, 1 AS h, 0 AS l
	FROM staff_members, period WHERE joined_on >= period.f AND joined_on <= period.t
	UNION ALL
	SELECT strftime('%Y', left_on) || 'Q' || ((CAST(strftime('%m', left_on) AS INTEGER) + 2) / 3), 0, 1
	FROM staff_members, period WHERE left_on >= period.f AND left_on <= period.t
) GROUP BY q ORDER BY q;
