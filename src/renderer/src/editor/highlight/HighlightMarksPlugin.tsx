/** Paints highlight marks with their colours (see register-mark-colors). */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useLayoutEffect, useRef } from 'react'
import { registerMarkColors } from './register-mark-colors'
import type { MarkRange } from './types'

export function HighlightMarksPlugin({ marks }: { marks: readonly MarkRange[] }): null {
  const [editor] = useLexicalComposerContext()
  const colors = useRef(new Map<number, string>())
  // Before ArticleContentPlugin's layout effect rebuilds the marks (it comes later in the tree).
  useLayoutEffect(() => {
    colors.current = new Map(marks.map((m) => [m.id, m.color]))
  }, [marks])
  // Registered before the content is set (a layout effect, earlier in the tree), so
  // the marks have their colours in the first frame that shows them.
  useLayoutEffect(() => registerMarkColors(editor, (id) => colors.current.get(id)), [editor])
  return null
}
