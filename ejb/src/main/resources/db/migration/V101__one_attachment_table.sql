-- One attachment table for every channel: mail attachments move into case_attachment
-- (which the web form already used) with what only mail has (message, Content-ID, inline).

-- Mail attachments were always stored with their case. Should one lack it, stop here,
-- before anything changed: this CHECK fails, and nothing is moved or dropped.
CREATE TABLE mail_attachment_orphans (n INT NOT NULL, CONSTRAINT ck_mail_attachment_no_orphans CHECK (n = 0));
INSERT INTO mail_attachment_orphans SELECT COUNT(*) FROM mail_attachment WHERE case_id IS NULL;
DROP TABLE mail_attachment_orphans;

ALTER TABLE case_attachment
    ADD COLUMN mail_message_id BIGINT NULL,
    ADD COLUMN content_id VARCHAR(255) NULL,
    ADD COLUMN inline_part BIT NOT NULL DEFAULT 0,
    ADD CONSTRAINT fk_case_attachment_mail FOREIGN KEY (mail_message_id) REFERENCES mail_message (id);

INSERT INTO case_attachment (case_id, timeline_entry_id, file_name, content_type, size_bytes, content, received_at,
                             mail_message_id, content_id, inline_part)
SELECT a.case_id, NULL, a.file_name, a.content_type, a.size_bytes, a.content, m.created_at,
       a.mail_message_id, a.content_id, a.inline_part
FROM mail_attachment a JOIN mail_message m ON m.id = a.mail_message_id
ORDER BY a.id;

DROP TABLE mail_attachment;
