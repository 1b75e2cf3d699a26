/**
 * Marking a highlight as a policy point: the policy form, prefilled from
 * the recognizer when it found a policy point over the highlight (else from
 * the highlight's own 政策要点/ tag, else its text), saved with policy.mark.
 */
import type { Highlight } from '@shared/highlight'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'
import { fieldsOf, type PolicyFormFields } from './policy-fields'
import { PolicyForm } from './PolicyForm'

const POLICY_TAG = '政策要点/'

interface Props {
  highlight: Highlight
  /** Called with the highlight as saved (now tagged 政策要点/<label>). */
  onMarked: (highlight: Highlight) => void
  onCancel: () => void
}

/** What the form starts with for highlight `h`. */
async function prefill(h: Highlight): Promise<PolicyFormFields> {
  const tagged = h.tags.find((tag) => tag.startsWith(POLICY_TAG))
  const candidates = await call('policy.detect', { articleId: h.articleId }).catch(() => [])
  const hit = candidates.find((c) => c.start < h.end && c.end > h.start)
  if (hit) return fieldsOf(hit.kind, hit.label, '', { issuer: hit.issuer ?? '' })
  if (tagged) return fieldsOf('n-articles', tagged.slice(POLICY_TAG.length), '')
  const exact = h.exact.replace(/[“”"'‘’「」《》]/gu, '').trim()
  return fieldsOf(/\d+条/u.test(exact) ? 'n-articles' : 'slogan', exact.slice(0, 96), '')
}

export function MarkPolicyForm({ highlight, onMarked, onCancel }: Props): ReactNode {
  const { t } = useTranslation()
  const [initial, setInitial] = useState<PolicyFormFields | null>(null)
  useEffect(() => {
    let live = true
    void prefill(highlight).then((f) => live && setInitial(f))
    return () => {
      live = false
    }
  }, [highlight])
  if (!initial) return null
  return (
    <PolicyForm
      initial={initial}
      submitText={t('policyEdit.mark')}
      onCancel={onCancel}
      onSubmit={async (f, label) => {
        const r = await call('policy.mark', {
          highlightId: highlight.id,
          kind: f.kind,
          label,
          ...(f.place.trim() ? { place: f.place.trim() } : {}),
          // Blank issuing fields leave what the policy already records.
          ...(f.issuer.trim() ? { issuer: f.issuer.trim() } : {}),
          ...(f.issued ? { issued: f.issued } : {}),
        })
        onMarked(r.highlight)
      }}
    />
  )
}
