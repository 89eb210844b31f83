-- Version 10: lists of the retailers in business (issue 13). A suspended or cancelled retailer
-- drops out of the default list, allocation and coverage, so the status is a filter every list
-- has and must stay as fast as the list without it.
-- A status never written reads as ACTIVE (the model's default): stored so, SQL filters see it too.
UPDATE RD_RETAILER SET STATUS = 'ACTIVE' WHERE STATUS IS NULL;
-- The count cells gain the status, so a list filtered on it (the default list) is still counted
-- from them; rebuilt from the rows, which also mends cells of rows written by hand.
DROP TABLE RD_RETAILER_COUNT;
CREATE TABLE RD_RETAILER_COUNT (
    GRADE           INTEGER NOT NULL,
    MARKET_TYPE     VARCHAR(40) NOT NULL,
    BUSINESS_FORMAT VARCHAR(40) NOT NULL,
    STATUS          VARCHAR(40) NOT NULL,
    N               BIGINT NOT NULL,
    CONSTRAINT PK_RETAILER_COUNT PRIMARY KEY (GRADE, MARKET_TYPE, BUSINESS_FORMAT, STATUS)
);
INSERT INTO RD_RETAILER_COUNT (GRADE, MARKET_TYPE, BUSINESS_FORMAT, STATUS, N)
    SELECT GRADE, MARKET_TYPE, BUSINESS_FORMAT, STATUS, COUNT(*) FROM RD_RETAILER
    GROUP BY GRADE, MARKET_TYPE, BUSINESS_FORMAT, STATUS;
-- The grade indexes carry the status: a page in grade order checks it without reading the rows.
DROP INDEX IX_RETAILER_GRADE;
CREATE INDEX IX_RETAILER_GRADE ON RD_RETAILER (GRADE, ID, STATUS);
DROP INDEX IX_RETAILER_GRADE_DESC;
CREATE INDEX IX_RETAILER_GRADE_DESC ON RD_RETAILER (GRADE DESC, ID DESC, STATUS);
-- The few retailers out of business, found without reading the others: a search's count in
-- business is its count minus theirs (see RetailerQuerySql).
CREATE INDEX IX_RETAILER_STATUS ON RD_RETAILER (STATUS, ID);
