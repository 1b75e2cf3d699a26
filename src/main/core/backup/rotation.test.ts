import { describe, expect, it } from 'vitest'
import type { BackupFile, BackupKind } from './backup-files'
import { planRotation } from './rotation'

function backup(iso: string, kind: BackupKind = 'daily'): BackupFile {
  return { name: `${iso}-${kind}`, path: `/x/${iso}`, kind, createdAt: new Date(iso), bytes: 1 }
}

describe('planRotation', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    // One backup a day for 60 days (2026-09-01 … 2026-10-30), two on the last day.
    const files: BackupFile[] = []
    for (let i = 0; i < 60; i++) {
      files.push(backup(new Date(Date.UTC(2026, 8, 1 + i, 9)).toISOString()))
    }
    files.push(backup('2026-10-30T18:00:00.000Z'))
    const { keep, remove } = planRotation(files)
    const kept = keep.map((b) => b.createdAt.toISOString()).sort()
    expect(kept).toEqual([
      // newest of the 4 most recent weeks (Sundays, plus the current week's newest)
      '2026-10-11T09:00:00.000Z',
      '2026-10-18T09:00:00.000Z',
      // the last 7 days
      '2026-10-24T09:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
      '2026-10-28T09:00:00.000Z',
      '2026-10-29T09:00:00.000Z',
      '2026-10-30T18:00:00.000Z',
    ])
    expect(keep.length + remove.length).toBe(files.length)
  })

  it('never removes manual backups', () => {
    const files = [
      backup('2020-01-01T00:00:00.000Z', 'manual'),
      ...Array.from({ length: 30 }, (_, i) =>
        backup(new Date(Date.UTC(2026, 0, 1 + i * 8)).toISOString()),
      ),
    ]
    const { keep, remove } = planRotation(files)
    expect(keep.some((b) => b.kind === 'manual')).toBe(true)
    expect(remove.some((b) => b.kind === 'manual')).toBe(false)
    // backups 8 days apart: 7 distinct days, each in its own week
    expect(keep.length).toBe(1 + 7)
  })

  it('keeps everything while there are fewer than 7 days', () => {
    const files = [backup('2026-10-01T01:00:00.000Z'), backup('2026-10-02T01:00:00.000Z')]
    expect(planRotation(files).remove).toEqual([])
  })
})
