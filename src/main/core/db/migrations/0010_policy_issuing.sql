-- A policy's issuing body (达州市人民政府办公室) and issuing date (YYYY-MM-DD),
-- kept apart from the dates of the articles that mention it. Both optional:
-- existing policies keep every field and get '' / NULL.
ALTER TABLE policies ADD COLUMN issuer TEXT NOT NULL DEFAULT '';
ALTER TABLE policies ADD COLUMN issued_on TEXT CHECK (issued_on IS NULL OR issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
