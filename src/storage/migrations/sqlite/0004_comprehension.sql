-- Schema 4: the comprehension check a version may ask before people sign it, every attempt
-- at it, and which sections of the version in force each reader has opened. Nothing in the
-- earlier schemas changes; versions made before this step ask no questions.

-- A version's questions and pass mark, as the canonical JSON of the exchange format's
-- "comprehension_check" member. Frozen with the rest of the version's content.
CREATE TABLE version_check (
    version_id INTEGER NOT NULL REFERENCES version (id),
    language   TEXT NOT NULL,
    body       TEXT NOT NULL,
    sha256     BLOB NOT NULL,               -- of body; `tenetctl verify` checks it
    PRIMARY KEY (version_id, language)
) WITHOUT ROWID;

CREATE TRIGGER version_check_insert_draft BEFORE INSERT ON version_check
WHEN (SELECT state FROM version WHERE id = NEW.version_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'version content is frozen: only a draft can be changed');
END;

CREATE TRIGGER version_check_update_draft BEFORE UPDATE ON version_check
WHEN (SELECT state FROM version WHERE id = OLD.version_id) IS NOT 'draft'
  OR (SELECT state FROM version WHERE id = NEW.version_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'version content is frozen: only a draft can be changed');
END;

CREATE TRIGGER version_check_delete_draft BEFORE DELETE ON version_check
WHEN (SELECT state FROM version WHERE id = OLD.version_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'version content is frozen: only a draft can be changed');
END;

-- Every attempt at a version's check, passed or failed. A failed attempt is kept, not
-- held against anyone: it shows the check was taken seriously. A record, so append-only.
CREATE TABLE check_attempt (
    id             INTEGER PRIMARY KEY,
    code_id        INTEGER NOT NULL REFERENCES code (id),
    version_id     INTEGER NOT NULL REFERENCES version (id),
    version_number INTEGER NOT NULL,
    employee_no    TEXT NOT NULL REFERENCES staff (employee_no),
    attempted_at   TEXT NOT NULL,           -- UTC
    correct        INTEGER NOT NULL CHECK (correct >= 0),
    total          INTEGER NOT NULL CHECK (total > 0 AND correct <= total),
    score          REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    passed         INTEGER NOT NULL CHECK (passed IN (0, 1)),
    answers        TEXT NOT NULL            -- JSON: question id -> index of the choice
);
CREATE INDEX check_attempt_by_person ON check_attempt (version_id, employee_no, id);

CREATE TRIGGER check_attempt_no_update BEFORE UPDATE ON check_attempt
BEGIN
    SELECT RAISE(ABORT, 'attempts at a comprehension check are a record: one cannot be changed');
END;

CREATE TRIGGER check_attempt_no_delete BEFORE DELETE ON check_attempt
BEGIN
    SELECT RAISE(ABORT, 'attempts at a comprehension check are a record: one cannot be deleted');
END;

-- The sections of a version each person has opened in the reading view, so that someone who
-- reads half today and half tomorrow, or whose program stopped, does not start again.
CREATE TABLE section_opened (
    version_id  INTEGER NOT NULL REFERENCES version (id),
    employee_no TEXT NOT NULL REFERENCES staff (employee_no),
    section_key TEXT NOT NULL,
    opened_at   TEXT NOT NULL,              -- UTC, the first time
    PRIMARY KEY (version_id, employee_no, section_key)
) WITHOUT ROWID;
