-- Survey links: keep only the SHA-256 of the token, as status_link does, so a copy of the
-- database (a backup, a report) opens no survey. Links mailed before keep working: the server
-- hashes the token in the link the same way (hex SHA-256 of its UTF-8 text, LinkTokens.hash).
ALTER TABLE survey ADD COLUMN token_hash CHAR(64) NULL AFTER case_number;
UPDATE survey SET token_hash = SHA2(token, 256);
ALTER TABLE survey MODIFY token_hash CHAR(64) NOT NULL,
    ADD CONSTRAINT uk_survey_token_hash UNIQUE (token_hash),
    DROP INDEX uk_survey_token,
    DROP COLUMN token;
