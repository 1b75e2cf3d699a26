-- Search index (issue 6). Two contentless FTS5 tables fed by triggers, so the
-- index is written in the same transaction as every change to its sources:
--   search_grams: adjacent-character bigrams of each document (phrase queries),
--   search_chars: each distinct character of each document (1-character queries).
-- Tokens come from the JS functions pz_grams / pz_chars that openLibrary
-- registers before migrations run (src/main/core/search/functions.ts).
-- Document rowid: an article's id, or a highlight's id + 2^40.

-- The ascii tokenizer keeps non-ASCII characters and, with these tokenchars,
-- all ASCII punctuation but the quotes: tokens arrive as the JS wrote them.
CREATE VIRTUAL TABLE search_grams USING fts5(
  grams, content='', contentless_delete=1, detail=full,
  tokenize="ascii tokenchars '!#$%&()*+,-./:;<=>?@[\]^_`{|}~'"
);
CREATE VIRTUAL TABLE search_chars USING fts5(
  chars, content='', contentless_delete=1, detail=none,
  tokenize="ascii tokenchars '!#$%&()*+,-./:;<=>?@[\]^_`{|}~'"
);

-- What each document says, fields joined by a newline (which no query term contains).
CREATE VIEW search_article_docs AS
  SELECT a.id AS id,
         a.title || char(10) || a.text || char(10) || coalesce(
           (SELECT group_concat(t.name, char(10)) FROM article_tags x JOIN tags t ON t.id = x.tag_id
             WHERE x.article_id = a.id), '') AS body
    FROM articles a;

CREATE VIEW search_highlight_docs AS
  SELECT h.id AS id,
         h.exact || char(10) || h.note_text || char(10) || coalesce(
           (SELECT group_concat(t.name, char(10)) FROM highlight_tags x JOIN tags t ON t.id = x.tag_id
             WHERE x.highlight_id = h.id), '') AS body
    FROM highlights h;

-- Re-indexing a document: delete its rows (a no-op when absent), insert the current body.
CREATE TRIGGER search_articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO search_grams(rowid, grams) SELECT id, pz_grams(body) FROM search_article_docs WHERE id = new.id;
  INSERT INTO search_chars(rowid, chars) SELECT id, pz_chars(body) FROM search_article_docs WHERE id = new.id;
END;
CREATE TRIGGER search_articles_au AFTER UPDATE OF title, text ON articles BEGIN
  DELETE FROM search_grams WHERE rowid = old.id;
  DELETE FROM search_chars WHERE rowid = old.id;
  INSERT INTO search_grams(rowid, grams) SELECT id, pz_grams(body) FROM search_article_docs WHERE id = new.id;
  INSERT INTO search_chars(rowid, chars) SELECT id, pz_chars(body) FROM search_article_docs WHERE id = new.id;
END;
CREATE TRIGGER search_articles_ad AFTER DELETE ON articles BEGIN
  DELETE FROM search_grams WHERE rowid = old.id;
  DELETE FROM search_chars WHERE rowid = old.id;
END;

CREATE TRIGGER search_highlights_ai AFTER INSERT ON highlights BEGIN
  INSERT INTO search_grams(rowid, grams)
    SELECT id + 1099511627776, pz_grams(body) FROM search_highlight_docs WHERE id = new.id;
  INSERT INTO search_chars(rowid, chars)
    SELECT id + 1099511627776, pz_chars(body) FROM search_highlight_docs WHERE id = new.id;
END;
CREATE TRIGGER search_highlights_au AFTER UPDATE OF exact, note_text ON highlights BEGIN
  DELETE FROM search_grams WHERE rowid = old.id + 1099511627776;
  DELETE FROM search_chars WHERE rowid = old.id + 1099511627776;
  INSERT INTO search_grams(rowid, grams)
    SELECT id + 1099511627776, pz_grams(body) FROM search_highlight_docs WHERE id = new.id;
  INSERT INTO search_chars(rowid, chars)
    SELECT id + 1099511627776, pz_chars(body) FROM search_highlight_docs WHERE id = new.id;
END;
CREATE TRIGGER search_highlights_ad AFTER DELETE ON highlights BEGIN
  DELETE FROM search_grams WHERE rowid = old.id + 1099511627776;
  DELETE FROM search_chars WHERE rowid = old.id + 1099511627776;
END;

-- Tags are part of the documents they are attached to.
CREATE TRIGGER search_highlight_tags_ai AFTER INSERT ON highlight_tags BEGIN
  UPDATE highlights SET exact = exact WHERE id = new.highlight_id;
END;
CREATE TRIGGER search_highlight_tags_ad AFTER DELETE ON highlight_tags BEGIN
  UPDATE highlights SET exact = exact WHERE id = old.highlight_id;
END;
CREATE TRIGGER search_article_tags_ai AFTER INSERT ON article_tags BEGIN
  UPDATE articles SET title = title WHERE id = new.article_id;
END;
CREATE TRIGGER search_article_tags_ad AFTER DELETE ON article_tags BEGIN
  UPDATE articles SET title = title WHERE id = old.article_id;
END;
CREATE TRIGGER search_tags_au AFTER UPDATE OF name ON tags BEGIN
  UPDATE highlights SET exact = exact
    WHERE id IN (SELECT highlight_id FROM highlight_tags WHERE tag_id = new.id);
  UPDATE articles SET title = title
    WHERE id IN (SELECT article_id FROM article_tags WHERE tag_id = new.id);
END;

-- Backfill what the library already holds.
INSERT INTO search_grams(rowid, grams) SELECT id, pz_grams(body) FROM search_article_docs;
INSERT INTO search_chars(rowid, chars) SELECT id, pz_chars(body) FROM search_article_docs;
INSERT INTO search_grams(rowid, grams)
  SELECT id + 1099511627776, pz_grams(body) FROM search_highlight_docs;
INSERT INTO search_chars(rowid, chars)
  SELECT id + 1099511627776, pz_chars(body) FROM search_highlight_docs;

-- Saved searches, shown as smart collections: a name and the request (JSON).
CREATE TABLE saved_searches (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(name) > 0),
  request    TEXT NOT NULL,
  created_at TEXT NOT NULL
);
