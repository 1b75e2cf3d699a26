/** Adds to a briefing: every highlight of a tag or a search (under a heading naming it), or a heading. */
import { useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type Kind = 'tag' | 'query' | 'heading'

interface Props {
  onAdd: (kind: Kind, text: string) => Promise<void>
}

export function AddToBriefingForm({ onAdd }: Props): ReactNode {
  const { t } = useTranslation()
  const [kind, setKind] = useState<Kind>('query')
  const [text, setText] = useState('')
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    if (!text.trim()) return
    void onAdd(kind, text.trim()).then(() => setText(''))
  }
  return (
    <form className="composer__add" onSubmit={submit} data-testid="composer-add">
      <select
        value={kind}
        aria-label={t('briefing.addKind')}
        data-testid="composer-add-kind"
        onChange={(e) => setKind(e.target.value as Kind)}
      >
        <option value="query">{t('briefing.addQuery')}</option>
        <option value="tag">{t('briefing.addTag')}</option>
        <option value="heading">{t('briefing.addHeading')}</option>
      </select>
      <input
        value={text}
        maxLength={300}
        aria-label={t(`briefing.addPlaceholder.${kind}`)}
        placeholder={t(`briefing.addPlaceholder.${kind}`)}
        data-testid="composer-add-text"
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="button" data-testid="composer-add-run">
        {t('briefing.add')}
      </button>
    </form>
  )
}
