/**
 * "Export…": pick a format (and the official-document style for Word), then
 * the file downloads. Used by the reader (this article), search (this
 * search) and the briefing composer.
 */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportFormat, ExportSource } from '@shared/calls/briefings'
import { call } from '../../api/client'
import { saveExport } from './save-export'

const FORMATS: ExportFormat[] = ['docx', 'pdf', 'md', 'html', 'csv', 'json']

export function ExportMenu({ source }: { source: ExportSource }): ReactNode {
  const { t } = useTranslation()
  const [format, setFormat] = useState<ExportFormat>('docx')
  const [official, setOfficial] = useState(false)
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({
    busy: false,
    message: null,
  })

  const run = async (): Promise<void> => {
    setState({ busy: true, message: null })
    try {
      const file = await call('export.render', {
        source,
        format,
        ...(format === 'docx' && official ? { style: 'official' as const } : {}),
      })
      saveExport(file)
      setState({
        busy: false,
        message: t('briefing.exported', { name: file.fileName, count: file.highlights }),
      })
    } catch (e) {
      setState({
        busy: false,
        message: t('briefing.exportFailed', { message: (e as Error).message }),
      })
    }
  }

  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="button button--quiet">{t('briefing.export')}</summary>
      <div className="export-menu__panel">
        <label>
          {t('briefing.format')}
          <select
            value={format}
            data-testid="export-format"
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`briefing.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {format === 'docx' && (
          <label className="export-menu__check">
            <input
              type="checkbox"
              checked={official}
              data-testid="export-official"
              onChange={(e) => setOfficial(e.target.checked)}
            />
            {t('briefing.official')}
          </label>
        )}
        <button
          type="button"
          className="button"
          disabled={state.busy}
          data-testid="export-run"
          onClick={() => void run()}
        >
          {state.busy ? t('briefing.exporting') : t('briefing.exportRun')}
        </button>
        {state.message && (
          <p className="export-menu__status" role="status" data-testid="export-status">
            {state.message}
          </p>
        )}
      </div>
    </details>
  )
}
