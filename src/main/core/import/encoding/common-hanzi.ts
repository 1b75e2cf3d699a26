/**
 * The set of commonly used Chinese characters, simplified and traditional,
 * for judging which legacy encoding a text file was written in. Built once
 * from the encodings themselves rather than a typed-in table: GB2312's
 * level-1 block (0xB0A1–0xD7F9, the 3,755 most frequent simplified
 * characters) and Big5's frequent block (0xA440–0xC67E, 5,401 traditional
 * characters).
 */

let cached: Set<number> | null = null

/** Code points of the common simplified and traditional characters. */
export function commonHanzi(): Set<number> {
  if (cached) return cached
  const set = new Set<number>()
  addBlock(set, 'gb18030', 0xb0, 0xd7, [[0xa1, 0xfe]])
  addBlock(set, 'big5', 0xa4, 0xc6, [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ])
  cached = set
  return set
}

function addBlock(
  set: Set<number>,
  encoding: string,
  leadFrom: number,
  leadTo: number,
  trails: readonly (readonly [number, number])[],
): void {
  const bytes: number[] = []
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (const [from, to] of trails) for (let t = from; t <= to; t++) bytes.push(lead, t)
  }
  const text = new TextDecoder(encoding).decode(new Uint8Array(bytes))
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp >= 0x3400 && cp <= 0x9fff) set.add(cp)
  }
}
