/**
 * Calls about the library file's health and its backups. They keep working
 * when the library is damaged, so the UI can offer to restore a backup.
 */
import { z } from 'zod'

export const LibraryHealth = z.object({
  status: z.enum(['ok', 'damaged']),
  path: z.string(),
  /** Why the library could not be opened; null when it is ok. */
  message: z.string().nullable(),
  /** The newest backup that passes validation, offered when damaged. */
  newestGoodBackup: z.string().nullable(),
})
export type LibraryHealth = z.infer<typeof LibraryHealth>

export const BackupInfo = z.object({
  /** The file name inside the library's backups/ folder. */
  name: z.string(),
  kind: z.enum(['daily', 'pre-migration', 'pre-restore', 'manual']),
  createdAt: z.string(),
  bytes: z.number().int(),
})
export type BackupInfo = z.infer<typeof BackupInfo>

/** A backup file name as listed by `backup.list`: no folders, no dot-dot. */
const BackupName = z
  .string()
  .max(255)
  .regex(/^[^/\\]+\.sqlite$/)
  .refine((s) => !s.startsWith('.'), 'not a backup name')

export const backupCalls = {
  'library.health': {
    input: z.object({}).strict(),
    output: LibraryHealth,
  },
  'backup.list': {
    input: z.object({}).strict(),
    output: z.array(BackupInfo),
  },
  'backup.create': {
    input: z.object({}).strict(),
    output: BackupInfo,
  },
  /** Replaces the library with one of its listed backups; the current one is kept as a backup. */
  'backup.restore': {
    input: z.object({ name: BackupName }).strict(),
    output: z.object({ articleCount: z.number().int(), previous: z.string().nullable() }),
  },
  /** Electron only: pick any library file in main's own open dialog and restore it. */
  'backup.restoreFromDialog': {
    input: z.object({}).strict(),
    output: z
      .object({ articleCount: z.number().int(), previous: z.string().nullable() })
      .nullable(),
  },
} as const

/** The calls the library session answers itself, in every state. */
export type BackupCallName = keyof typeof backupCalls
