-- Managers' dashboards compute their figures from the facts; these indexes serve their queries:
-- the cases received in a period, the events of those cases, calls and callbacks of a period.
CREATE INDEX ix_case_received ON service_case (received_at);
CREATE INDEX ix_timeline_case_event ON timeline_entry (case_id, event, occurred_at);
CREATE INDEX ix_call_record_start ON call_record (started_at);
CREATE INDEX ix_phone_callback_day ON phone_callback (call_date);
CREATE INDEX ix_callback_attempt_callback ON phone_callback_attempt (callback_id, attempted_at);
