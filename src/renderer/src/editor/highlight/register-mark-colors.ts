/**
 * Keeps each highlight mark's DOM element painted: marks hold ids only, so a
 * mutation listener looks the colour up by id (the innermost, shortest
 * highlight's colour wins where highlights overlap) and sets data attributes
 * the stylesheet colours.
 */
import { MarkNode } from '@lexical/mark'
import { $getNodeByKey, type LexicalEditor } from 'lexical'
import { highlightIdOf } from './types'

export function registerMarkColors(
  editor: LexicalEditor,
  colorOf: (id: number) => string | undefined,
): () => void {
  return editor.registerMutationListener(
    MarkNode,
    (mutations) => {
      editor.read(() => {
        for (const [key, kind] of mutations) {
          if (kind === 'destroyed') continue
          const node = $getNodeByKey<MarkNode>(key)
          const dom = editor.getElementByKey(key)
          if (!node || !dom) continue
          const ids = node
            .getIDs()
            .map(highlightIdOf)
            .filter((id): id is number => id !== null)
          const innermost = ids[ids.length - 1]
          dom.dataset.highlightIds = ids.join(' ')
          dom.dataset.color = (innermost !== undefined && colorOf(innermost)) || 'yellow'
          dom.classList.toggle('hl--overlap', ids.length > 1)
        }
      })
    },
    { skipInitialization: false },
  )
}
