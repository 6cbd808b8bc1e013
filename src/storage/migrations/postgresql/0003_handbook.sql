-- Schema 3 on PostgreSQL: the handbook of each published version, as
-- migrations/sqlite/0003_handbook.sql.

CREATE TABLE published_handbook (
    version_id  bigint PRIMARY KEY REFERENCES version (id),
    pdf         bytea NOT NULL,
    sha256      bytea NOT NULL,
    rendered_at text COLLATE "C" NOT NULL
);

CREATE TRIGGER published_handbook_no_update BEFORE UPDATE ON published_handbook FOR EACH ROW
    EXECUTE FUNCTION tenet_refuse('a published handbook is a record: it cannot be changed');
CREATE TRIGGER published_handbook_no_delete BEFORE DELETE ON published_handbook FOR EACH ROW
    EXECUTE FUNCTION tenet_refuse('a published handbook is a record: it cannot be deleted');
CREATE TRIGGER published_handbook_no_truncate BEFORE TRUNCATE ON published_handbook
    FOR EACH STATEMENT
    EXECUTE FUNCTION tenet_refuse('a published handbook is a record: they cannot be emptied');
