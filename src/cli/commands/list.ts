/** `pizhu list`: the articles in the library, newest first. */
import { listArticles } from '../../main/core/db/repos/articles'
import { UsageError } from '../args'
import type { Command } from '../command'
import { formatList } from '../format'

export const listCommand: Command = {
  name: 'list',
  synopsis: '',
  summary: 'list the articles in the library',
  run({ library, args, json }) {
    if (args.length > 0) throw new UsageError(`list takes no arguments (got ${args.join(' ')})`)
    const articles = listArticles(library.db, 1_000_000, 0)
    return json ? JSON.stringify(articles, null, 2) : formatList(articles)
  },
}
