-- Searching names and titles by any fragment. An ILIKE '%q%' scan reads
-- every row; these tables hold, for each organization name, project code
-- and title and demand survey title, every distinct lower-cased substring
-- of one and of two characters, so that a search can first narrow to the
-- rows holding all of q's pairs of characters (Chinese words are often two
-- characters, which pg_trgm cannot find, and pg_trgm skips CJK in many
-- locales) and then check the few left with ILIKE. Triggers keep the tables
-- in step with every write.

-- search_grams answers the distinct lower-cased substrings of one and two
-- characters of each text given.
CREATE FUNCTION search_grams(VARIADIC texts TEXT[]) RETURNS SETOF TEXT
LANGUAGE sql IMMUTABLE AS $$
	SELECT DISTINCT lower(substr(t, n, w))
	FROM unnest(texts) AS t, generate_series(1, length(t)) AS n, (VALUES (1), (2)) AS widths (w)
	WHERE t IS NOT NULL AND n + w - 1 <= length(t)
$$;

CREATE TABLE organization_grams (
	gram TEXT NOT NULL,
	organization_id TEXT NOT NULL,
	PRIMARY KEY (gram, organization_id)
);

CREATE TABLE project_grams (
	gram TEXT NOT NULL,
	project_id TEXT NOT NULL,
	PRIMARY KEY (gram, project_id)
);

CREATE TABLE demand_survey_grams (
	gram TEXT NOT NULL,
	survey_id TEXT NOT NULL,
	PRIMARY KEY (gram, survey_id)
);

CREATE FUNCTION organization_grams_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		DELETE FROM organization_grams WHERE organization_id = OLD.id AND gram IN (SELECT search_grams(OLD.name));
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO organization_grams (gram, organization_id)
		SELECT g, NEW.id FROM search_grams(NEW.name) AS g ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER organization_grams_insert AFTER INSERT ON organizations
FOR EACH ROW EXECUTE FUNCTION organization_grams_sync();
CREATE TRIGGER organization_grams_update AFTER UPDATE OF id, name ON organizations
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.id IS DISTINCT FROM NEW.id)
EXECUTE FUNCTION organization_grams_sync();
CREATE TRIGGER organization_grams_delete AFTER DELETE ON organizations
FOR EACH ROW EXECUTE FUNCTION organization_grams_sync();

CREATE FUNCTION project_grams_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		DELETE FROM project_grams WHERE project_id = OLD.id AND gram IN (SELECT search_grams(OLD.code, OLD.title));
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO project_grams (gram, project_id)
		SELECT g, NEW.id FROM search_grams(NEW.code, NEW.title) AS g ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER project_grams_insert AFTER INSERT ON projects
FOR EACH ROW EXECUTE FUNCTION project_grams_sync();
CREATE TRIGGER project_grams_update AFTER UPDATE OF id, code, title ON projects
FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code OR OLD.title IS DISTINCT FROM NEW.title OR OLD.id IS DISTINCT FROM NEW.id)
EXECUTE FUNCTION project_grams_sync();
CREATE TRIGGER project_grams_delete AFTER DELETE ON projects
FOR EACH ROW EXECUTE FUNCTION project_grams_sync();

CREATE FUNCTION demand_survey_grams_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		DELETE FROM demand_survey_grams WHERE survey_id = OLD.id AND gram IN (SELECT search_grams(OLD.title));
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO demand_survey_grams (gram, survey_id)
		SELECT g, NEW.id FROM search_grams(NEW.title) AS g ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER demand_survey_grams_insert AFTER INSERT ON demand_surveys
FOR EACH ROW EXECUTE FUNCTION demand_survey_grams_sync();
CREATE TRIGGER demand_survey_grams_update AFTER UPDATE OF id, title ON demand_surveys
FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.id IS DISTINCT FROM NEW.id)
EXECUTE FUNCTION demand_survey_grams_sync();
CREATE TRIGGER demand_survey_grams_delete AFTER DELETE ON demand_surveys
FOR EACH ROW EXECUTE FUNCTION demand_survey_grams_sync();

-- The rows already there.
INSERT INTO organization_grams (gram, organization_id)
SELECT g, o.id FROM organizations o, search_grams(o.name) AS g;
INSERT INTO project_grams (gram, project_id)
SELECT g, x.id FROM projects x, search_grams(x.code, x.title) AS g;
INSERT INTO demand_survey_grams (gram, survey_id)
SELECT g, v.id FROM demand_surveys v, search_grams(v.title) AS g;

-- The planner's counts of the rows just added.
ANALYZE organization_grams;
ANALYZE project_grams;
ANALYZE demand_survey_grams;
