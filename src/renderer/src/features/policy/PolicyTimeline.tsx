/** A bar chart of a policy's mentions per month (chart.js), with a button that saves it as PNG. */
import Chart from 'chart.js/auto'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { paperPlugin, saveCanvasPng } from './chart-png'
import { mentionsByMonth } from './mentions-by-month'

export function PolicyTimeline({
  label,
  dates,
}: {
  label: string
  dates: readonly (string | null)[]
}): ReactNode {
  const { t } = useTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  const series = mentionsByMonth(dates)

  const key = series.map(([m, n]) => `${m}:${n}`).join(',')
  useEffect(() => {
    if (!canvas.current || key === '') return
    const points = key.split(',').map((s) => s.split(':'))
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: points.map(([m]) => m),
        datasets: [
          {
            label: t('policy.timelineSeries'),
            data: points.map(([, n]) => Number(n)),
            backgroundColor: '#3f6ea8',
            maxBarThickness: 48,
          },
        ],
      },
      plugins: [paperPlugin],
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false }, title: { display: true, text: label } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    })
    return () => chart.destroy()
  }, [key, label, t])

  if (series.length === 0) return null
  const savePng = (): void => {
    if (canvas.current) saveCanvasPng(canvas.current, label)
  }
  return (
    <section className="policy-timeline">
      <div className="policy-timeline__head">
        <h2>{t('policy.timeline')}</h2>
        <button
          type="button"
          className="button"
          data-testid="policy-timeline-png"
          onClick={savePng}
        >
          {t('policy.savePng')}
        </button>
      </div>
      <div className="policy-timeline__chart">
        <canvas ref={canvas} data-testid="policy-timeline" />
      </div>
    </section>
  )
}
