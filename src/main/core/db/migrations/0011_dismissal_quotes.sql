-- Dismissed policy suggestions are remembered by what they say, not only by
-- where they were: label, exact text and 32 characters of context either side
-- (as highlights are), so that a text correction elsewhere in the article does
-- not bring a dismissed suggestion back, and one that changes the dismissed
-- words themselves lets the new suggestion show. Existing rows take their
-- quote from the article text at the stored offsets (SQLite counts characters
-- where offsets count UTF-16 units; they differ only after a character
-- outside the Basic Multilingual Plane, rare in these texts).
CREATE TABLE policy_dismissals_quoted (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  label        TEXT NOT NULL,
  exact        TEXT NOT NULL,
  prefix       TEXT NOT NULL,
  suffix       TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
INSERT INTO policy_dismissals_quoted
  (article_id, start_offset, end_offset, kind, label, exact, prefix, suffix, created_at)
SELECT d.article_id, d.start_offset, d.end_offset, d.kind, d.label,
       substr(a.text, d.start_offset + 1, d.end_offset - d.start_offset),
       substr(a.text, max(d.start_offset - 31, 1), min(d.start_offset, 32)),
       substr(a.text, d.end_offset + 1, 32),
       d.created_at
  FROM policy_dismissals d JOIN articles a ON a.id = d.article_id
 ORDER BY d.article_id, d.start_offset;
DROP TABLE policy_dismissals;
ALTER TABLE policy_dismissals_quoted RENAME TO policy_dismissals;
CREATE INDEX policy_dismissals_article ON policy_dismissals(article_id);
