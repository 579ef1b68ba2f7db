-- SLA deadlines of cases (in business time, stored when they start) and staff notifications.

CREATE TABLE case_deadline (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    case_id        BIGINT       NOT NULL,
    case_number    VARCHAR(20)  NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    queue_code     VARCHAR(64),
    target_seconds BIGINT       NOT NULL,
    warning_share  DOUBLE       NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    warning_at     DATETIME(6)  NOT NULL,
    due_at         DATETIME(6)  NOT NULL,
    paused_at      DATETIME(6),
    met_at         DATETIME(6),
    cancelled_at   DATETIME(6),
    warned_at      DATETIME(6),
    breached_at    DATETIME(6),
    note           VARCHAR(500),
    CONSTRAINT fk_deadline_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_deadline_case ON case_deadline (case_id, met_at, cancelled_at);
-- Reports: compliance per kind over a period; queues: what is due soon.
CREATE INDEX ix_deadline_kind_started ON case_deadline (kind, started_at);
CREATE INDEX ix_deadline_open_due ON case_deadline (met_at, cancelled_at, due_at);

CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    recipient   VARCHAR(100)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    case_number VARCHAR(20),
    message     VARCHAR(1000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notification_recipient ON notification (recipient, created_at);
CREATE INDEX ix_notification_case ON notification (case_number);
