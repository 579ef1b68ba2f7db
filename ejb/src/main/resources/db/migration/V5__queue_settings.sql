-- Per queue: the business calendar its deadlines count in, and how long it waits for a
-- silent customer (NULL: the installation's defaults, INGANG_REMINDER_DAYS / INGANG_AUTO_CLOSE_DAYS).
ALTER TABLE queue
    ADD COLUMN calendar_code   VARCHAR(64) NOT NULL DEFAULT 'standard',
    ADD COLUMN reminder_days   INT,
    ADD COLUMN auto_close_days INT;
