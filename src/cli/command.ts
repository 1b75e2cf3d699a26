/** What a `pizhu` command is: its name, flags, help line and what it does. */
import type { ParseArgsConfig } from 'node:util'
import type { Library } from '../main/core/db/open'

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>

export interface CommandContext {
  library: Library
  /** Positional arguments after the command name. */
  args: string[]
  /** The command's own flags, parsed. */
  options: OptionValues
  json: boolean
  /** Reads all of standard input (for `-` as a file name). */
  readStdin: () => Promise<Buffer>
  /** Progress and notes for a person, on stderr; never part of the output. */
  note: (line: string) => void
}

/** What a command prints and the exit code it ends with (1 when part of the work failed). */
export interface CommandResult {
  output: string
  exitCode: number
}

export interface Command {
  name: string
  /** One line for `pizhu --help`: the synopsis after the command name, then what it does. */
  synopsis: string
  summary: string
  options?: NonNullable<ParseArgsConfig['options']>
  /** Returns what to print on stdout (and, optionally, a non-zero exit code). */
  run(ctx: CommandContext): string | CommandResult | Promise<string | CommandResult>
}

/** What a command that works on the library file itself, without opening it, receives. */
export type PathCommandContext = Omit<CommandContext, 'library'> & {
  /** The library file (which may be missing or too damaged to open). */
  libraryPath: string
}

/**
 * A command that must run even when the library cannot be opened (`restore`):
 * it gets the library's path instead of an open library.
 */
export interface PathCommand extends Omit<Command, 'run'> {
  opensLibrary: false
  run(ctx: PathCommandContext): string | Promise<string>
}

export type AnyCommand = Command | PathCommand
