-- The figures are read by period: kept in order of receipt (the clustered primary key), a month or a
-- year is one contiguous range instead of a lookup per case through a secondary index.
ALTER TABLE report_case
    ADD UNIQUE KEY uk_report_case (case_id),
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (received_at, case_id),
    DROP INDEX ix_report_case_received;

ALTER TABLE report_leg ADD COLUMN received_at DATETIME(6) NOT NULL DEFAULT '1970-01-01 00:00:00' FIRST;
UPDATE report_leg l JOIN report_case r ON r.case_id = l.case_id SET l.received_at = r.received_at;
ALTER TABLE report_leg
    ALTER COLUMN received_at DROP DEFAULT,
    ADD UNIQUE KEY uk_report_leg (case_id, position),
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (received_at, case_id, position);
