-- Idempotency keys of POST /api/cases (header Idempotency-Key): a client that did not get an
-- answer (timeout, a node that went down) sends the same request again with the same key and
-- gets the case that was registered, never a second one. Keys are per caller; request_hash
-- (SHA-256 of the contact) refuses a key reused for a different contact.
CREATE TABLE case_registration_key (
    caller          VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    case_id         BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (caller, idempotency_key),
    CONSTRAINT fk_registration_key_case FOREIGN KEY (case_id) REFERENCES service_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
