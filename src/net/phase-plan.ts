/**
 * The engine's phase plan: when each phase of a measurement ends, as shares of its time budget,
 * and the waits derived from the budget. The one place these numbers live (issue 15).
 *
 *   quiet       DNS, idle reply time and the judged UDP probes; nothing else of ours on the line
 *   download    then upload: parallel streams, each direction stopping early once the need is proven
 *   quiet tail  after the load has drained, more judged UDP probes in whatever time is left
 */
export const PHASE_PLAN = {
  default: {
    quietSendEnd: 0.2,
    quietEnd: 0.3,
    downloadEnd: 0.6,
    uploadEnd: 0.9,
    graceMs: 1000,
    // 1.5 s after the grace before an early stop: the edges of a shorter stretch swung the figure.
    minMeasureMs: 1500,
  },
  quick: {
    quietSendEnd: 0.2,
    quietEnd: 0.3,
    downloadEnd: 0.6,
    // Upload needs its grace, 350 ms and four half-second windows before it may stop early.
    uploadEnd: 0.95,
    graceMs: 250,
    minMeasureMs: 350,
  },
  /** DNS, connect, TLS and stall limits: this share of the budget, never more than waitCapMs. */
  waitShare: 0.3,
  waitCapMs: 3000,
  /** A UDP probe with no reply after this share of the budget (at most lateCapMs) is lost. */
  lateShare: 0.1,
  lateCapMs: 1000,
  /** Kept free at the end of the budget for closing connections and judging. */
  endMarginShare: 0.03,
  /** Judged UDP probes wanted in all: 300 clean probes prove "under 1%" (shared/research/speed.md). */
  wantedQuietProbes: 300,
  /** The quiet tail is sent only if at least this long is left for it. */
  minTailMs: 300,
  /** Idle reply-time probes on a warm connection. */
  idleProbes: 20,
  /** Reply-time probes under load, every this many ms, on their own connection. */
  loadedProbeIntervalMs: 100,
  /** STUN probes per second: the packet rate of a voice stream. */
  stunRate: 50,
} as const

export interface Phases {
  start: number
  end: number
  quietSendEnd: number
  quietEnd: number
  downloadEnd: number
  uploadEnd: number
  graceMs: number
  minMeasureMs: number
  waitMs: number
  lateMs: number
}

/** Absolute times (on the injected clock) of one run's phases. Pure. */
export function planPhases(budgetMs: number, quick: boolean, start: number): Phases {
  const shares = quick ? PHASE_PLAN.quick : PHASE_PLAN.default
  const at = (share: number): number => start + budgetMs * share
  return {
    start,
    end: at(1 - PHASE_PLAN.endMarginShare),
    quietSendEnd: at(shares.quietSendEnd),
    quietEnd: at(shares.quietEnd),
    downloadEnd: at(shares.downloadEnd),
    uploadEnd: at(shares.uploadEnd),
    graceMs: shares.graceMs,
    minMeasureMs: shares.minMeasureMs,
    waitMs: Math.min(PHASE_PLAN.waitCapMs, budgetMs * PHASE_PLAN.waitShare),
    lateMs: Math.min(PHASE_PLAN.lateCapMs, budgetMs * PHASE_PLAN.lateShare),
  }
}
