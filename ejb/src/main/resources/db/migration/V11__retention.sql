-- Retention: when a case's personal data was removed (by erasure or by the retention job).
ALTER TABLE service_case ADD COLUMN anonymised_at DATETIME(6);
CREATE INDEX ix_case_retention ON service_case (status, closed_at, anonymised_at);
