CREATE TABLE communities (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	street TEXT NOT NULL,
	district TEXT NOT NULL,
	type TEXT NOT NULL CHECK (type IN ('commodity_housing','shantytown_renovation','village_to_residence','urban_village','old_neighborhood','other')),
	households BIGINT NOT NULL DEFAULT 0 CHECK (households >= 0),
	population BIGINT NOT NULL DEFAULT 0 CHECK (population >= 0),
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX communities_place ON communities (district, street, name);
CREATE INDEX communities_type ON communities (type);

CREATE TABLE funders (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL CHECK (kind IN ('government','street_office','foundation','enterprise','other')),
	department TEXT NOT NULL DEFAULT '',
	credit_code TEXT UNIQUE,
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX funders_kind ON funders (kind);

CREATE TABLE organizations (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	credit_code TEXT UNIQUE,
	registration_type TEXT NOT NULL CHECK (registration_type IN ('social_group','social_service_agency','foundation','community_filed','unregistered')),
	category TEXT NOT NULL,
	community_id TEXT REFERENCES communities (id),
	is_incubator BOOLEAN NOT NULL DEFAULT FALSE,
	incubator_id TEXT REFERENCES organizations (id),
	stage TEXT NOT NULL DEFAULT 'applicant' CHECK (stage IN ('applicant','registered','incubating','independent','dormant','dissolved')),
	stage_since TIMESTAMPTZ NOT NULL,
	founded_on DATE,
	contact_name TEXT NOT NULL DEFAULT '',
	contact_phone TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX organizations_stage ON organizations (stage);
CREATE INDEX organizations_incubator ON organizations (incubator_id);
CREATE INDEX organizations_community ON organizations (community_id);

CREATE TABLE users (
	id TEXT PRIMARY KEY,
	username TEXT NOT NULL UNIQUE,
	display_name TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('admin','reviewer','incubator','org_staff','funder')),
	organization_id TEXT REFERENCES organizations (id),
	funder_id TEXT REFERENCES funders (id),
	password_hash TEXT NOT NULL,
	disabled BOOLEAN NOT NULL DEFAULT FALSE,
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE sessions (
	id TEXT PRIMARY KEY,
	token_hash TEXT NOT NULL UNIQUE,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at TIMESTAMPTZ NOT NULL,
	last_seen_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL,
	client_ip TEXT NOT NULL DEFAULT '',
	user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
	id TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	name TEXT NOT NULL,
	token_hash TEXT NOT NULL UNIQUE,
	created_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ,
	last_used_at TIMESTAMPTZ,
	revoked_at TIMESTAMPTZ
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE audit_entries (
	id TEXT PRIMARY KEY,
	seq BIGINT NOT NULL UNIQUE,
	at TIMESTAMPTZ NOT NULL,
	actor_id TEXT,
	actor_username TEXT NOT NULL DEFAULT '',
	action TEXT NOT NULL,
	entity TEXT NOT NULL,
	entity_id TEXT NOT NULL DEFAULT '',
	before_json TEXT,
	after_json TEXT,
	request_id TEXT NOT NULL DEFAULT '',
	client_ip TEXT NOT NULL DEFAULT '',
	prev_hash TEXT NOT NULL,
	hash TEXT NOT NULL
);
CREATE INDEX audit_entries_entity ON audit_entries (entity, entity_id);
CREATE INDEX audit_entries_actor ON audit_entries (actor_id);

CREATE TABLE audit_head (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	seq BIGINT NOT NULL,
	hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');
