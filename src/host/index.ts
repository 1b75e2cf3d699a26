/**
 * `npm run web`: starts the browser host and prints the address to open.
 * Flags: --library PATH, --port N (default 5178, or a free one if taken),
 * --no-sample (skip the first-launch sample articles).
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openAppContext } from '../main/core/app-context'
import { AppException } from '@shared/result'
import { startHost } from './server'

const DEFAULT_PORT = 5178

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      library: { type: 'string' },
      port: { type: 'string' },
      'no-sample': { type: 'boolean' },
    },
  })
  const builtRoot = join(__dirname, '..')
  const ctx = await openAppContext({
    ...(values.library ? { libraryPath: values.library } : {}),
    shell: 'browser',
    ...(values['no-sample'] ? {} : { resourcesDir: join(builtRoot, '..', 'resources') }),
  })
  const rendererDir = join(builtRoot, 'renderer')
  const wanted = values.port !== undefined ? Number(values.port) : DEFAULT_PORT
  let host
  try {
    host = await startHost({ handlers: ctx.handlers, rendererDir, port: wanted })
  } catch (err) {
    if (values.port !== undefined) throw err
    host = await startHost({ handlers: ctx.handlers, rendererDir, port: 0 })
  }
  console.log(`Pizhu library: ${ctx.libraryPath}`)
  if (ctx.session.problem) console.log(`Pizhu: ${ctx.session.problem.message}`)
  console.log(`Pizhu is running at ${host.url}`)
  const stop = (): void => {
    void host.close().then(() => {
      ctx.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(
    `pizhu web: ${err instanceof AppException || err instanceof Error ? err.message : String(err)}`,
  )
  process.exit(1)
})
