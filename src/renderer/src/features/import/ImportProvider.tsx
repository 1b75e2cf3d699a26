/**
 * Owns importing for the whole window: runs imports from the Import button
 * and from files dropped anywhere, shows the drop overlay and the summary
 * toast, keeps the failed files for <ImportErrors>, and bumps `revision` so
 * the library list refetches.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { DropOverlay } from '../../ui/DropOverlay'
import { ImporterContext, type Importer } from './import-context'
import { pickWithDialog } from './import-files'
import type { ImportProblem, ImportSummary } from './import-report'
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

  const onSaved = useCallback((imported: number, duplicates: number) => {
    setSummary((prev) => ({ seq: (prev?.seq ?? 0) + 1, imported, duplicates }))
    if (imported > 0) setRevision((r) => r + 1)
  }, [])
  // files main refused from the native dialog stay listed beside the files the review refuses
  const refusedByMain = useRef<ImportProblem[]>([])
  const onProblems = useCallback((read: ImportProblem[]) => {
    setProblems([...refusedByMain.current, ...read])
  }, [])
  const review = useReview({ onSaved, onProblems })
  const [pasting, setPasting] = useState(false)
  // picked, dropped and pasted files all go through the review before saving
  const importFiles = useCallback((files: readonly File[]) => review.start(files), [review])
  // the native dialog's files join the same review; what main refused goes to the error banner
  const importViaDialog = useCallback(async () => {
    setBusy(true)
    try {
      const picked = await pickWithDialog()
      refusedByMain.current = picked.problems
      setProblems(picked.problems)
      if (picked.files.length > 0) await review.start(picked.files)
    } finally {
      refusedByMain.current = []
      setBusy(false)
    }
  }, [review])
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
