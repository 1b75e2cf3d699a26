/**
 * The `pizhu` command line, on the same core library as the app. Errors end
 * in one line on stderr and a non-zero exit: 1 for a failed action, 2 for a
 * usage mistake.
 */
import { APP_VERSION } from '../main/core/app-context'
import { newestGoodBackup } from '../main/core/backup/newest-good'
import { openLibrary } from '../main/core/db/open'
import { importError } from '../main/core/import/errors'
import { MAX_TEXT_BYTES } from '../main/core/import/import-files'
import { resolveLibraryPath } from '../main/core/paths'
import { AppException } from '@shared/result'
import { commandUsage, parseCliArgs, usage, UsageError } from './args'
import { commands } from './commands'

export interface CliIo {
  out: (s: string) => void
  err: (s: string) => void
  readStdin: () => Promise<Buffer>
}

const processIo: CliIo = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  readStdin: async () => {
    const chunks: Buffer[] = []
    let total = 0
    for await (const chunk of process.stdin) {
      total += (chunk as Buffer).length
      // Stop reading at the text cap instead of holding an endless pipe in memory.
      if (total > MAX_TEXT_BYTES) {
        throw importError(
          'stdin',
          `the input is too large (over ${MAX_TEXT_BYTES / 1024 / 1024} MB)`,
          'tooLarge',
        )
      }
      chunks.push(chunk as Buffer)
    }
    return Buffer.concat(chunks)
  },
}

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const { out, err, readStdin } = { ...processIo, ...io }
  try {
    const args = parseCliArgs(argv, commands)
    if (args.version) {
      out(APP_VERSION)
      return 0
    }
    if (args.help && args.command) {
      out(commandUsage(args.command))
      return 0
    }
    if (args.help || !args.command) {
      ;(args.help ? out : err)(usage(commands))
      return args.help ? 0 : 2
    }
    const base = { args: args.args, options: args.options, json: args.json, readStdin, note: err }
    const libraryPath = resolveLibraryPath(args.library)
    if ('opensLibrary' in args.command) {
      const text = await args.command.run({ ...base, libraryPath })
      if (text !== '') out(text)
      return 0
    }
    const library = openLibrary(libraryPath)
    try {
      const result = await args.command.run({ ...base, library })
      const { output, exitCode } =
        typeof result === 'string' ? { output: result, exitCode: 0 } : result
      if (output !== '') out(output)
      return exitCode
    } finally {
      library.close()
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`pizhu: ${e.message} (see pizhu --help)`)
      return 2
    }
    if (e instanceof AppException) {
      err(`pizhu: ${e.message}${restoreHint(e, argv)}`)
      return 1
    }
    err(`pizhu: unexpected error: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}

/** For a library that cannot be opened: how to get back the newest good backup. */
function restoreHint(e: AppException, argv: readonly string[]): string {
  if (e.code !== 'LIBRARY_UNREADABLE' || argv.includes('restore')) return ''
  const library = e.file
  if (!library || !newestGoodBackup(library)) return ''
  return `. Restore the newest good backup with: pizhu --library "${library}" restore --latest`
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => (process.exitCode = code))
}
