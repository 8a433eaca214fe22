-- A second factor at sign-in: a TOTP authenticator (RFC 6238) and one-time
-- recovery codes. users.totp_enabled is set once a code from the
-- authenticator confirmed the secret; until then the secret is pending.
ALTER TABLE users ADD COLUMN totp_enabled BOOLEAN NOT NULL DEFAULT FALSE;

-- last_step is the time step of the last code accepted, so that a code
-- (or an earlier one) is never accepted twice.
CREATE TABLE user_totp (
	user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
	secret TEXT NOT NULL,
	last_step BIGINT NOT NULL DEFAULT 0,
	created_at DATETIME NOT NULL
);

-- Recovery codes are kept as SHA-256 hashes; each is used at most once.
CREATE TABLE totp_recovery_codes (
	id TEXT PRIMARY KEY,
	user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	code_hash TEXT NOT NULL,
	used_at DATETIME,
	UNIQUE (user_id, code_hash)
);
