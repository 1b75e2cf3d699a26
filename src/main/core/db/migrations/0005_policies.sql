-- Policy registry: policies (kind + normalised label + place), each mention a
-- highlight, and suggestions a person dismissed in an article.
CREATE TABLE policies (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('n-articles', 'framework', 'slogan', 'target')),
  label      TEXT NOT NULL CHECK (length(label) > 0),
  place      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX policies_identity ON policies(kind, label, place);

CREATE TABLE policy_mentions (
  highlight_id INTEGER PRIMARY KEY REFERENCES highlights(id) ON DELETE CASCADE,
  policy_id    INTEGER NOT NULL REFERENCES policies(id) ON DELETE CASCADE
);
CREATE INDEX policy_mentions_policy ON policy_mentions(policy_id);

CREATE TABLE policy_dismissals (
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  label        TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (article_id, start_offset, end_offset)
) WITHOUT ROWID;
