/**
 * State of the import-with-review flow: reading (with progress and cancel),
 * reviewing the proposal, saving (with progress and cancel), and the
 * per-file summary. `onSaved` runs after a save that changed the library.
 */
import { useCallback, useRef, useState } from 'react'
import type { ImportProblem } from './import-report'
import type { ReviewFile } from './review-model'
import { commitFiles, previewFiles, type FileOutcome, type Progress } from './review-session'

export type ReviewPhase =
  | { name: 'idle' }
  | { name: 'reading'; progress: Progress }
  | { name: 'review' }
  | { name: 'saving'; progress: Progress }
  | { name: 'summary' }

export interface Review {
  phase: ReviewPhase
  files: ReviewFile[]
  /** Outcomes of files that could not be read, then of the save. */
  outcomes: FileOutcome[]
  split: 'auto' | 'none'
  start(files: readonly File[], split?: 'auto' | 'none'): Promise<void>
  /** Proposes the same files again with another split mode (discards edits). */
  resplit(split: 'auto' | 'none'): Promise<void>
  update(index: number, file: ReviewFile): void
  save(): Promise<void>
  cancel(): void
  close(): void
}

export interface ReviewCallbacks {
  /** After a save that changed the library (or found duplicates). */
  onSaved(imported: number, duplicates: number): void
  /** Files that could not be read, for the window's error banner. */
  onProblems(problems: ImportProblem[]): void
}

export function useReview({ onSaved, onProblems }: ReviewCallbacks): Review {
  const [phase, setPhase] = useState<ReviewPhase>({ name: 'idle' })
  const [files, setFiles] = useState<ReviewFile[]>([])
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([])
  const [split, setSplit] = useState<'auto' | 'none'>('auto')
  const cancelled = useRef(false)
  const picked = useRef<readonly File[]>([])
  const batch = (name: 'reading' | 'saving') => ({
    onProgress: (progress: Progress) =>
      setPhase(name === 'reading' ? { name: 'reading', progress } : { name: 'saving', progress }),
    cancelled: () => cancelled.current,
  })

  const start = useCallback(
    async (chosen: readonly File[], how: 'auto' | 'none' = 'auto') => {
      cancelled.current = false
      picked.current = chosen
      setSplit(how)
      setOutcomes([])
      const read = await previewFiles(chosen, how, batch('reading'))
      setFiles(read.files)
      setOutcomes(read.outcomes)
      const failed = read.outcomes.filter((o) => o.status === 'failed')
      if (failed.length > 0) onProblems(failed.map(problemOf))
      // nothing readable: the error banner says why, unless files were cancelled
      const cancelledSome = read.outcomes.some((o) => o.status === 'cancelled')
      if (read.files.length > 0) setPhase({ name: 'review' })
      else setPhase(cancelledSome ? { name: 'summary' } : { name: 'idle' })
    },
    [onProblems],
  )

  const resplit = useCallback((how: 'auto' | 'none') => start(picked.current, how), [start])

  const update = useCallback((index: number, file: ReviewFile) => {
    setFiles((list) => list.map((f, i) => (i === index ? file : f)))
  }, [])

  const close = useCallback(() => {
    setPhase({ name: 'idle' })
    setFiles([])
    setOutcomes([])
  }, [])

  const save = useCallback(async () => {
    cancelled.current = false
    const saved = await commitFiles(files, batch('saving'))
    setOutcomes((before) => [...before, ...saved])
    // one file saved cleanly needs no summary beyond the toast
    const plain = files.length === 1 && saved[0]?.status === 'saved' && outcomes.length === 0
    if (plain) close()
    else setPhase({ name: 'summary' })
    const imported = saved.reduce((n, o) => n + o.articles, 0)
    const duplicates = saved.filter((o) => o.status === 'duplicate').length
    if (imported + duplicates > 0) onSaved(imported, duplicates)
  }, [files, outcomes, onSaved, close])

  const cancel = useCallback(() => {
    cancelled.current = true
    setPhase((p) => (p.name === 'review' ? { name: 'idle' } : p))
  }, [])

  return { phase, files, outcomes, split, start, resplit, update, save, cancel, close }
}

/** A file the review could not read, for the window's error banner. */
function problemOf(o: FileOutcome): ImportProblem {
  const problem: ImportProblem = { kind: 'api', message: o.message ?? o.fileName, file: o.fileName }
  return o.reason === undefined ? problem : { ...problem, reason: o.reason }
}
