/** The names a researcher gives the five highlight colours, kept in the library's settings. */
import type { Database } from 'better-sqlite3'
import { HighlightColor } from '@shared/highlight'
import { getSetting, setSetting } from '../db/repos/settings'

const KEY = 'highlights.colorNames'

export type ColorNames = Partial<Record<HighlightColor, string>>

/** Custom colour names; colours never renamed are absent. */
export function colorNames(db: Database): ColorNames {
  const raw = getSetting(db, KEY)
  if (!raw) return {}
  const parsed = JSON.parse(raw) as Record<string, unknown>
  const out: ColorNames = {}
  for (const [k, v] of Object.entries(parsed)) {
    if (HighlightColor.safeParse(k).success && typeof v === 'string') out[k as HighlightColor] = v
  }
  return out
}

/** Renames one colour and returns every custom name. */
export function renameColor(db: Database, color: HighlightColor, name: string): ColorNames {
  const names = { ...colorNames(db), [color]: name.trim() }
  setSetting(db, KEY, JSON.stringify(names))
  return names
}
