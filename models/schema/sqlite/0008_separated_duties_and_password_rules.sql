-- migrate: foreign keys off
-- SQLite cannot change a CHECK constraint in place: the users table is
-- rebuilt as https://www.sqlite.org/lang_altertable.html section 7
-- ("Making Other Kinds Of Table Schema Changes") describes. The runner
-- turns foreign keys off around this file (the marker above) and runs
-- PRAGMA foreign_key_check before it commits.
CREATE TABLE users_new (
	id TEXT PRIMARY KEY,
	username TEXT NOT NULL UNIQUE,
	display_name TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('admin','reviewer','incubator','org_staff','funder','security_auditor')),
	organization_id TEXT REFERENCES organizations (id),
	funder_id TEXT REFERENCES funders (id),
	password_hash TEXT NOT NULL,
	password_changed_at DATETIME NOT NULL,
	disabled BOOLEAN NOT NULL DEFAULT FALSE,
	created_at DATETIME NOT NULL,
	updated_at DATETIME NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
-- When an existing password was set is not known; the last change to the
-- user is the latest it can have been.
INSERT INTO users_new (id, username, display_name, role, organization_id, funder_id, password_hash,
	password_changed_at, disabled, created_at, updated_at, version)
SELECT id, username, display_name, role, organization_id, funder_id, password_hash,
	updated_at, disabled, created_at, updated_at, version
FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE UNIQUE INDEX users_username_lower ON users (lower(username));

-- The hashes of each user's previous passwords, newest retired first; the
-- models keep the last five.
CREATE TABLE password_history (
	id TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	password_hash TEXT NOT NULL,
	retired_at DATETIME NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, retired_at);

-- The audit trail is append-only: no route edits or removes an entry, and
-- the database refuses it too.
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN
	SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN
	SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
