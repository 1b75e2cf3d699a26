/**
 * The Import button. In Electron it opens the native dialog; in a browser it
 * clicks a hidden file input and imports what was picked.
 */
import { useRef, type ChangeEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useImporter } from './import-context'

const ACCEPT = '.txt,.md,.text,.markdown,.pdf,.docx,.html,.htm'

export function ImportButton(): ReactNode {
  const { t } = useTranslation()
  const importer = useImporter()
  const input = useRef<HTMLInputElement>(null)

  const onClick = (): void => {
    if (importer.shell === 'electron') void importer.importWithDialog()
    else input.current?.click()
  }

  const onChange = (e: ChangeEvent<HTMLInputElement>): void => {
    const files = Array.from(e.target.files ?? [])
    e.target.value = ''
    if (files.length > 0) void importer.importFiles(files)
  }

  return (
    <>
      <button
        type="button"
        className="button button--primary"
        data-testid="import-button"
        disabled={importer.busy}
        onClick={onClick}
      >
        {importer.busy ? t('import.busy') : t('import.button')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="paste-button"
        disabled={importer.busy}
        onClick={importer.openPaste}
      >
        {t('importReview.paste')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-input"
        onChange={onChange}
      />
    </>
  )
}
