-- Version 1: the store's own bookkeeping. The history table is created by the migrator
-- itself; this version records the database's identity.
CREATE TABLE RD_DATABASE (
    ID          INT NOT NULL PRIMARY KEY,
    CREATED_AT  TIMESTAMP NOT NULL,
    CREATED_BY  VARCHAR(200) NOT NULL
);
INSERT INTO RD_DATABASE (ID, CREATED_AT, CREATED_BY) VALUES (1, CURRENT_TIMESTAMP, CURRENT_USER);
