-- A manager's weekly report by e-mail: one subscription per staff user, with their filters;
-- last_period_start is the Monday of the last week sent, so the job sends each week once.
CREATE TABLE report_subscription (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    username          VARCHAR(100) NOT NULL,
    email             VARCHAR(254) NOT NULL,
    language          VARCHAR(5)   NOT NULL,
    front_office      VARCHAR(64),
    group_code        VARCHAR(64),
    channel           VARCHAR(10),
    case_type         VARCHAR(20),
    customer_group    VARCHAR(30),
    created_at        DATETIME(6)  NOT NULL,
    last_period_start DATE,
    last_sent_at      DATETIME(6),
    CONSTRAINT uk_report_subscription_user UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
