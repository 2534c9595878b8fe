import type { CheckOutcome } from '../types.js'
import type { Measurement, SessionType, Status } from '../../report/model.js'
import type { ConnectionSnapshot, FailureKind, ThroughputFigures } from '../../net/types.js'
import { RUN_COMMAND } from '../../tool.js'

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

/** Video only: a burst of loss above this share of any 200 ms (10 probes) is red (Teams). */
export const VIDEO_BURST_LOSS_FAIL_PCT = 10

/** Latency increase under load, graded as DSLReports and Waveform do (ms, upper bounds). */
export const bufferbloatGrades: readonly (readonly [string, number])[] = [
  ['A+', 5],
  ['A', 30],
  ['B', 60],
  ['C', 200],
  ['D', 400],
  ['F', Number.POSITIVE_INFINITY],
]

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

// ---------------------------------------------------------------------------------------------
// Verdicts and plain words. Everything a person reads about the connection is written here.


type Confidence = NonNullable<Measurement['confidence']>

/** The plain steps of advice, in the order they are shown. */
export const adviceText = {
  cable: 'Use a network cable if you can, or sit closer to your Wi-Fi router.',
  pause: 'Ask others in your home to pause downloads, game updates and video streaming during your session.',
  restart: 'Restart your router: unplug it, wait 30 seconds, plug it back in, then run this check again.',
  audio: 'If the picture keeps freezing during the session, you and your therapist can switch to audio only.',
  network: 'If nothing helps, try another network, such as a phone hotspot.',
  udp: 'Your network seems to block the kind of traffic video calls prefer. The call should still work but may be less smooth; if you can, use another network, such as your home Wi-Fi instead of a work or guest network.',
} as const
export type AdviceKey = keyof typeof adviceText
const adviceOrder: readonly AdviceKey[] = ['cable', 'pause', 'restart', 'audio', 'network', 'udp']

interface Finding {
  metric: MetricId | 'udp'
  status: Status
  /** The problem in a few words, for the summary: "the upload speed is low (0.8 Mbit/s)". */
  phrase?: string
  advice: AdviceKey[]
}

export function judge(session: SessionType, metric: MetricId, value: number | undefined): Status | undefined {
  const band = thresholds[session][metric]
  if (!band || value === undefined || !Number.isFinite(value)) return undefined
  if (holds(band.pass, value)) return 'pass'
  return holds(band.fail, value) ? 'fail' : 'warn'
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

function msText(value: number): string {
  return value < 1 ? 'under 1 ms' : `${Math.round(value)} ms`
}

function mbpsText(value: number): string {
  return `${value < 10 ? round(value, 1) : Math.round(value)} Mbit/s`
}

function throughputConfidence(f: ThroughputFigures | undefined, engine: ConnectionSnapshot['engine']): Confidence | undefined {
  if (!f) return undefined
  if (engine === 'ookla') return 'medium'
  if (f.windows >= 10 && f.variation < 0.15) return 'high'
  return f.windows >= 4 && f.variation < 0.35 ? 'medium' : 'low'
}

function countConfidence(samples: number, high: number, medium: number): Confidence {
  return samples >= high ? 'high' : samples >= medium ? 'medium' : 'low'
}

/** The jitter to judge: RFC 3550 on the UDP train when there is one (closer to what calls feel), else HTTP. */
function jitterOf(s: ConnectionSnapshot): { value: number; samples: number; source: 'udp' | 'http' } | undefined {
  if (s.udp?.status === 'ok' && s.udp.jitterMs !== undefined) return { value: s.udp.jitterMs, samples: s.udp.received, source: 'udp' }
  return s.idle ? { value: s.idle.jitterMs, samples: s.idle.samples, source: 'http' } : undefined
}

function lossOf(s: ConnectionSnapshot): { value: number; samples?: number; upper?: number; burst?: number } | undefined {
  if (s.udp?.status === 'ok') return { value: s.udp.lossPct, samples: s.udp.sent, upper: s.udp.lossUpperPct, burst: s.udp.burstLossPct }
  return s.reportedLossPct !== undefined ? { value: s.reportedLossPct } : undefined
}

const words = {
  download: { warn: 'the download speed is on the low side', fail: 'the download speed is too low' },
  upload: { warn: 'the upload speed is on the low side', fail: 'the upload speed is too low' },
  latency: { warn: 'replies take a little long', fail: 'replies take too long' },
  bloat: { warn: 'it slows down when the line is busy', fail: 'it slows down a lot when the line is busy' },
  jitter: { warn: 'it is a little uneven', fail: 'it is very uneven' },
  loss: { warn: 'some data goes missing on the way', fail: 'too much data goes missing on the way' },
  mos: { warn: 'voices may sound a little less clear', fail: 'voices would sound unclear' },
} as const

const metricAdvice: Record<MetricId, AdviceKey[]> = {
  download: ['cable', 'pause', 'network'],
  upload: ['cable', 'pause', 'network'],
  latency: ['restart', 'cable', 'network'],
  bloat: ['pause', 'restart'],
  jitter: ['cable', 'pause'],
  loss: ['cable', 'restart', 'network'],
  mos: ['cable', 'restart', 'network'],
}

function find(session: SessionType, metric: MetricId, value: number | undefined, shown: string): Finding | undefined {
  const status = judge(session, metric, value)
  if (!status) return undefined
  if (status === 'pass') return { metric, status, advice: [] }
  const extra = session === 'video' && status === 'fail' && (metric === 'download' || metric === 'upload' || metric === 'loss') ? (['audio'] as AdviceKey[]) : []
  return { metric, status, phrase: `${words[metric][status === 'fail' ? 'fail' : 'warn']} (${shown})`, advice: [...metricAdvice[metric], ...extra] }
}

function findLoss(session: SessionType, s: ConnectionSnapshot): Finding | undefined {
  const loss = lossOf(s)
  if (!loss) return undefined
  const finding = find(session, 'loss', loss.value, `${round(loss.value)}%`)
  if (finding && session === 'video' && (loss.burst ?? 0) > VIDEO_BURST_LOSS_FAIL_PCT && finding.status !== 'fail') {
    return { metric: 'loss', status: 'fail', phrase: `data sometimes goes missing in bursts (${round(loss.burst ?? 0)}% in a fifth of a second)`, advice: [...metricAdvice.loss, 'audio'] }
  }
  return finding
}

/** The voice-quality estimate from the round trip (UDP when measured), jitter and loss. */
export function mosOf(s: ConnectionSnapshot): number | undefined {
  const rtt = s.udp?.status === 'ok' && s.udp.rttMedianMs !== undefined ? s.udp.rttMedianMs : s.idle?.medianMs
  const jitter = jitterOf(s)
  if (rtt === undefined || !jitter) return undefined
  return estimateMos(rtt, jitter.value, lossOf(s)?.value ?? 0)
}

/** Everything judged for one session type, worst first. Pure. */
export function findings(s: ConnectionSnapshot, session: SessionType): Finding[] {
  const jitter = jitterOf(s)
  const mos = mosOf(s)
  const list = [
    s.download && find(session, 'download', s.download.mbps, mbpsText(s.download.mbps)),
    s.upload && find(session, 'upload', s.upload.mbps, mbpsText(s.upload.mbps)),
    s.idle && find(session, 'latency', s.idle.medianMs, msText(s.idle.medianMs)),
    s.loaded && find(session, 'bloat', s.loaded.increaseMs, `${Math.round(s.loaded.increaseMs)} ms more`),
    jitter && find(session, 'jitter', jitter.value, `${round(jitter.value)} ms`),
    findLoss(session, s),
    mos !== undefined && find(session, 'mos', mos, `estimated ${round(mos)} out of 5`),
  ].filter((f): f is Finding => Boolean(f))
  if (s.udp?.status === 'blocked' && session !== 'text') {
    list.push({ metric: 'udp', status: 'warn', phrase: 'your network blocks the faster route video calls prefer', advice: ['udp'] })
  }
  return list
}

const statusRank: Record<Status, number> = { pass: 0, skip: 0, warn: 1, error: 2, fail: 3 }

export function worstStatus(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((worst, s) => (statusRank[s] > statusRank[worst] ? s : worst), 'pass')
}

const sessionName: Record<SessionType, string> = { video: 'a video session', audio: 'an audio session', text: 'a text or chat session' }

function joinPhrases(phrases: string[]): string {
  if (phrases.length <= 1) return phrases[0] ?? ''
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`
}

function summaryFor(status: Status, session: SessionType, list: Finding[], s: ConnectionSnapshot): string {
  if (status === 'pass') {
    const figures = [
      s.download && `download ${mbpsText(s.download.mbps)}`,
      s.upload && `upload ${mbpsText(s.upload.mbps)}`,
      s.idle && `reply time ${msText(s.idle.medianMs)}`,
    ].filter(Boolean)
    return `Your connection looks good for ${sessionName[session]}${figures.length ? ` (${figures.join(', ')})` : ''}.`
  }
  const phrases = list.filter((f) => f.status === status).map((f) => f.phrase ?? '')
  if (status === 'fail') return `Your connection is not ready for ${sessionName[session]} yet: ${joinPhrases(phrases)}.`
  return `Your connection should work for ${sessionName[session]}, but ${joinPhrases(phrases)}.`
}

function orderedAdvice(keys: AdviceKey[]): string[] {
  return adviceOrder.filter((key) => keys.includes(key)).map((key) => adviceText[key])
}

function statusOf(list: Finding[], metric: Finding['metric']): Status | undefined {
  return list.find((f) => f.metric === metric)?.status
}

function withStatus(m: Measurement, status: Status | undefined): Measurement {
  return status ? { ...m, status } : m
}

function optional<T>(value: T | undefined | false, make: (v: T) => Measurement): Measurement[] {
  return value === undefined || value === false ? [] : [make(value)]
}

/** The measured figures with units, sample counts and confidence; statuses for the session judged. */
export function measurementsOf(s: ConnectionSnapshot, list: Finding[]): Measurement[] {
  const c = (confidence: Confidence | undefined) => (confidence ? { confidence } : {})
  const jitter = jitterOf(s)
  const loss = lossOf(s)
  return [
    ...optional(s.download, (d) => withStatus({ id: 'downloadMbps', label: 'Download', value: round(d.mbps, 2), unit: 'Mbit/s', samples: d.windows, ...c(throughputConfidence(d, s.engine)) }, statusOf(list, 'download'))),
    ...optional(s.upload, (u) => withStatus({ id: 'uploadMbps', label: 'Upload', value: round(u.mbps, 2), unit: 'Mbit/s', samples: u.windows, ...c(throughputConfidence(u, s.engine)) }, statusOf(list, 'upload'))),
    ...optional(s.idle, (i) => withStatus({ id: 'latencyMs', label: 'Reply time (round trip, median)', value: round(i.medianMs), unit: 'ms', samples: i.samples, ...c(s.engine === 'ookla' ? 'medium' : countConfidence(i.samples, 20, 10)) }, statusOf(list, 'latency'))),
    ...optional(s.idle, (i) => ({ id: 'latencyP90Ms', label: 'Reply time (slowest tenth)', value: round(i.p90Ms), unit: 'ms', samples: i.samples })),
    ...optional(jitter, (j) => withStatus({ id: 'jitterMs', label: j.source === 'udp' ? 'Jitter (RFC 3550, UDP)' : 'Jitter', value: round(j.value), unit: 'ms', samples: j.samples, ...c(countConfidence(j.samples, 100, 20)) }, statusOf(list, 'jitter'))),
    ...optional(s.loaded, (l) => withStatus({ id: 'loadedLatencyIncreaseMs', label: `Extra delay when the line is busy (grade ${gradeBufferbloat(l.increaseMs)})`, value: round(l.increaseMs), unit: 'ms', samples: l.samples, ...c(countConfidence(l.samples, 10, 4)) }, statusOf(list, 'bloat'))),
    ...optional(s.loaded, (l) => ({ id: 'workingRpm', label: 'Responsiveness under load', value: l.rpm, unit: 'RPM', samples: l.samples })),
    ...optional(loss, (l) => withStatus({ id: 'packetLossPct', label: lossLabel(l.value, l.samples, l.upper), value: round(l.value, 2), unit: '%', ...(l.samples ? { samples: l.samples } : {}), ...c(l.samples ? countConfidence(l.samples, 300, 100) : 'medium') }, statusOf(list, 'loss'))),
    ...optional(loss?.upper, (u) => ({ id: 'packetLossUpperPct', label: 'Packet loss, 95% upper bound', value: round(u, 2), unit: '%', ...(loss?.samples ? { samples: loss.samples } : {}) })),
    ...optional(loss?.burst, (b) => ({ id: 'burstLossPct', label: 'Worst loss in a fifth of a second', value: round(b), unit: '%' })),
    ...optional(mosOf(s), (m) => withStatus({ id: 'mosEstimate', label: 'Estimated voice quality (1 to 5)', value: round(m, 2) }, statusOf(list, 'mos'))),
    ...optional(s.udp && s.udp.status !== 'untested' && s.udp, (u) => withStatus({ id: 'udpReachable', label: 'UDP (the route calls prefer) works', value: u.status === 'ok', samples: u.sent }, statusOf(list, 'udp'))),
    ...optional(s.timings?.dnsMs, (v) => ({ id: 'dnsMs', label: 'Name lookup', value: round(v), unit: 'ms' })),
    ...optional(s.timings?.tcpMs, (v) => ({ id: 'tcpConnectMs', label: s.proxy ? 'Connect (through the proxy)' : 'Connect', value: round(v), unit: 'ms' })),
    ...optional(s.timings?.tlsMs, (v) => ({ id: 'tlsMs', label: 'Secure handshake', value: round(v), unit: 'ms' })),
    ...optional(s.ipVersions.length > 0 && s.ipVersions, (v) => ({ id: 'ipVersions', label: 'Internet protocol used', value: v.join(' and ') })),
    ...optional(s.proxy !== undefined, () => ({ id: 'proxy', label: 'Through a proxy (figures describe the proxy path)', value: true })),
    { id: 'dataUsedMB', label: 'Data used', value: round(s.bytesUsed / 1e6, 1), unit: 'MB' },
  ]
}

/** "No loss seen in 120 probes" rather than "0%", until enough probes prove "under 1%". */
export function lossLabel(lossPct: number, samples: number | undefined, upperPct: number | undefined): string {
  if (!samples || upperPct === undefined) return 'Packet loss'
  if (lossPct === 0) return upperPct < 1 ? `Packet loss (none in ${samples} probes: under 1%)` : `Packet loss (none seen in ${samples} probes)`
  return `Packet loss (of ${samples} probes)`
}

function verdicts(s: ConnectionSnapshot): Record<SessionType, Status> {
  const of = (session: SessionType): Status => worstStatus(findings(s, session).map((f) => f.status))
  return { video: of('video'), audio: of('audio'), text: of('text') }
}

function detailsOf(s: ConnectionSnapshot): Record<string, unknown> {
  const { proxy: _proxy, ...rest } = s
  return {
    ...rest,
    proxied: s.proxy !== undefined,
    ...(s.loaded ? { bufferbloatGrade: gradeBufferbloat(s.loaded.increaseMs) } : {}),
    ...(s.failure ? {} : { verdicts: verdicts(s) }),
  }
}

function proxyNote(s: ConnectionSnapshot): string[] {
  return s.proxy ? ['These figures were measured through the proxy set on this computer, so they describe the path through that proxy.'] : []
}

/** The outcome of a measurement for one session type. Pure. */
export function evaluateConnection(s: ConnectionSnapshot, session: SessionType): CheckOutcome {
  if (s.failure) return describeFailure(s, session)
  const list = findings(s, session)
  const status = worstStatus(list.map((f) => f.status))
  const advice = status === 'pass' ? [] : orderedAdvice(list.filter((f) => f.status !== 'pass').flatMap((f) => f.advice))
  return {
    status,
    summary: summaryFor(status, session, list, s),
    advice: [...advice, ...proxyNote(s)],
    measurements: measurementsOf(s, list),
    details: detailsOf(s),
    ...(s.proxy ? { identifiers: { proxy: s.proxy } } : {}),
  }
}

/** Why a measurement failed, in plain words, and what to do. */
export const failureText: Record<FailureKind, { reason: string; advice: string[] }> = {
  offline: {
    reason: 'your computer does not seem to be connected to the internet',
    advice: ['Check that Wi-Fi is turned on and connected, or that the network cable is plugged in, then run this check again.', adviceText.restart],
  },
  dns: {
    reason: 'the address of the test server could not be found',
    advice: ['Check that you are connected to the internet, then run this check again.', 'If you are connected, this network may block the test; try again later or on another network.'],
  },
  refused: {
    reason: 'the test server did not accept the connection',
    advice: ['Try again in a few minutes.', 'If you gave a test address with --server, check it and check that the server is running.'],
  },
  tls: {
    reason: 'a secure connection to the test server could not be set up',
    advice: ["Check that your computer's date and time are correct.", 'Some work or school networks inspect secure traffic; if you are on one, try another network.'],
  },
  portal: {
    reason: 'this network showed a sign-in page instead of the test',
    advice: ['Open a web browser and finish signing in to this network (as in a hotel, café or clinic), then run this check again.'],
  },
  forbidden: {
    reason: 'the test server refused to run the test',
    advice: ['Try again later, or ask your practice whether they have their own test address to use with --server.'],
  },
  'rate-limited': {
    reason: 'the test server asked us to wait because it has had many tests',
    advice: ['Wait a few minutes, then run this check again.'],
  },
  'server-error': { reason: 'the test server had a problem', advice: ['Try again in a few minutes.'] },
  stalled: {
    reason: 'the test server stopped answering',
    advice: ['Your connection may have dropped for a moment. Run this check again; if it happens again, restart your router.'],
  },
  closed: {
    reason: 'the connection was cut off part-way through',
    advice: ['Run this check again. If it happens again, use a network cable or sit closer to your router.'],
  },
  proxy: {
    reason: 'the proxy set on this computer did not let the test through',
    advice: ['If you are on a work network, ask your IT team whether video calls are allowed; otherwise check the proxy setting (HTTPS_PROXY).'],
  },
  'bad-response': {
    reason: 'the test server gave an answer this check did not expect',
    advice: ['If you gave a test address with --server, check it; otherwise try again later.'],
  },
  'not-installed': {
    reason: 'the Ookla engine is not installed',
    advice: [`Run ${RUN_COMMAND} without --engine ookla to use the built-in test.`],
  },
  'engine-failed': {
    reason: 'the Ookla engine stopped with an error',
    advice: [`Run ${RUN_COMMAND} without --engine ookla to use the built-in test.`],
  },
}

function describeFailure(s: ConnectionSnapshot, _session: SessionType): CheckOutcome {
  const failure = s.failure as NonNullable<ConnectionSnapshot['failure']>
  const text = failureText[failure.kind]
  return {
    status: 'error',
    summary: `Could not measure your connection: ${text.reason}.`,
    advice: text.advice,
    measurements: measurementsOf({ ...s, udp: s.udp?.status === 'ok' ? s.udp : undefined } as ConnectionSnapshot, []),
    details: detailsOf(s),
    error: `${failure.kind} during ${failure.phase}: ${failure.detail}`,
    ...(s.proxy ? { identifiers: { proxy: s.proxy } } : {}),
  }
}

/** --offline: no traffic at all, said calmly. */
export function offlineOutcome(): CheckOutcome {
  return {
    status: 'skip',
    summary: 'Not measured, because you asked for no network traffic (--offline).',
    advice: [],
  }
}
