/**
 * `pizhu library export FILE` / `pizhu library import FILE`: the whole
 * library as one portable file (see core/backup/portable.ts), e.g. to move
 * it to another computer. Import replaces an empty library; a library that
 * already holds articles is replaced only with --replace (and kept in backups/).
 */
import { resolve } from 'node:path'
import { APP_VERSION } from '../../main/core/app-context'
import { exportLibrary, importLibraryExport } from '../../main/core/backup/portable'
import { openLibrary } from '../../main/core/db/open'
import { countArticles } from '../../main/core/db/repos/articles'
import { AppException } from '@shared/result'
import { UsageError } from '../args'
import type { PathCommand } from '../command'

export const libraryCommand: PathCommand = {
  name: 'library',
  synopsis: 'export FILE | import FILE [--replace]',
  summary: 'export the whole library as one portable file, or import such a file',
  options: { replace: { type: 'boolean' } },
  opensLibrary: false,
  async run({ libraryPath, args, options, json }) {
    const [action, file, ...rest] = args
    if ((action !== 'export' && action !== 'import') || !file || rest.length > 0) {
      throw new UsageError('library needs: export FILE, or import FILE')
    }
    const target = resolve(file)
    if (action === 'export') {
      const library = openLibrary(libraryPath)
      try {
        const manifest = await exportLibrary(library.db, target, {
          appVersion: APP_VERSION,
          schemaVersion: library.schemaVersion,
        })
        if (json) return JSON.stringify({ file: target, manifest }, null, 2)
        return `exported ${manifest.counts['articles'] ?? 0} articles to ${target}`
      } finally {
        library.close()
      }
    }
    const current = openLibrary(libraryPath)
    const articles = countArticles(current.db)
    current.close()
    if (articles > 0 && options['replace'] !== true) {
      throw new AppException(
        'INVALID_INPUT',
        `${libraryPath}: the library already holds ${articles} articles; add --replace to replace it (it is kept in backups/)`,
        libraryPath,
      )
    }
    const outcome = await importLibraryExport(libraryPath, target)
    openLibrary(libraryPath).close() // migrates an export from an older version now
    if (json) return JSON.stringify({ file: target, ...outcome }, null, 2)
    return `imported ${outcome.articleCount} articles from ${target}`
  },
}
