/// <reference lib="dom" />
/**
 * The connection check in the browser: the same measurement plan as the CLI's engine
 * (src/net/phase-plan.ts, src/net/stats.ts, src/net/rate.ts), over fetch and streams against
 * `serve`'s endpoints, judged by the connection check's own evaluate for the session type.
 *
 * Packet loss is not measured here. The CLI measures it with UDP probes (STUN); a page cannot send
 * UDP, and the one way round it, a WebRTC data channel in unreliable mode to `serve`, would need a
 * WebRTC stack inside `serve` (werift: pure TypeScript but several megabytes with its own DTLS and
 * SCTP; node-datachannel: native binaries per platform), against the one dependency-free file the
 * package ships. So the outcome says plainly that loss was not measured, and marks it not checked.
 */
import type { CheckOutcome } from '../../checks/types.js'
import { evaluateConnection } from '../../checks/connection/evaluate.js'
import { needFor } from '../../checks/connection/thresholds.js'
import { DEFAULT_MAX_BYTES } from '../../net/endpoints.js'
import type { Measurement, SessionType } from '../../report/model.js'
import type { Msg } from '../../messages/index.js'
import { measureInBrowser } from './engine.js'
import { baseOf, resourceDelivery } from './http.js'

export interface MeasureInput {
  /** serve's address, as the page's config.json names it ('' or '/': the page's own origin). */
  endpoint: string
  session: SessionType
  msg: Msg
  signal: AbortSignal
  /** Milliseconds from a monotonic clock (performance.now in the page). */
  now: () => number
  fetch: typeof fetch
  onProgress?: (text: string) => void
}

/** The CLI's budget without --quick (connection/index.ts, budgetFor): ten seconds. */
export const BROWSER_BUDGET_MS = 10_000

/** The row that says loss was not measured, beside the figures that were. */
function lossNotMeasured(m: Msg): Measurement {
  return {
    id: 'lossTest',
    label: m('connection.label.lossUntested'),
    value: m('connection.value.untestedBrowser'),
    status: 'skip',
  }
}

export async function measureConnectionInBrowser(input: MeasureInput): Promise<CheckOutcome> {
  const { msg: m } = input
  const page = typeof location === 'undefined' ? undefined : location.href
  // Room for every request's Resource Timing entry (the browser keeps 250 by default); a run makes
  // about 150, and the network's timing of each is what the figures rest on.
  globalThis.performance?.setResourceTimingBufferSize?.(1000)
  const snapshot = await measureInBrowser({
    transport: {
      base: baseOf(input.endpoint, page),
      fetch: input.fetch,
      now: input.now,
      delivery: resourceDelivery,
    },
    budgetMs: BROWSER_BUDGET_MS,
    maxBytes: DEFAULT_MAX_BYTES,
    quick: false,
    needMbps: needFor(input.session),
    signal: input.signal,
    onProgress: (phase) => input.onProgress?.(m(`connection.progress.${phase}`)),
  })
  const outcome = evaluateConnection(snapshot, input.session, m)
  if (snapshot.failure || input.session === 'text') return outcome
  return {
    ...outcome,
    summary: `${outcome.summary} ${m('connection.note.lossBrowser')}`,
    measurements: [...(outcome.measurements ?? []), lossNotMeasured(m)],
    details: { ...outcome.details, notMeasured: ['packetLoss'], measuredIn: 'browser' },
  }
}
