/** A short notice at the bottom of the window that goes away by itself after a few seconds. */
import { useEffect, type ReactNode } from 'react'
import './feedback.css'

const VISIBLE_MS = 6000

interface Props {
  message: string
  dismissLabel: string
  onDismiss(): void
}

export function Toast({ message, dismissLabel, onDismiss }: Props): ReactNode {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, VISIBLE_MS)
    return () => window.clearTimeout(timer)
  }, [onDismiss])

  return (
    <div className="toast" role="status" data-testid="toast">
      <span className="toast__message">{message}</span>
      <button type="button" className="toast__close" aria-label={dismissLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
