-- MigratorTest's step that fails half-way: the first statement works, the second breaks a constraint
-- of the table the first one made. Nothing of it may stay.
CREATE TABLE RD_HALF_APPLIED (ID INT NOT NULL);
INSERT INTO RD_HALF_APPLIED (ID) VALUES (NULL);
