/**
 * The text-import flags of `pizhu import`: `--split auto|none`,
 * `--publication P`, `--date YYYY-MM-DD` and `--dry-run` (print the proposal,
 * write nothing). Kept apart from the command so the command file stays a
 * thin list of steps.
 */
import type { ParseArgsConfig } from 'node:util'
import { IsoDate } from '@shared/calls/review'
import type { ArticleDraft } from '@shared/domain'
import { prepareImport, readImportFile, type ImportInput } from '../main/core/import/pipeline'
import { countChars } from '../main/core/db/repos/articles'
import type { ReviewOptions } from '../main/core/import/review'
import { UsageError } from './args'
import type { OptionValues } from './command'

export const importReviewOptions = {
  split: { type: 'string' },
  'dry-run': { type: 'boolean' },
  publication: { type: 'string' },
  date: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>

export interface ImportFlags {
  dryRun: boolean
  proposal: ReviewOptions
}

/** Checks the flags; a bad value is a usage error naming the flag. */
export function parseImportFlags(options: OptionValues): ImportFlags {
  const split = options.split ?? 'auto'
  if (split !== 'auto' && split !== 'none') {
    throw new UsageError(`--split must be auto or none, not "${String(split)}"`)
  }
  const date = options.date
  if (date !== undefined && (typeof date !== 'string' || !IsoDate.safeParse(date).success)) {
    throw new UsageError(`--date must be a date written YYYY-MM-DD, not "${String(date)}"`)
  }
  const publication = typeof options.publication === 'string' ? options.publication.trim() : ''
  return {
    dryRun: options['dry-run'] === true,
    proposal: {
      split,
      publication: publication === '' ? null : publication,
      publishedOn: typeof date === 'string' ? date : null,
    },
  }
}

interface ProposedFile {
  fileName: string
  format: string
  encoding: string | null
  drafts: ArticleDraft[]
}

/** Reads and splits every file; writes nothing. */
export async function proposeFiles(
  sources: readonly (ImportInput | { path: string })[],
  flags: ImportFlags,
): Promise<ProposedFile[]> {
  const files: ProposedFile[] = []
  for (const source of sources) {
    const input = 'bytes' in source ? source : readImportFile(source.path)
    const p = await prepareImport(input, flags.proposal)
    const fileName = input.path ?? input.fileName
    files.push({ fileName, format: p.format, encoding: p.encoding, drafts: p.drafts })
  }
  return files
}

const texts = (d: ArticleDraft, kind: string): string[] =>
  d.blocks.filter((b) => b.kind === kind).map((b) => b.text)

/** The proposal as JSON: per file, articles with their paragraphs and captions. */
export function proposalJson(files: readonly ProposedFile[]): string {
  const out = files.map((f) => ({
    fileName: f.fileName,
    format: f.format,
    encoding: f.encoding,
    articles: f.drafts.map((d) => ({
      title: d.title,
      kicker: d.kicker,
      subtitle: d.subtitle,
      byline: d.byline,
      publication: d.publication,
      publishedOn: d.publishedOn,
      page: d.page,
      characters: countChars(d.blocks),
      paragraphs: texts(d, 'paragraph'),
      headings: texts(d, 'heading'),
      captions: texts(d, 'caption'),
      blocks: d.blocks,
    })),
  }))
  return JSON.stringify({ dryRun: true, files: out }, null, 2)
}

/** The proposal for a person: one paragraph per article. */
export function proposalText(files: readonly ProposedFile[]): string {
  const lines: string[] = []
  for (const f of files) {
    lines.push(
      `${f.fileName}: ${f.drafts.length} article(s) proposed (${f.format}, ${f.encoding ?? '-'})`,
    )
    f.drafts.forEach((d, i) => {
      lines.push(`  ${i + 1}. ${d.title} (${countChars(d.blocks)} chars)`)
      if (d.kicker) lines.push(`     kicker: ${d.kicker}`)
      if (d.subtitle) lines.push(`     subtitle: ${d.subtitle}`)
      if (d.byline) lines.push(`     byline: ${d.byline}`)
      for (const c of texts(d, 'caption')) lines.push(`     caption: ${c}`)
      const first = texts(d, 'paragraph')[0]
      if (first)
        lines.push(`     ${[...first].slice(0, 40).join('')}${[...first].length > 40 ? '…' : ''}`)
    })
  }
  lines.push('dry run: nothing was written')
  return lines.join('\n')
}
