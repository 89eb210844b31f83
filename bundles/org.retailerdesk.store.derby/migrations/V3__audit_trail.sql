-- Version 3: the audit trail. Written by the store in the same transaction as the change it
-- describes: one row per changed field (OLD_VALUE -> NEW_VALUE), or one summary row per chunk
-- of a bulk insert (FIELD null). RETAILER_ID is set when the entity is a retailer or belongs
-- to one, so a retailer's history is one index range, newest first.
CREATE TABLE RD_AUDIT (
    ID          BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    CHANGED_AT  TIMESTAMP NOT NULL,
    ACTOR       VARCHAR(100) NOT NULL,
    ACTION      VARCHAR(20) NOT NULL,
    ENTITY_TYPE VARCHAR(60) NOT NULL,
    ENTITY_ID   BIGINT NOT NULL,
    RETAILER_ID BIGINT,
    FIELD       VARCHAR(60),
    OLD_VALUE   VARCHAR(2000),
    NEW_VALUE   VARCHAR(2000)
);
CREATE INDEX IX_AUDIT_RETAILER ON RD_AUDIT (RETAILER_ID, ID DESC);
CREATE INDEX IX_AUDIT_ENTITY ON RD_AUDIT (ENTITY_TYPE, ENTITY_ID, ID DESC);
