/**
 * How one direction's figure is read from its bytes over time, and when a direction may stop
 * early. Pure, and shared by both engines: the CLI's (throughput.ts, over Node sockets) and the
 * browser's (src/web/measure/, over fetch and streams), so they judge the same bytes the same way.
 */
import { percentile, type ByteTimeline } from './stats.js'
import type { ThroughputFigures } from './types.js'

/** Sliding windows of this length give the rates an early stop is judged on. */
export const WINDOW_MS = 500
/** The largest single download request. */
export const MAX_REQUEST = 25e6
const EARLY_STOP_MARGIN = 1.5

export function toMbps(bytesPerSecond: number): number {
  return (bytesPerSecond * 8) / 1e6
}

/** One upload request the server acknowledged: it had received `bytes` by the time it answered. */
export interface UploadAck {
  startedAt: number
  headersAt: number
  bytes: number
}

/**
 * The upload rate the acknowledgements prove, in bytes per second: the bytes of the requests
 * started at or after `fromMs` and answered by `untilMs`, over the span from the first of them
 * starting to the last answer. Every one of those bytes reached the server inside that span (it
 * answers only once it has the whole body), so the figure can never exceed what the link
 * delivered, whatever the socket buffers, the round trip or the edges of the stretch. If no
 * request started after `fromMs`, every request answered by `untilMs` counts, slow start and all.
 * NaN if there is none. Pure.
 */
export function provenUploadRate(acks: readonly UploadAck[], fromMs: number, untilMs: number): number {
  const answered = acks.filter((a) => a.headersAt <= untilMs)
  const after = answered.filter((a) => a.startedAt >= fromMs)
  const counted = after.length ? after : answered
  if (counted.length === 0) return Number.NaN
  const start = Math.min(...counted.map((a) => a.startedAt))
  const end = Math.max(...counted.map((a) => a.headersAt))
  if (end <= start) return Number.NaN
  return (counted.reduce((sum, a) => sum + a.bytes, 0) * 1000) / (end - start)
}

/**
 * The most the requests prove was delivered over any stretch that opens at or before `fromMs` (at
 * `fromMs` itself, or where a request started) and closes by `untilMs`: for each opening, what
 * `provenUploadRate` proves from there. Each is a proof on its own, so the most of them is never
 * above what the link delivered over that stretch. Requests cut across by an opening count in
 * none of its bytes; an earlier opening (as far back as the first request, slow start and all)
 * takes in the long ones that straddle `fromMs`, which on a few parallel streams are most of
 * them. Used by the browser, whose requests are timed by the network (Resource Timing) or
 * acknowledged by the server. NaN if nothing was delivered by `untilMs`. Pure.
 */
export function provenRateOverStretches(acks: readonly UploadAck[], fromMs: number, untilMs: number): number {
  const answered = acks.filter((a) => a.headersAt <= untilMs)
  const openings = new Set([fromMs, ...answered.map((a) => a.startedAt).filter((at) => at <= fromMs)])
  let best = Number.NaN
  for (const opening of openings) {
    const counted = answered.filter((a) => a.startedAt >= opening)
    if (counted.length === 0) continue
    const rate = provenUploadRate(counted, opening, untilMs)
    if (Number.isFinite(rate) && !(rate <= best)) best = rate
  }
  return best
}

/** The session's need is proven with margin: the slowest tenth of the windows is half as fast again. */
export function isProven(
  rates: number[],
  needMbps: number,
  measuredMs: number,
  minMeasureMs: number,
): boolean {
  if (needMbps <= 0 || measuredMs < minMeasureMs || rates.length < 4) return false
  return toMbps(percentile(rates, 0.1)) >= needMbps * EARLY_STOP_MARGIN
}

/** The second half of the measured stretch faster than the first by more than this: still climbing. */
const CLIMBING = 0.1
/** Each half must be at least this long to tell a climbing rate from a steady one. */
const MIN_HALF_MS = 250

export interface RunEnd {
  started: number
  stoppedAt: number
  graceEnd: number
  capped: boolean
  stoppedEarly: boolean
  streams: number
}

/**
 * The rate of one direction, pure over `rateBetween` (download: the reads of each stream; upload:
 * the acknowledged bytes). The figure is the average over the whole stretch after the grace,
 * steadier than the median of short windows, which a busy computer reading its sockets in lumps
 * could swing by a fifth. It is a lower bound, with the reason, when the direction stopped early
 * (the need was proven, not the most the line gives), or when the second half of the stretch was
 * clearly faster than the first (still climbing when the data cap or the time ended it). The
 * figure is always the whole stretch's average, so a lower bound errs low, never high.
 */
export function estimateRate(
  rateBetween: (fromMs: number, toMs: number) => number,
  timeline: ByteTimeline,
  until: number,
  run: RunEnd,
  /** What the evidence proves was delivered (uploads: the acknowledgements); a lower bound never exceeds it. */
  proven?: (fromMs: number, toMs: number) => number,
): Pick<ThroughputFigures, 'mbps' | 'measuredMs' | 'graceMs' | 'bound' | 'boundReason'> {
  const figures = estimateFromTimeline(rateBetween, timeline, until, run)
  if (figures.bound !== 'lower' || !proven) return figures
  const from = until - figures.measuredMs
  const most = proven(from, until)
  return Number.isFinite(most) && toMbps(most) < figures.mbps ? { ...figures, mbps: toMbps(most) } : figures
}

function estimateFromTimeline(
  rateBetween: (fromMs: number, toMs: number) => number,
  timeline: ByteTimeline,
  until: number,
  run: RunEnd,
): Pick<ThroughputFigures, 'mbps' | 'measuredMs' | 'graceMs' | 'bound' | 'boundReason'> {
  const reason: ThroughputFigures['boundReason'] = run.stoppedEarly
    ? 'need-proven'
    : run.capped
      ? 'data-cap'
      : 'time'
  const measured = until - run.graceEnd
  const whole = rateBetween(run.graceEnd, until)
  if (measured >= 2 * MIN_HALF_MS && Number.isFinite(whole)) {
    const middle = run.graceEnd + measured / 2
    const first = rateBetween(run.graceEnd, middle)
    const second = rateBetween(middle, until)
    const common = { measuredMs: measured, graceMs: run.graceEnd - run.started }
    // Still climbing: the whole stretch's average, below the true rate, so a lump of reads that
    // looks like a climb can never push a lower bound above what the line carries.
    if (second > first * (1 + CLIMBING))
      return { mbps: toMbps(whole), ...common, bound: 'lower', boundReason: reason }
    // Stopped early on purpose: the rate proven, not the most the line can give.
    return {
      mbps: toMbps(whole),
      ...common,
      ...(run.stoppedEarly ? { bound: 'lower' as const, boundReason: reason } : {}),
    }
  }
  // Too short to tell (--quick, or a small --max-data on a fast link): the average over what there
  // is, after the grace if that ended, else over the whole run; either way only a lower bound.
  const from = measured >= 2 * timeline.binMs ? run.graceEnd : run.started
  const total = timeline.bins.reduce((sum, b) => sum + b, 0)
  const average = timeline.rateBetween(from, until)
  const rate = Number.isFinite(average)
    ? average
    : (total * 1000) / Math.max(timeline.binMs, run.stoppedAt - run.started)
  return {
    mbps: toMbps(rate),
    measuredMs: Math.max(0, until - from),
    graceMs: from === run.started ? 0 : run.graceEnd - run.started,
    bound: 'lower',
    boundReason: reason,
  }
}
