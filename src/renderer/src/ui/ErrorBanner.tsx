/** A dismissible banner under the header listing what went wrong, one line per message. */
import type { ReactNode } from 'react'
import './feedback.css'

interface Props {
  messages: readonly string[]
  dismissLabel: string
  onDismiss(): void
}

export function ErrorBanner({ messages, dismissLabel, onDismiss }: Props): ReactNode {
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <ul className="error-banner__list">
        {messages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
      <button type="button" className="error-banner__close" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  )
}
