-- Schema 2: the acknowledgement ledger, section reviews and measured KPI values. Nothing in
-- schema 1 changes; the reviews that earlier publications stand for are recorded here.

-- Who signed which version, chained like the audit log (see HashChain): each row holds the
-- SHA-256 of the previous row's hash and of its own content, so an edited, deleted or
-- reordered row is found by `tenetctl verify`.
CREATE TABLE acknowledgement (
    seq            INTEGER PRIMARY KEY,     -- 1, 2, 3, ... without gaps
    code_id        INTEGER NOT NULL REFERENCES code (id),
    version_id     INTEGER NOT NULL REFERENCES version (id),
    version_number INTEGER NOT NULL,
    employee_no    TEXT NOT NULL REFERENCES staff (employee_no),
    printed_name   TEXT NOT NULL,           -- the roster's name when they signed
    typed_name     TEXT NOT NULL,           -- what they typed
    signed_at      TEXT NOT NULL,           -- UTC
    meaning        TEXT NOT NULL,           -- "read and understood version N of CODE"
    quiz_score     REAL,                    -- percent; NULL when there was no quiz
    prev_hash      BLOB NOT NULL,
    hash           BLOB NOT NULL
);
CREATE INDEX acknowledgement_by_person ON acknowledgement (code_id, employee_no, seq);
CREATE INDEX acknowledgement_by_version ON acknowledgement (version_id, employee_no);

-- Each person's latest signature of each code, kept by the trigger below, so that the
-- dashboard reads one small row per person however long the ledger grows. Derived data:
-- `tenetctl verify` checks it against the ledger.
CREATE TABLE acknowledgement_latest (
    code_id        INTEGER NOT NULL,
    employee_no    TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    version_number INTEGER NOT NULL,
    signed_at      TEXT NOT NULL,
    PRIMARY KEY (code_id, employee_no)
) WITHOUT ROWID;

CREATE TRIGGER acknowledgement_latest_follows AFTER INSERT ON acknowledgement
BEGIN
    INSERT INTO acknowledgement_latest (code_id, employee_no, seq, version_number, signed_at)
        VALUES (NEW.code_id, NEW.employee_no, NEW.seq, NEW.version_number, NEW.signed_at)
        ON CONFLICT (code_id, employee_no) DO UPDATE
        SET seq = excluded.seq, version_number = excluded.version_number,
            signed_at = excluded.signed_at
        WHERE excluded.seq > acknowledgement_latest.seq;
END;

CREATE TRIGGER acknowledgement_no_update BEFORE UPDATE ON acknowledgement
BEGIN
    SELECT RAISE(ABORT, 'the acknowledgement ledger is append-only: a signature cannot be changed');
END;

CREATE TRIGGER acknowledgement_no_delete BEFORE DELETE ON acknowledgement
BEGIN
    SELECT RAISE(ABORT, 'the acknowledgement ledger is append-only: a signature cannot be deleted');
END;

-- Someone looked at a section and said whether it still holds. Publishing a version that
-- changed a section records one for it. A record, so append-only.
CREATE TABLE section_review (
    id             INTEGER PRIMARY KEY,
    code_id        INTEGER NOT NULL REFERENCES code (id),
    section_key    TEXT NOT NULL CHECK (section_key IN ('ethics', 'communication', 'behaviour',
                                        'service_protocols', 'complaints', 'training', 'metrics')),
    version_number INTEGER NOT NULL,        -- the version in force, or just published
    reviewer       TEXT NOT NULL,           -- employee number, or "os:NAME"
    reviewed_at    TEXT NOT NULL,           -- UTC
    outcome        TEXT NOT NULL CHECK (outcome IN ('unchanged', 'revised')),
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX section_review_by_section ON section_review (code_id, section_key, reviewed_at);

CREATE TRIGGER section_review_no_update BEFORE UPDATE ON section_review
BEGIN
    SELECT RAISE(ABORT, 'section reviews are a record: a review cannot be changed');
END;

CREATE TRIGGER section_review_no_delete BEFORE DELETE ON section_review
BEGIN
    SELECT RAISE(ABORT, 'section reviews are a record: a review cannot be deleted');
END;

-- Measured values of the KPIs of a code's metrics section, per period and team ('' is the
-- whole organisation). A later import of the same period replaces the value.
CREATE TABLE kpi_observation (
    id           INTEGER PRIMARY KEY,
    code_id      INTEGER NOT NULL REFERENCES code (id),
    kpi_key      TEXT NOT NULL,
    team         TEXT NOT NULL DEFAULT '',
    period_start TEXT NOT NULL,             -- ISO date
    period_end   TEXT NOT NULL CHECK (period_end >= period_start),
    value        REAL NOT NULL,
    imported_at  TEXT NOT NULL,             -- UTC
    imported_by  TEXT NOT NULL,
    UNIQUE (code_id, kpi_key, team, period_start, period_end)
);
-- The latest period of each KPI and team is one index step away.
CREATE INDEX kpi_observation_latest ON kpi_observation (code_id, kpi_key, team, period_end);

-- Every publication so far counts as a review of the sections it changed (all of them for
-- a code's first publication), exactly as publishing records one from now on.
INSERT INTO section_review (code_id, section_key, version_number, reviewer, reviewed_at,
                            outcome, note)
SELECT v.code_id, s.section_key, v.number, coalesce(v.published_by, v.author), v.published_at,
       'revised', 'published in version ' || v.number
FROM version v
JOIN version_section s ON s.version_id = v.id AND s.language = v.language
WHERE v.state IN ('published', 'superseded')
  AND v.published_at IS NOT NULL
  AND NOT EXISTS (
      SELECT 1
      FROM version p
      JOIN version_section ps ON ps.version_id = p.id AND ps.language = p.language
      WHERE p.code_id = v.code_id
        AND p.number = (SELECT max(q.number) FROM version q
                        WHERE q.code_id = v.code_id AND q.number < v.number
                          AND q.state IN ('published', 'superseded'))
        AND ps.section_key = s.section_key
        AND ps.section_blob_id = s.section_blob_id)
ORDER BY v.code_id, v.number, s.section_key;
