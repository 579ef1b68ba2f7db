-- IMAP IDLE: since when the node holding a mailbox's lease keeps it in IDLE (NULL: polled only).
ALTER TABLE mailbox ADD COLUMN idle_since DATETIME(6) NULL;
