/** A hand-made export set for the format tests: two articles, two headings, awkward text. */
import type { ExportSet, ExportSource } from './export-set'

const sichuan: ExportSource = {
  articleId: 1,
  title: '我省出台优化营商环境若干措施',
  publication: '四川日报',
  date: '2023-05-20',
  page: '3',
  contentHash: 'aaaa1111',
}

const plan: ExportSource = {
  articleId: 2,
  title: '数字经济发展规划（2023—2025年）',
  publication: null,
  date: '2023-06',
  page: null,
  contentHash: 'bbbb2222',
}

/** Three highlights under two headings; one quote spans two paragraphs and holds "," and '"'. */
export function sampleSet(): ExportSet {
  return {
    title: '营商环境与数字经济简报',
    summary: '本期摘编两篇材料的要点。\n供内部参考。',
    createdAt: '2026-11-26T08:00:00.000Z',
    sections: [
      {
        heading: '营商环境',
        items: [
          {
            highlightId: 11,
            quote: '全面推行“一网通办”，企业开办时间压缩至1个工作日以内',
            prefix: '各地要',
            suffix: '。',
            start: 120,
            end: 148,
            color: 'yellow',
            noteText: '比去年再压缩一半',
            noteJson: null,
            tags: ['营商环境', '营商环境/政务服务'],
            source: sichuan,
            commentary: '建议：下一步对标先进地区，\n研究出台配套细则。',
          },
          {
            highlightId: 12,
            quote: '对守信企业实行"绿色通道",\n容缺受理',
            prefix: '',
            suffix: '',
            start: 300,
            end: 318,
            color: 'green',
            noteText: '=注意与信用体系衔接\n第二行说明 <b>不是标签</b>',
            noteJson: null,
            tags: [],
            source: sichuan,
            commentary: '',
          },
        ],
      },
      {
        heading: '数字经济',
        items: [
          {
            highlightId: 21,
            quote: '到2025年，数字经济核心产业增加值占GDP比重达到10%',
            prefix: '发展目标：',
            suffix: '。',
            start: 40,
            end: 68,
            color: 'blue',
            noteText: '',
            noteJson: null,
            tags: ['数字经济'],
            source: plan,
            commentary: '',
          },
        ],
      },
    ],
  }
}
