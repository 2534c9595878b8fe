import { Readable } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import { Link } from './link.js'
import { proxyFor } from './proxy.js'
import { sanitizeText } from '../text/sanitize.js'
import { defined } from '../defined.js'

type Env = Readonly<Record<string, string | undefined>>

export interface HttpFetchOptions {
  env: Env
  /** `session-checkup/<version>`, the same as the measurement sends. */
  userAgent: string
  /** Time to connect (and set up TLS, and a proxy tunnel), as the measurement uses. */
  connectTimeoutMs?: number
  /** Extra trusted certificates (tests); NODE_EXTRA_CA_CERTS is honoured anyway. */
  ca?: string | Buffer
}

/** The measurement's connect limit (src/net/engine.ts caps it at 3 s). */
export const CONNECT_TIMEOUT_MS = 3000

const NULL_BODY = new Set([204, 205, 304])

function headersOf(response: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue
    try {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    } catch {
      // A header value fetch's Headers refuses (a control character) is left out, not trusted.
    }
  }
  return headers
}

function requestHeaders(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  new Headers(init?.headers).forEach((value, name) => (out[name] = value))
  return out
}

/**
 * A `fetch` for single GET requests built on the measurement's own client (src/net/link.ts): the
 * same User-Agent, the same proxy support (HTTPS_PROXY, ALL_PROXY, NO_PROXY, read by proxyFor),
 * the same connect and TLS time limits. It never follows redirects (like `redirect: 'manual'`;
 * the caller checks each hop), and the server's reason phrase is cleaned where it enters.
 * Network failures reject with a TypeError whose cause is a MeasureError (kind and message).
 */
export function createHttpFetch(options: HttpFetchOptions): typeof globalThis.fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new TypeError(`unsupported protocol ${url.protocol}`)
    const signal = init?.signal ?? undefined
    signal?.throwIfAborted()
    const proxy = proxyFor(url, options.env)
    const link = new Link(
      {
        base: new URL('/', url),
        ...defined({ proxy }),
        ...(options.ca ? { ca: options.ca } : {}),
        connectTimeoutMs: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
        userAgent: options.userAgent,
      },
      () => performance.now(),
    )
    return new Promise<Response>((resolve, reject) => {
      const req = link.request('GET', url.pathname + url.search, requestHeaders(init))
      const onAbort = (): void => {
        req.destroy()
        link.close()
        reject(signal?.reason ?? new DOMException('This operation was aborted', 'AbortError'))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      req.once('response', (response) => {
        const status = response.statusCode ?? 0
        response.once('close', () => {
          signal?.removeEventListener('abort', onAbort)
          link.close()
        })
        if (status < 200 || status > 599) {
          response.destroy()
          return reject(
            new TypeError('fetch failed', { cause: new Error(`unexpected HTTP status ${status}`) }),
          )
        }
        const body = NULL_BODY.has(status) ? null : (Readable.toWeb(response) as ReadableStream<Uint8Array>)
        if (!body) response.resume()
        // Reason phrases are the server's words: cleaned here, as any outside text is where it enters.
        const statusText = sanitizeText(response.statusMessage ?? '', 80).replace(
          /[^\t\x20-\x7e\x80-\xff]/g,
          '',
        )
        resolve(new Response(body, { status, statusText, headers: headersOf(response) }))
      })
      req.once('error', (error) => {
        signal?.removeEventListener('abort', onAbort)
        link.close()
        reject(new TypeError('fetch failed', { cause: error }))
      })
      req.end()
    })
  }) as typeof globalThis.fetch
}
