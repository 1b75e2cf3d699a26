import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveLibraryPath, userDataDir } from './paths'

describe('library location', () => {
  it('matches Electron userData for an app named Pizhu on each platform', () => {
    expect(userDataDir('linux', {}, '/home/ming')).toBe(join('/home/ming', '.config', 'Pizhu'))
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ming')).toBe(
      join('/cfg', 'Pizhu'),
    )
    expect(userDataDir('darwin', {}, '/Users/ming')).toBe(
      join('/Users/ming', 'Library', 'Application Support', 'Pizhu'),
    )
    expect(
      userDataDir('win32', { APPDATA: 'C:\\Users\\ming\\AppData\\Roaming' }, 'C:\\Users\\ming'),
    ).toBe(join('C:\\Users\\ming\\AppData\\Roaming', 'Pizhu'))
  })

  it('prefers --library, then PIZHU_LIBRARY, then the default', () => {
    expect(resolveLibraryPath('/tmp/a.sqlite', { PIZHU_LIBRARY: '/tmp/b.sqlite' })).toBe(
      '/tmp/a.sqlite',
    )
    expect(resolveLibraryPath(undefined, { PIZHU_LIBRARY: '/tmp/b.sqlite' })).toBe('/tmp/b.sqlite')
    expect(resolveLibraryPath(undefined, { XDG_CONFIG_HOME: '/cfg' })).toMatch(
      /Pizhu[\\/]library\.sqlite$/,
    )
  })
})
