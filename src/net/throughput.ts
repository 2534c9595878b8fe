import { DataBudget } from './budget.js'
import { runDirection, type StreamContext } from './direction-run.js'
import { exchange, StoppedError } from './exchange.js'
import { Link, type Target } from './link.js'
import { MAX_REQUEST, provenUploadRate } from './rate.js'
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

async function runDownloadStream(
  options: DirectionOptions,
  link: Link,
  stream: StreamContext,
): Promise<'capped'> {
  const { budget } = options
  const { timeline, reads, state, index, signal } = stream
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
  stream: StreamContext,
): Promise<'capped' | 'done'> {
  const { budget, now } = options
  const { timeline, state, acks, signal } = stream
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
 * spent, or early once the session's need is proven with margin (direction-run.ts, shared with
 * the browser's engine).
 */
export async function measureDirection(options: DirectionOptions): Promise<ThroughputFigures> {
  const { now, direction } = options
  const links = Array.from({ length: options.streams }, () => new Link(options.target, now))
  try {
    return await runDirection({
      ...options,
      wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      stream: (stream) => {
        const link = links[stream.index] as Link
        return direction === 'download'
          ? runDownloadStream(options, link, stream)
          : runUploadStream(options, link, stream)
      },
      isStop: (error) => error instanceof StoppedError,
      failureOf: (error) => error,
      stopped: () => new StoppedError('stopped'),
      // Downloads are timed by their reads (robust to a busy computer's lumps); uploads by the
      // server's acknowledgements, and a lower bound is held to what they prove was delivered.
      rateBy: direction === 'download' ? 'reads' : 'timeline',
      ...(direction === 'upload' ? { proven: provenUploadRate } : {}),
    })
  } finally {
    for (const link of links) link.close()
  }
}
