-- Briefings (issue 7): citation style, soft delete for undo, commentary as text.
ALTER TABLE briefings ADD COLUMN citation_style TEXT NOT NULL DEFAULT 'inline'
  CHECK (citation_style IN ('inline', 'endnotes'));
ALTER TABLE briefings ADD COLUMN deleted_at TEXT;
ALTER TABLE briefing_items ADD COLUMN comment_text TEXT NOT NULL DEFAULT '';
CREATE INDEX briefings_updated ON briefings(deleted_at, updated_at);
