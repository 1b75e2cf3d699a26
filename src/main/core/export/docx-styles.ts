/**
 * Word styles for the two document styles. "official" follows GB/T 9704
 * (党政机关公文格式): title 小标宋 二号 (22 pt) centred, body 仿宋 三号
 * (16 pt) with a two-character first-line indent and 28.95 pt lines (22
 * lines a page), level-one headings 黑体, level-two 楷体, A4 margins
 * 37/26/35/28 mm. Each font is named in Chinese for the East Asian slot
 * (the name Word on Chinese Windows knows) and by its Latin alias for the
 * other slots (the name WPS, macOS and Word on other systems know), so the
 * document falls back to the nearest installed face instead of to SimSun.
 */
import type { IStylesOptions } from 'docx'
import { LineRuleType } from 'docx'
import type { DocumentStyle } from './export-set'

export interface FontPair {
  eastAsia: string
  latin: string
}

export const FONTS = {
  xiaoBiaoSong: { eastAsia: '方正小标宋简体', latin: 'FZXiaoBiaoSong-B05S' },
  fangSong: { eastAsia: '仿宋_GB2312', latin: 'FangSong' },
  heiTi: { eastAsia: '黑体', latin: 'SimHei' },
  kaiTi: { eastAsia: '楷体_GB2312', latin: 'KaiTi' },
  songTi: { eastAsia: '宋体', latin: 'SimSun' },
} as const satisfies Record<string, FontPair>

/** The run font attributes for a pair. */
export const font = (
  f: FontPair,
): { eastAsia: string; ascii: string; hAnsi: string; cs: string } => ({
  eastAsia: f.eastAsia,
  ascii: f.latin,
  hAnsi: f.latin,
  cs: f.latin,
})

const MM = 56.7 // twips per millimetre

/** Page margins in twips. */
export function pageMargins(style: DocumentStyle): {
  top: number
  right: number
  bottom: number
  left: number
} {
  return style === 'official'
    ? {
        top: Math.round(37 * MM),
        right: Math.round(26 * MM),
        bottom: Math.round(35 * MM),
        left: Math.round(28 * MM),
      }
    : {
        top: Math.round(25 * MM),
        right: Math.round(25 * MM),
        bottom: Math.round(25 * MM),
        left: Math.round(25 * MM),
      }
}

/** Style ids used by the builder besides Title, Heading1 and Heading2. */
export const STYLE_IDS = {
  body: 'PizhuBody',
  quote: 'PizhuQuote',
  cite: 'PizhuCitation',
  endnote: 'PizhuEndnote',
}

interface Sizes {
  title: number
  body: number
  heading: number
  line: number
}

/** Sizes in half-points, line spacing in twips. */
function sizes(style: DocumentStyle): Sizes {
  return style === 'official'
    ? { title: 44, body: 32, heading: 32, line: 579 }
    : { title: 36, body: 24, heading: 28, line: 400 }
}

/** The document's style table. */
export function stylesFor(style: DocumentStyle): IStylesOptions {
  const s = sizes(style)
  const official = style === 'official'
  const bodyFont = font(official ? FONTS.fangSong : FONTS.songTi)
  const spacing = official
    ? { line: s.line, lineRule: LineRuleType.EXACT }
    : { line: s.line, lineRule: LineRuleType.AUTO }
  const indent = { firstLine: s.body * 20 } // two characters: one character is body size in points
  return {
    default: {
      document: { run: { font: bodyFont, size: s.body }, paragraph: { spacing } },
      title: {
        run: { font: font(FONTS.xiaoBiaoSong), size: s.title, bold: !official, color: '000000' },
        paragraph: { spacing: { before: 0, after: s.line, line: official ? s.line * 2 : s.line } },
      },
      heading1: {
        run: { font: font(FONTS.heiTi), size: s.heading, bold: !official, color: '000000' },
        paragraph: { spacing: { ...spacing, before: official ? 0 : 240, after: 0 }, indent },
      },
      heading2: {
        run: { font: font(FONTS.kaiTi), size: s.body, bold: !official, color: '000000' },
        paragraph: { spacing: { ...spacing, before: 0, after: 0 }, indent },
      },
    },
    paragraphStyles: [
      { id: STYLE_IDS.body, name: 'Pizhu Body', basedOn: 'Normal', paragraph: { indent, spacing } },
      {
        id: STYLE_IDS.quote,
        name: 'Pizhu Quote',
        basedOn: 'Normal',
        run: { font: font(FONTS.kaiTi), size: s.body },
        paragraph: { indent: { left: s.body * 20, right: s.body * 20 }, spacing },
      },
      {
        id: STYLE_IDS.cite,
        name: 'Pizhu Citation',
        basedOn: 'Normal',
        run: { size: s.body - 4 },
        paragraph: { indent: { left: s.body * 20 }, spacing },
      },
      {
        id: STYLE_IDS.endnote,
        name: 'Pizhu Endnote',
        basedOn: 'Normal',
        run: { size: s.body - 4 },
        paragraph: { spacing },
      },
    ],
  }
}
