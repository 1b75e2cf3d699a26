/** `pizhu show ID`: one article, as text or JSON. */
import { getArticle } from '../../main/core/db/repos/articles'
import { UsageError } from '../args'
import type { Command } from '../command'
import { formatArticle } from '../format'

export const showCommand: Command = {
  name: 'show',
  synopsis: 'ID',
  summary: 'print one article',
  run({ library, args, json }) {
    const id = Number(args[0])
    if (args.length !== 1 || !Number.isInteger(id) || id <= 0) {
      throw new UsageError('show needs one article ID (a positive whole number)')
    }
    const article = getArticle(library.db, id)
    return json ? JSON.stringify(article, null, 2) : formatArticle(article)
  },
}
