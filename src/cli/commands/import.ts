/**
 * `pizhu import [--force] PATH... | -`: imports files, folders (every
 * supported file inside, recursively, sorted) or standard input (`-`). Each
 * file is its own transaction; one bad file does not stop the rest. Progress
 * goes to stderr, the summary to stdout; the exit code is 1 when any file
 * failed. Flags live in IMPORT_OPTIONS and are read in importOptions(), so
 * more (splitting, publication, date) slot in beside --force.
 */
import type { ImportOptions } from '../../main/core/import/pipeline'
import { importFiles, type ImportInput } from '../../main/core/import/pipeline'
import { expandPaths } from '../../main/core/import/import-files'
import { UsageError } from '../args'
import type { Command, CommandContext, OptionValues } from '../command'
import { formatImport, formatProgress } from '../format'
import {
  importReviewOptions,
  parseImportFlags,
  proposalJson,
  proposalText,
  proposeFiles,
} from '../import-review'

const IMPORT_OPTIONS = {
  force: { type: 'boolean' },
  ...importReviewOptions,
} as const

/** The core import options the command's flags ask for. */
function importOptions(options: OptionValues): ImportOptions {
  return { force: options.force === true, proposal: parseImportFlags(options).proposal }
}

export const importCommand: Command = {
  name: 'import',
  synopsis:
    '[--split auto|none] [--dry-run] [--publication P] [--date YYYY-MM-DD] [--force] FILE|FOLDER|-...',
  summary:
    'import .txt .md .pdf .docx .html files, folders of them, or stdin (-), split into articles; --dry-run prints the proposal',
  options: IMPORT_OPTIONS,
  async run(ctx) {
    if (ctx.args.length === 0) throw new UsageError('import needs at least one FILE, FOLDER or -')
    if (ctx.args.filter((a) => a === '-').length > 1) {
      throw new UsageError('standard input (-) can be imported only once')
    }
    const flags = parseImportFlags(ctx.options)
    const sources = await collectSources(ctx)
    if (sources.length === 0) throw new UsageError('no supported files found to import')
    if (flags.dryRun) {
      const files = await proposeFiles(sources, flags)
      return ctx.json ? proposalJson(files) : proposalText(files)
    }
    // Ctrl-C stops the batch after the files in hand are written, then reports what was done.
    const controller = new AbortController()
    const onInterrupt = (): void => {
      ctx.note('interrupted: stopping after the files already read…')
      controller.abort()
    }
    process.once('SIGINT', onInterrupt)
    let outcome
    try {
      outcome = await importFiles(ctx.library.db, sources, {
        ...importOptions(ctx.options),
        onProgress: (p) => ctx.note(formatProgress(p)),
        signal: controller.signal,
      })
    } finally {
      process.off('SIGINT', onInterrupt)
    }
    const done = outcome.files.length + outcome.duplicates.length + outcome.failed.length
    const skipped = sources.length - done
    let output = ctx.json ? JSON.stringify(outcome, null, 2) : formatImport(outcome)
    if (skipped > 0 && !ctx.json) output += `\ncancelled: ${skipped} file(s) not imported`
    return { output, exitCode: outcome.failed.length > 0 || skipped > 0 ? 1 : 0 }
  },
}

async function collectSources(ctx: CommandContext): Promise<(ImportInput | { path: string })[]> {
  const out: (ImportInput | { path: string })[] = []
  for (const arg of ctx.args) {
    if (arg === '-') {
      out.push({ fileName: 'stdin', path: null, bytes: await ctx.readStdin(), pasted: true })
    } else out.push(...expandPaths([arg]).map((path) => ({ path })))
  }
  return out
}
