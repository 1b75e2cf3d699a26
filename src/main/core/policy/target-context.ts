/**
 * Where a figure stands in its text, for the target rules: does its sentence
 * look ahead (到2025年, 力争, a plan heading above it, a 第N条 clause) or back
 * (以来, 截至, 完成全年目标), and is it a cap or a condition rather than a goal.
 */
import type { PolicySpan } from './types'

/**
 * Words that make a figure a goal: 到2025年 (or 到二〇二五年; not 由…增加到2025年的…, a
 * comparison of two years), 2025年底前, 到年底, 力争, 确保, 将 (not
 * 将于), 要 (not inside 要素, 主要, 重要, 需要, 要求…), 计划 (not a noun: 披露减持计划，,
 * 研发计划项目), 建议; 目标 unless completed (完成全年目标的112% looks back).
 */
export const FORWARD_CUE =
  /到(?:20\d{2}|二〇[〇一二三四五六七八九]{2})年(?!的)|(?:20\d{2}|二〇[〇一二三四五六七八九]{2})年(?:底|末)?前|(?:到|至)(?:今年|本年)?年底|(?:今年|本年)?年底前|力争|确保|争取(?![\u4e00-\u9fff]{0,8}(?:资金|额度|债券|转移支付))|(?<!完成(?:了)?(?:全年|年度|既定)?)目标|将(?!于)|(?<![主重需只必纲])要(?![素求点闻件])|努力|计划(?![，,。；;、）)]|项目|的)|预期|建议|(?:提出|明确)(?=[，,：:]|全年|今年|明年)/u
/** 最高不超过50万元 is a subsidy cap, not a target. */
export const CAP = /(最高|最多|最低|每户|每家|单个|单项)$/u

/**
 * Words that make a figure a look back even under a plan heading or in a
 * 第N条 clause (“十三五”以来…年均增长12%, 截至目前…达到).
 */
export const LOOK_BACK =
  /以来|(?:近|多|几|[一二两三四五六七八九十]+|[0-9]+)年来|过去|截至|截止|此前|已经|回顾|完成(?:了)?(?:全年|年度|既定)?目标/u
/** 预计到2025年…将超过70%: a forecast, not a goal, unless the sentence also commits (力争, 目标). */
const FORECAST = /预计|预测|估计|有望|可望/u
const COMMITMENT = /力争|确保|争取|目标|计划/u
/** 已/已经 right before the figure's verb (目前已开工198个): done, whatever the sentence plans. */
const DONE_BEFORE = /(?:已|已经|业已|均已)$/u
/** 在…方面， at the start of a sentence: the topic it reports on. */
const TOPIC_FRAME = /^在[^，,。；]{1,20}?方面[，,]/u
/** A sentence that opens last century (1992年，市委提出…力争到2000年…): history, whatever it planned. */
export const HISTORY_START = /^(?:19\d{2}年|一九[〇一二三四五六七八九]{2}年|上世纪)/u
/** A sentence that opens in the past (去年我们办理…，办结率达到96%). */
const PAST_START = /^(?:去年|上年|前年)/u
/**
 * 2025年，全省共引进首店386家 (or 二、2025年全县引进…): a sentence opening with a
 * year, past when the text names a later one.
 */
const YEAR_START = /^(?:[一二三四五六七八九十]+、)?(20\d{2})年(?:[，,]|(?=全[国省市县区]))/u

/** True when `sentence` opens with a year earlier than the latest year `text` names. */
function earlierYearStart(text: string, sentence: string): boolean {
  const m = YEAR_START.exec(sentence)
  return m !== null && Number(m[1]) < latestYear(text)
}

/** The last text asked about and the latest year it names (one text is read many times over). */
let latest: { text: string; year: number } = { text: '', year: 0 }

/**
 * A year the text names as a deadline (到2030年, 至2030年, 2030年前, 2030年底前) says
 * when a goal is due, not when the text speaks.
 */
const DEADLINE_YEAR = /(?:到|至|力争|争取)(20\d{2})年|(20\d{2})年(?:底|末)?(?:以)?前/uy

/**
 * The latest 20XX年 that `text` names other than as a deadline — about the
 * year it speaks in — 0 when none. 2026年，…增长8%以上 in a plan that also
 * names 到2030年 is that plan's first year, not a look back.
 */
function latestYear(text: string): number {
  if (latest.text !== text) {
    let year = 0
    for (const y of text.matchAll(/(20\d{2})年/gu)) {
      if (isDeadline(text, y.index)) continue
      year = Math.max(year, Number(y[1]))
    }
    latest = { text, year }
  }
  return latest.year
}

/** True when the year starting at `at` is a deadline (see DEADLINE_YEAR). */
function isDeadline(text: string, at: number): boolean {
  for (const from of [at - 2, at - 1, at]) {
    if (from < 0) continue
    DEADLINE_YEAR.lastIndex = from
    const m = DEADLINE_YEAR.exec(text)
    if (m && m.index === from && from + m[0].length > at) return true
  }
  return false
}
/** 第一条 / 第12条 at the start of the line: an article of a measures document. */
const CLAUSE_LINE = /^\s*第[0-9０-９一二三四五六七八九十百]+条[\s\u3000]/u

/** ✅ / ▶ / ● / 一是 at the start of a line: an item of a list. */
const BULLET_LINE = /^\s*(?:[✅▶►●•◆☑✔]|[一二三四五六七八九十]是)/u
/** A text that announces a package of measures (印发《…若干政策措施》, 出台…实施意见). */
const ANNOUNCES_MEASURES =
  /(?:印发|出台|发布|推出|制定)[^。\n]{0,40}(?:措施|意见|办法|方案|细则|政策)/u

/**
 * True when `pos` lies on a line that opens with 第N条 (a clause of a
 * measures document — not of a law or regulation, whose clauses are norms), on a bulleted line of a text that announces measures
 * (✅ 阶段性降低失业保险费率至1% under 印发《…若干政策措施》), or on a numbered
 * item (三、…) of a text whose title names measures (…的若干措施) or that
 * announces directives (现就有关事项通知如下：).
 */
export function inClause(text: string, pos: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos)
  if (CLAUSE_LINE.test(line)) return !isStatute(text)
  if (BULLET_LINE.test(line) && ANNOUNCES_MEASURES.test(text.slice(0, pos))) return true
  if (!ITEM_LINE.test(line)) return false
  return MEASURES_TITLE.test(firstLine(text)) || DIRECTIVE.test(text.slice(0, pos))
}

/**
 * A law or regulation names itself (…条例, …法, 本条例, 本法): its 第N条 are norms,
 * not measures. …奖励办法 is a measures document, not a law.
 */
const STATUTE_TITLE = /(?:条例|(?<![办方做])法)(?:（[^）]*）|\([^)]*\))?$/u
const STATUTE_SELF = /(?<!根)本(?:条例|法)(?=[自所第的规施])/u

/** True when `text` is a law or regulation (云州市住房租赁管理条例, 本条例自…起施行). */
function isStatute(text: string): boolean {
  return STATUTE_TITLE.test(firstLine(text)) || STATUTE_SELF.test(text)
}

/** 现就有关事项通知如下 / 现提出如下意见: the numbered items that follow are directives. */
const DIRECTIVE = /(?:通知|意见|要求)如下[：:]/u
/** 三、强化技能培训。… at the start of a line: an item of a numbered document. */
const ITEM_LINE = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.、．])/u
/**
 * A title naming a measures document (关于进一步稳定和扩大就业的若干措施, 关于印发《…措施》的通知,
 * 关于加快建设科技创新强市的若干政策).
 */
const MEASURES_TITLE =
  /(?:措施|意见|方案|办法|细则|规定|行动计划|(?:若干|支持|扶持|激励)政策)(?:（[^）]*）)?(?:》的通知)?$/u

function firstLine(text: string): string {
  const lines = text.trimStart().split('\n', 1)
  return (lines[0] ?? '').trim()
}

/** The index just past the sentence containing `pos`. */
export function sentenceEnd(text: string, pos: number): number {
  const m = /[。！？!?\n]/u.exec(text.slice(pos))
  return m ? pos + m.index : text.length
}

/**
 * 的 + who qualifies after the figure (增长20%以上的企业, 首次超过100万元的村, 达到90分以上的，): a
 * condition for support. 不少于2亿元的专项资金 names the measured thing instead.
 */
const QUALIFIER =
  /^的(?:[\u4e00-\u9fffA-Za-z]{0,6}?(?:企业|项目|单位|个人|主体|机构|团队|人才|商户|家庭|园区|学校|医院|楼宇|村|社区|乡镇|合作社|农场)|[，,、；;])/u
/**
 * 达到70%以上的商务楼宇。: a threshold (以上/以下) then 的 and a noun phrase
 * ending its clause defines who qualifies — unless it is 的目标 / 的水平.
 */
const THRESHOLD =
  /(?:以上|以下)的(?!目标|任务|要求|水平|成效)[\u4e00-\u9fffA-Za-z]{1,8}?[，,。；;、]/uy

/** 研发投入超过1000万元且增幅达到20%以上的，: a second figure joined by 且, then 的 ending the clause. */
const JOINED_CONDITION = /^(?:且|并且)[^，,。；;]{1,20}?的[，,、；;]/u

/** 且 and a second figure, up to its 的. */
const JOINED_FIGURE = /^(?:且|并且)[^，,。；;的]{1,20}?(?=的)/u

/**
 * True when the figure ending at `end` qualifies a noun (对营业收入增长20%以上的企业给予奖励,
 * 入驻率达到70%以上的商务楼宇。, 研发投入超过1000万元且增幅达到20%以上的，) — but not 的目标 / 的水平, which restate a goal.
 */
export function isCondition(text: string, end: number): boolean {
  if (QUALIFIER.test(text.slice(end, end + 10))) return true
  const after = text.slice(end, end + 30)
  if (JOINED_CONDITION.test(after)) return true
  // 超过1000万元且增幅达到20%以上的存量企业: the joined figure qualifies a noun.
  const joined = JOINED_FIGURE.exec(after)
  if (joined && QUALIFIER.test(after.slice(joined[0].length))) return true
  THRESHOLD.lastIndex = Math.max(0, end - 2)
  return THRESHOLD.test(text)
}

/**
 * A short line that opens plans (二、2024年主要目标和重点工作 / 重点抓好以下工作： / 三、对策建议,
 * or a title such as …农业农村局2026年工作要点, which makes the whole text a plan).
 */
const PLAN_HEADING =
  /主要(?:预期)?目标|(?:发展|总体|工作|活动|行动|年度)目标|重点(?:抓好|做好|工作|任务)|主要任务|工作安排|工作打算|工作思路|工作计划|工作要点|下一步工作|(?:对策|政策|工作)建议/u
/** A short line that opens a look back (一、2023年工作回顾, a statistical bulletin's title), ending any plan section. */
const REVIEW_HEADING =
  /发展基础|发展现状|回顾|过去一年|过去五年|上年工作|主要成效|工作成效|统计公报/u
/** Longest line taken for a heading. */
const HEADING_MAX = 40

/** True when `pos` lies under a plan heading, with no look-back heading after it. */
export function inPlanSection(text: string, pos: number): boolean {
  return sectionAt(text, pos) === 'plan'
}

/** True when `pos` lies under a look-back heading (一、2024年工作回顾). */
export function inReviewSection(text: string, pos: number): boolean {
  return sectionAt(text, pos) === 'review'
}

/** A numbered heading may end with 。 (（一）坚定不移推进产业强市。). */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.、．])/u

/** A short line that is not a sentence of prose (…主要任务是总结去年工作…。下面，我讲三点意见。). */
function isHeading(line: string): boolean {
  if (line.length > HEADING_MAX || /。(?!$)/u.test(line)) return false
  return !line.endsWith('。') || NUMBERED.test(line)
}

/** The kind of section whose heading is the nearest short heading line above `pos`. */
function sectionAt(text: string, pos: number): 'plan' | 'review' | null {
  let lineEnd = text.lastIndexOf('\n', pos - 1)
  for (let n = 0; lineEnd > 0 && n < 40; n++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1
    const line = text.slice(lineStart, lineEnd).trim()
    if (isHeading(line)) {
      if (REVIEW_HEADING.test(line)) return 'review'
      if (PLAN_HEADING.test(line)) return 'plan'
    }
    lineEnd = lineStart - 1
  }
  return null
}

/** Full-width digits, ％ and ． in a label become ASCII (９８％ → 98%). */
export function halfWidth(s: string): string {
  return s.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/** The target spanning `text` from `start` to `end`, labelled by its text in half-width digits. */
export function targetSpan(
  text: string,
  start: number,
  end: number,
  confidence: number,
): PolicySpan {
  const exact = text.slice(start, end)
  return { kind: 'target', start, end, text: exact, label: halfWidth(exact), confidence }
}

/**
 * True when a figure at `pos` (with `sentence`, its sentence up to it) states a
 * goal: a forward cue, a plan section or a 第N条 clause, unless the sentence
 * looks back without looking ahead.
 */
export function plannedAt(text: string, pos: number, sentence: string): boolean {
  // 在服务“双碳”目标方面，…: the topic a paragraph reports on sets no goal of its own.
  const before = sentence.replace(TOPIC_FRAME, '')
  if (DONE_BEFORE.test(before)) return false
  if (FORECAST.test(before) && !COMMITMENT.test(before)) return false
  if (HISTORY_START.test(before)) return false
  const past = LOOK_BACK.test(before) || PAST_START.test(before) || earlierYearStart(text, before)
  if (past && !FORWARD_CUE.test(before)) return false
  return (
    FORWARD_CUE.test(before) ||
    inPlanSection(text, pos) ||
    inClause(text, pos) ||
    INLINE_PLAN.test(text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos))
  )
}

/**
 * 要着力抓好以下重点工作：一是…二是…, 《若干措施》提出了今年的工作目标。推动…: a paragraph
 * that lists the work to do after a colon, or goals after a sentence announcing them.
 */
const INLINE_PLAN =
  /(?:以下|如下)[\u4e00-\u9fff]{0,4}(?:工作|任务|措施|事项)[：:]|(?:提出|明确|确定)了?[^，,。；;\n]{0,10}目标[。：:]/u
