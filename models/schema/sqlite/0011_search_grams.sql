-- Searching names and titles by any fragment. A LIKE '%q%' scan reads every
-- row; these tables hold, for each organization name, project code and
-- title and demand survey title, every distinct lower-cased substring of
-- one and of two characters, so that a search can first narrow to the rows
-- holding all of q's pairs of characters (Chinese words are often two
-- characters, which three-character indexes cannot find) and then check
-- the few left with LIKE. Triggers keep the tables in step with every
-- write; a migration that rebuilds one of the three tables must create its
-- triggers again.

-- search_positions holds 1..4000, the character positions a trigger walks
-- (triggers cannot use WITH). Names and titles are at most 200 characters.
CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 4000)
INSERT INTO search_positions (n) SELECT n FROM p;

CREATE TABLE organization_grams (
	gram TEXT NOT NULL,
	organization_id TEXT NOT NULL,
	PRIMARY KEY (gram, organization_id)
) WITHOUT ROWID;

CREATE TABLE project_grams (
	gram TEXT NOT NULL,
	project_id TEXT NOT NULL,
	PRIMARY KEY (gram, project_id)
) WITHOUT ROWID;

CREATE TABLE demand_survey_grams (
	gram TEXT NOT NULL,
	survey_id TEXT NOT NULL,
	PRIMARY KEY (gram, survey_id)
) WITHOUT ROWID;

-- Organizations: the grams of name.
CREATE TRIGGER organization_grams_insert AFTER INSERT ON organizations BEGIN
	INSERT OR IGNORE INTO organization_grams (gram, organization_id)
	SELECT lower(substr(NEW.name, n, 1)), NEW.id FROM search_positions WHERE n <= length(NEW.name)
	UNION SELECT lower(substr(NEW.name, n, 2)), NEW.id FROM search_positions WHERE n < length(NEW.name);
END;

CREATE TRIGGER organization_grams_update AFTER UPDATE OF id, name ON organizations
WHEN OLD.name IS NOT NEW.name OR OLD.id IS NOT NEW.id BEGIN
	DELETE FROM organization_grams WHERE organization_id = OLD.id AND gram IN (
		SELECT lower(substr(OLD.name, n, 1)) FROM search_positions WHERE n <= length(OLD.name)
		UNION SELECT lower(substr(OLD.name, n, 2)) FROM search_positions WHERE n < length(OLD.name));
	INSERT OR IGNORE INTO organization_grams (gram, organization_id)
	SELECT lower(substr(NEW.name, n, 1)), NEW.id FROM search_positions WHERE n <= length(NEW.name)
	UNION SELECT lower(substr(NEW.name, n, 2)), NEW.id FROM search_positions WHERE n < length(NEW.name);
END;

CREATE TRIGGER organization_grams_delete AFTER DELETE ON organizations BEGIN
	DELETE FROM organization_grams WHERE organization_id = OLD.id AND gram IN (
		SELECT lower(substr(OLD.name, n, 1)) FROM search_positions WHERE n <= length(OLD.name)
		UNION SELECT lower(substr(OLD.name, n, 2)) FROM search_positions WHERE n < length(OLD.name));
END;

-- Projects: the grams of code and of title together.
CREATE TRIGGER project_grams_insert AFTER INSERT ON projects BEGIN
	INSERT OR IGNORE INTO project_grams (gram, project_id)
	SELECT lower(substr(NEW.code, n, 1)), NEW.id FROM search_positions WHERE n <= length(NEW.code)
	UNION SELECT lower(substr(NEW.code, n, 2)), NEW.id FROM search_positions WHERE n < length(NEW.code)
	UNION SELECT lower(substr(NEW.title, n, 1)), NEW.id FROM search_positions WHERE n <= length(NEW.title)
	UNION SELECT lower(substr(NEW.title, n, 2)), NEW.id FROM search_positions WHERE n < length(NEW.title);
END;

CREATE TRIGGER project_grams_update AFTER UPDATE OF id, code, title ON projects
WHEN OLD.code IS NOT NEW.code OR OLD.title IS NOT NEW.title OR OLD.id IS NOT NEW.id BEGIN
	DELETE FROM project_grams WHERE project_id = OLD.id AND gram IN (
		SELECT lower(substr(OLD.code, n, 1)) FROM search_positions WHERE n <= length(OLD.code)
		UNION SELECT lower(substr(OLD.code, n, 2)) FROM search_positions WHERE n < length(OLD.code)
		UNION SELECT lower(substr(OLD.title, n, 1)) FROM search_positions WHERE n <= length(OLD.title)
		UNION SELECT lower(substr(OLD.title, n, 2)) FROM search_positions WHERE n < length(OLD.title));
	INSERT OR IGNORE INTO project_grams (gram, project_id)
	SELECT lower(substr(NEW.code, n, 1)), NEW.id FROM search_positions WHERE n <= length(NEW.code)
	UNION SELECT lower(substr(NEW.code, n, 2)), NEW.id FROM search_positions WHERE n < length(NEW.code)
	UNION SELECT lower(substr(NEW.title, n, 1)), NEW.id FROM search_positions WHERE n <= length(NEW.title)
	UNION SELECT lower(substr(NEW.title, n, 2)), NEW.id FROM search_positions WHERE n < length(NEW.title);
END;

CREATE TRIGGER project_grams_delete AFTER DELETE ON projects BEGIN
	DELETE FROM project_grams WHERE project_id = OLD.id AND gram IN (
		SELECT lower(substr(OLD.code, n, 1)) FROM search_positions WHERE n <= length(OLD.code)
		UNION SELECT lower(substr(OLD.code, n, 2)) FROM search_positions WHERE n < length(OLD.code)
		UNION SELECT lower(substr(OLD.title, n, 1)) FROM search_positions WHERE n <= length(OLD.title)
		UNION SELECT lower(substr(OLD.title, n, 2)) FROM search_positions WHERE n < length(OLD.title));
END;

-- Demand surveys: the grams of title.
CREATE TRIGGER demand_survey_grams_insert AFTER INSERT ON demand_surveys BEGIN
	INSERT OR IGNORE INTO demand_survey_grams (gram, survey_id)
	SELECT lower(substr(NEW.title, n, 1)), NEW.id FROM search_positions WHERE n <= length(NEW.title)
	UNION SELECT lower(substr(NEW.title, n, 2)), NEW.id FROM search_positions WHERE n < length(NEW.title);
END;

CREATE TRIGGER demand_survey_grams_update AFTER UPDATE OF id, title ON demand_surveys
WHEN OLD.title IS NOT NEW.title OR OLD.id IS NOT NEW.id BEGIN
	DELETE FROM demand_survey_grams WHERE survey_id = OLD.id AND gram IN (
		SELECT lower(substr(OLD.title, n, 1)) FROM search_positions WHERE n <= length(OLD.title)
		UNION SELECT lower(substr(OLD.title, n, 2)) FROM search_positions WHERE n < length(OLD.title));
	INSERT OR IGNORE INTO demand_survey_grams (gram, survey_id)
	SELECT lower(substr(NEW.title, n, 1)), NEW.id FROM search_positions WHERE n <= length(NEW.title)
	UNION SELECT lower(substr(NEW.title, n, 2)), NEW.id FROM search_positions WHERE n < length(NEW.title);
END;

CREATE TRIGGER demand_survey_grams_delete AFTER DELETE ON demand_surveys BEGIN
	DELETE FROM demand_survey_grams WHERE survey_id = OLD.id AND gram IN (
		SELECT lower(substr(OLD.title, n, 1)) FROM search_positions WHERE n <= length(OLD.title)
		UNION SELECT lower(substr(OLD.title, n, 2)) FROM search_positions WHERE n < length(OLD.title));
END;

-- The rows already there.
INSERT OR IGNORE INTO organization_grams (gram, organization_id)
SELECT lower(substr(o.name, p.n, 1)), o.id FROM organizations o JOIN search_positions p ON p.n <= length(o.name)
UNION SELECT lower(substr(o.name, p.n, 2)), o.id FROM organizations o JOIN search_positions p ON p.n < length(o.name);

INSERT OR IGNORE INTO project_grams (gram, project_id)
SELECT lower(substr(x.code, p.n, 1)), x.id FROM projects x JOIN search_positions p ON p.n <= length(x.code)
UNION SELECT lower(substr(x.code, p.n, 2)), x.id FROM projects x JOIN search_positions p ON p.n < length(x.code)
UNION SELECT lower(substr(x.title, p.n, 1)), x.id FROM projects x JOIN search_positions p ON p.n <= length(x.title)
UNION SELECT lower(substr(x.title, p.n, 2)), x.id FROM projects x JOIN search_positions p ON p.n < length(x.title);

INSERT OR IGNORE INTO demand_survey_grams (gram, survey_id)
SELECT lower(substr(v.title, p.n, 1)), v.id FROM demand_surveys v JOIN search_positions p ON p.n <= length(v.title)
UNION SELECT lower(substr(v.title, p.n, 2)), v.id FROM demand_surveys v JOIN search_positions p ON p.n < length(v.title);
