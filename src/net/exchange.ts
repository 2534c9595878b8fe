import { randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { MeasureError, classifyError, classifyResponse } from './errors.js'
import type { Link } from './link.js'
import { serverTimeMs } from './link.js'

/** Random, so no proxy or middlebox can compress the upload and flatter the figure. */
const UPLOAD_CHUNK = randomBytes(64 * 1024)
/**
 * The most a reply may carry when no body was asked for (probes, upload answers): room for a
 * sign-in page, so a captive portal is still recognised, and nothing like a download.
 */
export const SMALL_BODY_LIMIT = 64 * 1024

export interface ExchangeOptions {
  signal: AbortSignal
  /** A stall: no bytes either way for this long ends the request. */
  idleTimeoutMs: number
  now: () => number
  /** Called for each piece of the response body as it arrives. */
  onData?(bytes: number, atMs: number): void
  /** Upload this many bytes as the request body. */
  uploadBytes?: number
  /** Called as upload bytes are handed to the socket (for the data cap). */
  onSent?(bytes: number): void
  /** Called once the response head arrives. */
  onHeaders?(atMs: number): void
  /**
   * The most body bytes this request asked for (SMALL_BODY_LIMIT if not given). A server that
   * announces or sends more is broken or hostile: the request ends at once, so no server can
   * push data past the data cap (--max-data) or keep a probe busy until the time runs out.
   */
  maxBodyBytes?: number
}

export interface ExchangeResult {
  status: number
  headers: IncomingHttpHeaders
  startedAt: number
  /** When the request had been handed over (the end of the upload body, for POST). */
  sentAt: number
  headersAt: number
  endedAt: number
  bodyBytes: number
  serverMs: number
  /** The first bytes of a small body, to spot an HTML page in place of data. */
  peek: string
}

/** Thrown when our own signal ended the request: not a failure of the network. */
export class StoppedError extends Error {
  override name = 'StoppedError'
}

async function writeBody(
  req: ReturnType<Link['request']>,
  bytes: number,
  options: ExchangeOptions,
): Promise<void> {
  let left = bytes
  while (left > 0 && !req.destroyed && !options.signal.aborted) {
    const size = Math.min(UPLOAD_CHUNK.length, left)
    left -= size
    const flushed = req.write(UPLOAD_CHUNK.subarray(0, size))
    options.onSent?.(size)
    if (!flushed) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          req.off('drain', done).off('close', done)
          resolve()
        }
        req.on('drain', done).on('close', done)
      })
    }
  }
  req.end()
}

/**
 * One HTTP exchange on a link, with a stall timeout and our abort signal. Rejects with a
 * MeasureError for anything the network or server did wrong, or StoppedError if we stopped it.
 */
export function exchange(
  link: Link,
  method: 'GET' | 'POST',
  path: string,
  options: ExchangeOptions,
): Promise<ExchangeResult> {
  const { now, signal } = options
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new StoppedError('stopped'))
    const startedAt = now()
    let sentAt = startedAt
    let settled = false
    const headers: Record<string, string> =
      options.uploadBytes !== undefined
        ? { 'content-type': 'application/octet-stream', 'content-length': String(options.uploadBytes) }
        : {}
    const req = link.request(method, path, headers)
    const finish = (error: Error | undefined, result?: ExchangeResult): void => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', onAbort)
      if (error) {
        req.destroy()
        reject(
          signal.aborted
            ? new StoppedError('stopped')
            : error instanceof StoppedError
              ? error
              : classifyError(error),
        )
      } else if (result) resolve(result)
    }
    const onAbort = (): void => finish(new StoppedError('stopped'))
    signal.addEventListener('abort', onAbort, { once: true })
    req.setTimeout(options.idleTimeoutMs, () =>
      finish(new MeasureError('stalled', `no answer for ${Math.round(options.idleTimeoutMs)} ms`)),
    )
    req.once('error', (error) => finish(error))
    req.once('finish', () => (sentAt = now()))
    req.once('response', (res) => {
      const headersAt = now()
      options.onHeaders?.(headersAt)
      const problem = classifyResponse(res.statusCode ?? 0, res.headers['content-type'])
      if (problem) {
        res.resume()
        return finish(problem)
      }
      const limit = options.maxBodyBytes ?? SMALL_BODY_LIMIT
      const declared = Number(res.headers['content-length'])
      if (Number.isFinite(declared) && declared > limit) {
        return finish(
          new MeasureError(
            'bad-response',
            `the server announced ${declared} bytes where at most ${limit} were asked for`,
          ),
        )
      }
      let bodyBytes = 0
      let peek = ''
      res.on('data', (chunk: Buffer) => {
        bodyBytes += chunk.length
        if (peek.length < 64) peek += chunk.subarray(0, 64).toString('latin1')
        options.onData?.(chunk.length, now())
        if (bodyBytes > limit) {
          finish(
            looksLikePageText(peek)
              ? new MeasureError('portal', 'an HTML page where data was expected')
              : new MeasureError('bad-response', `the server sent more than the ${limit} bytes asked for`),
          )
        }
      })
      res.once('aborted', () =>
        finish(new MeasureError('closed', 'the server closed the connection part-way')),
      )
      res.once('error', (error) => finish(error))
      res.once('end', () => {
        if (!res.complete)
          return finish(new MeasureError('closed', 'the server closed the connection part-way'))
        finish(undefined, {
          status: res.statusCode ?? 0,
          headers: res.headers,
          startedAt,
          sentAt,
          headersAt,
          endedAt: now(),
          bodyBytes,
          serverMs: serverTimeMs(res),
          peek,
        })
      })
    })
    if (options.uploadBytes !== undefined) void writeBody(req, options.uploadBytes, options)
    else req.end()
  })
}

/** A page where a probe expected no bytes at all is a sign-in page (a captive portal). */
export function looksLikePage(result: ExchangeResult): boolean {
  return looksLikePageText(result.peek)
}

function looksLikePageText(peek: string): boolean {
  return /<(!doctype|html|head|body|meta|title)/i.test(peek)
}
