/** Highlights from offsets become marks holding ids only, for overlaps and across blocks. */
import { $isMarkNode, type MarkNode } from '@lexical/mark'
import { $getRoot, createEditor, type ElementNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import { $setArticleBlocks } from '../$article-blocks'
import { articleNodes } from '../nodes'

const blocks = [
  { kind: 'paragraph', text: '推动高质量发展' },
  { kind: 'paragraph', text: '打通堵点卡点' },
] as const

function pieces(marks: { id: number; start: number; end: number }[]): [string, string[]][][] {
  const editor = createEditor({
    nodes: [...articleNodes],
    onError: (e) => {
      throw e
    },
  })
  const ranges = marks.map((m) => ({ ...m, color: 'yellow' }))
  editor.update(() => $setArticleBlocks(blocks, ranges), { discrete: true })
  return editor.getEditorState().read(() =>
    $getRoot()
      .getChildren<ElementNode>()
      .map((block) =>
        block
          .getChildren()
          .map((n) => [n.getTextContent(), $isMarkNode(n) ? (n as MarkNode).getIDs() : []]),
      ),
  )
}

describe('$createMarkedText', () => {
  it('keeps the text and marks overlapping highlights piece by piece, innermost id last', () => {
    // "推动高质量发展" = 0..7, "\n" = 7, "打通堵点卡点" = 8..14
    const out = pieces([
      { id: 1, start: 0, end: 5 },
      { id: 2, start: 2, end: 7 },
      { id: 3, start: 3, end: 4 },
    ])
    expect(out[0]).toEqual([
      ['推动', ['hl:1']],
      ['高', ['hl:1', 'hl:2']],
      ['质', ['hl:1', 'hl:2', 'hl:3']],
      ['量', ['hl:1', 'hl:2']],
      ['发展', ['hl:2']],
    ])
  })

  it('splits a highlight across paragraphs into one mark per block', () => {
    const out = pieces([{ id: 7, start: 5, end: 10 }])
    expect(out[0]).toEqual([
      ['推动高质量', []],
      ['发展', ['hl:7']],
    ])
    expect(out[1]).toEqual([
      ['打通', ['hl:7']],
      ['堵点卡点', []],
    ])
  })
})
