-- Queue pages on a large year (1,000,000 cases, docs/benchmarks.md "Benchmark data"), each answered
-- from an index in list order instead of sorting every matching row. IF NOT EXISTS: the reports'
-- migration (V70) makes ix_case_received too, and either may come first.
-- A group's cases of any status, newest first (GET /api/cases?queue=…):
CREATE INDEX IF NOT EXISTS ix_case_queue_received ON service_case (queue_id, received_at);
-- all cases newest first (GET /api/cases):
CREATE INDEX IF NOT EXISTS ix_case_received ON service_case (received_at);
-- "my cases" per status, newest or oldest first. It covers ix_case_assignee (assignee, status), which goes.
CREATE INDEX IF NOT EXISTS ix_case_assignee_status_received ON service_case (assignee, status, received_at);
DROP INDEX IF EXISTS ix_case_assignee ON service_case;
