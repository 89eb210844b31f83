-- Version 4: what the retailer list needs at 500 000 rows.
-- Search tokens: the distinct character bigrams of each retailer's shop name and address,
-- lower-cased, kept by the store on insert, update and delete. A text filter looks its bigrams
-- up here, then checks the candidates with LIKE (a bare LIKE '%x%' would scan every row).
CREATE TABLE RD_RETAILER_TOKEN (
    TOKEN       VARCHAR(2) NOT NULL,
    RETAILER_ID BIGINT NOT NULL,
    CONSTRAINT PK_RETAILER_TOKEN PRIMARY KEY (TOKEN, RETAILER_ID)
);
-- Sorting: the page query selects ids only, so these indexes cover it (Derby reads no rows).
-- Derby cannot scan an index backwards, hence a descending twin where the list sorts both ways.
CREATE INDEX IX_RETAILER_GRADE ON RD_RETAILER (GRADE, ID);
CREATE INDEX IX_RETAILER_GRADE_DESC ON RD_RETAILER (GRADE DESC, ID DESC);
CREATE INDEX IX_RETAILER_SHOP_NAME ON RD_RETAILER (SHOP_NAME, ID);
-- Prefix search on the licence number (the customer code has its unique index).
CREATE INDEX IX_RETAILER_LICENCE ON RD_RETAILER (LICENCE_NUMBER);
-- Retailers per grade, market type and business format, kept by the store in the same
-- transaction as each retailer write: counting 500 000 rows takes Derby most of a second, so
-- per-grade counts and totals of queries filtered only on these columns add up these cells.
CREATE TABLE RD_RETAILER_COUNT (
    GRADE           INTEGER NOT NULL,
    MARKET_TYPE     VARCHAR(40) NOT NULL,
    BUSINESS_FORMAT VARCHAR(40) NOT NULL,
    N               BIGINT NOT NULL,
    CONSTRAINT PK_RETAILER_COUNT PRIMARY KEY (GRADE, MARKET_TYPE, BUSINESS_FORMAT)
);
