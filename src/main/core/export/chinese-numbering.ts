/** Chinese official numbering of points: 一、 for level one, （一） for level two, 1. for level three. */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (n from 1 to 9999). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n)
  const units = ['', '十', '百', '千']
  const digits = String(n).split('').map(Number)
  let out = ''
  let zero = false
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!
    if (d === 0) {
      zero = out.length > 0
      return
    }
    if (zero) out += '零'
    zero = false
    out += DIGITS[d]! + unit
  })
  return out.startsWith('一十') ? out.slice(1) : out
}

/** "一、" */
export function levelOne(n: number): string {
  return `${chineseNumber(n)}、`
}

/** "（一）" */
export function levelTwo(n: number): string {
  return `（${chineseNumber(n)}）`
}

/** "1." */
export function levelThree(n: number): string {
  return `${n}.`
}
