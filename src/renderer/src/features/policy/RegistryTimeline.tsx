/**
 * The registry's timeline: mentions per month of the policies the registry
 * shows, stacked by policy or by place (a switch), drawn with chart.js and
 * saved as PNG like a single policy's timeline.
 */
import type { PolicyMentionDate } from '@shared/calls/policy'
import Chart from 'chart.js/auto'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { paperPlugin, saveCanvasPng } from './chart-png'
import { mentionsBySeries, type SeriesBy } from './mentions-by-series'

/** Distinct, print-friendly colours; the last (grey) is for the summed "others". */
const COLOURS = [
  '#3f6ea8',
  '#c0504d',
  '#4f8f5b',
  '#d08a2c',
  '#7a5aa6',
  '#2a9aa0',
  '#a35d7f',
  '#8c8c8c',
]

export function RegistryTimeline({
  mentions,
}: {
  mentions: readonly PolicyMentionDate[]
}): ReactNode {
  const { t } = useTranslation()
  const [by, setBy] = useState<SeriesBy>('policy')
  const canvas = useRef<HTMLCanvasElement>(null)
  const data = useMemo(
    () =>
      mentionsBySeries(mentions, by, {
        noPlace: t('policyIssuing.noPlace'),
        others: (count) => t('policyIssuing.others', { count }),
      }),
    [mentions, by, t],
  )
  const title = `${t('policyIssuing.timelineTitle')}（${by === 'policy' ? t('policyIssuing.byPolicy') : t('policyIssuing.byPlace')}）`

  useEffect(() => {
    if (!canvas.current || data.months.length === 0) return
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: data.months,
        datasets: data.series.map((s, i) => ({
          label: s.name,
          data: s.counts,
          backgroundColor: COLOURS[i % COLOURS.length],
          maxBarThickness: 48,
        })),
      },
      plugins: [paperPlugin],
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          title: { display: true, text: title },
        },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    })
    return () => chart.destroy()
  }, [data, title])

  if (data.months.length === 0) return null
  return (
    <section className="policy-timeline policy-timeline--registry" data-testid="registry-timeline">
      <div className="policy-timeline__head">
        <h2>{t('policyIssuing.timelineTitle')}</h2>
        <div className="policy-timeline__switch" role="group">
          {(['policy', 'place'] as const).map((b) => (
            <button
              key={b}
              type="button"
              className="button button--quiet"
              aria-pressed={by === b}
              data-testid={`registry-timeline-by-${b}`}
              onClick={() => setBy(b)}
            >
              {b === 'policy' ? t('policyIssuing.byPolicy') : t('policyIssuing.byPlace')}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="button"
          data-testid="registry-timeline-png"
          onClick={() =>
            canvas.current && saveCanvasPng(canvas.current, `${t('policyIssuing.pngName')}-${by}`)
          }
        >
          {t('policy.savePng')}
        </button>
      </div>
      <div className="policy-timeline__chart">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${title}：${data.series.map((x) => x.name).join('、')}`}
          data-testid="registry-timeline-chart"
          data-by={by}
        />
      </div>
    </section>
  )
}
