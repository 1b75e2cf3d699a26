/** The five colours' names: the researcher's own where renamed, else the defaults (重点/数据/…). */
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/highlight'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'

export interface ColorNames {
  nameOf(color: HighlightColor): string
  rename(color: HighlightColor, name: string): Promise<void>
}

export function useColorNames(): ColorNames {
  const { t } = useTranslation()
  const [custom, setCustom] = useState<Partial<Record<HighlightColor, string>>>({})
  useEffect(() => {
    let live = true
    call('highlights.colorNames', {}).then(
      (names) => live && setCustom(names),
      () => {},
    )
    return () => {
      live = false
    }
  }, [])
  // Looked up once per language and renaming: panes ask for a name per highlight, hundreds a render.
  const names = useMemo(
    () =>
      new Map(HIGHLIGHT_COLORS.map((c) => [c, custom[c] ?? t(`highlights.colors.${c}`)] as const)),
    [custom, t],
  )
  const nameOf = useCallback((color: HighlightColor) => names.get(color) ?? color, [names])
  const rename = useCallback(async (color: HighlightColor, name: string) => {
    setCustom(await call('highlights.renameColor', { color, name }))
  }, [])
  return { nameOf, rename }
}

export { HIGHLIGHT_COLORS }
