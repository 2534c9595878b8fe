/// <reference lib="dom" />
/**
 * The browser's side of serve's speed protocol (GET /__down?bytes=N, POST /__up) over `fetch`.
 * Nothing here touches Node: the page runs it, and the core purity test bundles it for a browser.
 */
import { MeasureError, classifyResponse } from '../../net/errors.js'

/** What the measurement needs from the page: all injected, so a test can pass its own. */
export interface Transport {
  /** serve's base address, ending in a slash. */
  base: URL
  fetch: typeof fetch
  now: () => number
  /**
   * When the network delivered an answer's body, on the same clock as `now` (the page's: Resource
   * Timing, `resourceDelivery`). Without it, or without an entry, the page's own clock around the
   * request stands in: wider, so a figure resting on it errs low.
   */
  delivery?: (url: string) => Delivery | undefined
}

/** The span in which the network delivered one answer's body: its first byte and its last. */
export interface Delivery {
  firstByteAt: number
  lastByteAt: number
}

/** Each request's address is unique, so no cache answers it and its Resource Timing entry is its own. */
let sequence = 0

export function addressOf(transport: Transport, path: string): string {
  sequence += 1
  const url = new URL(path, transport.base)
  url.searchParams.set('n', `${Date.now().toString(36)}${sequence}`)
  return url.href
}

/** The base address of an endpoint as the page's configuration names it ('' or '/' is the page's own origin). */
export function baseOf(endpoint: string, page: string | undefined): URL {
  const text = endpoint.trim() || '/'
  return new URL(text.endsWith('/') ? text : `${text}/`, page)
}

export const requestInit: RequestInit = {
  cache: 'no-store',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  redirect: 'error',
}

/**
 * A fetch that failed before any answer: a browser says only "TypeError: Failed to fetch", so the
 * cause cannot be told apart; offline when the browser knows it is offline.
 */
export function classifyFetchError(error: unknown): MeasureError {
  if (error instanceof MeasureError) return error
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return new MeasureError(offline ? 'offline' : 'refused', message)
}

export function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')
}

/** Throws the failure an answer stands for: a refusal, a sign-in page, a server error. */
export function checkResponse(response: Response): void {
  const failure = classifyResponse(response.status, response.headers.get('content-type') ?? undefined)
  if (failure) throw failure
}

/** The server's own time in ms, from Server-Timing (readable on the same origin; 0 otherwise). */
export function serverTimeOf(response: Response): number {
  const text = response.headers.get('server-timing') ?? ''
  const value = Number(/dur=([\d.]+)/i.exec(text)?.[1] ?? 0)
  return Number.isFinite(value) ? value : 0
}

/**
 * When the network delivered one answer's body (Resource Timing's responseStart and responseEnd):
 * times the browser's network stack takes as the bytes come in, not when the page gets round to
 * reading them, so a page busy with the camera preview does not stretch them. The last byte can
 * only be later than on the wire (held in the socket while the page reads), never earlier.
 * Undefined where the browser keeps no entry (another origin without Timing-Allow-Origin, a full
 * buffer, or no Resource Timing at all).
 */
export function resourceDelivery(url: string): Delivery | undefined {
  const performance = globalThis.performance as Performance | undefined
  if (!performance?.getEntriesByName) return undefined
  const entry = performance.getEntriesByName(url, 'resource').at(-1) as PerformanceResourceTiming | undefined
  if (!entry || entry.responseStart <= 0 || entry.responseEnd < entry.responseStart) return undefined
  return { firstByteAt: entry.responseStart, lastByteAt: entry.responseEnd }
}

/**
 * The network's own timing of one request (Resource Timing): from the request leaving to the first
 * byte of the answer, without the page's own delays in running its code, and the server's time
 * from `serverTiming`. Undefined where the browser keeps no entry (another origin without
 * Timing-Allow-Origin, a full buffer, or no Resource Timing at all).
 */
export function networkTiming(url: string): { roundTripMs: number; serverMs: number } | undefined {
  const performance = globalThis.performance as Performance | undefined
  if (!performance?.getEntriesByName) return undefined
  const entry = performance.getEntriesByName(url, 'resource').at(-1) as PerformanceResourceTiming | undefined
  if (!entry || entry.requestStart <= 0 || entry.responseStart <= entry.requestStart) return undefined
  const server = entry.serverTiming?.find((timing) => timing.name === 'serve')?.duration ?? 0
  return { roundTripMs: entry.responseStart - entry.requestStart, serverMs: server }
}
