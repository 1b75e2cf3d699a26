/**
 * Where an article's policies come from: the place name the article is
 * about (达州, 南江), found as 〇〇市/〇〇县/〇州 in its title, publication and
 * text and counted with its bare form (达州市 and 达州 both count for 达州).
 * Generic words that end the same way (全市, 城市, 超市…) are not places.
 */

const CANDIDATE = /([\u4e00-\u9fff]{2})(?:市|县)|([\u4e00-\u9fff]州)/gu
const NOT_A_PLACE =
  /^[全本该我各城超门省市县区州同其此每一两多]|^(?:都市|城市|超市|集市|股市|楼市|车市|上市|开市)$/u

/** The most mentioned place in the article, or '' when none is named at least twice. */
export function placeOf(article: {
  title: string
  publication: string | null
  text: string
}): string {
  const all = `${article.title}\n${article.publication ?? ''}\n${article.text}`
  const stems = new Set<string>()
  for (const m of all.matchAll(CANDIDATE)) {
    const stem = m[1] ?? m[2]!
    if (!NOT_A_PLACE.test(stem) && !NOT_A_PLACE.test(m[0])) stems.add(stem)
  }
  let best = ''
  let bestCount = 1
  for (const stem of stems) {
    const count = all.split(stem).length - 1 + (article.title.includes(stem) ? 1 : 0)
    if (count > bestCount || (count === bestCount && best !== '' && stem.length > best.length)) {
      best = stem
      bestCount = count
    }
  }
  return best
}
