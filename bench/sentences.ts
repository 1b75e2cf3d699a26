/**
 * Sentence and headline templates for the synthetic corpus. Each template is
 * a function of the PRNG so the same seed yields the same text; figures are
 * written the way policy news writes them (2502.7亿元, 50%, 2023年5月, “24条”).
 */
import type { Rng } from './prng'
import * as v from './vocabulary'

type Template = (r: Rng) => string

/** `n` different words from a pool, in the order drawn. */
function distinct(r: Rng, pool: readonly string[], n: number): string[] {
  const out: string[] = []
  while (out.length < n) {
    const w = r.pick(pool)
    if (!out.includes(w)) out.push(w)
  }
  return out
}

const money = (r: Rng): string =>
  r.next() < 0.7 ? `${r.int(1, 9999)}.${r.int(0, 9)}亿元` : `${r.int(100, 99999)}万元`
const pct = (r: Rng): string =>
  r.next() < 0.5 ? `${r.int(1, 99)}%` : `${r.int(1, 30)}.${r.int(0, 9)}%`
const year = (r: Rng): number => r.int(2019, 2027)
const month = (r: Rng): string => `${r.int(2019, 2024)}年${r.int(1, 12)}月`
const day = (r: Rng): string => `${month(r)}${r.int(1, 28)}日`
const articlesCount = (r: Rng): string => `“${r.int(8, 50)}条”`
const framework = (r: Rng): string => `“${r.pick(v.FRAMEWORKS)}”`

const SENTENCES: readonly Template[] = [
  (r) =>
    `${r.pick(v.OPENERS)}，${r.pick(v.PLACES)}坚持把${r.pick(v.TERMS)}作为“一号工程”，` +
    `${r.pick(v.ACTIONS)}${r.pick(v.TERMS)}，全年实现地区生产总值${money(r)}，同比增长${pct(r)}。`,
  (r) => {
    const [a, b, c] = distinct(r, v.MEASURES, 3)
    return (
      `${day(r)}，${r.pick(v.BODIES)}印发《关于${r.pick(v.DOCUMENTS)}的若干措施》，` +
      `推出${articlesCount(r)}政策举措，涵盖${a}、${b}、${c}等方面。`
    )
  },
  (r) =>
    `${r.pick(v.EMPHASES)}，要深入学习贯彻${r.pick(v.MEETINGS)}精神，以${r.pick(v.TERMS)}为牵引，` +
    `加快构建${framework(r)}${r.pick(v.SYSTEMS)}，奋力推动${r.pick(v.TERMS)}取得新突破。`,
  (r) =>
    `截至${month(r)}，全市累计签约${r.pick(v.PROJECT_KINDS)}项目${r.int(3, 300)}个，总投资${money(r)}，` +
    `其中${r.pick(v.INDUSTRIES)}项目占比达${pct(r)}。`,
  (r) => {
    const [a, b, c] = distinct(r, v.INDUSTRIES, 3)
    return (
      `${r.pick(v.PLACES)}将聚焦${a}、${b}、${c}等主导产业，实施${r.pick(v.TERMS)}${articlesCount(r)}，` +
      `力争到${year(r)}年产业规模突破${money(r)}。`
    )
  },
  (r) => {
    const [a, b] = distinct(r, v.TERMS, 2)
    return (
      `${r.pick(v.LEADERS)}在讲话中指出，${a}是${b}的重要支撑，各地各部门要${r.pick(v.ACTIONS)}` +
      `${r.pick(v.MEASURES)}，切实把政策红利转化为发展动能。`
    )
  },
  (r) =>
    `${r.pick(v.OPENERS)}，${r.pick(v.PLACES)}新增市场主体${r.int(1, 40)}.${r.int(0, 9)}万户，` +
    `${r.pick(v.MEASURES)}惠及企业${r.int(120, 98000)}家，为企业减负${money(r)}。`,
  (r) =>
    `下一步，${r.pick(v.PLACES)}将围绕${framework(r)}工作思路，${r.pick(v.ACTIONS)}${r.pick(v.TERMS)}，` +
    `确保各项目标任务落地见效。`,
  (r) =>
    `${r.pick(v.OPENERS)}，${r.pick(v.PLACES)}${r.pick(v.TERMS)}评价位列全省第${r.int(1, 12)}位，` +
    `企业满意度提升至${pct(r)}；${r.pick(v.MEASURES)}办理时限压缩${pct(r)}。`,
  (r) =>
    `${r.pick(v.BODIES)}相关负责人表示，将坚持问题导向，全面推行${r.pick(v.MEASURES)}，` +
    `让企业办事“最多跑一次”。`,
  (r) =>
    `数据显示，${month(r)}${r.pick(v.PLACES)}规模以上工业增加值同比增长${pct(r)}，` +
    `${r.pick(v.INDUSTRIES)}产业增加值增长${pct(r)}，高于平均水平${r.int(1, 9)}.${r.int(0, 9)}个百分点。`,
  (r) =>
    `与会企业代表围绕${r.pick(v.TERMS)}、${r.pick(v.INDUSTRIES)}等议题踊跃发言，` +
    `${r.pick(v.LEADERS)}逐一回应，现场协调解决问题${r.int(3, 60)}个。`,
]

const HEADLINES: readonly Template[] = [
  (r) => `${r.pick(v.PLACES)}${r.pick(v.TITLE_EVENTS)}`,
  (r) => `${r.pick(v.PLACES)}出台${articlesCount(r)}措施${r.pick(v.ACTIONS)}${r.pick(v.TERMS)}`,
  (r) => `${r.pick(v.PLACES)}发布${r.pick(v.INDUSTRIES)}产业高质量发展三年行动方案`,
  (r) => `${r.pick(v.PLACES)}：以${framework(r)}${r.pick(v.SYSTEMS)}推动${r.pick(v.TERMS)}`,
  (r) => `${r.pick(v.PLACES)}${r.pick(v.TERMS)}跑出“加速度”`,
  (r) =>
    `${r.pick(v.OPENERS)}${r.pick(v.PLACES)}签约${r.pick(v.PROJECT_KINDS)}项目${r.int(3, 300)}个 总投资${money(r)}`,
]

/** One sentence of policy news, ending in 。. */
export function sentence(r: Rng): string {
  return r.pick(SENTENCES)(r)
}

/** One headline, short enough to be taken as the title line. */
export function headline(r: Rng): string {
  return r.pick(HEADLINES)(r)
}

/** A newspaper dateline such as 本报讯（记者 王海燕）, for some first paragraphs. */
export function dateline(r: Rng): string {
  return `本报讯（记者 ${r.pick(v.SURNAMES)}${r.pick(v.GIVEN_NAMES)}）`
}
