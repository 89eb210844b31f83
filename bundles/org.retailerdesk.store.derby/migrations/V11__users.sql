-- Version 11: the centre's users. Passwords are Derby's (NATIVE authentication, SYSUSERS); this
-- table holds what RetailerDesk adds: the name shown, the roles (comma-separated Role names),
-- the staff member a user is (a customer manager's own retailers), and whether he may sign in.
CREATE TABLE RD_USER (
    USER_NAME    VARCHAR(30) NOT NULL PRIMARY KEY,
    DISPLAY_NAME VARCHAR(100) NOT NULL,
    ROLES        VARCHAR(200) NOT NULL,
    STAFF_ID     BIGINT,
    ACTIVE       BOOLEAN NOT NULL,
    CREATED_AT   TIMESTAMP NOT NULL,
    VERSION      INTEGER NOT NULL,
    CONSTRAINT FK_USER_STAFF FOREIGN KEY (STAFF_ID) REFERENCES RD_STAFF (ID)
);
-- Every sign-in attempt, right (OK true) or wrong: the lockout counts the wrong ones since the
-- last right one. An administrator's password reset writes a right one (RESET true).
CREATE TABLE RD_SIGN_IN (
    ID        BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    USER_NAME VARCHAR(30) NOT NULL,
    ATTEMPTED_AT TIMESTAMP NOT NULL,
    OK        BOOLEAN NOT NULL,
    RESET     BOOLEAN NOT NULL
);
CREATE INDEX IX_SIGN_IN_USER ON RD_SIGN_IN (USER_NAME, ID DESC);
-- The audit trail no longer keeps sensitive values (a household's certificate number, and what
-- the evidence and the help given say about a disability): rows written before are blanked the
-- same way, whatever the household's category.
UPDATE RD_AUDIT SET OLD_VALUE = CASE WHEN OLD_VALUE IS NULL THEN NULL ELSE '***' END,
                    NEW_VALUE = CASE WHEN NEW_VALUE IS NULL THEN NULL ELSE '***' END
 WHERE ENTITY_TYPE = 'PriorityHousehold' AND FIELD IN ('evidenceNumber', 'evidenceType', 'helpGiven')
   AND ACTION IN ('INSERT', 'UPDATE', 'DELETE');
