/**
 * A rich-text note (Lexical), autosaved as Lexical JSON plus plain text.
 * Give it a `key` per note: it loads its content once, when mounted.
 */
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer'
import type { ReactNode } from 'react'
import { noteExtension } from './note-extension'
import { NoteAutosavePlugin } from './NoteAutosavePlugin'
import { NoteToolbar, type NoteToolbarLabels } from './NoteToolbar'
import type { SaveNote } from './register-autosave'
import './note.css'

interface Props {
  json: string | null
  text: string
  onSave: SaveNote
  label: string
  placeholder: string
  labels: NoteToolbarLabels
  autoFocus?: boolean
  /** The content element's test id ('note-editor' unless told). */
  testId?: string
}

export function NoteEditor({
  json,
  text,
  onSave,
  label,
  placeholder,
  labels,
  autoFocus,
  testId = 'note-editor',
}: Props): ReactNode {
  return (
    <div className="note">
      <LexicalExtensionComposer extension={noteExtension} contentEditable={null}>
        <NoteToolbar labels={labels} />
        <div className="note__body">
          <ContentEditable
            className="note__content"
            data-testid={testId}
            aria-label={label}
            aria-placeholder={placeholder}
            placeholder={<div className="note__placeholder">{placeholder}</div>}
            lang="zh-CN"
            autoFocus={autoFocus}
          />
        </div>
        <NoteAutosavePlugin json={json} text={text} onSave={onSave} />
      </LexicalExtensionComposer>
    </div>
  )
}
