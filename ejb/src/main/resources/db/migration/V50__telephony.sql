-- Telephony: phone queues of the telephone system and the front-office queue each feeds,
-- call records (one per call id, from CSV exports and CTI events), and callbacks (one per
-- caller number and day) with the attempts agents record.
CREATE TABLE phone_queue (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    code            VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    phone_number    VARCHAR(40),
    front_office_id BIGINT       NOT NULL,
    CONSTRAINT uq_phone_queue_code UNIQUE (code),
    CONSTRAINT uq_phone_queue_number UNIQUE (phone_number),
    CONSTRAINT fk_phone_queue_front_office FOREIGN KEY (front_office_id) REFERENCES queue (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE call_record (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    call_id          VARCHAR(100) NOT NULL,
    phone_queue_id   BIGINT       NOT NULL,
    started_at       DATETIME(6)  NOT NULL,
    caller_number    VARCHAR(40),
    called_number    VARCHAR(40),
    outcome          VARCHAR(10)  NOT NULL,
    wait_seconds     INT          NOT NULL,
    duration_seconds INT          NOT NULL,
    agent            VARCHAR(100),
    source           VARCHAR(10)  NOT NULL,
    recorded_at      DATETIME(6)  NOT NULL,
    case_id          BIGINT,
    CONSTRAINT uq_call_record_call_id UNIQUE (call_id),
    CONSTRAINT fk_call_record_phone_queue FOREIGN KEY (phone_queue_id) REFERENCES phone_queue (id),
    CONSTRAINT fk_call_record_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_call_record_queue_start ON call_record (phone_queue_id, started_at);
CREATE INDEX ix_call_record_caller ON call_record (caller_number, started_at);

CREATE TABLE phone_callback (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    caller_number  VARCHAR(40) NOT NULL,
    call_date      DATE        NOT NULL,
    phone_queue_id BIGINT      NOT NULL,
    case_id        BIGINT      NOT NULL,
    missed_calls   INT         NOT NULL,
    attempts       INT         NOT NULL DEFAULT 0,
    created_at     DATETIME(6) NOT NULL,
    resolved_at    DATETIME(6),
    CONSTRAINT uq_phone_callback_number_day UNIQUE (caller_number, call_date),
    CONSTRAINT fk_phone_callback_queue FOREIGN KEY (phone_queue_id) REFERENCES phone_queue (id),
    CONSTRAINT fk_phone_callback_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_phone_callback_case ON phone_callback (case_id);

CREATE TABLE phone_callback_attempt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    callback_id  BIGINT       NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    agent        VARCHAR(100) NOT NULL,
    note         VARCHAR(2000),
    CONSTRAINT fk_callback_attempt_callback FOREIGN KEY (callback_id) REFERENCES phone_callback (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_callback_attempt_at ON phone_callback_attempt (attempted_at);
