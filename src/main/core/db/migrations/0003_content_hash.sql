-- Duplicate imports are recognised by what the file says, not its bytes:
-- the hash of its articles' normalised text. The same bytes may now be
-- imported again on purpose (import --force), so the sha256 index is no
-- longer unique.
ALTER TABLE sources ADD COLUMN content_hash TEXT;
CREATE INDEX sources_content_hash ON sources(content_hash);
DROP INDEX sources_sha256;
CREATE INDEX sources_sha256 ON sources(sha256);
