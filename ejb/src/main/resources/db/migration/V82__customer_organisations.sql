-- Organisations customers act for (companies, authorities, schools, partner universities),
-- with an optional key-account owner among the staff; and merged duplicate customers.
CREATE TABLE customer_organisation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    org_number        VARCHAR(30),
    key_account_owner VARCHAR(100),
    created_at        DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_customer_organisation_name ON customer_organisation (name);

ALTER TABLE customer
    ADD COLUMN organisation_id BIGINT,
    ADD COLUMN merged_into_id  BIGINT,
    ADD CONSTRAINT fk_customer_organisation FOREIGN KEY (organisation_id) REFERENCES customer_organisation (id);

CREATE INDEX ix_customer_organisation ON customer (organisation_id);
