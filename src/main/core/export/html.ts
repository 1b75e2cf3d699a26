/**
 * Self-contained HTML export: one file with its styles inline and no
 * external request (no fonts, scripts or images fetched), readable on
 * screen and printable — the PDF export prints exactly this document.
 */
import { chineseNumber } from './chinese-numbering'
import { endnoteText, sourceLine } from './citation'
import { noteRest, pointText, textLines } from './point'
import type { ExportItem, ExportOptions, ExportSet } from './export-set'

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const STYLE = `
@page { size: A4; margin: 25mm 22mm; }
html { color: #1a1a1a; background: #fff; }
body { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 16px; line-height: 1.8; max-width: 46em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "Noto Serif CJK SC", serif;
  font-size: 1.7em; text-align: center; font-weight: bold; margin: 0.5em 0 1em; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.15em; margin: 1.4em 0 0.6em; }
.summary { text-indent: 2em; margin: 0 0 1.2em; }
.item { margin: 0 0 1.1em; break-inside: avoid; }
.point { font-family: "KaiTi", "楷体", "STKaiti", serif; font-weight: bold; margin: 0; }
blockquote { margin: 0.3em 0 0.3em 1em; padding: 0.2em 0 0.2em 1em; border-left: 3px solid #b8860b; }
blockquote p { margin: 0; }
.cite { color: #555; }
.note { margin: 0 0 0 2em; }
.commentary { text-indent: 2em; margin: 0.4em 0 0; }
.tags { margin: 0.2em 0 0 2em; color: #666; font-size: 0.85em; }
.endnotes { border-top: 1px solid #999; margin-top: 2em; font-size: 0.9em; }
@media print { body { margin: 0; max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } .endnotes li > a { display: none; } }
`

const para = (text: string, cls?: string): string =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(l)}</p>`)
    .join('')

function itemHtml(item: ExportItem, n: number, opts: ExportOptions, noteNo: number): string {
  const cite =
    opts.citation === 'inline'
      ? `<span class="cite">${escapeHtml(sourceLine(item.source))}</span>`
      : `<sup class="cite"><a href="#note-${noteNo}" id="ref-${noteNo}">[${noteNo}]</a></sup>`
  const quoteLines = item.quote.split('\n').filter((l) => l.trim())
  const quote = quoteLines
    .map((l, i) => `<p>${escapeHtml(l)}${i === quoteLines.length - 1 ? cite : ''}</p>`)
    .join('')
  const rest = noteRest(item)
  const note = rest.length
    ? `<div class="note">${rest.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`
    : ''
  const commentary = textLines(item.commentary)
    .map((l) => `<p class="commentary">${escapeHtml(l)}</p>`)
    .join('')
  const tags = item.tags.length
    ? `<p class="tags">${item.tags.map((t) => `#${escapeHtml(t)}`).join(' ')}</p>`
    : ''
  return `<div class="item"><p class="point">（${chineseNumber(n)}）${escapeHtml(pointText(item))}</p>${note}<blockquote>${quote}</blockquote>${commentary}${tags}</div>`
}

/** The set as one HTML document (UTF-8). */
export function toHtml(set: ExportSet, opts: ExportOptions): string {
  const body: string[] = [`<h1>${escapeHtml(set.title)}</h1>`]
  if (set.summary.trim()) body.push(para(set.summary, 'summary'))
  const notes: string[] = []
  let heading = 0
  let noteNo = 0
  for (const section of set.sections) {
    if (section.heading !== null)
      body.push(`<h2>${chineseNumber(++heading)}、${escapeHtml(section.heading)}</h2>`)
    section.items.forEach((item, i) => {
      noteNo++
      notes.push(
        `<li id="note-${noteNo}"><a href="#ref-${noteNo}">↑</a> ${escapeHtml(endnoteText(item.source))}</li>`,
      )
      body.push(itemHtml(item, i + 1, opts, noteNo))
    })
  }
  if (opts.citation === 'endnotes' && notes.length)
    body.push(`<section class="endnotes"><h2>注释</h2><ol>${notes.join('')}</ol></section>`)
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="generator" content="Pizhu 批注">',
    `<title>${escapeHtml(set.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>${body.join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n')
}
