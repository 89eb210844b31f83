-- Version 5: a bulk load no longer writes search tokens row by row.
-- Each bulk chunk records its id range here in its own transaction; a background indexer of
-- the store builds the tokens of one range per transaction and removes the range. Until then
-- text queries check the retailers of these ranges with LIKE (primary-key range scans), so
-- results stay exact while the index catches up.
CREATE TABLE RD_RETAILER_SEARCH_BACKLOG (
    FIRST_ID BIGINT NOT NULL PRIMARY KEY,
    LAST_ID  BIGINT NOT NULL
);
-- Per-grade counts and totals for one district read this index alone (no row is fetched).
CREATE INDEX IX_RETAILER_DISTRICT_GRADE ON RD_RETAILER (DISTRICT_ID, GRADE);
-- Retailers per search token, kept with the tokens: a broad two-character text (a bigram that
-- tens of thousands of shops have) is counted from one row instead of its whole index range.
CREATE TABLE RD_RETAILER_TOKEN_COUNT (
    TOKEN VARCHAR(2) NOT NULL PRIMARY KEY,
    N     BIGINT NOT NULL
);
INSERT INTO RD_RETAILER_TOKEN_COUNT (TOKEN, N) SELECT TOKEN, COUNT(*) FROM RD_RETAILER_TOKEN GROUP BY TOKEN;
