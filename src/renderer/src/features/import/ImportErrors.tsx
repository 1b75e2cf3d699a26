/**
 * The banner naming each file the last import could not take: translated
 * when main said why (failure-text.ts), else main's message, which names the file.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBanner } from '../../ui/ErrorBanner'
import { failureText } from './failure-text'
import { useImporter } from './import-context'
import type { ImportProblem } from './import-report'

export function ImportErrors(): ReactNode {
  const { t } = useTranslation()
  const { problems, dismissProblems } = useImporter()
  if (problems.length === 0) return null

  const describe = (p: ImportProblem): string => {
    const message =
      p.kind === 'api'
        ? failureText(t, { fileName: p.file, message: p.message, reason: p.reason })
        : p.kind === 'tooLarge'
          ? t('import.tooLarge', { file: p.file })
          : t('import.unreadable', { file: p.file })
    return t('import.failed', { message })
  }

  return (
    <ErrorBanner
      messages={problems.map(describe)}
      dismissLabel={t('common.dismiss')}
      onDismiss={dismissProblems}
    />
  )
}
