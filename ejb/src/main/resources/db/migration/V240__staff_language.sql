-- Issue 14 "arrival": the workspace language a staff member last chose (on the login page or with
-- the header's switch), so the next login opens in it. NULL: never chosen (then the login page's
-- choice or the browser's Accept-Language decides). Only 'sv' and 'en' exist.
ALTER TABLE staff_user ADD COLUMN preferred_language VARCHAR(2) NULL;
ALTER TABLE staff_user ADD CONSTRAINT ck_staff_user_language CHECK (preferred_language IN ('sv', 'en'));
