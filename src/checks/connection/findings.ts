import type { SessionType, Status } from '../../report/model.js'
import type { ConnectionSnapshot } from '../../net/types.js'
import { isBusy, judge, TIMING_METRICS, VIDEO_BURST_LOSS_FAIL_PCT, type MetricId } from './thresholds.js'
import { judgedValues, lossOf, round } from './measurements.js'
import type { Msg } from '../../messages/index.js'
import * as words from './wording.js'

/**
 * The figures judged against the thresholds for one session type: each finding carries its status,
 * the problem in words and the keys of the steps that help. Pure.
 */

/** One judged figure; `phrase` names a problem for the summary: "the upload speed is too low (0.4 Mbit/s)". */
export type Finding = {
  metric: MetricId | 'udp' | 'busy'
  status: Status
  phrase?: string
  advice: words.AdviceKey[]
}

const METRICS: readonly MetricId[] = ['download', 'upload', 'latency', 'bloat', 'jitter', 'loss', 'mos']
const caution = (metric: Finding['metric'], phrase: string, advice: words.AdviceKey): Finding => ({
  metric,
  status: 'warn',
  phrase,
  advice: [advice],
})

function find(
  session: SessionType,
  metric: MetricId,
  figure: { value: number; shown: string },
  m: Msg,
): Finding | undefined {
  const status = judge(session, metric, figure.value)
  if (!status || status === 'pass') return status && { metric, status, advice: [] }
  const audio = session === 'video' && status === 'fail' && ['download', 'upload', 'loss'].includes(metric)
  const phrase = m(words.problemKeys[metric][status === 'fail' ? 'fail' : 'warn'], { value: figure.shown })
  return {
    metric,
    status,
    phrase,
    advice: [...words.stepsFor[metric], ...(audio ? (['audio'] as const) : [])],
  }
}

/** Video: a burst of loss is red even when the average is low (Teams: under 10% in any 200 ms). */
function burstFinding(
  session: SessionType,
  s: ConnectionSnapshot,
  found: Finding | undefined,
  m: Msg,
): Finding | undefined {
  const burst = lossOf(s)?.burst ?? 0
  if (!found || session !== 'video' || burst <= VIDEO_BURST_LOSS_FAIL_PCT || found.status === 'fail')
    return found
  const phrase = m('connection.problem.burst', { burst: round(burst) })
  return { metric: 'loss', status: 'fail', phrase, advice: [...words.stepsFor.loss, 'audio'] }
}

/** Loss seen while the STUN server said it was turning traffic away: some of it may be the server's. */
function serverShedding(s: ConnectionSnapshot, found: Finding | undefined): Finding | undefined {
  if (!found || found.status === 'pass' || !s.udp?.serverShedding) return found
  return { ...found, advice: ['serverBusy', ...found.advice] }
}

/** UDP blocked, or the loss test not run (its server's name not found): two different cautions. */
function findUdp(session: SessionType, udp: ConnectionSnapshot['udp'], m: Msg): Finding[] {
  if (session === 'text' || !udp) return []
  if (udp.status === 'blocked') return [caution('udp', m('connection.problem.udpBlocked'), 'udp')]
  if (udp.status !== 'untested' || !udp.cause) return []
  return [caution('udp', m(words.untestedKeys[udp.cause].problem), 'udpUntested')]
}

/** Everything judged for one session type; on a busy computer, timing problems become one "busy" caution. */
export function findings(s: ConnectionSnapshot, session: SessionType, m: Msg): Finding[] {
  const values = judgedValues(s, m)
  const judged = METRICS.map((metric) => {
    const figure = values[metric]
    const found = figure && find(session, metric, figure, m)
    return metric === 'loss' ? serverShedding(s, burstFinding(session, s, found, m)) : found
  })
  const list = [...judged, ...findUdp(session, s.udp, m)].filter((f): f is Finding => Boolean(f))
  const timingTrouble = (f: Finding): boolean =>
    f.status !== 'pass' && TIMING_METRICS.includes(f.metric as MetricId)
  if (!isBusy(s.eventLoopDelayMs) || !list.some(timingTrouble)) return list
  return [...list.filter((f) => !timingTrouble(f)), caution('busy', m('connection.problem.busy'), 'busy')]
}
