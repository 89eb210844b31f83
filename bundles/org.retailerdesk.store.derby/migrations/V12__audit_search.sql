-- Version 12: the audit viewer searches the whole centre's trail (issue 14) by user, time, entity
-- kind, retailer and action, newest first, a page at a time. Each filter gets an index range of its
-- own (the retailer has its since V3); without filters a page is read along the ID index backwards.
-- The kind has one beside V3's (ENTITY_TYPE, ENTITY_ID, ID DESC): a kind is a large share of the
-- trail, and only an index in id order lets a page stop after its rows instead of sorting them all.
CREATE INDEX IX_AUDIT_NEWEST ON RD_AUDIT (ID DESC);
CREATE INDEX IX_AUDIT_ACTOR ON RD_AUDIT (ACTOR, ID DESC);
CREATE INDEX IX_AUDIT_ACTION ON RD_AUDIT (ACTION, ID DESC);
CREATE INDEX IX_AUDIT_KIND ON RD_AUDIT (ENTITY_TYPE, ID DESC);
CREATE INDEX IX_AUDIT_AT ON RD_AUDIT (CHANGED_AT, ID);
