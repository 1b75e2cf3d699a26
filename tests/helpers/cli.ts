/** Runs the `pizhu` CLI in-process and captures what it prints, for CLI tests. */
import { runCli } from '../../src/cli/index'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs one command line with the given standard input. */
export async function runWithStdin(stdin: Buffer, ...argv: string[]): Promise<CliRun> {
  let out = ''
  let err = ''
  const code = await runCli(argv, {
    out: (s) => (out += s + '\n'),
    err: (s) => (err += s + '\n'),
    readStdin: () => Promise.resolve(stdin),
  })
  return { code, out, err }
}

/** Runs one command line with empty standard input. */
export function run(...argv: string[]): Promise<CliRun> {
  return runWithStdin(Buffer.alloc(0), ...argv)
}
