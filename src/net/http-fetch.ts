import { Readable } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import { lookup as dnsLookup } from 'node:dns'
import { isIP, type LookupFunction } from 'node:net'
import { isPublicAddress, PrivateAddressError } from './private-address.js'
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
  /**
   * Which addresses a `publicOnly` request may reach. The product's rule (the default) refuses
   * private, loopback and link-local addresses; tests whose servers listen on loopback pass their own.
   */
  mayContact?: (address: string) => boolean
  /** Replaces the system resolver for `publicOnly` requests (tests). */
  lookup?: LookupFunction
}

/**
 * The request init this fetch understands: `publicOnly` asks that the request reach only public
 * internet addresses (a redirect's target, a shortener): the name is resolved, every address it
 * has is checked, and the connection goes to the checked address, so a name cannot be switched
 * to a private one between the check and the connection.
 */
export interface ToolRequestInit extends RequestInit {
  publicOnly?: boolean
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | { address: string; family: number }[],
  family?: number,
) => void

/** A lookup that refuses a name any of whose addresses may not be contacted. */
function guardedLookup(mayContact: (address: string) => boolean, resolve: LookupFunction): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    ;(resolve as unknown as (h: string, o: object, c: LookupCallback) => void)(
      hostname,
      { ...options, all: true },
      (error, addresses) => {
        if (error) return callback(error, '')
        const list = Array.isArray(addresses) ? addresses : [{ address: addresses, family: 4 }]
        if (list.length === 0 || !list.every((entry) => mayContact(entry.address)))
          return callback(new PrivateAddressError(hostname) as NodeJS.ErrnoException, '')
        if (options?.all) return callback(null, list)
        callback(null, list[0]!.address, list[0]!.family)
      },
    )
  }) as unknown as LookupFunction
}

/** Resolves a name and checks every address, for a request that goes through a proxy (which resolves it again). */
function checkThroughLookup(host: string, lookup: LookupFunction): Promise<void> {
  return new Promise((resolve, reject) => {
    ;(lookup as unknown as (h: string, o: object, c: LookupCallback) => void)(host, { all: true }, (error) =>
      error ? reject(error) : resolve(),
    )
  })
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
 * A `fetch` for single GET and HEAD requests built on the measurement's own client (src/net/link.ts): the
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
    const method = (init?.method ?? 'GET').toUpperCase()
    if (method !== 'GET' && method !== 'HEAD') throw new TypeError(`unsupported method ${method}`)
    const proxy = proxyFor(url, options.env)
    const publicOnly = (init as ToolRequestInit | undefined)?.publicOnly === true
    const mayContact = options.mayContact ?? isPublicAddress
    const host = url.hostname.replace(/^\[|\]$/g, '')
    let lookup: LookupFunction | undefined
    if (publicOnly) {
      if (isIP(host) !== 0 && !mayContact(host))
        throw new TypeError('fetch failed', { cause: new PrivateAddressError(host) })
      lookup = guardedLookup(mayContact, options.lookup ?? (dnsLookup as unknown as LookupFunction))
      // Through a proxy the proxy connects; the name is checked here first all the same.
      if (proxy && isIP(host) === 0)
        await checkThroughLookup(host, lookup).catch((error: unknown) => {
          throw new TypeError('fetch failed', { cause: error })
        })
    }
    const link = new Link(
      {
        base: new URL('/', url),
        ...defined({ proxy, lookup: proxy ? undefined : lookup }),
        ...(options.ca ? { ca: options.ca } : {}),
        connectTimeoutMs: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
        userAgent: options.userAgent,
      },
      () => performance.now(),
    )
    return new Promise<Response>((resolve, reject) => {
      const req = link.request(method as 'GET' | 'HEAD', url.pathname + url.search, requestHeaders(init))
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
        const body =
          NULL_BODY.has(status) || method === 'HEAD'
            ? null
            : (Readable.toWeb(response) as ReadableStream<Uint8Array>)
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
