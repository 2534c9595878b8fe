import { DataBudget } from './budget.js'
import { MeasureError } from './errors.js'
import { exchange, StoppedError } from './exchange.js'
import { Link, type Target } from './link.js'
import { ByteTimeline, coefficientOfVariation, median, ReadLog } from './stats.js'
import {
  estimateRate,
  isProven,
  MAX_REQUEST,
  provenUploadRate,
  toMbps,
  WINDOW_MS,
  type RunEnd,
  type UploadAck,
} from './rate.js'
import type { ThroughputFigures } from './types.js'

// The pure parts moved to rate.ts, which the browser's engine shares; kept here for importers.
export { estimateRate, provenUploadRate, type UploadAck } from './rate.js'

export interface DirectionOptions {
  direction: 'download' | 'upload'
  target: Target
  streams: number
  /** The phase ends here at the latest (monotonic ms). */
  deadline: number
  /** Left out of the figure: TCP slow start and filling buffers. */
  graceMs: number
  /** Stop early once this rate is proven with margin (Mbit/s); 0 never stops early. */
  needMbps: number
  /** Least time measured after the grace before an early stop. */
  minMeasureMs: number
  budget: DataBudget
  /** Idle round trip, to place upload bytes in the time the server received them. */
  idleRttMs: number
  signal: AbortSignal
  now: () => number
  idleTimeoutMs: number
  /** Called on every throughput check, for the progress line. */
  onProgress?(mbps: number): void
}

/** The byte count the server's answer states ({"bytes":N}), if it states one. */
function serverCount(peek: string): number | undefined {
  const stated = /^\s*\{\s*"bytes"\s*:\s*(\d{1,15})\s*\}/.exec(peek)?.[1]
  return stated === undefined ? undefined : Number(stated)
}

interface StreamState {
  /** Until when this stream's bytes are fully accounted (uploads are counted when acknowledged). */
  accountedUntil: number
  /** The stream has ended; it holds back no unacknowledged bytes. */
  done: boolean
}

async function runDownloadStream(
  options: DirectionOptions,
  link: Link,
  timeline: ByteTimeline,
  signal: AbortSignal,
  state: StreamState,
  reads: ReadLog,
  index: number,
) {
  const { budget } = options
  for (;;) {
    const size = budget.reserve(Math.min(MAX_REQUEST, Math.floor(budget.left / options.streams) + 1))
    if (size <= 0) return 'capped'
    let received = 0
    try {
      await exchange(link, 'GET', `__down?bytes=${size}`, {
        ...options,
        signal,
        maxBodyBytes: size,
        onData: (bytes, at) => {
          received += bytes
          budget.spend(bytes)
          timeline.add(at, bytes)
          reads.add(index, at, bytes)
          state.accountedUntil = at
        },
      })
    } finally {
      budget.release(size - received)
    }
  }
}

async function runUploadStream(
  options: DirectionOptions,
  link: Link,
  timeline: ByteTimeline,
  signal: AbortSignal,
  state: StreamState,
  acks: UploadAck[],
) {
  const { budget, now } = options
  let size = 32 * 1024
  for (;;) {
    const granted = budget.reserve(size)
    if (granted <= 0) return 'capped'
    let sent = 0
    try {
      const result = await exchange(link, 'POST', '__up', {
        ...options,
        signal,
        uploadBytes: granted,
        onSent: (bytes) => ((sent += bytes), budget.spend(bytes)),
      })
      // Bytes count only once the server has answered for them: the client's socket buffers
      // would otherwise flatter the figure. They are spread over the time the server was receiving.
      const half = Math.min(options.idleRttMs / 2, (result.headersAt - result.startedAt) / 4)
      // What the server says it received, never more than was sent.
      const received = Math.min(granted, serverCount(result.peek) ?? granted)
      timeline.spread(result.startedAt + half, result.headersAt - half, received)
      acks.push({ startedAt: result.startedAt, headersAt: result.headersAt, bytes: received })
      state.accountedUntil = result.headersAt
      // Aim for requests of about 250 ms, growing at most twofold at a time: the first small
      // requests vanish into socket buffers and make the link look faster than it is.
      const perStream = granted / Math.max(1, result.headersAt - result.startedAt)
      size = Math.round(Math.min(16e6, 2 * size, Math.max(16 * 1024, perStream * 250)))
    } finally {
      budget.release(granted - sent)
    }
    if (now() >= options.deadline) return 'done'
  }
}

/**
 * Download or upload over parallel streams, each on its own connection. The figure is the average
 * after the grace period (see estimateRate). It stops at the deadline, when the data cap is
 * spent, or early once the session's need is proven with margin.
 */
export async function measureDirection(options: DirectionOptions): Promise<ThroughputFigures> {
  const { now, direction } = options
  const started = now()
  const timeline = new ByteTimeline(started)
  const controller = new AbortController()
  const onParentAbort = (): void => controller.abort()
  options.signal.addEventListener('abort', onParentAbort, { once: true })
  const links = Array.from({ length: options.streams }, () => new Link(options.target, now))
  const states: StreamState[] = links.map(() => ({ accountedUntil: started, done: false }))
  let failure: unknown
  let capped = false
  let stoppedEarly = false
  const reads = new ReadLog()
  const acks: UploadAck[] = []
  const streams = links.map(async (link, i) => {
    const state = states[i] as StreamState
    try {
      const ended =
        direction === 'download'
          ? await runDownloadStream(options, link, timeline, controller.signal, state, reads, i)
          : await runUploadStream(options, link, timeline, controller.signal, state, acks)
      if (ended === 'capped') capped = true
      state.done = true
    } catch (error) {
      if (!(error instanceof StoppedError) && !controller.signal.aborted) {
        failure ??= error
        controller.abort()
      }
    }
  })
  const allDone = Promise.all(streams)
  let finished = false
  void allDone.then(() => (finished = true))
  const graceEnd = started + options.graceMs
  while (!finished && !controller.signal.aborted && now() < options.deadline) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, Math.max(1, options.deadline - now()))))
    const until = accountedUntil(direction, states, now())
    const rates = timeline.windowRates(graceEnd, until, WINDOW_MS)
    if (rates.length) options.onProgress?.(toMbps(median(rates)))
    if (isProven(rates, options.needMbps, until - graceEnd, options.minMeasureMs)) {
      stoppedEarly = true
      break
    }
  }
  const stoppedAt = now()
  controller.abort()
  await allDone
  options.signal.removeEventListener('abort', onParentAbort)
  for (const link of links) link.close()
  if (failure) throw failure
  if (options.signal.aborted) throw new StoppedError('stopped')
  // Downloads are timed by their reads (robust to a busy computer's lumps); uploads by the server's acknowledgements.
  const rateBetween =
    direction === 'download'
      ? (a: number, b: number) => reads.rateBetween(a, b)
      : (a: number, b: number) => timeline.rateBetween(a, b)
  // A lower bound of an upload is held to what the acknowledgements prove was delivered.
  const proven = direction === 'upload' ? (a: number, b: number) => provenUploadRate(acks, a, b) : undefined
  return summarize(timeline, rateBetween, proven, direction, states, {
    started,
    stoppedAt,
    graceEnd,
    capped,
    stoppedEarly,
    streams: options.streams,
  })
}

/** Download bytes count on arrival; upload bytes only up to the oldest unacknowledged request of a running stream. */
function accountedUntil(direction: DirectionOptions['direction'], states: StreamState[], at: number): number {
  if (direction === 'download') return at
  const running = states.filter((s) => !s.done)
  return running.length
    ? Math.min(...running.map((s) => s.accountedUntil))
    : Math.max(...states.map((s) => s.accountedUntil))
}

function summarize(
  timeline: ByteTimeline,
  rateBetween: (fromMs: number, toMs: number) => number,
  proven: ((fromMs: number, toMs: number) => number) | undefined,
  direction: DirectionOptions['direction'],
  states: StreamState[],
  run: RunEnd,
): ThroughputFigures {
  const until = accountedUntil(direction, states, run.stoppedAt)
  const bytes = timeline.bins.reduce((sum, b) => sum + b, 0)
  if (bytes === 0) throw new MeasureError('stalled', `no ${direction} data arrived`)
  const rates = timeline.windowRates(run.graceEnd, until, WINDOW_MS)
  return {
    ...estimateRate(rateBetween, timeline, until, run, proven),
    windows: rates.length,
    variation: coefficientOfVariation(rates),
    bytes: Math.round(bytes),
    streams: run.streams,
    stoppedEarly: run.stoppedEarly,
    capped: run.capped,
  }
}
