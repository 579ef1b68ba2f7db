-- The improvement log: what feedback and low survey scores led to.
CREATE TABLE improvement_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    case_number VARCHAR(20)   NOT NULL,
    cause       VARCHAR(2000) NOT NULL,
    action      VARCHAR(2000) NOT NULL,
    owner       VARCHAR(100)  NOT NULL,
    due_date    DATE          NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    closed_at   DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_improvement_status_due ON improvement_item (status, due_date);
CREATE INDEX ix_improvement_case ON improvement_item (case_number);
