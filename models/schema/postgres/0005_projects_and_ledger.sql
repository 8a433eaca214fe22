CREATE TABLE funding_cycles (
	id TEXT PRIMARY KEY,
	funder_id TEXT NOT NULL REFERENCES funders (id),
	name TEXT NOT NULL,
	year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
	pool_fen BIGINT NOT NULL CHECK (pool_fen BETWEEN 0 AND 1000000000000),
	opens_on DATE NOT NULL,
	closes_on DATE NOT NULL,
	period_start DATE NOT NULL,
	period_end DATE NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1,
	CHECK (opens_on <= closes_on),
	CHECK (period_start < period_end)
);
CREATE UNIQUE INDEX funding_cycles_name ON funding_cycles (funder_id, name);
CREATE INDEX funding_cycles_year ON funding_cycles (year);

CREATE TABLE projects (
	id TEXT PRIMARY KEY,
	code TEXT NOT NULL UNIQUE,
	title TEXT NOT NULL,
	organization_id TEXT NOT NULL REFERENCES organizations (id),
	funder_id TEXT NOT NULL REFERENCES funders (id),
	funding_cycle_id TEXT REFERENCES funding_cycles (id),
	category TEXT NOT NULL,
	budget_fen BIGINT NOT NULL CHECK (budget_fen BETWEEN 1 AND 1000000000000),
	start_on DATE NOT NULL,
	end_on DATE NOT NULL,
	status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','contracted','active','completed','terminated')),
	status_since TIMESTAMPTZ NOT NULL,
	description TEXT NOT NULL DEFAULT '',
	grade TEXT CHECK (grade IN ('excellent','good','pass','fail')),
	score INTEGER CHECK (score BETWEEN 0 AND 100),
	evaluated_on DATE,
	evaluator_id TEXT REFERENCES users (id),
	evaluation_note TEXT NOT NULL DEFAULT '',
	satisfaction_share DOUBLE PRECISION CHECK (satisfaction_share BETWEEN 0 AND 1),
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1,
	CHECK (start_on < end_on)
);
CREATE INDEX projects_organization ON projects (organization_id, start_on);
CREATE INDEX projects_funder ON projects (funder_id, status);
CREATE INDEX projects_cycle ON projects (funding_cycle_id);
CREATE INDEX projects_status ON projects (status, end_on);

CREATE TABLE project_communities (
	project_id TEXT NOT NULL REFERENCES projects (id),
	community_id TEXT NOT NULL REFERENCES communities (id),
	PRIMARY KEY (project_id, community_id)
);
CREATE INDEX project_communities_community ON project_communities (community_id);

CREATE TABLE budget_lines (
	project_id TEXT NOT NULL REFERENCES projects (id),
	category TEXT NOT NULL CHECK (category IN ('personnel','activities','materials','venue','admin','other')),
	amount_fen BIGINT NOT NULL CHECK (amount_fen BETWEEN 0 AND 1000000000000),
	PRIMARY KEY (project_id, category)
);

CREATE TABLE tranches (
	project_id TEXT NOT NULL REFERENCES projects (id),
	seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 100),
	due_on DATE NOT NULL,
	amount_fen BIGINT NOT NULL CHECK (amount_fen BETWEEN 1 AND 1000000000000),
	condition TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (project_id, seq)
);

CREATE TABLE indicators (
	id TEXT PRIMARY KEY,
	project_id TEXT NOT NULL REFERENCES projects (id),
	name TEXT NOT NULL,
	unit TEXT NOT NULL DEFAULT '',
	target DOUBLE PRECISION NOT NULL CHECK (target >= 0),
	actual DOUBLE PRECISION CHECK (actual >= 0),
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	version BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX indicators_name ON indicators (project_id, name);

-- The ledger (SPEC 4.2): entries are inserted, never changed. A correction
-- is a reversal: the negated amount, the entry it reverses (at most once,
-- hence UNIQUE) and a reason.
CREATE TABLE disbursements (
	id TEXT PRIMARY KEY,
	project_id TEXT NOT NULL REFERENCES projects (id),
	tranche_seq INTEGER,
	paid_on DATE NOT NULL,
	amount_fen BIGINT NOT NULL CHECK (amount_fen BETWEEN -1000000000000 AND 1000000000000 AND amount_fen <> 0),
	reference TEXT NOT NULL DEFAULT '',
	recorded_by TEXT NOT NULL REFERENCES users (id),
	reverses_id TEXT UNIQUE REFERENCES disbursements (id),
	reversal_reason TEXT NOT NULL DEFAULT '',
	created_at TIMESTAMPTZ NOT NULL,
	CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
CREATE INDEX disbursements_project ON disbursements (project_id, id);

CREATE TABLE expenditures (
	id TEXT PRIMARY KEY,
	project_id TEXT NOT NULL REFERENCES projects (id),
	budget_category TEXT NOT NULL CHECK (budget_category IN ('personnel','activities','materials','venue','admin','other')),
	amount_fen BIGINT NOT NULL CHECK (amount_fen BETWEEN -1000000000000 AND 1000000000000 AND amount_fen <> 0),
	spent_on DATE NOT NULL,
	payee TEXT NOT NULL DEFAULT '',
	voucher_no TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	recorded_by TEXT NOT NULL REFERENCES users (id),
	reverses_id TEXT UNIQUE REFERENCES expenditures (id),
	reversal_reason TEXT NOT NULL DEFAULT '',
	created_at TIMESTAMPTZ NOT NULL,
	CHECK ((reverses_id IS NULL AND amount_fen > 0) OR (reverses_id IS NOT NULL AND amount_fen < 0))
);
CREATE INDEX expenditures_project ON expenditures (project_id, id);
CREATE INDEX expenditures_voucher ON expenditures (project_id, voucher_no);

-- A money POST with an Idempotency-Key stores its answer here, in the same
-- transaction as the entry, so that a retry replays it.
CREATE TABLE idempotency_keys (
	user_id TEXT NOT NULL REFERENCES users (id),
	key TEXT NOT NULL,
	request_hash TEXT NOT NULL,
	status INTEGER NOT NULL,
	response TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (user_id, key)
);

CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'the ledger is append-only: record a reversal instead'
		USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER disbursements_append_only BEFORE UPDATE OR DELETE ON disbursements
	FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER disbursements_no_truncate BEFORE TRUNCATE ON disbursements
	FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER expenditures_append_only BEFORE UPDATE OR DELETE ON expenditures
	FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER expenditures_no_truncate BEFORE TRUNCATE ON expenditures
	FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
