import type { CheckOutcome } from '../types.js'
import type { SessionType, Status } from '../../report/model.js'
import type { ConnectionSnapshot, ThroughputFigures } from '../../net/types.js'
import { type Msg } from '../../messages/index.js'
import { worstStatus } from './thresholds.js'
import { detailsOf, measurementsOf, showMbps, showMs } from './measurements.js'
import { findings, type Finding } from './findings.js'
import * as words from './wording.js'

/** The figures of a passing summary: "download 50 Mbit/s, upload 20 Mbit/s, reply time 20 ms". */
function figuresOf(s: ConnectionSnapshot, session: SessionType, m: Msg): string[] {
  const rate = (f: ThroughputFigures | undefined, direction: 'download' | 'upload'): string | undefined => {
    if (!f) return undefined
    const value = showMbps(f.mbps, m)
    if (!f.bound) return m(`connection.figure.${direction}`, { value })
    return m(`connection.figure.${direction}AtLeast`, { value, session: words.sessionName(session, m) })
  }
  const latency = s.idle && m('connection.figure.latency', { value: showMs(s.idle.medianMs, m) })
  const figures = [rate(s.download, 'download'), rate(s.upload, 'upload'), latency]
  return figures.filter((f): f is string => Boolean(f))
}

/** "a, b and c": the problems of one summary sentence, as clauses. */
function listProblems(phrases: readonly string[], m: Msg): string {
  if (phrases.length <= 1) return phrases[0] ?? ''
  const rest = phrases.slice(0, -1).reduce((first, next) => m('connection.problem.comma', { first, next }))
  return m('connection.problem.and', { rest, last: phrases.at(-1) ?? '' })
}

function summaryFor(
  status: Status,
  session: SessionType,
  list: Finding[],
  s: ConnectionSnapshot,
  m: Msg,
): string {
  const figures = figuresOf(s, session, m)
  const sessionWords = words.sessionName(session, m)
  if (status === 'pass') {
    if (figures.length === 0) return m('connection.summary.passNoFigures', { session: sessionWords })
    const listed = figures.reduce((first, next) => m('connection.figure.separator', { first, next }))
    return m('connection.summary.pass', { session: sessionWords, figures: listed })
  }
  const phrasesAt = (level: Status): string =>
    listProblems(
      list.filter((f) => f.status === level).map((f) => f.phrase ?? ''),
      m,
    )
  const problems = phrasesAt(status)
  if (status !== 'fail') return m('connection.summary.warn', { session: sessionWords, problems })
  // Every figure that needs a look is named, not only the worst ones (issue 22): a slow line with
  // some loss must not read as if only the loss mattered.
  const also = phrasesAt('warn')
  if (!also) return m('connection.summary.fail', { session: sessionWords, problems })
  return m('connection.summary.failAlso', { session: sessionWords, problems, also })
}

function verdicts(s: ConnectionSnapshot, m: Msg): Record<SessionType, Status> | undefined {
  const of = (session: SessionType): Status => worstStatus(findings(s, session, m).map((f) => f.status))
  return s.failure ? undefined : { video: of('video'), audio: of('audio'), text: of('text') }
}

/** The outcome of a measurement for one session type, in the language of `m`. Pure. */
export function evaluateConnection(s: ConnectionSnapshot, session: SessionType, m: Msg): CheckOutcome {
  const common = {
    details: detailsOf(s, verdicts(s, m)),
    ...(s.proxy ? { identifiers: { proxy: s.proxy } } : {}),
  }
  if (s.failure) {
    const { summary, advice } = words.failureWords(s.failure.kind, m)
    const udp = s.udp?.status === 'ok' ? s.udp : undefined
    const measurements = measurementsOf({ ...s, udp }, session, () => undefined, m)
    // Technical, for --verbose and JSON readers: the failure's kind, phase and detail as measured.
    const error = `${s.failure.kind} during ${s.failure.phase}: ${s.failure.detail}`
    return { status: 'error', summary, advice, measurements, error, ...common }
  }
  const list = findings(s, session, m)
  const status = worstStatus(list.map((f) => f.status))
  const keys = new Set(list.filter((f) => f.status !== 'pass').flatMap((f) => f.advice))
  const steps = words.adviceIn(m)
  const advice = [
    ...words.adviceOrder.filter((key) => keys.has(key)).map((key) => steps[key]),
    ...(s.proxy ? [m('connection.note.proxy')] : []),
  ]
  const statusOf = (metric: Finding['metric']): Status | undefined =>
    list.find((f) => f.metric === metric)?.status
  const summary = summaryFor(status, session, list, s, m)
  return { status, summary, advice, measurements: measurementsOf(s, session, statusOf, m), ...common }
}

/** --offline: no traffic at all, said calmly. */
export function offlineOutcome(m: Msg): CheckOutcome {
  return { status: 'skip', summary: m('connection.summary.offline'), advice: [] }
}
