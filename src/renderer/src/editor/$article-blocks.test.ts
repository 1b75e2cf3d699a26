/** Article blocks become one top-level node each, in order, with the right node types. */
import { $isHeadingNode } from '@lexical/rich-text'
import { $getRoot, $isParagraphNode, createEditor } from 'lexical'
import { describe, expect, it } from 'vitest'
import { $setArticleBlocks } from './$article-blocks'
import { $isCaptionNode } from './CaptionNode'
import { articleNodes } from './nodes'

describe('$setArticleBlocks', () => {
  it('maps headings, captions and paragraphs to their nodes without changing text', () => {
    const editor = createEditor({
      nodes: [...articleNodes],
      onError: (e) => {
        throw e
      },
    })
    const blocks = [
      { kind: 'paragraph', text: '今年以来，青川市招商引资跑出加速度。' },
      { kind: 'heading', text: '总体目标' },
      { kind: 'caption', text: '图为青川经济技术开发区。' },
      { kind: 'paragraph', text: '' },
    ] as const
    editor.update(() => $setArticleBlocks(blocks), { discrete: true })
    editor.getEditorState().read(() => {
      const children = $getRoot().getChildren()
      expect(children.map((n) => n.getTextContent())).toEqual(blocks.map((b) => b.text))
      expect($isParagraphNode(children[0]) && !$isCaptionNode(children[0])).toBe(true)
      expect($isHeadingNode(children[1]) && children[1].getTag()).toBe('h2')
      expect($isCaptionNode(children[2])).toBe(true)
      expect(children[2]!.getType()).toBe('caption')
    })
  })

  it('replaces what was there', () => {
    const editor = createEditor({
      nodes: [...articleNodes],
      onError: (e) => {
        throw e
      },
    })
    editor.update(() => $setArticleBlocks([{ kind: 'paragraph', text: '甲' }]), { discrete: true })
    editor.update(() => $setArticleBlocks([{ kind: 'paragraph', text: '乙' }]), { discrete: true })
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('乙')
  })
})
