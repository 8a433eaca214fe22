-- Change counters: every write to the data that answers are made of adds
-- one to 'data', every write that can change who a caller is or what they
-- may do adds one to 'access', in the writing transaction. A server keeps
-- an answer or a signed-in caller only while the counter it was read under
-- is still the one the database holds, so a change made through any server
-- (or by hand) is seen by the next request on every server.
CREATE TABLE change_counters (
	name TEXT PRIMARY KEY,
	version BIGINT NOT NULL
);
INSERT INTO change_counters (name, version) VALUES ('data', 1), ('access', 1);

-- One addition per statement, whatever the number of rows it wrote.
CREATE FUNCTION count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = TG_ARGV[0];
	RETURN NULL;
END;
$$;

-- What answers are made of.
CREATE TRIGGER communities_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON communities
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER funders_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON funders
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER organizations_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER users_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER transition_requests_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON transition_requests
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER milestones_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON milestones
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER settings_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER funding_cycles_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON funding_cycles
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER projects_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON projects
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER project_communities_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_communities
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER budget_lines_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON budget_lines
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER tranches_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tranches
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER indicators_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicators
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER disbursements_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON disbursements
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER expenditures_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON expenditures
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER staff_members_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON staff_members
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER demand_surveys_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON demand_surveys
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER needs_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON needs
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');
CREATE TRIGGER project_needs_changes_data AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON project_needs
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('data');

-- Who a caller is and what they may do: their account, the policies
-- every request is held to, ended sessions and revoked or expired tokens
-- (not the last-seen and last-used times a request writes).
CREATE TRIGGER users_changes_access AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('access');
CREATE TRIGGER settings_changes_access AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('access');
CREATE TRIGGER sessions_changes_access AFTER DELETE OR TRUNCATE ON sessions
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('access');
CREATE TRIGGER api_tokens_changes_access AFTER UPDATE OF user_id, token_hash, revoked_at, expires_at OR DELETE OR TRUNCATE ON api_tokens
	FOR EACH STATEMENT EXECUTE FUNCTION count_change('access');
