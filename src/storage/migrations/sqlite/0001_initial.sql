-- Schema 1: staff, codes and their versions stored by content hash, the full-text index,
-- the hash-chained audit log, and the triggers that freeze whatever has left the draft
-- state, so that not even a script run through sqlite3 can change it.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    employee_no TEXT NOT NULL UNIQUE,
    full_name   TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL
                CHECK (role IN ('agent', 'supervisor', 'manager', 'quality', 'trainer')),
    team        TEXT NOT NULL DEFAULT '',
    site        TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT 'en',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    start_date  TEXT,                       -- ISO date, or NULL when unknown
    secret_hash TEXT NOT NULL DEFAULT ''    -- empty: cannot sign in yet
);

CREATE TABLE code (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL,
    organisation       TEXT NOT NULL DEFAULT '',
    language           TEXT NOT NULL,
    audience           TEXT NOT NULL DEFAULT '{"roles":[],"teams":[]}',
    attestation_months INTEGER,
    grace_days         INTEGER NOT NULL DEFAULT 14,
    created_at         TEXT NOT NULL
);

CREATE TABLE version (
    id           INTEGER PRIMARY KEY,
    code_id      INTEGER NOT NULL REFERENCES code (id),
    number       INTEGER NOT NULL,
    language     TEXT NOT NULL,             -- the language the version was written in
    state        TEXT NOT NULL CHECK (state IN ('draft', 'in_review', 'approved',
                                                'published', 'superseded', 'withdrawn')),
    author       TEXT NOT NULL,
    submitted_by TEXT,
    approved_by  TEXT,
    published_by TEXT,
    created_at   TEXT NOT NULL,
    submitted_at TEXT,
    approved_at  TEXT,
    published_at TEXT,
    material     INTEGER CHECK (material IN (0, 1)),
    summary      TEXT NOT NULL DEFAULT '',
    revision     INTEGER NOT NULL DEFAULT 0,
    saved_by     TEXT NOT NULL,
    saved_at     TEXT NOT NULL,
    UNIQUE (code_id, number)
);
-- At most one version of a code on its way to publication, and at most one in force.
CREATE UNIQUE INDEX version_one_open ON version (code_id)
    WHERE state IN ('draft', 'in_review', 'approved');
CREATE UNIQUE INDEX version_one_in_force ON version (code_id) WHERE state = 'published';

-- Content by hash: a clause and a section are stored once however many versions hold them.
CREATE TABLE clause_blob (
    id        INTEGER PRIMARY KEY,
    hash      BLOB NOT NULL UNIQUE,         -- SHA-256 of the clause's canonical JSON
    clause_id TEXT NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    strength  TEXT NOT NULL CHECK (strength IN ('must', 'should')),
    refs      TEXT NOT NULL DEFAULT '[]'    -- JSON array of strings
);

CREATE TABLE section_blob (
    id          INTEGER PRIMARY KEY,
    hash        BLOB NOT NULL UNIQUE,       -- SHA-256 of the section's canonical JSON
    section_key TEXT NOT NULL,
    meta        TEXT NOT NULL               -- canonical JSON of all but the clauses
);

CREATE TABLE section_clause (
    section_blob_id INTEGER NOT NULL REFERENCES section_blob (id),
    position        INTEGER NOT NULL,
    clause_blob_id  INTEGER NOT NULL REFERENCES clause_blob (id),
    PRIMARY KEY (section_blob_id, position)
) WITHOUT ROWID;
CREATE INDEX section_clause_by_clause ON section_clause (clause_blob_id);

-- The language column leaves room for translations of the same version.
CREATE TABLE version_section (
    version_id      INTEGER NOT NULL REFERENCES version (id),
    language        TEXT NOT NULL,
    section_key     TEXT NOT NULL,
    section_blob_id INTEGER NOT NULL REFERENCES section_blob (id),
    PRIMARY KEY (version_id, language, section_key)
) WITHOUT ROWID;
CREATE INDEX version_section_by_blob ON version_section (section_blob_id);

CREATE VIRTUAL TABLE clause_fts USING fts5 (
    title, body,
    content = 'clause_blob', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,          -- 1, 2, 3, ... without gaps
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT '{}',
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);

-- The full-text index follows the clause blobs inside the same transaction.
CREATE TRIGGER clause_blob_index AFTER INSERT ON clause_blob
BEGIN
    INSERT INTO clause_fts (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

CREATE TRIGGER clause_blob_unindex AFTER DELETE ON clause_blob
BEGIN
    INSERT INTO clause_fts (clause_fts, rowid, title, body)
        VALUES ('delete', OLD.id, OLD.title, OLD.body);
END;

-- Stored content never changes; a change is a new blob. Only a blob that no version
-- refers to (left behind by a draft's earlier save) may be deleted.
CREATE TRIGGER clause_blob_frozen BEFORE UPDATE ON clause_blob
BEGIN
    SELECT RAISE(ABORT, 'stored clause content is frozen: a change is saved as a new version');
END;

CREATE TRIGGER clause_blob_kept BEFORE DELETE ON clause_blob
WHEN EXISTS (SELECT 1 FROM section_clause WHERE clause_blob_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'stored clause content is frozen: a version still holds it');
END;

CREATE TRIGGER section_blob_frozen BEFORE UPDATE ON section_blob
BEGIN
    SELECT RAISE(ABORT, 'stored section content is frozen: a change is saved as a new version');
END;

CREATE TRIGGER section_blob_kept BEFORE DELETE ON section_blob
WHEN EXISTS (SELECT 1 FROM version_section WHERE section_blob_id = OLD.id)
  OR EXISTS (SELECT 1 FROM section_clause WHERE section_blob_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'stored section content is frozen: a version still holds it');
END;

CREATE TRIGGER section_clause_frozen BEFORE UPDATE ON section_clause
BEGIN
    SELECT RAISE(ABORT, 'stored section content is frozen: a change is saved as a new version');
END;

CREATE TRIGGER section_clause_added_once BEFORE INSERT ON section_clause
WHEN EXISTS (SELECT 1 FROM version_section WHERE section_blob_id = NEW.section_blob_id)
BEGIN
    SELECT RAISE(ABORT, 'stored section content is frozen: a version already holds it');
END;

CREATE TRIGGER section_clause_kept BEFORE DELETE ON section_clause
WHEN EXISTS (SELECT 1 FROM version_section WHERE section_blob_id = OLD.section_blob_id)
BEGIN
    SELECT RAISE(ABORT, 'stored section content is frozen: a version still holds it');
END;

-- Only a draft's sections may be added, replaced or removed.
CREATE TRIGGER version_section_insert_draft BEFORE INSERT ON version_section
WHEN (SELECT state FROM version WHERE id = NEW.version_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'version content is frozen: only a draft can be changed');
END;

CREATE TRIGGER version_section_update_draft BEFORE UPDATE ON version_section
WHEN (SELECT state FROM version WHERE id = OLD.version_id) IS NOT 'draft'
  OR (SELECT state FROM version WHERE id = NEW.version_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'version content is frozen: only a draft can be changed');
END;

CREATE TRIGGER version_section_delete_draft BEFORE DELETE ON version_section
WHEN (SELECT state FROM version WHERE id = OLD.version_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'version content is frozen: only a draft can be changed');
END;

-- The state machine, as the database sees it.
CREATE TRIGGER version_state_change BEFORE UPDATE OF state ON version
WHEN NEW.state IS NOT OLD.state
 AND NOT ((OLD.state = 'draft' AND NEW.state IN ('in_review', 'withdrawn'))
       OR (OLD.state = 'in_review' AND NEW.state IN ('draft', 'approved', 'withdrawn'))
       OR (OLD.state = 'approved' AND NEW.state IN ('published', 'withdrawn'))
       OR (OLD.state = 'published' AND NEW.state = 'superseded'))
BEGIN
    SELECT RAISE(ABORT, 'a version cannot move between these states');
END;

-- A version that was published or withdrawn is a record: the one change left to a
-- published version is to be superseded by the next.
CREATE TRIGGER version_frozen BEFORE UPDATE ON version
WHEN OLD.state IN ('published', 'superseded', 'withdrawn')
 AND NOT (OLD.state = 'published' AND NEW.state = 'superseded'
      AND NEW.id IS OLD.id AND NEW.code_id IS OLD.code_id AND NEW.number IS OLD.number
      AND NEW.language IS OLD.language AND NEW.author IS OLD.author
      AND NEW.submitted_by IS OLD.submitted_by AND NEW.approved_by IS OLD.approved_by
      AND NEW.published_by IS OLD.published_by AND NEW.created_at IS OLD.created_at
      AND NEW.submitted_at IS OLD.submitted_at AND NEW.approved_at IS OLD.approved_at
      AND NEW.published_at IS OLD.published_at AND NEW.material IS OLD.material
      AND NEW.summary IS OLD.summary AND NEW.revision IS OLD.revision
      AND NEW.saved_by IS OLD.saved_by AND NEW.saved_at IS OLD.saved_at)
BEGIN
    SELECT RAISE(ABORT, 'a published version is frozen: it cannot be changed');
END;

CREATE TRIGGER version_kept BEFORE DELETE ON version
WHEN OLD.state IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'a version that left the draft state is kept for ever');
END;

-- The audit log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only: its rows cannot be deleted');
END;
