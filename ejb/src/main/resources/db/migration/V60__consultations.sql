-- Consultations: a case's owner asks another back-office group a question while keeping
-- the case. Each one is a sub-task of the case's process (an event subprocess instance).
CREATE TABLE consultation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    case_id        BIGINT        NOT NULL,
    group_id       BIGINT        NOT NULL,
    question       VARCHAR(4000) NOT NULL,
    asked_by       VARCHAR(100)  NOT NULL,
    asked_at       DATETIME(6)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    answer         VARCHAR(4000),
    answered_by    VARCHAR(100),
    ended_at       DATETIME(6),
    CONSTRAINT fk_consultation_case FOREIGN KEY (case_id) REFERENCES service_case (id),
    CONSTRAINT fk_consultation_group FOREIGN KEY (group_id) REFERENCES queue (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A group's queue of open consultations, oldest first; a case's consultations.
CREATE INDEX ix_consultation_group_status ON consultation (group_id, status, asked_at);
CREATE INDEX ix_consultation_case ON consultation (case_id, asked_at);
