-- Why we hold each person's data (GDPR Art. 6), and the privacy text they consented to.
ALTER TABLE customer
    ADD COLUMN legal_basis          VARCHAR(30) NOT NULL DEFAULT 'CASE_HANDLING',
    ADD COLUMN consent_text_version VARCHAR(40),
    ADD COLUMN consented_at         DATETIME(6);
