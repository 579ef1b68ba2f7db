-- Issue 15 "In": customers by exact address. The accent-insensitive collation made
-- jdöe@mächine.example equal to jdoe@machine.example, so different people shared one record.
-- From now on the address compares byte for byte (the application lowercases only ASCII
-- letters and the domain, RFC 5321 / IDNA).

ALTER TABLE customer MODIFY COLUMN email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Split what the old collation merged: an e-mail case whose first message came from an address
-- that differs from its customer's (byte for byte) but was equal under the old collation belongs
-- to a person of its own. One new record per such address; the record of what was done stays in
-- customer_split (the report of this migration: SELECT * FROM customer_split).
CREATE TABLE customer_split (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_customer_id BIGINT       NOT NULL,
    new_customer_id  BIGINT,
    case_id          BIGINT       NOT NULL,
    address          VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    split_at         DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO customer_split (from_customer_id, case_id, address, split_at)
SELECT c.customer_id, c.id, LOWER(first_in.sender) COLLATE utf8mb4_bin, UTC_TIMESTAMP(6)
FROM service_case c
JOIN customer cu ON cu.id = c.customer_id
JOIN mail_message first_in ON first_in.id = (
        SELECT MIN(m.id) FROM mail_message m WHERE m.case_id = c.id AND m.direction = 'IN')
WHERE c.channel = 'EMAIL'
  AND cu.email IS NOT NULL
  AND first_in.sender IS NOT NULL
  AND CONVERT(LOWER(first_in.sender) USING utf8mb4) COLLATE utf8mb4_unicode_ci = CONVERT(cu.email USING utf8mb4) COLLATE utf8mb4_unicode_ci
  AND CAST(LOWER(first_in.sender) AS BINARY) <> CAST(cu.email AS BINARY);

-- One record per address (the earliest case's group and time), unless one exists already.
INSERT INTO customer (version, name, email, phone, customer_group, created_at, legal_basis)
SELECT 0, NULL, s.address, NULL, MIN(cu.customer_group), MIN(c.received_at), 'CASE_HANDLING'
FROM customer_split s
JOIN service_case c ON c.id = s.case_id
JOIN customer cu ON cu.id = s.from_customer_id
WHERE NOT EXISTS (SELECT 1 FROM customer e WHERE e.email = s.address)
GROUP BY s.address;

UPDATE customer_split s JOIN customer n ON n.email = s.address SET s.new_customer_id = n.id;
UPDATE service_case c JOIN customer_split s ON s.case_id = c.id SET c.customer_id = s.new_customer_id;
