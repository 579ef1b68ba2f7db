-- Reads of personal data are audited too (issue 16, item 10): the channel records how the data was
-- reached (API or PAGE, the staff workspace). Changes leave it empty. Adding a column fires no trigger.
ALTER TABLE audit_entry ADD COLUMN channel VARCHAR(20) NULL;
