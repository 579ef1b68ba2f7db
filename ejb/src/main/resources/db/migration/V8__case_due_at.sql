-- The earliest running customer deadline on the case itself, so queues sort and colour by time left.
ALTER TABLE service_case ADD COLUMN due_at DATETIME(6);
CREATE INDEX ix_case_queue_due ON service_case (queue_id, status, due_at);
