/**
 * Owns importing for the whole window: runs imports from the Import button
 * and from files dropped anywhere, shows the drop overlay and the summary
 * toast, keeps the failed files for <ImportErrors>, and bumps `revision` so
 * the library list refetches.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { DropOverlay } from '../../ui/DropOverlay'
import { ImporterContext, type Importer } from './import-context'
import { importWithDialog } from './import-files'
import type { ImportProblem, ImportReport, ImportSummary } from './import-report'
import { ImportReview } from './ImportReview'
import { ImportToast } from './ImportToast'
import { PasteDialog } from './PasteDialog'
import { useReview } from './use-review'
import { useWindowFileDrop } from './use-window-file-drop'

export function ImportProvider({ children }: { children: ReactNode }): ReactNode {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [shell, setShell] = useState<Importer['shell']>(null)
  const [revision, setRevision] = useState(0)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const [problems, setProblems] = useState<ImportProblem[]>([])

  useEffect(() => {
    let live = true
    call('library.info', {})
      .then((info) => live && setShell(info.shell))
      .catch(() => live && setShell('browser'))
    return () => {
      live = false
    }
  }, [])

  const run = useCallback(async (action: () => Promise<ImportReport>): Promise<void> => {
    setBusy(true)
    try {
      const report = await action()
      setProblems(report.problems)
      if (report.imported + report.duplicates > 0) {
        setSummary((prev) => ({
          seq: (prev?.seq ?? 0) + 1,
          imported: report.imported,
          duplicates: report.duplicates,
        }))
      }
      if (report.imported > 0) setRevision((r) => r + 1)
    } finally {
      setBusy(false)
    }
  }, [])

  const onSaved = useCallback((imported: number, duplicates: number) => {
    setSummary((prev) => ({ seq: (prev?.seq ?? 0) + 1, imported, duplicates }))
    if (imported > 0) setRevision((r) => r + 1)
  }, [])
  const onProblems = useCallback((messages: string[]) => {
    setProblems(messages.map((message) => ({ kind: 'api', message })))
  }, [])
  const review = useReview({ onSaved, onProblems })
  const [pasting, setPasting] = useState(false)
  // picked, dropped and pasted files all go through the review before saving
  const importFiles = useCallback((files: readonly File[]) => review.start(files), [review])
  const importViaDialog = useCallback(() => run(importWithDialog), [run])
  const dragging = useWindowFileDrop((files) => void importFiles(files))
  const dismissSummary = useCallback(() => setSummary(null), [])
  const dismissProblems = useCallback(() => setProblems([]), [])

  const openPaste = useCallback(() => setPasting(true), [])
  const reviewing = review.phase.name !== 'idle'

  const importer = useMemo<Importer>(
    () => ({
      busy: busy || reviewing,
      openPaste,
      shell,
      revision,
      problems,
      importFiles,
      importWithDialog: importViaDialog,
      dismissProblems,
    }),
    [
      busy,
      reviewing,
      openPaste,
      shell,
      revision,
      problems,
      importFiles,
      importViaDialog,
      dismissProblems,
    ],
  )

  return (
    <ImporterContext.Provider value={importer}>
      {children}
      <ImportReview review={review} />
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onPreview={(file) => {
            setPasting(false)
            void review.start([file])
          }}
        />
      )}
      {summary && <ImportToast key={summary.seq} summary={summary} onDismiss={dismissSummary} />}
      {dragging && <DropOverlay title={t('import.dropTitle')} hint={t('import.dropHint')} />}
    </ImporterContext.Provider>
  )
}
