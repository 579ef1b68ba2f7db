-- Rate-limit keys are now HMACs with the server's secret (platform.control.KeyedHash). The rows
-- keyed by plain SHA-256 of an address could be reversed by hashing guessed addresses, and no new
-- key matches them: forget them (the window is hours, so only current counts start afresh).
DELETE FROM form_submission;
