/** Loads the stored note once and autosaves every change (see register-autosave). */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { loadNote } from './$note-content'
import { registerAutosave, type SaveNote } from './register-autosave'

interface Props {
  json: string | null
  text: string
  onSave: SaveNote
}

export function NoteAutosavePlugin({ json, text, onSave }: Props): null {
  const [editor] = useLexicalComposerContext()
  const initial = useRef({ json, text })
  const save = useRef(onSave)
  useLayoutEffect(() => {
    save.current = onSave
  })
  useEffect(() => {
    loadNote(editor, initial.current.json, initial.current.text)
    return registerAutosave(editor, (j, t) => save.current(j, t))
  }, [editor])
  return null
}
