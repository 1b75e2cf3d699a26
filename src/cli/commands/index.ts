/** Every `pizhu` command; a new command is one file here plus one line in this list. */
import type { Command } from '../command'
import { importCommand } from './import'
import { listCommand } from './list'
import { reindexCommand } from './reindex'
import { searchCommand } from './search'
import { showCommand } from './show'

export const commands: readonly Command[] = [
  importCommand,
  listCommand,
  showCommand,
  searchCommand,
  reindexCommand,
]
