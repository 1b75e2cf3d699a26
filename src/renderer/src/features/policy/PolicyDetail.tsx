/** `#/policies/ID`: one policy, its timeline, and every mention in context with a link into the reader. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import { PolicyTimeline } from './PolicyTimeline'
import { usePolicy } from './use-registry'
import './policy.css'

export function PolicyDetail({ id }: { id: number }): ReactNode {
  const { t } = useTranslation()
  const { data, error } = usePolicy(id)
  return (
    <main className="policy-view" data-testid="policy-detail">
      <a className="button button--quiet" href={routeHref({ name: 'policies' })}>
        {t('policy.backToRegistry')}
      </a>
      {error && (
        <p className="hl-error" role="alert">
          {error}
        </p>
      )}
      {data && (
        <>
          <h1 className="policy-view__title" lang="zh-CN">
            {data.policy.label}
          </h1>
          <p className="policy-view__meta">
            {[
              t(`policy.kind.${data.policy.kind}`),
              data.policy.place || null,
              t('policy.mentionCount', { count: data.policy.mentions }),
              t('policy.articleCount', { count: data.policy.articles }),
              data.policy.firstDate && `${data.policy.firstDate} — ${data.policy.lastDate ?? ''}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <PolicyTimeline label={data.policy.label} dates={data.mentions.map((m) => m.date)} />
          <ol className="policy-mentions">
            {data.mentions.map((m) => (
              <li key={m.highlightId} data-testid="policy-mention">
                <a
                  className="policy-mentions__title"
                  href={routeHref({
                    name: 'article',
                    id: m.articleId,
                    at: { start: m.start, end: m.end },
                  })}
                  lang="zh-CN"
                >
                  《{m.articleTitle}》
                </a>
                <span className="policy-mentions__date">{m.date ?? ''}</span>
                <p className="policy-mentions__context" lang="zh-CN">
                  {m.start > m.before.length ? '…' : ''}
                  {m.before}
                  <mark>{m.exact}</mark>
                  {m.after}
                  {m.after.length >= 40 ? '…' : ''}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  )
}
