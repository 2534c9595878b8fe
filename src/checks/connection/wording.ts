/**
 * Which sentences the connection check says, and in what order: which steps help with which
 * figure, which problem and which failure have which words. The sentences themselves live in the
 * message catalogue (src/messages/en/ and the other languages), whole, with named placeholders.
 */
import type { SessionType } from '../../report/model.js'
import type { FailureKind, UdpFigures } from '../../net/types.js'
import { type Msg, type PlainKey } from '../../messages/index.js'
import type { MetricId } from './thresholds.js'

/** The plain steps of advice, in the order they are shown. */
export const adviceOrder = [
  'serverBusy',
  'busy',
  'cable',
  'pause',
  'restart',
  'audio',
  'network',
  'udp',
  'udpUntested',
] as const
export type AdviceKey = (typeof adviceOrder)[number]

const adviceKeys: Record<AdviceKey, PlainKey> = {
  serverBusy: 'connection.step.serverBusy',
  busy: 'connection.step.busy',
  cable: 'connection.step.cable',
  pause: 'connection.step.pause',
  restart: 'connection.step.restart',
  audio: 'connection.step.audio',
  network: 'connection.step.network',
  udp: 'connection.step.udp',
  udpUntested: 'connection.step.udpUntested',
}

/** The steps in one language. */
export function adviceIn(m: Msg): Record<AdviceKey, string> {
  return Object.fromEntries(adviceOrder.map((key) => [key, m(adviceKeys[key])])) as Record<AdviceKey, string>
}

/** Which steps help with which figure, in the order of `adviceOrder` once gathered. */
export const stepsFor: Record<MetricId, AdviceKey[]> = {
  download: ['cable', 'pause', 'network'],
  upload: ['cable', 'pause', 'network'],
  latency: ['restart', 'cable', 'network'],
  bloat: ['pause', 'restart'],
  jitter: ['cable', 'pause'],
  loss: ['cable', 'restart', 'network'],
  mos: ['cable', 'restart', 'network'],
}

/** The kind of session as it reads inside a sentence ("a video session"). */
export function sessionName(session: SessionType, m: Msg): string {
  return m(`connection.session.${session}`)
}

/** The problem in a few words, for the summary; {value} is the figure as shown. */
export const problemKeys = {
  download: { warn: 'connection.problem.downloadWarn', fail: 'connection.problem.downloadFail' },
  upload: { warn: 'connection.problem.uploadWarn', fail: 'connection.problem.uploadFail' },
  latency: { warn: 'connection.problem.latencyWarn', fail: 'connection.problem.latencyFail' },
  bloat: { warn: 'connection.problem.bloatWarn', fail: 'connection.problem.bloatFail' },
  jitter: { warn: 'connection.problem.jitterWarn', fail: 'connection.problem.jitterFail' },
  loss: { warn: 'connection.problem.lossWarn', fail: 'connection.problem.lossFail' },
  mos: { warn: 'connection.problem.mosWarn', fail: 'connection.problem.mosFail' },
} as const satisfies Record<MetricId, { warn: string; fail: string }>

/** The loss test that did not run: its problem for the summary and its value in the figures. */
export const untestedKeys = {
  dns: { problem: 'connection.problem.untestedDns', value: 'connection.value.untestedDns' },
  'dns-timeout': {
    problem: 'connection.problem.untestedDnsTimeout',
    value: 'connection.value.untestedDnsTimeout',
  },
  'no-time': { problem: 'connection.problem.untestedNoTime', value: 'connection.value.untestedNoTime' },
} as const satisfies Record<NonNullable<UdpFigures['cause']>, { problem: PlainKey; value: PlainKey }>

/** Why a measurement failed, in plain words, and what to do. */
const failureKeys: Record<FailureKind, { reason: PlainKey; advice: readonly PlainKey[] }> = {
  offline: {
    reason: 'connection.failure.offline',
    advice: ['connection.failure.step.wifiOrCable', 'connection.step.restart'],
  },
  dns: {
    reason: 'connection.failure.dns',
    advice: ['connection.failure.step.connected', 'connection.failure.step.networkBlocks'],
  },
  refused: {
    reason: 'connection.failure.refused',
    advice: ['connection.failure.step.tryLater', 'connection.failure.step.checkServer'],
  },
  tls: {
    reason: 'connection.failure.tls',
    advice: ['connection.failure.step.dateTime', 'connection.failure.step.inspected'],
  },
  portal: { reason: 'connection.failure.portal', advice: ['connection.failure.step.signIn'] },
  forbidden: { reason: 'connection.failure.forbidden', advice: ['connection.failure.step.practiceServer'] },
  'rate-limited': { reason: 'connection.failure.rateLimited', advice: ['connection.failure.step.wait'] },
  'server-error': { reason: 'connection.failure.serverError', advice: ['connection.failure.step.tryLater'] },
  stalled: { reason: 'connection.failure.stalled', advice: ['connection.failure.step.dropped'] },
  closed: { reason: 'connection.failure.closed', advice: ['connection.failure.step.cutOff'] },
  proxy: { reason: 'connection.failure.proxy', advice: ['connection.failure.step.proxy'] },
  'bad-response': {
    reason: 'connection.failure.badResponse',
    advice: ['connection.failure.step.badResponse'],
  },
  'not-installed': { reason: 'connection.failure.notInstalled', advice: ['connection.failure.step.builtIn'] },
  'engine-failed': { reason: 'connection.failure.engineFailed', advice: ['connection.failure.step.builtIn'] },
}

/** The summary and steps of a measurement that failed. */
export function failureWords(kind: FailureKind, m: Msg): { summary: string; advice: string[] } {
  const { reason, advice } = failureKeys[kind]
  const summary = m('connection.summary.failure', { reason: m(reason) })
  return { summary, advice: advice.map((key) => m(key)) }
}
