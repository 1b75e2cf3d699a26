/** Covers the window while files are dragged over it, saying that dropping imports them. */
import type { ReactNode } from 'react'
import './feedback.css'

interface Props {
  title: string
  hint: string
}

export function DropOverlay({ title, hint }: Props): ReactNode {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">{title}</p>
        <p className="drop-overlay__hint">{hint}</p>
      </div>
    </div>
  )
}
