-- When a person's data was erased (GDPR Art. 17); the row stays so statistics stay true.
ALTER TABLE customer ADD COLUMN erased_at DATETIME(6);
CREATE INDEX ix_customer_phone ON customer (phone);
