import type { CheckOutcome } from '../types.js'
import type { SessionType, Status } from '../../report/model.js'
import type { ConnectionSnapshot, ThroughputFigures } from '../../net/types.js'
import { worstStatus } from './thresholds.js'
import { detailsOf, measurementsOf, showMbps, showMs } from './measurements.js'
import { findings, type Finding } from './findings.js'
import * as words from './wording.js'

function summaryFor(status: Status, session: SessionType, list: Finding[], s: ConnectionSnapshot): string {
  const text = words.summaryText
  const rate = (f: ThroughputFigures | undefined, plain: string, least: string): string | undefined =>
    f && words.fill(f.bound ? least : plain, { value: showMbps(f.mbps), session: words.sessionName[session] })
  const figures = [
    rate(s.download, text.download, text.downloadAtLeast),
    rate(s.upload, text.upload, text.uploadAtLeast),
    s.idle && words.fill(text.latency, { value: showMs(s.idle.medianMs) }),
  ].filter(Boolean)
  const problems = words.joinProblems(list.filter((f) => f.status === status).map((f) => f.phrase ?? ''))
  const values = { session: words.sessionName[session], figures: figures.join(', '), problems }
  if (status === 'pass') return words.fill(figures.length ? text.pass : text.passNoFigures, values)
  return words.fill(status === 'fail' ? text.fail : text.warn, values)
}

function verdicts(s: ConnectionSnapshot): Record<SessionType, Status> | undefined {
  const of = (session: SessionType): Status => worstStatus(findings(s, session).map((f) => f.status))
  return s.failure ? undefined : { video: of('video'), audio: of('audio'), text: of('text') }
}

/** The outcome of a measurement for one session type. Pure. */
export function evaluateConnection(s: ConnectionSnapshot, session: SessionType): CheckOutcome {
  const common = {
    details: detailsOf(s, verdicts(s)),
    ...(s.proxy ? { identifiers: { proxy: s.proxy } } : {}),
  }
  if (s.failure) {
    const { reason, advice } = words.failureText[s.failure.kind]
    const measurements = measurementsOf(
      { ...s, udp: s.udp?.status === 'ok' ? s.udp : undefined },
      session,
      () => undefined,
    )
    const error = `${s.failure.kind} during ${s.failure.phase}: ${s.failure.detail}`
    return {
      status: 'error',
      summary: words.fill(words.summaryText.failure, { reason }),
      advice,
      measurements,
      error,
      ...common,
    }
  }
  const list = findings(s, session)
  const status = worstStatus(list.map((f) => f.status))
  const keys = new Set(list.filter((f) => f.status !== 'pass').flatMap((f) => f.advice))
  const steps = words.adviceOrder.filter((key) => keys.has(key)).map((key) => words.adviceText[key])
  const advice = [...steps, ...(s.proxy ? [words.notes.proxy] : [])]
  const statusOf = (metric: Finding['metric']): Status | undefined =>
    list.find((f) => f.metric === metric)?.status
  const summary = summaryFor(status, session, list, s)
  return { status, summary, advice, measurements: measurementsOf(s, session, statusOf), ...common }
}

/** --offline: no traffic at all, said calmly. */
export function offlineOutcome(): CheckOutcome {
  return { status: 'skip', summary: words.summaryText.offline, advice: [] }
}
