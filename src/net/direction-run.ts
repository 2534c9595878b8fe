/**
 * One direction's run, shared by both engines: the CLI's (throughput.ts, each stream on its own
 * Node socket) and the browser's (src/web/measure/direction.ts, each stream a chain of fetches).
 * The engine brings how one stream moves its bytes; this starts the streams, checks every 100 ms
 * whether the session's need is proven, stops them at the deadline, the data cap or the proof,
 * and reads the figure from what they recorded (rate.ts). No Node and no DOM here.
 */
import { estimateRate, isProven, toMbps, WINDOW_MS, type RunEnd, type UploadAck } from './rate.js'
import { ByteTimeline, coefficientOfVariation, median, ReadLog } from './stats.js'
import { MeasureError } from './errors.js'
import type { ThroughputFigures } from './types.js'

export interface StreamState {
  /** Until when this stream's bytes are fully accounted (uploads are counted when acknowledged). */
  accountedUntil: number
  /** The stream has ended; it holds back no unacknowledged bytes. */
  done: boolean
}

/** What one stream records into, and the signal that stops it. */
export interface StreamContext {
  index: number
  state: StreamState
  timeline: ByteTimeline
  reads: ReadLog
  acks: UploadAck[]
  /** The end of the grace (slow start), on the run's clock. */
  graceEnd: number
  signal: AbortSignal
}

export interface DirectionRun {
  direction: 'download' | 'upload'
  streams: number
  /** The phase ends here at the latest. */
  deadline: number
  graceMs: number
  minMeasureMs: number
  /** Stop early once this rate is proven with margin (Mbit/s); 0 never stops early. */
  needMbps: number
  signal: AbortSignal
  now: () => number
  wait: (ms: number) => Promise<void>
  onProgress?(mbps: number): void
  /** Moves one stream's bytes until the data cap ('capped'), its own end ('done'), or its signal (throws). */
  stream(context: StreamContext): Promise<'capped' | 'done'>
  /** An error that is the stop itself, not a failure. */
  isStop(error: unknown): boolean
  /** The failure a stream's error stands for. */
  failureOf(error: unknown): unknown
  /** What the run throws when the caller's signal stopped it. */
  stopped(): unknown
  /** Downloads: by each stream's reads (robust to a busy computer's lumps); uploads: by the acknowledged bytes. */
  rateBy: 'reads' | 'timeline'
  /** What the records prove was delivered; a lower bound is never above it. */
  proven?: (acks: readonly UploadAck[], fromMs: number, untilMs: number) => number
}

/** Download bytes count on arrival; upload bytes only up to the oldest unanswered request of a running stream. */
function accountedUntil(direction: DirectionRun['direction'], states: StreamState[], at: number): number {
  if (direction === 'download') return at
  const running = states.filter((s) => !s.done)
  return running.length
    ? Math.min(...running.map((s) => s.accountedUntil))
    : Math.max(...states.map((s) => s.accountedUntil))
}

/**
 * Runs the streams in parallel and returns the direction's figures (see estimateRate). Throws the
 * first stream's failure, or `stopped()` when the caller's signal ended the run.
 */
export async function runDirection(run: DirectionRun): Promise<ThroughputFigures> {
  const { now, direction } = run
  const started = now()
  const graceEnd = started + run.graceMs
  const timeline = new ByteTimeline(started)
  const reads = new ReadLog()
  const acks: UploadAck[] = []
  const controller = new AbortController()
  const onParentAbort = (): void => controller.abort()
  run.signal.addEventListener('abort', onParentAbort, { once: true })
  const states: StreamState[] = Array.from({ length: run.streams }, () => ({
    accountedUntil: started,
    done: false,
  }))
  let failure: unknown
  let capped = false
  let stoppedEarly = false
  const streams = states.map(async (state, index) => {
    try {
      const ended = await run.stream({
        index,
        state,
        timeline,
        reads,
        acks,
        graceEnd,
        signal: controller.signal,
      })
      if (ended === 'capped') capped = true
      state.done = true
    } catch (error) {
      if (!controller.signal.aborted && !run.isStop(error)) {
        failure ??= run.failureOf(error)
        controller.abort()
      }
    }
  })
  const allDone = Promise.all(streams)
  let finished = false
  void allDone.then(() => (finished = true))
  while (!finished && !controller.signal.aborted && now() < run.deadline) {
    await run.wait(Math.min(100, Math.max(1, run.deadline - now())))
    const until = accountedUntil(direction, states, now())
    const rates = timeline.windowRates(graceEnd, until, WINDOW_MS)
    if (rates.length) run.onProgress?.(toMbps(median(rates)))
    if (isProven(rates, run.needMbps, until - graceEnd, run.minMeasureMs)) {
      stoppedEarly = true
      break
    }
  }
  const stoppedAt = now()
  controller.abort()
  await allDone
  run.signal.removeEventListener('abort', onParentAbort)
  if (failure) throw failure
  if (run.signal.aborted) throw run.stopped()
  const until = accountedUntil(direction, states, stoppedAt)
  const bytes = timeline.bins.reduce((sum, b) => sum + b, 0)
  if (bytes === 0) throw new MeasureError('stalled', `no ${direction} data arrived`)
  const end: RunEnd = { started, stoppedAt, graceEnd, capped, stoppedEarly, streams: run.streams }
  const rateBetween =
    run.rateBy === 'reads'
      ? (a: number, b: number) => reads.rateBetween(a, b)
      : (a: number, b: number) => timeline.rateBetween(a, b)
  const { proven } = run
  const figures = estimateRate(
    rateBetween,
    timeline,
    until,
    end,
    proven ? (a: number, b: number) => proven(acks, a, b) : undefined,
  )
  const rates = timeline.windowRates(graceEnd, until, WINDOW_MS)
  return {
    ...figures,
    windows: rates.length,
    variation: coefficientOfVariation(rates),
    bytes: Math.round(bytes),
    streams: run.streams,
    stoppedEarly,
    capped,
  }
}
