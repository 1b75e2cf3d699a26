/**
 * The offer to take back the last action ("已删除 · 撤销"), shown for a few
 * seconds after each action; Ctrl/Cmd+Z keeps working after it fades.
 */
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { UndoKind } from './undo-stack'

const SHOW_MS = 8000

interface Props {
  action: UndoKind | null
  /** Changes with every action and undo; each change shows the offer again. */
  stamp: number
  onUndo: () => void
}

export function UndoOffer({ action, stamp, onUndo }: Props): ReactNode {
  const { t } = useTranslation()
  const [hiddenAt, setHiddenAt] = useState(-1)
  useEffect(() => {
    const timer = setTimeout(() => setHiddenAt(stamp), SHOW_MS)
    return () => clearTimeout(timer)
  }, [stamp])
  if (!action || stamp === 0 || hiddenAt === stamp) return null
  return (
    <button type="button" className="hl-undo" data-testid="highlight-undo" onClick={onUndo}>
      {t(`reading.undo.${action}`)} · {t('highlights.undo')}
    </button>
  )
}
