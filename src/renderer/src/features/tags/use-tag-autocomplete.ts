/**
 * The typing state of a tag field: the draft, the tags offered for it, which
 * one the arrow keys point at, and what Enter adds. When every offer matched
 * only by pinyin initials ("cyzc"), the first is pre-selected, since nobody
 * means to create a tag called "cyzc"; otherwise Enter adds what was typed.
 */
import { useMemo, useState, type KeyboardEvent } from 'react'
import { suggestTags, type TagSuggestion } from './tag-suggestions'

/** A tag path as typed, tidied: parts trimmed, empty parts dropped. */
export function tidyTagPath(typed: string): string {
  return typed
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean)
    .join('/')
}

export interface TagAutocomplete {
  draft: string
  setDraft: (text: string) => void
  offers: TagSuggestion[]
  /** Index into `offers` the keys point at, or -1. */
  active: number
  /** Adds an offered tag (or, with none, the draft) and clears the field. */
  pick: (path?: string) => void
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void
}

export function useTagAutocomplete(
  known: readonly string[],
  chosen: readonly string[],
  onAdd: (path: string) => void,
): TagAutocomplete {
  const [draft, setDraftState] = useState('')
  const [moved, setMoved] = useState<number | null>(null)
  const [closed, setClosed] = useState(false)
  const offers = useMemo(
    () => (closed ? [] : suggestTags(known, draft, chosen)),
    [known, draft, chosen, closed],
  )
  const active = moved ?? (offers.length > 0 && offers.every((o) => o.byInitials) ? 0 : -1)

  const setDraft = (text: string): void => {
    setDraftState(text)
    setMoved(null)
    setClosed(false)
  }
  const pick = (path?: string): void => {
    const name = tidyTagPath(path ?? offers[active]?.path ?? draft)
    setDraft('')
    if (name && !chosen.includes(name)) onAdd(name)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.nativeEvent.isComposing) return
    const n = offers.length
    if (e.key === 'Enter') {
      e.preventDefault()
      pick()
    } else if (e.key === 'ArrowDown' && n > 0) {
      e.preventDefault()
      setMoved((active + 1) % n)
    } else if (e.key === 'ArrowUp' && n > 0) {
      e.preventDefault()
      setMoved(active <= 0 ? n - 1 : active - 1)
    } else if (e.key === 'Tab' && active >= 0 && n > 0) {
      e.preventDefault()
      pick()
    } else if (e.key === 'Escape' && n > 0) {
      e.preventDefault()
      e.stopPropagation()
      setClosed(true)
    }
  }
  return { draft, setDraft, offers, active, pick, onKeyDown }
}
