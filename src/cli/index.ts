/**
 * The `pizhu` command line, on the same core library as the app. Errors end
 * in one line on stderr and a non-zero exit: 1 for a failed action, 2 for a
 * usage mistake.
 */
import { openLibrary } from '../main/core/db/open'
import { resolveLibraryPath } from '../main/core/paths'
import { APP_VERSION } from '../main/core/app-context'
import { AppException } from '../shared/result'
import { parseCliArgs, USAGE, UsageError } from './args'
import { commands } from './commands'

/** Runs one command line; returns the exit code. Output goes through `out`/`err`. */
export function runCli(
  argv: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  err: (s: string) => void = (s) => process.stderr.write(s + '\n'),
): number {
  try {
    const args = parseCliArgs(argv)
    if (args.version) {
      out(APP_VERSION)
      return 0
    }
    if (args.help || !args.command) {
      ;(args.help ? out : err)(USAGE)
      return args.help ? 0 : 2
    }
    const command = commands[args.command]
    if (!command) throw new UsageError(`unknown command "${args.command}"`)
    const library = openLibrary(resolveLibraryPath(args.library))
    try {
      out(command(library, args.args, args.json))
    } finally {
      library.close()
    }
    return 0
  } catch (e) {
    if (e instanceof UsageError) {
      err(`pizhu: ${e.message} (see pizhu --help)`)
      return 2
    }
    if (e instanceof AppException) {
      err(`pizhu: ${e.message}`)
      return 1
    }
    err(`pizhu: unexpected error: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2))
}
