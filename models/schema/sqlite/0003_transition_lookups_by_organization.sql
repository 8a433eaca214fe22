CREATE INDEX transition_requests_org_moves ON transition_requests (organization_id, status, to_stage, decided_at);
CREATE INDEX transition_requests_from ON transition_requests (status, from_stage, decided_at);
