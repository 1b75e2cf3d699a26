/** The toast after an import: how many articles came in and how many files were already there. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Toast } from '../../ui/Toast'
import type { ImportSummary } from './import-report'

interface Props {
  summary: ImportSummary
  onDismiss(): void
}

export function ImportToast({ summary, onDismiss }: Props): ReactNode {
  const { t } = useTranslation()
  const parts: string[] = []
  if (summary.imported > 0) parts.push(t('import.imported', { count: summary.imported }))
  if (summary.duplicates > 0) parts.push(t('import.duplicates', { count: summary.duplicates }))
  const message = parts.length > 0 ? parts.join(t('import.listSeparator')) : t('import.nothing')
  return <Toast message={message} dismissLabel={t('common.dismiss')} onDismiss={onDismiss} />
}
