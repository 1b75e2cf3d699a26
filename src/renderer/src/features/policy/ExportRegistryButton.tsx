/**
 * 导出表格: saves the registry the current filters show as a CSV for Excel
 * (download in the browser, the save dialog in the app), then says which
 * file and how many policies.
 */
import type { PolicyKind } from '@shared/calls/policy'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { saveExport } from '../briefing'
import { filterInput, type MoreFilters } from './use-registry'

export function ExportRegistryButton(props: {
  kind: PolicyKind | ''
  place: string
  more: MoreFilters
  /** False while the table is loading or empty. */
  enabled: boolean
}): ReactNode {
  const { t } = useTranslation()
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({
    busy: false,
    message: null,
  })

  const run = async (): Promise<void> => {
    setState({ busy: true, message: null })
    try {
      const file = await call(
        'policy.exportRegistry',
        filterInput(props.kind, props.place, props.more),
      )
      saveExport(file)
      const message = t('registryExport.done', { name: file.fileName, count: file.policies })
      setState({ busy: false, message })
    } catch (e) {
      const message = t('registryExport.failed', { message: (e as Error).message })
      setState({ busy: false, message })
    }
  }

  return (
    <div className="policy-export">
      <button
        type="button"
        className="button button--quiet"
        disabled={!props.enabled || state.busy}
        title={t('registryExport.hint')}
        data-testid="registry-export"
        onClick={() => void run()}
      >
        {state.busy ? t('registryExport.busy') : t('registryExport.button')}
      </button>
      {state.message && (
        <span className="policy-export__status" role="status" data-testid="registry-export-status">
          {state.message}
        </span>
      )}
    </div>
  )
}
