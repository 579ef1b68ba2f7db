-- The e-mail channel: mailboxes we read, who polls each, every message in and out (raw),
-- the UIDs fetched per mailbox, attachments, quarantined mail and failing addresses.

CREATE TABLE mailbox (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    name              VARCHAR(100) NOT NULL,
    address           VARCHAR(254) NOT NULL,
    host              VARCHAR(255) NOT NULL,
    port              INT          NOT NULL,
    security          VARCHAR(10)  NOT NULL,
    username          VARCHAR(254) NOT NULL,
    -- The NAME of an environment variable or system property holding the password, never the password.
    secret_name       VARCHAR(100) NOT NULL,
    folder            VARCHAR(200) NOT NULL,
    front_office      VARCHAR(50)  NOT NULL,
    poll_seconds      INT          NOT NULL,
    enabled           BIT          NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    last_attempt_at   DATETIME(6),
    last_success_at   DATETIME(6),
    last_error        VARCHAR(1000),
    CONSTRAINT uk_mailbox_name UNIQUE (name),
    CONSTRAINT ck_mailbox_poll CHECK (poll_seconds >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per mailbox: the node that may poll it until expires_at. Taken with
-- UPDATE ... WHERE expires_at < now OR node_id = me, so two nodes never poll one mailbox.
CREATE TABLE mailbox_lease (
    mailbox_id BIGINT      NOT NULL PRIMARY KEY,
    node_id    VARCHAR(100),
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_mailbox_lease FOREIGN KEY (mailbox_id) REFERENCES mailbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every message received or sent. message_key (the Message-ID, or a hash of the raw bytes
-- when there is none) is unique: a message is registered once, whichever mailbox saw it.
CREATE TABLE mail_message (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    direction     VARCHAR(3)    NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    message_key   VARCHAR(255)  NOT NULL,
    message_id    VARCHAR(998),
    in_reply_to   VARCHAR(998),
    references_header TEXT,
    mailbox_id    BIGINT,
    case_id       BIGINT,
    sender        VARCHAR(254),
    recipient     VARCHAR(254),
    subject       VARCHAR(500),
    body          MEDIUMTEXT,
    html_body     MEDIUMTEXT,
    raw           LONGBLOB,
    created_at    DATETIME(6)   NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    attempts      INT           NOT NULL DEFAULT 0,
    sent_at       DATETIME(6),
    last_error    VARCHAR(1000),
    CONSTRAINT uk_mail_message_key UNIQUE (message_key),
    CONSTRAINT fk_mail_message_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_mail_message_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mail_message_case ON mail_message (case_id, created_at);
CREATE INDEX ix_mail_message_outbox ON mail_message (status, created_at);
CREATE INDEX ix_mail_message_receipts ON mail_message (kind, recipient, created_at);

-- The UIDs fetched from each mailbox (per UIDVALIDITY): a re-fetch of the same UID is a duplicate.
CREATE TABLE mail_fetch (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    mailbox_id   BIGINT      NOT NULL,
    uid_validity BIGINT      NOT NULL,
    uid          BIGINT      NOT NULL,
    message_key  VARCHAR(255) NOT NULL,
    fetched_at   DATETIME(6) NOT NULL,
    CONSTRAINT uk_mail_fetch UNIQUE (mailbox_id, uid_validity, uid),
    CONSTRAINT fk_mail_fetch_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Attachments and inline images, kept in the database with the message they came in, so
-- they commit (or not) together with the case change.
CREATE TABLE mail_attachment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    mail_message_id BIGINT       NOT NULL,
    case_id         BIGINT,
    file_name       VARCHAR(255) NOT NULL,
    content_type    VARCHAR(255) NOT NULL,
    content_id      VARCHAR(255),
    inline_part     BIT          NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    content         LONGBLOB     NOT NULL,
    CONSTRAINT fk_mail_attachment_message FOREIGN KEY (mail_message_id) REFERENCES mail_message (id),
    CONSTRAINT fk_mail_attachment_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mail_attachment_case ON mail_attachment (case_id);

-- Mail that could not be parsed: kept raw with the reason until an administrator retries it.
CREATE TABLE mail_quarantine (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    mailbox_id   BIGINT,
    uid_validity BIGINT,
    uid          BIGINT,
    raw          LONGBLOB      NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    received_at  DATETIME(6)   NOT NULL,
    retried_at   DATETIME(6),
    released     BIT           NOT NULL,
    case_id      BIGINT,
    CONSTRAINT uk_mail_quarantine_uid UNIQUE (mailbox_id, uid_validity, uid),
    CONSTRAINT fk_mail_quarantine_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Customer addresses our mail bounced from (a delivery-status report for one of our messages).
CREATE TABLE mail_failing_address (
    address     VARCHAR(254)  NOT NULL PRIMARY KEY,
    failed_at   DATETIME(6)   NOT NULL,
    reason      VARCHAR(1000),
    case_id     BIGINT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
