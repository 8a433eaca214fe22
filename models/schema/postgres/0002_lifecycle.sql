CREATE INDEX organizations_name ON organizations (name);
CREATE INDEX organizations_category ON organizations (category);
CREATE INDEX organizations_stage_since ON organizations (stage, stage_since);

CREATE TABLE transition_requests (
	id TEXT PRIMARY KEY,
	organization_id TEXT NOT NULL REFERENCES organizations (id),
	from_stage TEXT NOT NULL,
	to_stage TEXT NOT NULL CHECK (to_stage IN ('applicant','registered','incubating','independent','dormant','dissolved')),
	incubator_id TEXT REFERENCES organizations (id),
	reason TEXT NOT NULL DEFAULT '',
	status TEXT NOT NULL CHECK (status IN ('pending','approved','rejected','withdrawn')),
	requested_by TEXT NOT NULL REFERENCES users (id),
	requested_at TIMESTAMPTZ NOT NULL,
	decided_by TEXT REFERENCES users (id),
	decided_at TIMESTAMPTZ,
	decision_note TEXT NOT NULL DEFAULT '',
	override BOOLEAN NOT NULL DEFAULT FALSE,
	readiness_json TEXT,
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX transition_requests_one_pending ON transition_requests (organization_id) WHERE status = 'pending';
CREATE INDEX transition_requests_org ON transition_requests (organization_id, requested_at);
CREATE INDEX transition_requests_status ON transition_requests (status, requested_at);
CREATE INDEX transition_requests_decided ON transition_requests (status, to_stage, decided_at);
CREATE INDEX transition_requests_incubator ON transition_requests (incubator_id);

CREATE TABLE milestones (
	id TEXT PRIMARY KEY,
	organization_id TEXT NOT NULL REFERENCES organizations (id),
	type TEXT NOT NULL CHECK (type IN ('intake_assessment','registration_support','capacity_training','venue_support','seed_funding','governance_established','financial_system_established','first_project_won','independent_office','other')),
	achieved_on DATE NOT NULL,
	hours DOUBLE PRECISION,
	note TEXT NOT NULL DEFAULT '',
	evidence_ref TEXT NOT NULL DEFAULT '',
	logged_by TEXT NOT NULL REFERENCES users (id),
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX milestones_org ON milestones (organization_id, achieved_on);

CREATE TABLE settings (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
