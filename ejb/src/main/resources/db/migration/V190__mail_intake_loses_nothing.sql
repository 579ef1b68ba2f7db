-- Issue 15 "In": intake that loses nothing.

-- Raw messages larger than one chunk are stored in pieces, so no statement comes near MariaDB's
-- max_allowed_packet (a 25 MB message in one INSERT failed and broke the pooled connection).
CREATE TABLE mail_raw_chunk (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner     VARCHAR(10)  NOT NULL,
    owner_id  BIGINT       NOT NULL,
    seq       INT          NOT NULL,
    data      MEDIUMBLOB   NOT NULL,
    CONSTRAINT uk_mail_raw_chunk UNIQUE (owner, owner_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE mail_message
    ADD COLUMN raw_chunks  INT NOT NULL DEFAULT 0,
    ADD COLUMN raw_size    BIGINT,
    ADD COLUMN from_header VARCHAR(998);
UPDATE mail_message SET raw_size = LENGTH(raw) WHERE raw IS NOT NULL;

ALTER TABLE mail_quarantine
    MODIFY COLUMN raw LONGBLOB NULL,
    ADD COLUMN raw_chunks  INT NOT NULL DEFAULT 0,
    ADD COLUMN raw_size    BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN content_key VARCHAR(255);
UPDATE mail_quarantine SET raw_size = LENGTH(raw) WHERE raw IS NOT NULL;
CREATE INDEX ix_mail_quarantine_content ON mail_quarantine (content_key);

-- Messages that failed to be taken in, counted, so that after N attempts they go to the quarantine
-- instead of being retried for ever, and the mailbox's health says DEGRADED meanwhile.
CREATE TABLE mail_intake_failure (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    mailbox_id   BIGINT        NOT NULL,
    uid_validity BIGINT        NOT NULL,
    uid          BIGINT        NOT NULL,
    attempts     INT           NOT NULL,
    last_reason  VARCHAR(1000) NOT NULL,
    last_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_mail_intake_failure UNIQUE (mailbox_id, uid_validity, uid),
    CONSTRAINT fk_mail_intake_failure_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
