-- Reader (issue 4, continued): the article's own note and where the person
-- stopped reading. Both are keyed by article and go with it when it is deleted.

-- The note a researcher keeps on the article as a whole: Lexical JSON plus
-- its plain text (what search indexes).
CREATE TABLE article_notes (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  note_json  TEXT,
  note_text  TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);

-- The reading position: a character offset (UTF-16, into articles.text) of the
-- first line on screen when the person last scrolled.
CREATE TABLE reading_positions (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  offset     INTEGER NOT NULL CHECK (offset >= 0),
  updated_at TEXT NOT NULL
);

-- The article note is part of the article's search document (after its tags).
DROP VIEW search_article_docs;
CREATE VIEW search_article_docs AS
  SELECT a.id AS id,
         a.title || char(10) || a.text || char(10) || coalesce(
           (SELECT group_concat(t.name, char(10)) FROM article_tags x JOIN tags t ON t.id = x.tag_id
             WHERE x.article_id = a.id), '') || char(10) || coalesce(
           (SELECT n.note_text FROM article_notes n WHERE n.article_id = a.id), '') AS body
    FROM articles a;

-- Writing the note re-indexes its article, in the same transaction (see 0002).
CREATE TRIGGER search_article_notes_ai AFTER INSERT ON article_notes BEGIN
  UPDATE articles SET title = title WHERE id = new.article_id;
END;
CREATE TRIGGER search_article_notes_au AFTER UPDATE OF note_text ON article_notes BEGIN
  UPDATE articles SET title = title WHERE id = new.article_id;
END;
CREATE TRIGGER search_article_notes_ad AFTER DELETE ON article_notes BEGIN
  UPDATE articles SET title = title WHERE id = old.article_id;
END;
