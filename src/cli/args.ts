/**
 * Argument parsing for `pizhu`: global flags (--library, --json, --help,
 * --version) may stand before or after the command; each command adds its
 * own flags.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { AnyCommand, OptionValues } from './command'

export class UsageError extends Error {}

const GLOBAL_OPTIONS = {
  library: { type: 'string', short: 'l' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies NonNullable<ParseArgsConfig['options']>

export interface CliArgs {
  command: AnyCommand | undefined
  commandName: string | undefined
  args: string[]
  options: OptionValues
  library: string | undefined
  json: boolean
  help: boolean
  version: boolean
}

/** The first positional argument: the command name. */
function findCommandName(argv: readonly string[]): string | undefined {
  const { tokens } = parseArgs({
    args: [...argv],
    options: GLOBAL_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  return tokens.find((t) => t.kind === 'positional')?.value
}

export function parseCliArgs(argv: readonly string[], commands: readonly AnyCommand[]): CliArgs {
  const commandName = findCommandName(argv)
  const command = commands.find((c) => c.name === commandName)
  if (commandName !== undefined && !command)
    throw new UsageError(`unknown command "${commandName}"`)
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) },
    })
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
  const { library, json, help, version, ...options } = parsed.values as OptionValues
  return {
    command,
    commandName,
    args: parsed.positionals.slice(1),
    options,
    library: typeof library === 'string' ? library : undefined,
    json: json === true,
    help: help === true,
    version: version === true,
  }
}

/** The help text: each command's synopsis on its own line, what it does indented below. */
export function usage(commands: readonly AnyCommand[]): string {
  const lines = commands.map((c) => `  ${`${c.name} ${c.synopsis}`.trimEnd()}\n      ${c.summary}`)
  return `Usage: pizhu [--library PATH] <command> [options]

Commands:
${lines.join('\n')}

${OPTIONS_HELP}`
}

/** `pizhu COMMAND --help`: that command's synopsis and what it does. */
export function commandUsage(c: AnyCommand): string {
  return `Usage: pizhu [--library PATH] ${`${c.name} ${c.synopsis}`.trimEnd()}

${c.summary}

${OPTIONS_HELP}`
}

const OPTIONS_HELP = `Options:
  --library PATH     use this library file (default: $PIZHU_LIBRARY, then the app's library)
  --json             print machine-readable JSON
  -h, --help         show this help
  -v, --version      print the version`
