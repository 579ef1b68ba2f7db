-- Issue 15 item 5: quarantine and noise pages for administrators.

-- What an administrator needs to recognise a held message without opening it (read from its headers as far as
-- they can be read), how often it was tried, and what became of it: resolved (a case; by whom) or dismissed
-- (kept, with who and when; never deleted here).
ALTER TABLE mail_quarantine
    ADD COLUMN sender       VARCHAR(998),
    ADD COLUMN subject      VARCHAR(998),
    ADD COLUMN attempts     INT          NOT NULL DEFAULT 1,
    ADD COLUMN resolved_by  VARCHAR(100),
    ADD COLUMN dismissed_at DATETIME(6),
    ADD COLUMN dismissed_by VARCHAR(100);
CREATE INDEX ix_mail_quarantine_list ON mail_quarantine (released, received_at);

-- Why a message was taken for noise (the rule that matched), and whether an administrator made a case of it
-- anyway (a false positive): once, by whom, when.
ALTER TABLE mail_message
    ADD COLUMN noise_reason VARCHAR(200),
    ADD COLUMN promoted_at  DATETIME(6),
    ADD COLUMN promoted_by  VARCHAR(100);
CREATE INDEX ix_mail_message_noise ON mail_message (kind, direction, created_at);
