/**
 * Argument parsing for `pizhu`: global flags (--library, --json, --help)
 * may stand before or after the command.
 */
import { parseArgs } from 'node:util'

export interface CliArgs {
  command: string | undefined
  args: string[]
  library: string | undefined
  json: boolean
  help: boolean
  version: boolean
}

export class UsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        library: { type: 'string', short: 'l' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
  const [command, ...args] = parsed.positionals
  return {
    command,
    args,
    library: parsed.values.library,
    json: parsed.values.json === true,
    help: parsed.values.help === true,
    version: parsed.values.version === true,
  }
}

export const USAGE = `Usage: pizhu [--library PATH] <command> [options]

Commands:
  import FILE...     import text files (.txt, .md) into the library
  list               list the articles in the library
  show ID            print one article

Options:
  --library PATH     use this library file (default: $PIZHU_LIBRARY, then the app's library)
  --json             print machine-readable JSON
  -h, --help         show this help
  -v, --version      print the version`
