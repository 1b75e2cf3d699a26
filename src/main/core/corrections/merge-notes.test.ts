import { describe, expect, it } from 'vitest'
import { combineNotes } from './merge-notes'

const text = (t: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const para = (...children: object[]) => ({
  type: 'paragraph',
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
})
const doc = (...children: object[]) =>
  JSON.stringify({
    root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 },
  })

describe('combineNotes', () => {
  it('puts the first note, a line naming the second article, then the second note', () => {
    const first = {
      json: doc(para(text('要点一', 1)), para(text('要点二'))),
      text: '要点一\n要点二',
    }
    const list = {
      type: 'list',
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      version: 1,
      children: [{ type: 'listitem', value: 1, version: 1, children: [text('生态')] }],
    }
    const second = { json: doc(list), text: '生态' }
    const out = combineNotes(first, second, '生态文明建设')
    expect(out.text).toBe('要点一\n要点二\n—— 生态文明建设 ——\n生态')
    const root = JSON.parse(out.json!).root
    expect(root.direction).toBe('ltr')
    expect(root.children).toHaveLength(4)
    expect(root.children[0]).toEqual(para(text('要点一', 1)))
    expect(root.children[2].children).toEqual([text('—— 生态文明建设 ——', 1)])
    expect(root.children[3]).toEqual(list)
  })

  it('turns a plain-text or unreadable note into paragraphs, one per line', () => {
    const out = combineNotes(
      { json: null, text: '甲\n乙' },
      { json: '{oops', text: '丙' },
      '第二篇',
    )
    const root = JSON.parse(out.json!).root
    expect(root.children.map((p: { children: { text: string }[] }) => p.children[0]?.text)).toEqual(
      ['甲', '乙', '—— 第二篇 ——', '丙'],
    )
    expect(out.text).toBe('甲\n乙\n—— 第二篇 ——\n丙')
  })
})
