-- The refresher must not lock cases: a foreign key from report_case to service_case made each upsert take a
-- shared lock on the case row, and a registration holding its report_dirty mark while waiting for that lock
-- deadlocked with a refresher waiting to clear the mark. Without the key, a deleted case is marked like a
-- changed one, and the refresher removes its figures.
ALTER TABLE report_case DROP FOREIGN KEY fk_report_case;
CREATE TRIGGER report_dirty_case_delete AFTER DELETE ON service_case FOR EACH ROW
    INSERT INTO report_dirty (case_id) VALUES (OLD.id) ON DUPLICATE KEY UPDATE seq = seq + 1;
