-- Reader: anchor status of highlights, text versions kept by corrections.
-- Offsets are UTF-16 code unit offsets into articles.text (blocks joined by "\n").
ALTER TABLE highlights ADD COLUMN anchor_status TEXT NOT NULL DEFAULT 'ok'
  CHECK (anchor_status IN ('ok', 'moved', 'orphan'));

-- The text an article had before each correction, newest last.
CREATE TABLE article_versions (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text       TEXT NOT NULL,
  blocks     TEXT NOT NULL,
  reason     TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX article_versions_article ON article_versions(article_id, id);
