-- The case version each timeline entry was written against (the version the writing command
-- started from). A command refused for a stale version names the entries written since the
-- caller's version: "anna answered the customer first". Entries written before this column
-- existed stay NULL and are never named (their version is unknown).
ALTER TABLE timeline_entry ADD COLUMN case_version BIGINT NULL;
