/**
 * The Content-Security-Policy for the renderer, in Electron and in the
 * browser host: nothing loads from anywhere but the app itself, no inline
 * script, no eval, no framing, no form posts. Styles allow 'unsafe-inline'
 * because React and Lexical set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ')
