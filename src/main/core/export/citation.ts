/**
 * Citation text in the form Chinese offices use:
 * （来源：《四川日报》2023年5月20日第3版）.
 */
import type { ExportSource } from './export-set'

/** "2023-05-20" → "2023年5月20日"; partial dates keep what they have; other text is kept as is. */
export function chineseDate(date: string | null): string {
  if (!date) return ''
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(date)
  if (!m) return date
  const [, y, mo, d] = m
  return `${y}年` + (mo ? `${Number(mo)}月` : '') + (d ? `${Number(d)}日` : '')
}

/** "3" or "03" → "第3版"; a page already worded ("第03版：要闻", "A2") is kept. */
export function chinesePage(page: string | null): string {
  if (!page) return ''
  const p = page.trim()
  return /^\d+$/.test(p) ? `第${Number(p)}版` : p
}

/** 《publication》date page — the publication, else the article title, named in 《》. */
export function sourceText(s: ExportSource): string {
  const name = s.publication ?? s.title
  return `《${name}》${chineseDate(s.date)}${chinesePage(s.page)}`
}

/** The short source line after a quote. */
export function sourceLine(s: ExportSource): string {
  return `（来源：${sourceText(s)}）`
}

/** A full endnote: the article's title, then where and when it was published. */
export function endnoteText(s: ExportSource): string {
  const when = chineseDate(s.date) + chinesePage(s.page)
  const where = s.publication ? sourceText(s) : when
  return `《${s.title}》${where ? `，${where}` : ''}。`
}
