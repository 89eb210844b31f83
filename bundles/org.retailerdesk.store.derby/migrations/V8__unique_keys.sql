-- Version 8: what identifies a retailer's licence, a publicity record and a visit is unique in the
-- database itself, not only in an import's dry run, so a concurrent write cannot duplicate it.
-- Before these statements the migrator looks for existing duplicates (UniqueKeys) and stops with
-- a message naming them, leaving the database at version 7.
-- LICENCE_NUMBER is NOT NULL (the model requires it), so NULL handling does not arise; a UNIQUE
-- constraint (rather than a unique index) would in any case let several NULLs in.
ALTER TABLE RD_RETAILER ADD CONSTRAINT UQ_RETAILER_LICENCE_NUMBER UNIQUE (LICENCE_NUMBER);
-- the column order of IX_PUBLICITY_POLICY_RETAILER, which the coverage count reads
ALTER TABLE RD_PUBLICITY_RECORD ADD CONSTRAINT UQ_PUBLICITY_RECORD_KEY UNIQUE (POLICY_ID, RETAILER_ID, DATE);
ALTER TABLE RD_VISIT ADD CONSTRAINT UQ_VISIT_KEY UNIQUE (RETAILER_ID, DATE, VISITOR_ID);
