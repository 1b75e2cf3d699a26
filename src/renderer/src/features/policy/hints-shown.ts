/**
 * Whether suggested policy points are underlined in the reader: one switch
 * shared by the toolbar toggle and the article, remembered across sessions.
 */
import { useSyncExternalStore } from 'react'

const KEY = 'pizhu.policyHints'
const listeners = new Set<() => void>()

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== 'off'
  } catch {
    return true
  }
}

/** Turns the underlines on or off everywhere. */
export function setHintsShown(shown: boolean): void {
  try {
    window.localStorage.setItem(KEY, shown ? 'on' : 'off')
  } catch {
    // storage unavailable: the switch still works for this session's listeners
  }
  for (const l of listeners) l()
}

/** True when suggestions are underlined (the default). */
export function useHintsShown(): boolean {
  return useSyncExternalStore((onChange) => {
    listeners.add(onChange)
    return () => listeners.delete(onChange)
  }, read)
}
