/**
 * The article body with its highlights: marks in the read-only editor, the
 * toolbar over a selection, a card for the clicked highlight, the outline and
 * the pane, undo of the last 20 actions (Ctrl/Cmd+Z) and corrections of the
 * text that highlights follow.
 */
import type { Article } from '@shared/domain'
import type { Highlight, HighlightColor } from '@shared/highlight'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { PolicySuggestions } from '../policy'
import {
  ArticleEditor,
  articleRoot,
  scrollOffsetTo,
  type MarkRange,
  type SelectionReport,
} from '../../editor'
import { CorrectionInput } from './CorrectionInput'
import { HighlightCard, type CardFocus } from './HighlightCard'
import { HighlightsPane } from './HighlightsPane'
import { HighlightToolbar, inField, type ToolbarAction } from './HighlightToolbar'
import { OutlinePane } from './OutlinePane'
import { UndoOffer } from './UndoOffer'
import { useAfterFirstPaint } from './use-after-first-paint'
import { useHighlightKeys } from './use-highlight-keys'
import { useColorNames } from './use-color-names'
import { useHighlights } from './use-highlights'
import './highlights.css'

interface Open {
  id: number
  rect: DOMRect | null
  focus: CardFocus
}

function markElement(id: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`mark[data-highlight-ids~="${id}"]`)
}

export function HighlightedArticle({
  initial,
  label,
  position = 0,
  onGo,
  readPosition,
}: {
  initial: Article
  label: string
  /** The reading position (a text offset), for the outline's marker. */
  position?: number
  /** Scrolls to a text offset (an outline entry); the reader's reading line when given. */
  onGo?: (offset: number) => void
  /** Reads the reading position now (`position` may lag scrolling by a frame or so). */
  readPosition?: () => number
}): ReactNode {
  const { t } = useTranslation()
  const [article, setArticle] = useState(initial)
  const hl = useHighlights(article.id)
  const colors = useColorNames()
  const [selection, setSelection] = useState<SelectionReport | null>(null)
  const [open, setOpen] = useState<Open | null>(null)
  const [correcting, setCorrecting] = useState<SelectionReport | null>(null)
  const [reattaching, setReattaching] = useState<Highlight | null>(null)

  const markKey = hl.items
    .filter((h) => h.anchor !== 'orphan')
    .map((h) => `${h.id}:${h.start}:${h.end}:${h.color}`)
    .join(',')
  const marks = useMemo<MarkRange[]>(
    () =>
      markKey
        ? markKey.split(',').map((s) => {
            const [id, start, end, color] = s.split(':')
            return { id: Number(id), start: Number(start), end: Number(end), color: color! }
          })
        : [],
    [markKey],
  )

  // The orphan waiting for a selection to be re-attached to, read by the selection handler.
  const reattachRef = useRef<Highlight | null>(null)
  useEffect(() => {
    reattachRef.current = reattaching
  }, [reattaching])
  const { update } = hl

  const handlers = useMemo(
    () => ({
      onSelect: (r: SelectionReport | null) => {
        const orphan = reattachRef.current
        if (r && orphan) {
          setReattaching(null)
          window.getSelection()?.removeAllRanges()
          void update(orphan.id, { range: { start: r.start, end: r.end } })
          return
        }
        setSelection(r)
        if (r) setOpen(null)
      },
      onMarkClick: (ids: number[], rect: DOMRect) =>
        setOpen({ id: ids[ids.length - 1]!, rect, focus: null }),
    }),
    [update],
  )

  const onAction = useCallback(
    async (action: ToolbarAction) => {
      if (!selection) return
      if (action.kind === 'correct') {
        setCorrecting(selection)
        setSelection(null)
        return
      }
      const color =
        action.kind === 'color' ? action.color : action.kind === 'policy' ? 'blue' : 'yellow'
      const h = await hl.create(selection.start, selection.end, color)
      window.getSelection()?.removeAllRanges()
      setSelection(null)
      if (h && action.kind !== 'color') {
        setOpen({ id: h.id, rect: selection.rect, focus: action.kind })
      }
    },
    [selection, hl],
  )

  const applyCorrection = useCallback(
    async (replacement: string) => {
      if (!correcting) return
      const find = article.text.slice(correcting.start, correcting.end)
      setCorrecting(null)
      await call('articles.replaceText', {
        articleId: article.id,
        find,
        replace: replacement,
        at: correcting.start,
      })
      setArticle(await call('articles.get', { id: article.id }))
      hl.reload()
    },
    [correcting, article, hl],
  )

  const { undo, canUndo } = hl
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey) return
      if (inField(e) && !(e.target as HTMLElement).closest('.article-text')) return
      if (!canUndo) return
      e.preventDefault()
      void undo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, canUndo])

  // Stable callbacks and a memoised body: the reading position changes on every
  // scrolled frame, and only the outline's marker should redraw then.
  const openFromPane = useCallback((h: Highlight): void => {
    const el = markElement(h.id)
    el?.scrollIntoView({ block: 'center' })
    setOpen({ id: h.id, rect: el?.getBoundingClientRect() ?? null, focus: null })
  }, [])
  const { rename } = colors
  const onRename = useCallback(
    (color: HighlightColor, name: string) => void rename(color, name),
    [rename],
  )
  const goTo = useCallback(
    (offset: number) => {
      if (onGo) return onGo(offset)
      const root = articleRoot()
      if (root) scrollOffsetTo(root, offset, window.innerHeight / 4)
    },
    [onGo],
  )
  const { reload, loaded } = hl
  const body = useMemo(
    () =>
      loaded && (
        <div className="hl-article">
          <PolicySuggestions key={article.text.length} articleId={article.id} onAccepted={reload} />
          <ArticleEditor blocks={article.blocks} label={label} marks={marks} handlers={handlers} />
        </div>
      ),
    [loaded, article, reload, label, marks, handlers],
  )

  const panes = useAfterFirstPaint(loaded)
  const current = open && hl.items.find((h) => h.id === open.id)
  useHighlightKeys(hl.items, current, readPosition ?? (() => position), openFromPane)
  return (
    <div className="hl-layout">
      {body}
      {panes && (
        <OutlinePane
          blocks={article.blocks}
          textLength={article.text.length}
          items={hl.items}
          position={position}
          nameOf={colors.nameOf}
          onGo={goTo}
          onOpen={openFromPane}
        />
      )}
      {panes && (
        <HighlightsPane
          items={hl.items}
          nameOf={colors.nameOf}
          onOpen={openFromPane}
          onReattach={setReattaching}
          onRename={onRename}
        />
      )}
      {reattaching && (
        <p className="hl-reattach" role="status" data-testid="reattach-hint">
          {t('highlights.reattachHint', { quote: reattaching.exact })}
          <button type="button" onClick={() => setReattaching(null)}>
            {t('highlights.close')}
          </button>
        </p>
      )}
      {selection && (
        <HighlightToolbar
          selection={selection}
          nameOf={colors.nameOf}
          onAction={(a) => void onAction(a)}
          onDismiss={() => setSelection(null)}
        />
      )}
      {current && (
        <HighlightCard
          key={`${current.id}-${hl.undone}`}
          highlight={current}
          anchor={open.rect}
          focus={open.focus}
          nameOf={colors.nameOf}
          onChange={(changes) => hl.update(current.id, changes)}
          onMarked={hl.reload}
          onDelete={() => {
            setOpen(null)
            void hl.remove(current.id)
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {correcting && (
        <CorrectionInput
          original={article.text.slice(correcting.start, correcting.end)}
          rect={correcting.rect}
          onApply={(v) => void applyCorrection(v)}
          onCancel={() => setCorrecting(null)}
        />
      )}
      <UndoOffer action={hl.lastAction} stamp={hl.actions} onUndo={() => void undo()} />
      {hl.error && (
        <p className="hl-error" role="alert">
          {hl.error}
        </p>
      )}
    </div>
  )
}
