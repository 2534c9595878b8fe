import type { Measurement, SessionType, Status } from '../../report/model.js'
import type { ConnectionSnapshot, ThroughputFigures, UdpFigures } from '../../net/types.js'
import { confidenceSamples, estimateMos, gradeBufferbloat, isBusy, type MetricId } from './thresholds.js'
import { joinNames, type Msg } from '../../messages/index.js'
import { sessionName, untestedKeys } from './wording.js'
import { defined } from '../../defined.js'

type Confidence = NonNullable<Measurement['confidence']>

/** The figures judged, read from a snapshot: one row per figure, so each has one place. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** A rate as shown in a sentence: one decimal under 10 Mbit/s. */
export function showMbps(value: number, m: Msg): string {
  return m('connection.value.mbps', { value: value < 10 ? round(value, 1) : Math.round(value) })
}

export function showMs(value: number, m: Msg): string {
  return value < 1 ? m('connection.value.underOneMs') : m('connection.value.ms', { value: Math.round(value) })
}

function throughputConfidence(f: ThroughputFigures, engine: ConnectionSnapshot['engine']): Confidence {
  const c = confidenceSamples.throughputWindows
  if (engine === 'ookla') return 'medium'
  if (f.windows >= c.high && f.variation < c.highVariation) return 'high'
  return f.windows >= c.medium && f.variation < c.mediumVariation ? 'medium' : 'low'
}

function countConfidence(samples: number, levels: { high: number; medium: number }): Confidence {
  return samples >= levels.high ? 'high' : samples >= levels.medium ? 'medium' : 'low'
}

/** The jitter to judge: RFC 3550 on the quiet UDP probes when there are some (closer to what calls feel), else HTTP. */
export function jitterOf(
  s: ConnectionSnapshot,
): { value: number; samples: number; source: 'udp' | 'http' } | undefined {
  if (s.udp?.status === 'ok' && s.udp.jitterMs !== undefined)
    return { value: s.udp.jitterMs, samples: s.udp.received, source: 'udp' }
  return s.idle ? { value: s.idle.jitterMs, samples: s.idle.samples, source: 'http' } : undefined
}

export function lossOf(
  s: ConnectionSnapshot,
): { value: number; samples?: number; upper?: number; burst?: number } | undefined {
  if (s.udp?.status === 'ok')
    return { value: s.udp.lossPct, samples: s.udp.sent, upper: s.udp.lossUpperPct, burst: s.udp.burstLossPct }
  return s.reportedLossPct !== undefined ? { value: s.reportedLossPct } : undefined
}

/** The voice-quality estimate from the round trip (UDP when measured), jitter and loss. */
export function mosOf(s: ConnectionSnapshot): number | undefined {
  const rtt = s.udp?.status === 'ok' && s.udp.rttMedianMs !== undefined ? s.udp.rttMedianMs : s.idle?.medianMs
  const jitter = jitterOf(s)
  if (rtt === undefined || !jitter) return undefined
  return estimateMos(rtt, jitter.value, lossOf(s)?.value ?? 0)
}

/** The value of each judged figure, and how it is shown inside a sentence. */
export function judgedValues(
  s: ConnectionSnapshot,
  m: Msg,
): Partial<Record<MetricId, { value: number; shown: string }>> {
  const jitter = jitterOf(s)
  const loss = lossOf(s)
  const mos = mosOf(s)
  const at = (value: number | undefined, shown: (v: number) => string) =>
    value === undefined ? undefined : { value, shown: shown(value) }
  const entries = {
    download: at(s.download?.mbps, (v) => showMbps(v, m)),
    upload: at(s.upload?.mbps, (v) => showMbps(v, m)),
    latency: at(s.idle?.medianMs, (v) => showMs(v, m)),
    bloat: at(s.loaded?.increaseMs, (v) => m('connection.value.msMore', { value: Math.round(v) })),
    jitter: at(jitter?.value, (v) => m('connection.value.ms', { value: round(v) })),
    loss: at(loss?.value, (v) => m('connection.value.percent', { value: round(v) })),
    mos: at(mos, (v) => m('connection.value.mos', { value: round(v) })),
  }
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined))
}

/** The snapshot as JSON details (the proxy host is an identifier, kept out), with the verdicts given. */
export function detailsOf(
  s: ConnectionSnapshot,
  verdicts: Record<SessionType, Status> | undefined,
): Record<string, unknown> {
  const { proxy: _proxy, ...rest } = s
  const grade = s.loaded ? { bufferbloatGrade: gradeBufferbloat(s.loaded.increaseMs) } : {}
  const busy = isBusy(s.eventLoopDelayMs)
  return {
    ...rest,
    proxied: s.proxy !== undefined,
    computerBusy: busy,
    ...grade,
    ...defined({ verdicts }),
  }
}

/** "No loss seen in 120 probes" rather than "0%", until enough probes prove "under 1%". */
export function lossLabel(
  lossPct: number,
  samples: number | undefined,
  upperPct: number | undefined,
  m: Msg,
): string {
  if (!samples || upperPct === undefined) return m('connection.label.loss')
  if (lossPct === 0) {
    return m(upperPct < 1 ? 'connection.label.lossNoneProven' : 'connection.label.lossNoneSeen', { samples })
  }
  return m('connection.label.lossOf', { samples })
}

/** A rate's label; a lower bound says why its direction ended, as a whole label of its own. */
const throughputLabels = {
  download: {
    plain: 'connection.label.download',
    'need-proven': 'connection.label.downloadNeedProven',
    'data-cap': 'connection.label.downloadDataCap',
    time: 'connection.label.downloadTime',
  },
  upload: {
    plain: 'connection.label.upload',
    'need-proven': 'connection.label.uploadNeedProven',
    'data-cap': 'connection.label.uploadDataCap',
    time: 'connection.label.uploadTime',
  },
} as const

function throughput(
  id: string,
  direction: 'download' | 'upload',
  f: ThroughputFigures,
  s: ConnectionSnapshot,
  session: SessionType,
  m: Msg,
): Measurement {
  const keys = throughputLabels[direction]
  const reason = f.bound ? f.boundReason : undefined
  const label =
    reason === 'need-proven'
      ? m(keys['need-proven'], { session: sessionName(session, m) })
      : m(reason ? keys[reason] : keys.plain)
  return {
    id,
    label,
    value: round(f.mbps, 2),
    unit: 'Mbit/s',
    samples: f.windows,
    confidence: throughputConfidence(f, s.engine),
    ...defined({ bound: f.bound }),
  }
}

type Row = (
  s: ConnectionSnapshot,
  session: SessionType,
  m: Msg,
) => (Measurement & { judged?: MetricId | 'udp' }) | undefined

/** The rows, in the order shown; `judged` names the finding whose status the row carries. */
const rows: Row[] = [
  (s, session, m) =>
    s.download && {
      ...throughput('downloadMbps', 'download', s.download, s, session, m),
      judged: 'download',
    },
  (s, session, m) =>
    s.upload && { ...throughput('uploadMbps', 'upload', s.upload, s, session, m), judged: 'upload' },
  (s, _session, m) =>
    s.idle && {
      id: 'latencyMs',
      label: m('connection.label.latency'),
      value: round(s.idle.medianMs),
      unit: 'ms',
      samples: s.idle.samples,
      confidence: timing(
        s,
        s.engine === 'ookla' ? 'medium' : countConfidence(s.idle.samples, confidenceSamples.latency),
      ),
      judged: 'latency',
    },
  (s, _session, m) =>
    s.idle && {
      id: 'latencyP90Ms',
      label: m('connection.label.latencyP90'),
      value: round(s.idle.p90Ms),
      unit: 'ms',
      samples: s.idle.samples,
    },
  (s, _session, m) => {
    const j = jitterOf(s)
    return (
      j && {
        id: 'jitterMs',
        label: m(j.source === 'udp' ? 'connection.label.jitterUdp' : 'connection.label.jitterHttp'),
        value: round(j.value),
        unit: 'ms',
        samples: j.samples,
        confidence: timing(s, countConfidence(j.samples, confidenceSamples.jitter)),
        judged: 'jitter',
      }
    )
  },
  (s, _session, m) =>
    s.loaded && {
      id: 'loadedLatencyIncreaseMs',
      label: m('connection.label.bloat', { grade: gradeBufferbloat(s.loaded.increaseMs) }),
      value: round(s.loaded.increaseMs),
      unit: 'ms',
      samples: s.loaded.samples,
      confidence: timing(s, countConfidence(s.loaded.samples, confidenceSamples.loaded)),
      judged: 'bloat',
    },
  (s, _session, m) =>
    s.loaded && {
      id: 'workingRpm',
      label: m('connection.label.rpm'),
      value: s.loaded.rpm,
      unit: 'RPM',
      samples: s.loaded.samples,
      ...(isBusy(s.eventLoopDelayMs) ? { confidence: 'low' as const } : {}),
    },
  (s, _session, m) => {
    const l = lossOf(s)
    return (
      l && {
        id: 'packetLossPct',
        label: lossLabel(l.value, l.samples, l.upper, m),
        value: round(l.value, 2),
        unit: '%',
        ...(l.samples ? { samples: l.samples } : {}),
        confidence: l.samples ? countConfidence(l.samples, confidenceSamples.loss) : 'medium',
        judged: 'loss',
      }
    )
  },
  (s, _session, m) => {
    const l = lossOf(s)
    return l?.upper !== undefined
      ? {
          id: 'packetLossUpperPct',
          label: m('connection.label.lossUpper'),
          value: round(l.upper, 2),
          unit: '%',
          ...(l.samples ? { samples: l.samples } : {}),
        }
      : undefined
  },
  (s, _session, m) =>
    lossOf(s)?.burst !== undefined
      ? {
          id: 'burstLossPct',
          label: m('connection.label.burst'),
          value: round(lossOf(s)?.burst ?? 0),
          unit: '%',
        }
      : undefined,
  (s, _session, m) =>
    s.udp?.underLoad && {
      id: 'packetLossUnderLoadPct',
      label: m('connection.label.lossUnderLoad'),
      value: round(s.udp.underLoad.lossPct, 2),
      unit: '%',
      samples: s.udp.underLoad.sent,
    },
  (s, _session, m) => {
    const mos = mosOf(s)
    return mos === undefined
      ? undefined
      : {
          id: 'mosEstimate',
          label: m('connection.label.mos'),
          value: round(mos, 2),
          ...(isBusy(s.eventLoopDelayMs) ? { confidence: 'low' as const } : {}),
          judged: 'mos',
        }
  },
  (s, _session, m) =>
    s.udp && s.udp.status !== 'untested'
      ? {
          id: 'udpReachable',
          label: m('connection.label.udp'),
          value: s.udp.status === 'ok',
          samples: s.udp.sent,
          judged: 'udp',
        }
      : undefined,
  (s, _session, m) => untestedRow(s.udp, m),
  (s, _session, m) =>
    s.timings?.dnsMs !== undefined
      ? { id: 'dnsMs', label: m('connection.label.dns'), value: round(s.timings.dnsMs), unit: 'ms' }
      : undefined,
  (s, _session, m) =>
    s.timings?.tcpMs !== undefined
      ? {
          id: 'tcpConnectMs',
          label: m(s.proxy ? 'connection.label.connectProxy' : 'connection.label.connect'),
          value: round(s.timings.tcpMs),
          unit: 'ms',
        }
      : undefined,
  (s, _session, m) =>
    s.timings?.tlsMs !== undefined
      ? { id: 'tlsMs', label: m('connection.label.tls'), value: round(s.timings.tlsMs), unit: 'ms' }
      : undefined,
  (s, _session, m) =>
    s.ipVersions.length > 0
      ? { id: 'ipVersions', label: m('connection.label.ipVersions'), value: joinNames(s.ipVersions, m) }
      : undefined,
  (s, _session, m) =>
    s.proxy !== undefined ? { id: 'proxy', label: m('connection.label.proxy'), value: true } : undefined,
  (s, _session, m) =>
    s.eventLoopDelayMs !== undefined
      ? {
          id: 'eventLoopDelayMs',
          label: m('connection.label.eventLoop'),
          value: round(s.eventLoopDelayMs),
          unit: 'ms',
        }
      : undefined,
  (s, _session, m) => ({
    id: 'dataUsedMB',
    label: m('connection.label.dataUsed'),
    value: round(s.bytesUsed / 1e6, 1),
    unit: 'MB',
  }),
]

function untestedRow(udp: UdpFigures | undefined, m: Msg): Measurement | undefined {
  if (udp?.status !== 'untested' || !udp.cause) return undefined
  const value = m(untestedKeys[udp.cause].value)
  return { id: 'lossTest', label: m('connection.label.lossUntested'), value }
}

/** Timing figures lose confidence when this computer was too busy to time replies well. */
function timing(s: ConnectionSnapshot, confidence: Confidence): Confidence {
  return isBusy(s.eventLoopDelayMs) ? 'low' : confidence
}

/** The measured figures with units, sample counts and confidence; statuses from the findings of the session judged. */
export function measurementsOf(
  s: ConnectionSnapshot,
  session: SessionType,
  statusOf: (metric: MetricId | 'udp') => Status | undefined,
  m: Msg,
): Measurement[] {
  return rows.flatMap((row) => {
    const made = row(s, session, m)
    if (!made) return []
    const { judged, ...measurement } = made
    const status = judged ? statusOf(judged) : undefined
    return [status ? { ...measurement, status } : measurement]
  })
}
