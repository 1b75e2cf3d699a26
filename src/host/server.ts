/**
 * The browser host: the built renderer and the API contract over loopback
 * HTTP, for machines without the Electron binary and for e2e tests.
 *
 * Security: binds 127.0.0.1 only; every request must carry the per-run token
 * (in the `token` query parameter of the first page load, which sets a
 * SameSite=Strict cookie for the page's assets, and in the X-Pizhu-Token
 * header on API calls); a Host or Origin header naming any other site is
 * refused, which stops DNS-rebinding and cross-site requests; so is any
 * request a browser marks as coming from another site (Sec-Fetch-Site).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { MAX_IMPORT_BASE64 } from '@shared/contract'
import { dispatch } from '../main/core/api/dispatch'
import type { Handlers } from '../main/core/api/handlers'
import { CONTENT_SECURITY_POLICY } from '../main/core/csp'

export const TOKEN_HEADER = 'x-pizhu-token'
const COOKIE = 'pizhu_token'
/** Largest request body the host reads: the largest import plus room for the JSON around it. */
export const MAX_BODY = MAX_IMPORT_BASE64 + 64 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

export interface HostOptions {
  handlers: Handlers
  rendererDir: string
  port?: number
  token?: string
}

export interface RunningHost {
  server: Server
  port: number
  token: string
  url: string
  close(): Promise<void>
}

/** Starts the host on 127.0.0.1; `port` 0 picks a free one. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let port = 0
  const server = createServer((req, res) => {
    handle(req, res, { ...options, token, port }).catch((err: unknown) => {
      console.error('[pizhu host]', err)
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error')
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}/?token=${token}`
  return {
    server,
    port,
    token,
    url,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

interface RequestContext extends HostOptions {
  token: string
  port: number
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RequestContext,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (!hostAllowed(req.headers.host, ctx.port))
    return send(res, 421, 'text/plain', 'Host not allowed')
  const origin = req.headers.origin
  if (origin !== undefined && !originAllowed(origin, ctx.port)) {
    return send(res, 403, 'text/plain', 'Origin not allowed')
  }
  if (!fetchSiteAllowed(headerValue(req.headers['sec-fetch-site']))) {
    return send(res, 403, 'text/plain', 'Cross-site request not allowed')
  }
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST')
    if (!tokenMatches(headerValue(req.headers[TOKEN_HEADER]), ctx.token)) {
      return send(res, 401, 'text/plain', 'Missing or wrong token')
    }
    return handleCall(req, res, ctx, decodeURIComponent(url.pathname.slice('/api/'.length)))
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Use GET')
  const queryToken = url.searchParams.get('token')
  const authorised =
    tokenMatches(queryToken ?? undefined, ctx.token) || tokenMatches(cookieToken(req), ctx.token)
  if (!authorised) {
    return send(
      res,
      401,
      'text/plain; charset=utf-8',
      'Pizhu: open the address printed by `npm run web` (it carries the access token).',
    )
  }
  if (queryToken) {
    res.setHeader('Set-Cookie', `${COOKIE}=${ctx.token}; HttpOnly; SameSite=Strict; Path=/`)
  }
  return serveStatic(res, ctx.rendererDir, url.pathname)
}

async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RequestContext,
  name: string,
): Promise<void> {
  let body: string
  try {
    body = await readBody(req, MAX_BODY)
  } catch {
    res.setHeader('Connection', 'close')
    return sendJson(res, 413, {
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Request too large' },
    })
  }
  let input: unknown
  try {
    input = body === '' ? {} : JSON.parse(body)
  } catch {
    return sendJson(res, 400, {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `${name}: the request body is not JSON` },
    })
  }
  const result = await dispatch(ctx.handlers, name, input)
  return sendJson(res, 200, result)
}

async function serveStatic(res: ServerResponse, root: string, pathname: string): Promise<void> {
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
  const file = normalize(join(root, rel))
  if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
    return send(res, 404, 'text/plain', 'Not found')
  }
  try {
    const st = await stat(file)
    if (!st.isFile()) return send(res, 404, 'text/plain', 'Not found')
  } catch {
    return send(res, 404, 'text/plain', 'Not found')
  }
  const data = await readFile(file)
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Cache-Control', 'no-store')
  send(res, 200, MIME[extname(file).toLowerCase()] ?? 'application/octet-stream', data)
}

/** Host must be this server on loopback: anything else is a rebinding attempt. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

export function originAllowed(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

/**
 * Browsers label every request with where it came from. Only the page
 * itself (`same-origin`) and an address typed or opened from the terminal
 * (`none`) may reach the host; another local server (`same-site`: ports do
 * not count) or any website cannot, even for requests that carry no Origin
 * (no-cors GETs, images, scripts, frames). Clients that send no such header
 * (curl, Node) are judged by the token alone.
 */
export function fetchSiteAllowed(site: string | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none'
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [k, v] = part.trim().split('=')
    if (k === COOKIE) return v
  }
  return undefined
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v
}

/**
 * Reads a request body of at most `limit` bytes. Past the limit it rejects
 * at once (so the 413 goes out) and discards the rest instead of storing it:
 * destroying the socket mid-upload would reset the connection before the
 * client reads the answer. A client still sending after 4× the limit is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) {
        chunks.length = 0
        reject(new Error('too large'))
        if (size > 4 * limit) req.destroy()
        return
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))
}
