-- Answers reach the customer in their language, whatever the channel: the language the case
-- was written in (web form choice, API), and the one the customer chose last (NULL: not known).
ALTER TABLE service_case ADD COLUMN language VARCHAR(2);
ALTER TABLE customer ADD COLUMN preferred_language VARCHAR(2);
-- The signature under every answer from a front-office profile or back-office group (NULL: the default).
ALTER TABLE queue
    ADD COLUMN signature_sv VARCHAR(1000),
    ADD COLUMN signature_en VARCHAR(1000);
