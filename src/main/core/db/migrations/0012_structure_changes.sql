-- Structural corrections (split an article at a paragraph, merge it with the
-- next): each keeps the state before it as a JSON snapshot so that the action
-- can be undone exactly. The newest change touching an article is undone first.
CREATE TABLE structure_changes (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('split', 'merge')),
  article_id INTEGER NOT NULL,
  other_id   INTEGER NOT NULL,
  snapshot   TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX structure_changes_article ON structure_changes(article_id, id);
CREATE INDEX structure_changes_other ON structure_changes(other_id, id);
