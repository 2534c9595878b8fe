import type { SessionType, Status } from '../../report/model.js'

const statusRank: Record<Status, number> = { pass: 0, skip: 0, warn: 1, error: 2, fail: 3 }

export function worstStatus(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((worst, s) => (statusRank[s] > statusRank[worst] ? s : worst), 'pass')
}

/**
 * The threshold table per session type, from shared/research/speed.md ("Threshold table"):
 * Zoom and Teams bandwidth figures with 2.5x headroom, Teams network targets (RTT < 100 ms,
 * jitter < 30 ms, loss < 1%, burst < 10% per 200 ms), ITU-T G.114, Twilio's warning levels
 * (RTT 400 ms, jitter 30 ms, loss 3%) and the DSLReports/Waveform bufferbloat grades.
 * A figure passes when `pass` holds, fails when `fail` holds, and is a caution in between.
 */
export type Comparison = readonly ['<' | '<=' | '>' | '>=', number]

export interface Band {
  pass: Comparison
  fail: Comparison
}

export type MetricId = 'download' | 'upload' | 'latency' | 'bloat' | 'jitter' | 'loss' | 'mos'

export const thresholds: Record<SessionType, Partial<Record<MetricId, Band>>> = {
  video: {
    download: { pass: ['>=', 3], fail: ['<', 0.6] },
    upload: { pass: ['>=', 3], fail: ['<', 0.6] },
    latency: { pass: ['<=', 100], fail: ['>', 300] },
    bloat: { pass: ['<', 60], fail: ['>=', 400] },
    jitter: { pass: ['<=', 20], fail: ['>', 40] },
    loss: { pass: ['<', 1], fail: ['>', 3] },
  },
  audio: {
    download: { pass: ['>=', 0.3], fail: ['<', 0.1] },
    upload: { pass: ['>=', 0.3], fail: ['<', 0.1] },
    latency: { pass: ['<=', 150], fail: ['>', 400] },
    bloat: { pass: ['<', 100], fail: ['>=', 400] },
    jitter: { pass: ['<=', 30], fail: ['>', 60] },
    loss: { pass: ['<', 1], fail: ['>', 5] },
    // Estimated voice quality (Twilio's MOS formula), judged for audio sessions only.
    mos: { pass: ['>', 4.0], fail: ['<=', 3.5] },
  },
  text: {
    download: { pass: ['>=', 0.25], fail: ['<', 0.05] },
    upload: { pass: ['>=', 0.1], fail: ['<', 0.03] },
    latency: { pass: ['<=', 500], fail: ['>', 2000] },
  },
}

/** Figures timed by this program's own clock: a busy computer makes them look worse than the line is. */
export const TIMING_METRICS: readonly MetricId[] = ['latency', 'bloat', 'jitter', 'mos']

/**
 * p99 of the tool's own event-loop delay (ms) above which the computer counts as busy: every reply
 * was timestamped that much late at times, which is the size of the "extra delay" a busy 2-core
 * machine showed on an idle line (71-84 ms, issue 11). Idle machines stay in single digits.
 */
export const BUSY_EVENT_LOOP_P99_MS = 30

/** Video only: a burst of loss above this share of any 200 ms (10 probes) is red (Teams). */
export const VIDEO_BURST_LOSS_FAIL_PCT = 10

/** Sample counts for high and medium confidence, per kind of figure. */
export const confidenceSamples = {
  throughputWindows: { high: 10, medium: 4, highVariation: 0.15, mediumVariation: 0.35 },
  latency: { high: 20, medium: 10 },
  jitter: { high: 100, medium: 20 },
  loaded: { high: 10, medium: 4 },
  loss: { high: 300, medium: 100 },
} as const

/** Latency increase under load, graded as DSLReports and Waveform do (ms, upper bounds). */
export const bufferbloatGrades: readonly (readonly [string, number])[] = [
  ['A+', 5],
  ['A', 30],
  ['B', 60],
  ['C', 200],
  ['D', 400],
  ['F', Number.POSITIVE_INFINITY],
]

/**
 * Estimated mean opinion score of a voice call, 1 to 5, with Twilio's formula (twilio-voice.js
 * lib/twilio/rtc/mos.ts, the E-model simplified): EL = RTT + 2*jitter + 10; R falls with EL and
 * with loss in percent; MOS = 1 + 0.035R + 7e-6 R(R-60)(100-R).
 */
export function estimateMos(rttMs: number, jitterMs: number, lossPct: number): number {
  const effective = rttMs + 2 * jitterMs + 10
  let r = effective < 160 ? 94.768 - effective / 40 : effective < 1000 ? 94.768 - (effective - 120) / 10 : 0
  r = lossPct <= r / 2.5 ? Math.max(r - 2.5 * lossPct, 6.52) : 0
  return 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r)
}

export function holds([op, limit]: Comparison, value: number): boolean {
  switch (op) {
    case '<':
      return value < limit
    case '<=':
      return value <= limit
    case '>':
      return value > limit
    case '>=':
      return value >= limit
  }
}

export function gradeBufferbloat(increaseMs: number): string {
  return bufferbloatGrades.find(([, limit]) => increaseMs < limit)?.[0] ?? 'F'
}

/** The rates a session needs, in Mbit/s: proving them with margin lets a direction stop early. */
export function needFor(session: SessionType): { download: number; upload: number } {
  const table = thresholds[session]
  return { download: table.download?.pass[1] ?? 0, upload: table.upload?.pass[1] ?? 0 }
}

export function judge(session: SessionType, metric: MetricId, value: number | undefined): Status | undefined {
  const band = thresholds[session][metric]
  if (!band || value === undefined || !Number.isFinite(value)) return undefined
  if (holds(band.pass, value)) return 'pass'
  return holds(band.fail, value) ? 'fail' : 'warn'
}

export function isBusy(eventLoopDelayMs: number | undefined): boolean {
  return eventLoopDelayMs !== undefined && eventLoopDelayMs > BUSY_EVENT_LOOP_P99_MS
}
