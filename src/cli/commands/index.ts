/** Every `pizhu` command; a new command is one file here plus one line in this list. */
import type { Command } from '../command'
import { highlightCommand } from './highlight'
import { importCommand } from './import'
import { listCommand } from './list'
import { showCommand } from './show'
import { textCommand } from './text'

export const commands: readonly Command[] = [
  importCommand,
  listCommand,
  showCommand,
  highlightCommand,
  textCommand,
]
