-- Calls counted per phone queue and hour (UTC) as they are recorded, so a year's answer rate adds up
-- some tens of thousands of rows instead of reading two million call records. A Stockholm day starts
-- on a whole UTC hour, so any period of whole local days is a range of whole hours.
CREATE TABLE report_call_hour (
    hour_start     DATETIME NOT NULL,
    phone_queue_id BIGINT   NOT NULL,
    offered        INT      NOT NULL,
    answered       INT      NOT NULL,
    PRIMARY KEY (hour_start, phone_queue_id)
) ENGINE=InnoDB;

INSERT INTO report_call_hour (hour_start, phone_queue_id, offered, answered)
    SELECT DATE_FORMAT(started_at, '%Y-%m-%d %H:00:00'), phone_queue_id, COUNT(*), SUM(outcome = 'ANSWERED')
    FROM call_record GROUP BY DATE_FORMAT(started_at, '%Y-%m-%d %H:00:00'), phone_queue_id;

CREATE TRIGGER report_call_hour_insert AFTER INSERT ON call_record FOR EACH ROW
    INSERT INTO report_call_hour (hour_start, phone_queue_id, offered, answered)
    VALUES (DATE_FORMAT(NEW.started_at, '%Y-%m-%d %H:00:00'), NEW.phone_queue_id, 1, NEW.outcome = 'ANSWERED')
    ON DUPLICATE KEY UPDATE offered = offered + 1, answered = answered + VALUES(answered);
CREATE TRIGGER report_call_hour_delete AFTER DELETE ON call_record FOR EACH ROW
    UPDATE report_call_hour SET offered = offered - 1, answered = answered - (OLD.outcome = 'ANSWERED')
    WHERE hour_start = DATE_FORMAT(OLD.started_at, '%Y-%m-%d %H:00:00') AND phone_queue_id = OLD.phone_queue_id;
-- Calls do not change queue, time or outcome once recorded; should one ever, it moves between hours.
CREATE TRIGGER report_call_hour_update AFTER UPDATE ON call_record FOR EACH ROW
    INSERT INTO report_call_hour (hour_start, phone_queue_id, offered, answered)
    SELECT h, q, SUM(o), SUM(a) FROM (
        SELECT DATE_FORMAT(OLD.started_at, '%Y-%m-%d %H:00:00') AS h, OLD.phone_queue_id AS q, -1 AS o,
               -(OLD.outcome = 'ANSWERED') AS a
        UNION ALL
        SELECT DATE_FORMAT(NEW.started_at, '%Y-%m-%d %H:00:00'), NEW.phone_queue_id, 1, NEW.outcome = 'ANSWERED') AS c
    GROUP BY h, q
    ON DUPLICATE KEY UPDATE offered = offered + VALUES(offered), answered = answered + VALUES(answered);

-- Survey answers of a period by score, from the index alone; callbacks' first-response due times likewise.
CREATE INDEX ix_survey_answered_score ON survey (answered_at, score, case_id);
CREATE INDEX ix_deadline_case_kind_due ON case_deadline (case_id, kind, due_at);
