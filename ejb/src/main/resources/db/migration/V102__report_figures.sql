-- The dashboards' figures per case, kept up to date from the facts (se.ingang.reports.control.CaseFigures):
-- a year's dashboard then reads one narrow row per case instead of every case's deadlines and events
-- and the business-time arithmetic over them.
CREATE TABLE report_case (
    case_id                   BIGINT        NOT NULL PRIMARY KEY,
    case_number               VARCHAR(20)   NOT NULL,
    received_at               DATETIME(6)   NOT NULL,
    channel                   VARCHAR(10)   NOT NULL,
    case_type                 VARCHAR(20)   NOT NULL,
    customer_group            VARCHAR(30)   NOT NULL,
    topic                     VARCHAR(64),
    front_office              VARCHAR(64)   NOT NULL,
    -- "|code|code|": the back-office groups that had a handling leg; every queue with a leg (and WAITING).
    handled_groups            TEXT          NOT NULL,
    leg_queues                TEXT          NOT NULL,
    answered                  BOOLEAN       NOT NULL,
    answered_in_target        BOOLEAN       NOT NULL,
    first_response_business_s BIGINT,
    first_response_s          BIGINT,
    resolved                  BOOLEAN       NOT NULL,
    resolution_business_s     BIGINT,
    resolution_s              BIGINT,
    first_contact             BOOLEAN       NOT NULL,
    routed                    BOOLEAN       NOT NULL,
    bounced                   BOOLEAN       NOT NULL,
    transfers                 INT           NOT NULL,
    returns                   INT           NOT NULL,
    -- How many deadlines of each kind came out how (Facts.Outcome), as of computed_at.
    first_response_kept       SMALLINT      NOT NULL,
    first_response_breached   SMALLINT      NOT NULL,
    first_response_open       SMALLINT      NOT NULL,
    first_response_cancelled  SMALLINT      NOT NULL,
    resolution_kept           SMALLINT      NOT NULL,
    resolution_breached       SMALLINT      NOT NULL,
    resolution_open           SMALLINT      NOT NULL,
    resolution_cancelled      SMALLINT      NOT NULL,
    triage_kept               SMALLINT      NOT NULL,
    triage_breached           SMALLINT      NOT NULL,
    triage_open               SMALLINT      NOT NULL,
    triage_cancelled          SMALLINT      NOT NULL,
    handling_kept             SMALLINT      NOT NULL,
    handling_breached         SMALLINT      NOT NULL,
    handling_open             SMALLINT      NOT NULL,
    handling_cancelled        SMALLINT      NOT NULL,
    follow_up_kept            SMALLINT      NOT NULL,
    follow_up_breached        SMALLINT      NOT NULL,
    follow_up_open            SMALLINT      NOT NULL,
    follow_up_cancelled       SMALLINT      NOT NULL,
    -- When time alone changes these figures (an open deadline falls due, a leg still runs): computed again then.
    stale_at                  DATETIME(6),
    computed_at               DATETIME(6)   NOT NULL,
    CONSTRAINT fk_report_case FOREIGN KEY (case_id) REFERENCES service_case (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_report_case_received ON report_case (received_at);
CREATE INDEX ix_report_case_front_received ON report_case (front_office, received_at);
CREATE INDEX ix_report_case_stale ON report_case (stale_at);

-- One row per leg: triage, each handling leg, each wait for the customer (leg_queue WAITING).
CREATE TABLE report_leg (
    case_id        BIGINT      NOT NULL,
    position       INT         NOT NULL,
    leg_queue      VARCHAR(64) NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    business_s     BIGINT      NOT NULL,
    calendar_s     BIGINT      NOT NULL,
    -- The case's first leg in this queue, so a sum counts the cases of a queue.
    first_in_queue BOOLEAN     NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT fk_report_leg_case FOREIGN KEY (case_id) REFERENCES report_case (case_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The cases whose figures must be computed again. The database marks them itself, so every
-- writer is covered (the application, the process engine's jobs, imports, hand-written SQL);
-- seq tells the refresher whether a case changed again while it was being computed.
CREATE TABLE report_dirty (
    case_id BIGINT NOT NULL PRIMARY KEY,
    seq     BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB;

CREATE TRIGGER report_dirty_case_insert AFTER INSERT ON service_case FOR EACH ROW
    INSERT INTO report_dirty (case_id) VALUES (NEW.id) ON DUPLICATE KEY UPDATE seq = seq + 1;
CREATE TRIGGER report_dirty_case_update AFTER UPDATE ON service_case FOR EACH ROW
    INSERT INTO report_dirty (case_id) VALUES (NEW.id) ON DUPLICATE KEY UPDATE seq = seq + 1;
CREATE TRIGGER report_dirty_deadline_insert AFTER INSERT ON case_deadline FOR EACH ROW
    INSERT INTO report_dirty (case_id) VALUES (NEW.case_id) ON DUPLICATE KEY UPDATE seq = seq + 1;
CREATE TRIGGER report_dirty_deadline_update AFTER UPDATE ON case_deadline FOR EACH ROW
    INSERT INTO report_dirty (case_id) VALUES (NEW.case_id) ON DUPLICATE KEY UPDATE seq = seq + 1;
CREATE TRIGGER report_dirty_timeline_insert AFTER INSERT ON timeline_entry FOR EACH ROW
    INSERT INTO report_dirty (case_id) VALUES (NEW.case_id) ON DUPLICATE KEY UPDATE seq = seq + 1;

-- One refresher at a time across the nodes holds this row.
CREATE TABLE report_refresh (
    id           INT         NOT NULL PRIMARY KEY,
    refreshed_at DATETIME(6)
) ENGINE=InnoDB;
INSERT INTO report_refresh (id) VALUES (1);

-- Every existing case is computed once, in the background, after the upgrade.
INSERT INTO report_dirty (case_id) SELECT id FROM service_case;
