/**
 * The web check's page as `serve` hands it out at `/`: the files `npm run build` wrote to
 * dist/web/ (read once at start, so no request touches the disk), and a config.json made from
 * this server's own settings (the endpoint is this origin; the checklist is the one validated at
 * start). Small fixed files only: GET and HEAD, compressed once at start (brotli or gzip), an
 * ETag each, 304 when the browser has it. Every
 * answer carries a strict Content-Security-Policy: scripts, styles and requests only from this
 * origin, no inline script.
 */
import { createHash } from 'node:crypto'
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

/** The policy `serve` sends with the page; the static copy's index.html carries it as a meta tag too. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The page's index.html with its meta Content-Security-Policy letting it reach `origins` besides its
 * own: for a static copy whose endpoint is elsewhere (`serve --write-static … --endpoint …`). The
 * policy is fixed when the copy is written; the page refuses an endpoint its policy does not name.
 */
export function withConnectSources(html: string, origins: readonly string[]): string {
  const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i
  const found = meta.exec(html)
  if (!found) throw new Error('index.html has no Content-Security-Policy meta tag')
  const policy = found[2]!
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/^connect-src\s/i.test(part) ? ["connect-src 'self'", ...origins].join(' ') : part))
    .join('; ')
  return html.replace(meta, `$1${policy}$3`)
}

interface PageFile {
  body: Buffer
  /** The same bytes compressed once at start, for browsers that say they take them (all do). */
  br: Buffer
  gzip: Buffer
  type: string
  etag: string
  /** Files named by their content's hash never change, so browsers may keep them. */
  immutable: boolean
}

export interface PageRoutes {
  /** Answers the request if it asks for the page or one of its files; false if not (the caller goes on). */
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean
}

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}

function pageFile(body: Buffer, name: string): PageFile {
  const extension = name.slice(name.lastIndexOf('.'))
  return {
    body,
    br: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }),
    gzip: gzipSync(body, { level: 9 }),
    type: types[extension] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    immutable: /^chunk-[A-Z0-9]+\.js$/.test(name),
  }
}

/**
 * Where the built page is: dist/web/, found by going up from the compiled code (dist/net/, or the
 * bundle's dist/bundle/chunks/). Undefined when the page was not built (a checkout without
 * `npm run build`): `serve` then answers `/` with its plain text, as before.
 */
export function findPageDir(from: string = import.meta.url): string | undefined {
  let dir = dirname(fileURLToPath(from))
  for (let level = 0; level < 5; level++) {
    for (const candidate of [join(dir, 'web'), join(dir, 'dist', 'web')])
      if (existsSync(join(candidate, 'index.html')) && existsSync(join(candidate, 'app.js'))) return candidate
    dir = dirname(dir)
  }
  return undefined
}

/** What the page reads from config.json: where to measure, and the practice's checklist. */
export interface PageConfig {
  endpoint: string
  checklist: unknown
}

/** Reads the built page once. `config` replaces the static copy's config.json. */
export function createPageRoutes(dir: string, config: PageConfig): PageRoutes {
  const files = new Map<string, PageFile>()
  for (const name of readdirSync(dir)) {
    if (!/^[a-zA-Z0-9_.-]+\.(html|js|css|json)$/.test(name)) continue
    files.set(`/${name}`, pageFile(readFileSync(join(dir, name)), name))
  }
  files.set('/config.json', pageFile(Buffer.from(JSON.stringify(config)), 'config.json'))
  const index = files.get('/index.html')
  if (index) files.set('/', index)
  return {
    handle(req, res, path) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false
      const file = files.get(path)
      if (!file) return false
      const fresh = req.headers['if-none-match'] === file.etag
      const accepts = String(req.headers['accept-encoding'] ?? '')
      const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined
      const body = encoding ? file[encoding] : file.body
      res.writeHead(fresh ? 304 : 200, {
        'content-type': file.type,
        ...(fresh ? {} : { 'content-length': String(body.length) }),
        ...(encoding && !fresh ? { 'content-encoding': encoding } : {}),
        vary: 'accept-encoding',
        etag: file.etag,
        'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'content-security-policy': PAGE_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'permissions-policy': 'camera=(self), microphone=(self), geolocation=(), payment=(), usb=()',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
      })
      res.end(fresh || req.method === 'HEAD' ? undefined : body)
      return true
    },
  }
}
