/**
 * The ordered list of schema migrations. Append-only: a shipped migration is
 * never edited; a change to the schema is a new numbered file added here.
 */
import init from './0001_init.sql?raw'
import search from './0002_search.sql?raw'
import reader from './0004_reader.sql?raw'
import contentHash from './0003_content_hash.sql?raw'
import policies from './0005_policies.sql?raw'
import searchFolding from './0007_search_folding.sql?raw'
import articleNotes from './0006_article_notes.sql?raw'
import briefings from './0009_briefings.sql?raw'
import policyIssuing from './0010_policy_issuing.sql?raw'
import dismissalQuotes from './0011_dismissal_quotes.sql?raw'
import structureChanges from './0012_structure_changes.sql?raw'

export interface Migration {
  version: number
  name: string
  sql: string
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'search', sql: search },
  { version: 3, name: 'content_hash', sql: contentHash },
  { version: 4, name: 'reader', sql: reader },
  { version: 5, name: 'policies', sql: policies },
  { version: 6, name: 'article_notes', sql: articleNotes },
  { version: 7, name: 'search_folding', sql: searchFolding },
  { version: 9, name: 'briefings', sql: briefings },
  { version: 10, name: 'policy_issuing', sql: policyIssuing },
  { version: 11, name: 'dismissal_quotes', sql: dismissalQuotes },
  { version: 12, name: 'structure_changes', sql: structureChanges },
]

/** The schema version this build of Pizhu writes. */
export const HEAD_VERSION = migrations[migrations.length - 1]!.version
