-- Staff members (SPEC 2): records are never deleted, for they are the
-- evidence of turnover; someone who comes back gets a new record.
CREATE TABLE staff_members (
	id TEXT PRIMARY KEY,
	organization_id TEXT NOT NULL REFERENCES organizations (id),
	name TEXT NOT NULL,
	phone TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT '',
	employment_type TEXT NOT NULL CHECK (employment_type IN ('full_time','part_time','volunteer','seconded')),
	qualification TEXT NOT NULL DEFAULT 'none' CHECK (qualification IN ('none','assistant_social_worker','social_worker','senior_social_worker')),
	education TEXT NOT NULL CHECK (education IN ('secondary','associate','bachelor','master','doctorate')),
	joined_on TEXT NOT NULL,
	left_on TEXT,
	leave_reason TEXT CHECK (leave_reason IN ('compensation','career_change','relocation','contract_end','burnout','other')),
	training_hours DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (training_hours BETWEEN 0 AND 2000),
	created_at DATETIME NOT NULL,
	updated_at DATETIME NOT NULL,
	version BIGINT NOT NULL DEFAULT 1,
	CHECK ((left_on IS NULL AND leave_reason IS NULL) OR (left_on IS NOT NULL AND leave_reason IS NOT NULL)),
	CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX staff_members_org ON staff_members (organization_id, joined_on);
CREATE INDEX staff_members_left ON staff_members (left_on);
