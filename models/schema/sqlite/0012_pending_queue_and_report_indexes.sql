-- The review queue reads the pending requests only: a partial index holds
-- them, by id (the queue's order) and by age (the pipeline's order), so the
-- queue costs what is pending rather than every request ever made.
CREATE INDEX transition_requests_pending ON transition_requests (id) WHERE status = 'pending';
CREATE INDEX transition_requests_pending_age ON transition_requests (requested_at) WHERE status = 'pending';

-- The turnover report reads these columns of every staff record touching
-- its period, grouped by organization: from this index alone, in its order,
-- without visiting the table.
CREATE INDEX staff_members_turnover ON staff_members (organization_id, joined_on, left_on, qualification, training_hours, employment_type);

-- The funding report reads each organization's awarded projects in the
-- order of their start: this index holds the columns it reads, in that
-- order, so the portfolio is read from the index alone and not sorted.
CREATE INDEX projects_continuity ON projects (organization_id, start_on, id, status, funder_id, end_on, budget_fen);
