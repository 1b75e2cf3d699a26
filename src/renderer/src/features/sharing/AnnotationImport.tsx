/**
 * Imports a colleague's annotation file (.json) picked through a hidden file
 * input the caller clicks (the header's library menu), then shows what was
 * added, merged, already there and orphaned. Closing the summary after a
 * change reloads the page so every open view shows the new highlights.
 */
import { useState, type ChangeEvent, type ReactNode, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnnotationImportSummary } from '@shared/calls/sharing'
import { call } from '../../api/client'
import { AnnotationImportPanel } from './AnnotationImportPanel'
import './sharing.css'

export function AnnotationImport({
  inputRef,
}: {
  inputRef: RefObject<HTMLInputElement | null>
}): ReactNode {
  const { t } = useTranslation()
  const [summary, setSummary] = useState<AnnotationImportSummary | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const onChange = (e: ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    setBusy(true)
    file
      .text()
      .then((text) => call('sharing.importAnnotations', { fileName: file.name, text }))
      .then(setSummary, (err: unknown) =>
        setError(t('sharing.failed', { message: err instanceof Error ? err.message : '' })),
      )
      .finally(() => setBusy(false))
  }

  const close = (): void => {
    const changed = summary !== null && summary.added + summary.merged > 0
    setSummary(null)
    setError(null)
    if (changed) window.location.reload()
  }

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json,application/ld+json"
        hidden
        data-testid="annotations-input"
        onChange={onChange}
      />
      {busy && <p className="sharing-busy">{t('sharing.busy')}</p>}
      {(summary ?? error) && (
        <AnnotationImportPanel summary={summary} error={error} onClose={close} />
      )}
    </>
  )
}
