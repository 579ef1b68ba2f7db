-- Issue 18 item 5: phone numbers are re-normalised with libphonenumber (V261, a Java migration:
-- customers.control.PhoneNumberRenormalisation). Records that then share a number may be one
-- person written two ways ("+46 (0)70 …" was stored as +460701234567, "070-…" as +46701234567).
-- They are never merged by a migration: each pair is suggested here, for a person to decide
-- (GET /api/customer-records/merge-suggestions, then POST /api/customer-records/{id}/merge).
CREATE TABLE customer_merge_suggestion (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id       BIGINT       NOT NULL,
    other_customer_id BIGINT       NOT NULL,
    reason            VARCHAR(200) NOT NULL,
    suggested_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_customer_merge_suggestion UNIQUE (customer_id, other_customer_id),
    CONSTRAINT fk_merge_suggestion_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_merge_suggestion_other FOREIGN KEY (other_customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
