-- Schema 3: the handbook of each published version, as rendered at the moment of
-- publication, so that the exact document people signed can be produced years later, byte
-- for byte, whatever Tenet's layout has become. Nothing in schemas 1 and 2 changes;
-- versions published before this step have no stored handbook.

CREATE TABLE published_handbook (
    version_id  INTEGER PRIMARY KEY REFERENCES version (id),
    pdf         BLOB NOT NULL,
    sha256      BLOB NOT NULL,              -- SHA-256 of pdf; `tenetctl verify` checks it
    rendered_at TEXT NOT NULL               -- UTC
);

-- A record of what was published: written once, in the publication's transaction.
CREATE TRIGGER published_handbook_no_update BEFORE UPDATE ON published_handbook
BEGIN
    SELECT RAISE(ABORT, 'a published handbook is a record: it cannot be changed');
END;

CREATE TRIGGER published_handbook_no_delete BEFORE DELETE ON published_handbook
BEGIN
    SELECT RAISE(ABORT, 'a published handbook is a record: it cannot be deleted');
END;
