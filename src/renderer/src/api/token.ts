/**
 * The browser host's per-run access token. The first page load carries it
 * as `?token=`; it is kept in sessionStorage (so reloads and hash
 * navigation keep working) and removed from the address bar so it does not
 * linger in history or screenshots.
 */
const STORAGE_KEY = 'pizhu.token'

/** The token for API calls, or '' when the page was opened without one. */
export function readAccessToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return sessionStorage.getItem(STORAGE_KEY) ?? ''
}
