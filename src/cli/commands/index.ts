/** Every `pizhu` command; a new command is one file here plus one line in this list. */
import type { AnyCommand } from '../command'
import { backupCommand } from './backup'
import { briefingCommand } from './briefing'
import { exportCommand } from './export'
import { highlightCommand } from './highlight'
import { importCommand } from './import'
import { importAnnotationsCommand } from './import-annotations'
import { libraryCommand } from './library'
import { listCommand } from './list'
import { policyCommand } from './policy'
import { noteCommand } from './note'
import { restoreCommand } from './restore'
import { reindexCommand } from './reindex'
import { searchCommand } from './search'
import { showCommand } from './show'
import { tagCommand } from './tag'
import { textCommand } from './text'

export const commands: readonly AnyCommand[] = [
  importCommand,
  listCommand,
  showCommand,
  highlightCommand,
  textCommand,
  backupCommand,
  restoreCommand,
  libraryCommand,
  searchCommand,
  reindexCommand,
  policyCommand,
  noteCommand,
  exportCommand,
  briefingCommand,
  importAnnotationsCommand,
  tagCommand,
]
