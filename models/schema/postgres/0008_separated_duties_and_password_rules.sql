ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('admin','reviewer','incubator','org_staff','funder','security_auditor'));

-- When an existing password was set is not known; the last change to the
-- user is the latest it can have been.
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMPTZ;
UPDATE users SET password_changed_at = updated_at;
ALTER TABLE users ALTER COLUMN password_changed_at SET NOT NULL;

-- The hashes of each user's previous passwords, newest retired first; the
-- models keep the last five.
CREATE TABLE password_history (
	id TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	password_hash TEXT NOT NULL,
	retired_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX password_history_user ON password_history (user_id, retired_at);

-- The audit trail is append-only: no route edits or removes an entry, and
-- the database refuses it too.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'the audit trail is append-only'
		USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
	FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
	FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
