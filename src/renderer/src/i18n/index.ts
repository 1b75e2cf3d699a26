/**
 * Interface language: i18next with the two bundled resources, Simplified
 * Chinese by default, the person's choice remembered in localStorage. The
 * `<html lang>` attribute follows the interface language; article text
 * carries its own `lang="zh-CN"`.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { LANGUAGES, type Language } from './messages'
import { zhCN } from './zh-CN'

export { LANGUAGES, type Language, type Messages } from './messages'
export { formatDate, formatNumber } from './format'

const STORAGE_KEY = 'pizhu.language'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof zhCN }
  }
}

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value)
}

function savedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY)
  return isLanguage(saved) ? saved : LANGUAGES[0]
}

/** Initialises i18next once, before the first render. */
export function initI18n(): typeof i18next {
  const lng = savedLanguage()
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    fallbackLng: 'zh-CN',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  document.documentElement.lang = lng
  return i18next
}

/** The interface language now in use. */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : LANGUAGES[0]
}

/** Switches the interface language and remembers the choice. */
export function setLanguage(lng: Language): void {
  localStorage.setItem(STORAGE_KEY, lng)
  document.documentElement.lang = lng
  void i18next.changeLanguage(lng)
}
