/**
 * `#/policies/ID`: one policy, its fields (editable in a small form), its
 * timeline, and every mention in context with a link into the reader and a
 * way to move it out to another policy (split).
 */
import { useState, type ReactNode } from 'react'
import { call } from '../../api/client'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../routing/hash-route'
import { ExportMenu } from '../briefing'
import { fieldsOf } from './policy-fields'
import { MoveMention } from './MoveMention'
import { PolicyForm } from './PolicyForm'
import { PolicyTimeline } from './PolicyTimeline'
import { usePolicy } from './use-registry'
import './policy.css'

export function PolicyDetail({ id }: { id: number }): ReactNode {
  const { t } = useTranslation()
  const [generation, setGeneration] = useState(0)
  const [editing, setEditing] = useState(false)
  const [moving, setMoving] = useState<number | null>(null)
  const { data, error } = usePolicy(id, generation)
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
          <p className="policy-view__meta" data-testid="policy-meta">
            {[
              t(`policy.kind.${data.policy.kind}`),
              data.policy.place || null,
              t('policy.mentionCount', { count: data.policy.mentions }),
              t('policy.articleCount', { count: data.policy.articles }),
              data.policy.issuer && t('policyIssuing.issuerMeta', { issuer: data.policy.issuer }),
              data.policy.issued && t('policyIssuing.issuedMeta', { date: data.policy.issued }),
              data.policy.firstDate &&
                t('policyIssuing.mentioned', {
                  from: data.policy.firstDate,
                  to: data.policy.lastDate ?? '',
                }),
            ]
              .filter(Boolean)
              .join(' · ')}
            {!editing && (
              <button
                type="button"
                className="button button--quiet policy-view__edit"
                data-testid="policy-edit"
                onClick={() => setEditing(true)}
              >
                {t('policyEdit.edit')}
              </button>
            )}
          </p>
          <ExportMenu source={{ kind: 'policy', label: data.policy.label }} />
          {editing && (
            <PolicyForm
              initial={fieldsOf(
                data.policy.kind,
                data.policy.label,
                data.policy.place,
                data.policy,
              )}
              submitText={t('policyEdit.save')}
              placePlaceholder={t('policyIssuing.noPlace')}
              onCancel={() => setEditing(false)}
              onSubmit={async (f, label) => {
                const saved = await call('policy.edit', {
                  id,
                  kind: f.kind,
                  label,
                  place: f.place.trim(),
                  issuer: f.issuer.trim(),
                  issued: f.issued || null,
                })
                setEditing(false)
                if (saved.id === id) setGeneration((g) => g + 1)
                else window.location.hash = routeHref({ name: 'policy', id: saved.id })
              }}
            />
          )}
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
                {moving === m.highlightId ? (
                  <MoveMention
                    highlightId={m.highlightId}
                    policy={data.policy}
                    onCancel={() => setMoving(null)}
                    onMoved={(into) => {
                      setMoving(null)
                      if (data.mentions.length > 1) setGeneration((g) => g + 1)
                      else window.location.hash = routeHref({ name: 'policy', id: into.id })
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--quiet"
                    data-testid="policy-move-open"
                    onClick={() => setMoving(m.highlightId)}
                  >
                    {t('policyEdit.moveOut')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  )
}
