-- Demand coverage (SPEC 5.5): what GET /api/v1/reports/demand-coverage
-- answers with its defaults (the whole province). Per community: surveys
-- and the latest, needs, needs covered by a project in a covering status
-- (contracted, active, completed), high-priority needs left uncovered,
-- covering projects serving it and those linked to one of its needs; then
-- by district, and the headline: communities without an answer (no need
-- covered) and their share, those without a survey, and stale surveys
-- (the latest older than 365 days). (SQLite; today is date('now'), UTC.)
CREATE TEMP TABLE cc AS
WITH cpn AS MATERIALIZED (
	SELECT pn.project_id, pn.need_id, n.community_id, n.priority
	FROM project_needs pn JOIN projects p ON p.id = pn.project_id JOIN needs n ON n.id = pn.need_id
	WHERE COALESCE(p.status, '') IN ('contracted','active','completed')
), covered AS (
	SELECT community_id, COUNT(DISTINCT need_id) AS needs_covered,
		COUNT(DISTINCT CASE WHEN priority = 'high' THEN need_id END) AS covered_high
	FROM cpn GROUP BY community_id
), linked AS (
	SELECT cpn.community_id, COUNT(DISTINCT cpn.project_id) AS projects_linked
	FROM cpn JOIN project_communities pc ON pc.project_id = cpn.project_id AND pc.community_id = cpn.community_id
	GROUP BY cpn.community_id
), nd AS (
	SELECT community_id, COUNT(*) AS needs, SUM(CASE WHEN priority = 'high' THEN 1 ELSE 0 END) AS high
	FROM needs GROUP BY community_id
), sv AS (
	SELECT community_id, COUNT(*) AS surveys, MAX(conducted_on) AS latest
	FROM demand_surveys GROUP BY community_id
), pr AS (
	SELECT pc.community_id, COUNT(*) AS projects
	FROM project_communities pc JOIN projects p ON p.id = pc.project_id
	WHERE COALESCE(p.status, '') IN ('contracted','active','completed') GROUP BY pc.community_id
)
SELECT c.id, c.name, c.street, c.district,
	COALESCE(sv.surveys, 0) AS surveys, sv.latest, COALESCE(nd.needs, 0) AS needs, COALESCE(covered.needs_covered, 0) AS needs_covered,
	COALESCE(nd.high, 0) - COALESCE(covered.covered_high, 0) AS uncovered_high, COALESCE(pr.projects, 0) AS projects,
	COALESCE(linked.projects_linked, 0) AS projects_linked
FROM communities c
LEFT JOIN sv ON sv.community_id = c.id
LEFT JOIN nd ON nd.community_id = c.id
LEFT JOIN covered ON covered.community_id = c.id
LEFT JOIN linked ON linked.community_id = c.id
LEFT JOIN pr ON pr.community_id = c.id
ORDER BY c.district, c.street, c.name, c.id;

-- The communities' rows.
SELECT *, needs_covered * 1.0 / NULLIF(needs, 0) AS coverage, projects_linked * 1.0 / NULLIF(projects, 0) AS linked_share,
	latest < date('now', '-365 days') AS stale
FROM cc ORDER BY district, street, name, id;

-- By district, and the headline.
SELECT district, COUNT(*), SUM(needs_covered = 0), SUM(surveys = 0), SUM(needs), SUM(needs_covered),
	SUM(needs_covered) * 1.0 / NULLIF(SUM(needs), 0)
FROM cc GROUP BY district ORDER BY district;
SELECT COUNT(*) AS communities_total, SUM(needs_covered = 0) AS without_answer,
	SUM(needs_covered = 0) * 1.0 / COUNT(*) AS without_answer_share, SUM(surveys = 0) AS without_survey,
	SUM(latest < date('now', '-365 days')) AS stale_surveys
FROM cc;
