/// <reference lib="dom" />
import type { DataBudget } from '../../net/budget.js'
import { runDirection, type DirectionRun, type StreamContext } from '../../net/direction-run.js'
import { MeasureError } from '../../net/errors.js'
import { MAX_REQUEST, provenRateOverStretches, toMbps, WINDOW_MS } from '../../net/rate.js'
import { median, type ByteTimeline } from '../../net/stats.js'
import type { ThroughputFigures } from '../../net/types.js'
import { addressOf, checkResponse, classifyFetchError, isAbort, requestInit, type Transport } from './http.js'

/** One direction's run as the shared loop takes it (src/net/direction-run.ts), less the clock, plus the page's own needs. */
export interface DirectionOptions
  extends Pick<
    DirectionRun,
    'direction' | 'streams' | 'deadline' | 'graceMs' | 'minMeasureMs' | 'needMbps' | 'signal'
  > {
  budget: DataBudget
  /** Idle round trip, to place upload bytes in the time the server was receiving them. */
  idleRttMs: number
  wait: (ms: number) => Promise<void>
}

/** Random bytes for uploads (so nothing on the way can compress them), made once per run. */
function randomChunk(): Uint8Array<ArrayBuffer> {
  const chunk = new Uint8Array(64 * 1024)
  globalThis.crypto.getRandomValues(chunk)
  return chunk
}

function bodyOf(chunk: Uint8Array<ArrayBuffer>, bytes: number): Blob {
  const parts: Uint8Array<ArrayBuffer>[] = []
  for (let left = bytes; left > 0; left -= chunk.length)
    parts.push(chunk.subarray(0, Math.min(left, chunk.length)))
  // No type: a request without Content-Type needs no CORS preflight on a static page's endpoint.
  return new Blob(parts)
}

/** A stream's first download request: small, to learn its rate before the grace ends. */
const FIRST_DOWNLOAD = 64 * 1024
const MIN_DOWNLOAD = 16 * 1024
/** After the grace, each download request lasts about this long. */
const DOWNLOAD_REQUEST_MS = 250

/**
 * The size of a stream's next download request. Before the grace ends, one that ends when it
 * ends, so the measured stretch opens with fresh requests: their bytes all arrive inside it, and
 * the network's timing of them can prove the rate (see measureDirection). After it, requests of
 * about a quarter of a second, so the ones cut off at the end hold little. Pure.
 */
export function nextDownloadSize(bytesPerMs: number, now: number, graceEnd: number, rttMs: number): number {
  if (bytesPerMs <= 0) return FIRST_DOWNLOAD
  const left = graceEnd - now
  if (left > rttMs + 50) return Math.max(MIN_DOWNLOAD, Math.round(bytesPerMs * (left - rttMs)))
  return Math.max(FIRST_DOWNLOAD, Math.round(bytesPerMs * DOWNLOAD_REQUEST_MS))
}

async function downloadStream(
  transport: Transport,
  options: DirectionOptions,
  record: StreamContext,
): Promise<'capped'> {
  const { budget } = options
  const { signal } = record
  let bytesPerMs = 0
  for (;;) {
    const wanted = nextDownloadSize(bytesPerMs, transport.now(), record.graceEnd, options.idleRttMs)
    const size = budget.reserve(Math.min(MAX_REQUEST, wanted, Math.floor(budget.left / options.streams) + 1))
    if (size <= 0) return 'capped'
    let received = 0
    let lastReadAt = 0
    let whole = false
    const startedAt = transport.now()
    const url = addressOf(transport, `__down?bytes=${size}`)
    try {
      const response = await transport.fetch(url, { ...requestInit, signal })
      checkResponse(response)
      if (!response.body) throw new MeasureError('bad-response', 'the answer had no body')
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        const at = transport.now()
        const bytes = value.byteLength
        received += bytes
        if (received > size)
          throw new MeasureError('bad-response', `the server sent more than the ${size} bytes asked for`)
        budget.spend(bytes)
        record.timeline.add(at, bytes)
        record.reads.add(record.index, at, bytes)
        record.state.accountedUntil = at
        lastReadAt = at
      }
      whole = true
      const doneAt = transport.now()
      // The network's own span for the body when the browser has it (Resource Timing); else from
      // before the request left to after its last byte was read, on the page's clock. Either way
      // every byte arrived inside it, so no rate resting on it is above what the line delivered.
      const delivered = transport.delivery?.(url)
      record.acks.push(
        delivered && delivered.firstByteAt >= startedAt
          ? { startedAt: delivered.firstByteAt, headersAt: delivered.lastByteAt, bytes: received }
          : { startedAt, headersAt: doneAt, bytes: received },
      )
      bytesPerMs = received / Math.max(1, doneAt - startedAt)
    } finally {
      budget.release(size - received)
      // Cut off when the phase ended: what was read had arrived after the request left and by the
      // time it was read.
      if (!whole && received > 0) record.acks.push({ startedAt, headersAt: lastReadAt, bytes: received })
    }
  }
}

/** The byte count the server's answer states ({"bytes":N}), if it states one. */
function statedBytes(text: string): number | undefined {
  const stated = /^\s*\{\s*"bytes"\s*:\s*(\d{1,15})\s*\}/.exec(text)?.[1]
  return stated === undefined ? undefined : Number(stated)
}

async function uploadStream(
  transport: Transport,
  options: DirectionOptions,
  record: StreamContext,
  chunk: Uint8Array<ArrayBuffer>,
): Promise<'capped' | 'done'> {
  const { budget } = options
  let size = 32 * 1024
  for (;;) {
    const granted = budget.reserve(size)
    if (granted <= 0) return 'capped'
    let spent = false
    try {
      const startedAt = transport.now()
      const response = await transport.fetch(addressOf(transport, '__up'), {
        ...requestInit,
        method: 'POST',
        body: bodyOf(chunk, granted),
        signal: record.signal,
      })
      const headersAt = transport.now()
      budget.spend(granted)
      spent = true
      const text = await response.text()
      checkResponse(response)
      // Bytes count only as the server says it received them, never more than were sent, and
      // only once it has answered: the browser's buffers would otherwise flatter the figure.
      const received = Math.min(granted, statedBytes(text) ?? 0)
      if (received === 0)
        throw new MeasureError('bad-response', 'the server did not say how many bytes it received')
      const half = Math.min(options.idleRttMs / 2, (headersAt - startedAt) / 4)
      record.timeline.spread(startedAt + half, headersAt - half, received)
      record.acks.push({ startedAt, headersAt, bytes: received })
      record.state.accountedUntil = headersAt
      // Requests of about 250 ms, growing at most twofold at a time, as the CLI's engine does.
      const perStream = received / Math.max(1, headersAt - startedAt)
      size = Math.round(Math.min(16e6, 2 * size, Math.max(16 * 1024, perStream * 250)))
    } finally {
      if (!spent) budget.release(granted)
    }
    if (transport.now() >= options.deadline) return 'done'
  }
}

/**
 * Download or upload over parallel requests, judged as the CLI's engine judges them: the same run
 * (src/net/direction-run.ts: grace, early stop once the need is proven, deadline, data cap) and
 * the same figure from the bytes over time (src/net/rate.ts). A lower bound is held to what the
 * requests prove was delivered: for an upload the server's acknowledgements (the bytes it says it
 * received, never the bytes the page handed the browser); for a download each answer's bytes over
 * the span the network delivered them in (Resource Timing), as the page's reads lag the wire when
 * it is busy and can flatter a short stretch.
 */
export async function measureDirection(
  transport: Transport,
  options: DirectionOptions,
): Promise<ThroughputFigures> {
  const { direction } = options
  const chunk = direction === 'upload' ? randomChunk() : new Uint8Array(0)
  return runDirection({
    ...options,
    now: transport.now,
    stream: (record) =>
      direction === 'download'
        ? downloadStream(transport, options, record)
        : uploadStream(transport, options, record, chunk),
    isStop: isAbort,
    failureOf: (error) => (error instanceof MeasureError ? error : classifyFetchError(error)),
    stopped: () => new MeasureError('stalled', 'the time budget ran out'),
    rateBy: direction === 'download' ? 'reads' : 'timeline',
    proven: provenRateOverStretches,
  })
}

/** The median of the windows so far, for a progress line. */
export function progressMbps(timeline: ByteTimeline, from: number, until: number): number {
  return toMbps(median(timeline.windowRates(from, until, WINDOW_MS)))
}
