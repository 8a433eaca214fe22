-- Demand surveys (需求调研) with their needs, and the links from projects to
-- the needs they answer (SPEC 2, 5.5). A survey is corrected, never deleted;
-- a need belongs to its survey and is replaced with it.
CREATE TABLE demand_surveys (
	id TEXT PRIMARY KEY,
	community_id TEXT NOT NULL REFERENCES communities (id),
	title TEXT NOT NULL,
	method TEXT NOT NULL CHECK (method IN ('questionnaire','interview','deliberation_meeting','grid_visit','online')),
	conducted_by_org_id TEXT REFERENCES organizations (id),
	conducted_on TEXT NOT NULL,
	respondents BIGINT NOT NULL CHECK (respondents > 0),
	created_at DATETIME NOT NULL,
	updated_at DATETIME NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX demand_surveys_community ON demand_surveys (community_id, conducted_on);
CREATE INDEX demand_surveys_org ON demand_surveys (conducted_by_org_id);

CREATE TABLE needs (
	id TEXT PRIMARY KEY,
	survey_id TEXT NOT NULL REFERENCES demand_surveys (id),
	community_id TEXT NOT NULL REFERENCES communities (id),
	seq BIGINT NOT NULL,
	category TEXT NOT NULL CHECK (category IN ('elderly_care','child_care','disability_support','environment','culture_sports','neighbor_relations','participation','safety','health','employment','other')),
	title TEXT NOT NULL,
	description TEXT NOT NULL DEFAULT '',
	mentions BIGINT NOT NULL DEFAULT 0 CHECK (mentions >= 0),
	priority TEXT NOT NULL CHECK (priority IN ('high','medium','low')),
	created_at DATETIME NOT NULL,
	UNIQUE (survey_id, seq)
);
CREATE INDEX needs_community ON needs (community_id, priority);

CREATE TABLE project_needs (
	project_id TEXT NOT NULL REFERENCES projects (id),
	need_id TEXT NOT NULL REFERENCES needs (id),
	note TEXT NOT NULL DEFAULT '',
	created_at DATETIME NOT NULL,
	PRIMARY KEY (project_id, need_id)
);
CREATE INDEX project_needs_need ON project_needs (need_id);

-- The coverage report looks up the status of every linked and serving
-- project by id; this index answers it without reading the project rows.
CREATE INDEX projects_id_status ON projects (id, status);
