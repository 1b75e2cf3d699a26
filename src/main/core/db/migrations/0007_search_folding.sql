-- Search (issue 6), second step.
-- 1. Date filters read the articles passing them once, through this index
--    (the expression is the one src/main/core/search/filters.ts writes).
CREATE INDEX articles_date ON articles(coalesce(published_on, substr(created_at, 1, 10)));

-- 2. Search folding now also maps traditional characters to simplified ones
--    (src/main/core/search/traditional.ts), so the index is rebuilt with the
--    pz_grams / pz_chars this build registers.
INSERT INTO search_grams(search_grams) VALUES ('delete-all');
INSERT INTO search_chars(search_chars) VALUES ('delete-all');
INSERT INTO search_grams(rowid, grams) SELECT id, pz_grams(body) FROM search_article_docs;
INSERT INTO search_chars(rowid, chars) SELECT id, pz_chars(body) FROM search_article_docs;
INSERT INTO search_grams(rowid, grams)
  SELECT id + 1099511627776, pz_grams(body) FROM search_highlight_docs;
INSERT INTO search_chars(rowid, chars)
  SELECT id + 1099511627776, pz_chars(body) FROM search_highlight_docs;
-- One merged segment per table, as `pizhu reindex` leaves it: fewer doclists per lookup.
INSERT INTO search_grams(search_grams) VALUES ('optimize');
INSERT INTO search_chars(search_chars) VALUES ('optimize');
