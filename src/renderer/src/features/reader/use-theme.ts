/**
 * Light or dark theme, remembered in localStorage and applied to <html> as
 * data-theme, at load (so the library opens in the saved theme) and on toggle.
 */
import { useCallback, useState } from 'react'

const STORAGE_KEY = 'pizhu.theme'
export type Theme = 'light' | 'dark'

function savedTheme(): Theme {
  return localStorage.getItem(STORAGE_KEY) === 'dark' ? 'dark' : 'light'
}

function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme
}

applyTheme(savedTheme())

export function useTheme(): { theme: Theme; toggle(): void } {
  const [theme, setTheme] = useState(savedTheme)
  const toggle = useCallback(() => {
    setTheme((t) => {
      const next = t === 'dark' ? 'light' : 'dark'
      localStorage.setItem(STORAGE_KEY, next)
      applyTheme(next)
      return next
    })
  }, [])
  return { theme, toggle }
}
