/**
 * Where the library lives. The default is the same folder Electron uses as
 * `userData` for an app named "Pizhu", computed here without Electron so the
 * CLI and the browser host find the same file. `--library PATH` or the
 * PIZHU_LIBRARY environment variable select another.
 */
import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Pizhu'
export const LIBRARY_FILE = 'library.sqlite'

/** The per-user application data folder Electron's `app.getPath('appData')` returns. */
export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support')
  return env.XDG_CONFIG_HOME || join(home, '.config')
}

/** Electron's `userData` for Pizhu. */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  return join(appDataDir(platform, env, home), APP_NAME)
}

/** The library file to open: an explicit path wins, then PIZHU_LIBRARY, then the default. */
export function resolveLibraryPath(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (explicit) return explicit
  if (env.PIZHU_LIBRARY) return env.PIZHU_LIBRARY
  return join(userDataDir(process.platform, env), LIBRARY_FILE)
}
