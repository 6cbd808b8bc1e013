-- Schema 5 on PostgreSQL: why a signature was entered from paper, as
-- migrations/sqlite/0005_paper_record.sql.
ALTER TABLE acknowledgement ADD COLUMN paper_record text COLLATE "C";
