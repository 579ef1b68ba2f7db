-- The public web form and status page.

-- The customer's private status link: only a hash of the token is stored, so the
-- database alone never gives anyone a working link.
CREATE TABLE status_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    case_id     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_status_link_token UNIQUE (token_hash),
    CONSTRAINT fk_status_link_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Files a customer sent with a message (web form, status page reply).
CREATE TABLE case_attachment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT       NOT NULL,
    timeline_entry_id  BIGINT,
    file_name          VARCHAR(255) NOT NULL,
    content_type       VARCHAR(255) NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    content            LONGBLOB,
    received_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_case_attachment_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_case_attachment_entry FOREIGN KEY (timeline_entry_id) REFERENCES timeline_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_case_attachment_case ON case_attachment (case_id);

-- Accepted form posts per sender key (a hash of the e-mail address or the client address),
-- so the rate limit holds across all nodes that share the database.
CREATE TABLE form_submission (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    sender_key   CHAR(64)     NOT NULL,
    submitted_at DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_form_submission_key ON form_submission (sender_key, submitted_at);
