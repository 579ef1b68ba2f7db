-- Staff log in with their own password (WildFly Elytron's JDBC realm reads these columns,
-- see ear/src/main/server/configure.cli). The password is stored as a SCRAM-SHA-256 salted
-- password (PBKDF2-HMAC-SHA-256): hash and salt in Base64, and the iteration count per user,
-- so a higher work factor applies to each password as it is next set. No password: no login.
-- present: the staff member says they are at work (least-loaded assignment picks among them).
ALTER TABLE staff_user
    ADD COLUMN password_hash       VARCHAR(100),
    ADD COLUMN password_salt       VARCHAR(50),
    ADD COLUMN password_iterations INT,
    ADD COLUMN active              BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN present             BOOLEAN NOT NULL DEFAULT FALSE;
