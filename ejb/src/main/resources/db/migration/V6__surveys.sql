-- Satisfaction surveys: at most one per case; the token is the customer's private link.
CREATE TABLE survey (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    case_id     BIGINT       NOT NULL,
    case_number VARCHAR(20)  NOT NULL,
    token       VARCHAR(64)  NOT NULL,
    recipient   VARCHAR(254) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    sent_at     DATETIME(6),
    answered_at DATETIME(6),
    score       INT,
    comment     TEXT,
    CONSTRAINT uk_survey_case UNIQUE (case_id),
    CONSTRAINT uk_survey_token UNIQUE (token),
    CONSTRAINT fk_survey_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT ck_survey_score CHECK (score IS NULL OR score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_survey_answered ON survey (answered_at);
