import { request } from 'node:https'
import { Readable } from 'node:stream'

/**
 * A minimal fetch over node:https that trusts one extra CA, so unit tests can talk to a local
 * server with a self-signed certificate (the global fetch reads NODE_EXTRA_CA_CERTS only at
 * start-up; the end-to-end tests use that instead). It never follows redirects, like
 * `redirect: 'manual'`, and honours the abort signal. Requests it made are recorded.
 */
export function createTrustingFetch(ca: string, log: string[] = []): typeof globalThis.fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    log.push(url.href)
    if (url.protocol !== 'https:') throw new TypeError(`test fetch only speaks https, got ${url.href}`)
    return new Promise<Response>((resolve, reject) => {
      const req = request(url, { ca, method: 'GET', signal: init?.signal ?? undefined }, (res) => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(res.headers))
          if (typeof value === 'string') headers.set(name, value)
        const body = res.statusCode === 204 ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>)
        resolve(
          new Response(body, { status: res.statusCode ?? 500, statusText: res.statusMessage ?? '', headers }),
        )
      })
      req.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })))
      req.end()
    })
  }) as typeof globalThis.fetch
}
