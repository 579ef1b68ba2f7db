-- The audit trail: append-only. The application only inserts; these triggers make the database
-- refuse UPDATE and DELETE too (defence in depth against a bug or a hand-written statement).
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    entity_type VARCHAR(40)   NOT NULL,
    entity_id   VARCHAR(100)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    field       VARCHAR(60),
    old_value   VARCHAR(1000),
    new_value   VARCHAR(1000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id, occurred_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries cannot be changed';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries cannot be deleted';
