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

-- What answers are made of.
CREATE TRIGGER communities_changes_data_insert AFTER INSERT ON communities BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER communities_changes_data_update AFTER UPDATE ON communities BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER communities_changes_data_delete AFTER DELETE ON communities BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER funders_changes_data_insert AFTER INSERT ON funders BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER funders_changes_data_update AFTER UPDATE ON funders BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER funders_changes_data_delete AFTER DELETE ON funders BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER organizations_changes_data_insert AFTER INSERT ON organizations BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER organizations_changes_data_update AFTER UPDATE ON organizations BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER organizations_changes_data_delete AFTER DELETE ON organizations BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER users_changes_data_insert AFTER INSERT ON users BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER users_changes_data_update AFTER UPDATE ON users BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER users_changes_data_delete AFTER DELETE ON users BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER transition_requests_changes_data_insert AFTER INSERT ON transition_requests BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER transition_requests_changes_data_update AFTER UPDATE ON transition_requests BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER transition_requests_changes_data_delete AFTER DELETE ON transition_requests BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER milestones_changes_data_insert AFTER INSERT ON milestones BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER milestones_changes_data_update AFTER UPDATE ON milestones BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER milestones_changes_data_delete AFTER DELETE ON milestones BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER settings_changes_data_insert AFTER INSERT ON settings BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER settings_changes_data_update AFTER UPDATE ON settings BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER settings_changes_data_delete AFTER DELETE ON settings BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER funding_cycles_changes_data_insert AFTER INSERT ON funding_cycles BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER funding_cycles_changes_data_update AFTER UPDATE ON funding_cycles BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER funding_cycles_changes_data_delete AFTER DELETE ON funding_cycles BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER projects_changes_data_insert AFTER INSERT ON projects BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER projects_changes_data_update AFTER UPDATE ON projects BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER projects_changes_data_delete AFTER DELETE ON projects BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER project_communities_changes_data_insert AFTER INSERT ON project_communities BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER project_communities_changes_data_update AFTER UPDATE ON project_communities BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER project_communities_changes_data_delete AFTER DELETE ON project_communities BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER budget_lines_changes_data_insert AFTER INSERT ON budget_lines BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER budget_lines_changes_data_update AFTER UPDATE ON budget_lines BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER budget_lines_changes_data_delete AFTER DELETE ON budget_lines BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER tranches_changes_data_insert AFTER INSERT ON tranches BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER tranches_changes_data_update AFTER UPDATE ON tranches BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER tranches_changes_data_delete AFTER DELETE ON tranches BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER indicators_changes_data_insert AFTER INSERT ON indicators BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER indicators_changes_data_update AFTER UPDATE ON indicators BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER indicators_changes_data_delete AFTER DELETE ON indicators BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER disbursements_changes_data_insert AFTER INSERT ON disbursements BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER disbursements_changes_data_update AFTER UPDATE ON disbursements BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER disbursements_changes_data_delete AFTER DELETE ON disbursements BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER expenditures_changes_data_insert AFTER INSERT ON expenditures BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER expenditures_changes_data_update AFTER UPDATE ON expenditures BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER expenditures_changes_data_delete AFTER DELETE ON expenditures BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER staff_members_changes_data_insert AFTER INSERT ON staff_members BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER staff_members_changes_data_update AFTER UPDATE ON staff_members BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER staff_members_changes_data_delete AFTER DELETE ON staff_members BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER demand_surveys_changes_data_insert AFTER INSERT ON demand_surveys BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER demand_surveys_changes_data_update AFTER UPDATE ON demand_surveys BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER demand_surveys_changes_data_delete AFTER DELETE ON demand_surveys BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER needs_changes_data_insert AFTER INSERT ON needs BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER needs_changes_data_update AFTER UPDATE ON needs BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER needs_changes_data_delete AFTER DELETE ON needs BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER project_needs_changes_data_insert AFTER INSERT ON project_needs BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER project_needs_changes_data_update AFTER UPDATE ON project_needs BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;
CREATE TRIGGER project_needs_changes_data_delete AFTER DELETE ON project_needs BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'data';
END;

-- Who a caller is and what they may do: their account, the policies
-- every request is held to, ended sessions and revoked or expired tokens
-- (not the last-seen and last-used times a request writes).
CREATE TRIGGER users_changes_access_insert AFTER INSERT ON users BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
CREATE TRIGGER users_changes_access_update AFTER UPDATE ON users BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
CREATE TRIGGER users_changes_access_delete AFTER DELETE ON users BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
CREATE TRIGGER settings_changes_access_insert AFTER INSERT ON settings BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
CREATE TRIGGER settings_changes_access_update AFTER UPDATE ON settings BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
CREATE TRIGGER settings_changes_access_delete AFTER DELETE ON settings BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
CREATE TRIGGER sessions_changes_access_delete AFTER DELETE ON sessions BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
CREATE TRIGGER api_tokens_changes_access_update AFTER UPDATE OF user_id, token_hash, revoked_at, expires_at ON api_tokens BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
CREATE TRIGGER api_tokens_changes_access_delete AFTER DELETE ON api_tokens BEGIN
	UPDATE change_counters SET version = version + 1 WHERE name = 'access';
END;
