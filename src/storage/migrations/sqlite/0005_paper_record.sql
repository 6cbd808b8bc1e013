-- Schema 5: a signature a manager entered from paper, without the person's PIN, says so and
-- why. NULL for every signature made before this step, and for every signature the person
-- made themselves. The ledger hashes the column only when it holds a reason, so the rows
-- written before it keep their hashes.
ALTER TABLE acknowledgement ADD COLUMN paper_record TEXT;
