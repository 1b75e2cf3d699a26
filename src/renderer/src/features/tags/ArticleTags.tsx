/** An article's own tags in the reader's header: coloured chips and a field with suggestions. */
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { TagInput } from './TagInput'

const ARTICLE_IDS = { field: 'article-tag-input', chip: 'article-tag' }

export function ArticleTags({ articleId }: { articleId: number }): ReactNode {
  const { t } = useTranslation()
  const [tags, setTags] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    call('articles.tags', { articleId }).then(
      (list) => live && setTags(list),
      (err: Error) => live && setError(err.message),
    )
    return () => {
      live = false
    }
  }, [articleId])

  const save = (next: string[]): Promise<void> =>
    call('articles.setTags', { articleId, tags: next }).then(
      (saved) => {
        setError(null)
        setTags(saved)
      },
      (err: Error) => setError(t('tagManager.articleTagsFailed', { message: err.message })),
    )

  return (
    <div className="article-tags" data-testid="article-tags">
      {tags && (
        <TagInput
          tags={tags}
          onChange={save}
          label={t('tagManager.articleTags')}
          placeholder={t('tagManager.articleTagPlaceholder')}
          testIds={ARTICLE_IDS}
        />
      )}
      {error && (
        <p className="tag-edit__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
