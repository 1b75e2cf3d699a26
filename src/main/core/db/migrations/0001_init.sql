-- Initial schema: what the mission needs from the start.
CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  path        TEXT,
  file_name   TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  format      TEXT NOT NULL,
  encoding    TEXT,
  byte_size   INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE UNIQUE INDEX sources_sha256 ON sources(sha256);

CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  source_id    INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  position     INTEGER NOT NULL DEFAULT 0,
  title        TEXT NOT NULL,
  kicker       TEXT,
  subtitle     TEXT,
  byline       TEXT,
  publication  TEXT,
  published_on TEXT,
  page         TEXT,
  text         TEXT NOT NULL,
  blocks       TEXT NOT NULL,
  char_count   INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_created ON articles(created_at);

CREATE TABLE highlights (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
  exact        TEXT NOT NULL,
  prefix       TEXT NOT NULL DEFAULT '',
  suffix       TEXT NOT NULL DEFAULT '',
  color        TEXT NOT NULL DEFAULT 'yellow',
  note_json    TEXT,
  note_text    TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX highlights_article ON highlights(article_id, start_offset);

CREATE TABLE tags (
  id         INTEGER PRIMARY KEY,
  parent_id  INTEGER REFERENCES tags(id) ON DELETE CASCADE,
  name       TEXT NOT NULL CHECK (length(name) > 0),
  color      TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX tags_parent_name ON tags(coalesce(parent_id, 0), name);

CREATE TABLE highlight_tags (
  highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
  tag_id       INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (highlight_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id);

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE briefings (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  body_json  TEXT,
  body_text  TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE briefing_items (
  id           INTEGER PRIMARY KEY,
  briefing_id  INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  highlight_id INTEGER REFERENCES highlights(id) ON DELETE SET NULL,
  heading      TEXT,
  comment_json TEXT
);
CREATE INDEX briefing_items_briefing ON briefing_items(briefing_id, position);

-- Small key/value store for library-wide state (first-launch sample, preferences).
CREATE TABLE app_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
