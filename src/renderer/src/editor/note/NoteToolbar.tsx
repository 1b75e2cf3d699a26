/** Bold, italic, lists, quote and link for the note being edited. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useState, type ReactNode } from 'react'
import { formatNote, linkNote, type NoteFormat } from './commands'

export interface NoteToolbarLabels {
  bold: string
  italic: string
  bullet: string
  number: string
  quote: string
  link: string
  linkPlaceholder: string
}

const FORMATS: { format: NoteFormat; glyph: string }[] = [
  { format: 'bold', glyph: 'B' },
  { format: 'italic', glyph: 'I' },
  { format: 'bullet', glyph: '•' },
  { format: 'number', glyph: '1.' },
  { format: 'quote', glyph: '❝' },
]

export function NoteToolbar({ labels }: { labels: NoteToolbarLabels }): ReactNode {
  const [editor] = useLexicalComposerContext()
  const [url, setUrl] = useState<string | null>(null)
  return (
    <div className="note__toolbar" role="toolbar">
      {FORMATS.map(({ format, glyph }) => (
        <button
          key={format}
          type="button"
          className={`note__button note__button--${format}`}
          title={labels[format]}
          aria-label={labels[format]}
          data-testid={`note-${format}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => formatNote(editor, format)}
        >
          {glyph}
        </button>
      ))}
      <button
        type="button"
        className="note__button"
        title={labels.link}
        aria-label={labels.link}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setUrl(url === null ? 'https://' : null)}
      >
        {labels.link}
      </button>
      {url !== null && (
        <input
          className="note__url"
          value={url}
          placeholder={labels.linkPlaceholder}
          aria-label={labels.link}
          autoFocus
          onChange={(e) => setUrl(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              linkNote(editor, url)
              setUrl(null)
            } else if (e.key === 'Escape') setUrl(null)
          }}
        />
      )}
    </div>
  )
}
