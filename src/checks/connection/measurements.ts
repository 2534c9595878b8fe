import type { Measurement, SessionType, Status } from '../../report/model.js'
import type { ConnectionSnapshot, ThroughputFigures, UdpFigures } from '../../net/types.js'
import { confidenceSamples, estimateMos, gradeBufferbloat, isBusy, type MetricId } from './thresholds.js'
import { figureText, fill, labels, sessionName, valueText } from './wording.js'

type Confidence = NonNullable<Measurement['confidence']>

/** The figures judged, read from a snapshot: one row per figure, so each has one place. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** A rate as shown in a sentence: one decimal under 10 Mbit/s. */
export function showMbps(value: number): string {
  return fill(figureText.mbps, { value: value < 10 ? round(value, 1) : Math.round(value) })
}

export function showMs(value: number): string {
  return value < 1 ? figureText.underOneMs : fill(figureText.ms, { value: Math.round(value) })
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
): Partial<Record<MetricId, { value: number; shown: string }>> {
  const jitter = jitterOf(s)
  const loss = lossOf(s)
  const mos = mosOf(s)
  const at = (value: number | undefined, shown: (v: number) => string) =>
    value === undefined ? undefined : { value, shown: shown(value) }
  const entries = {
    download: at(s.download?.mbps, showMbps),
    upload: at(s.upload?.mbps, showMbps),
    latency: at(s.idle?.medianMs, showMs),
    bloat: at(s.loaded?.increaseMs, (v) => fill(figureText.extraMs, { value: Math.round(v) })),
    jitter: at(jitter?.value, (v) => fill(figureText.ms, { value: round(v) })),
    loss: at(loss?.value, (v) => fill(figureText.percent, { value: round(v) })),
    mos: at(mos, (v) => fill(figureText.mos, { value: round(v) })),
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
    ...(verdicts ? { verdicts } : {}),
  }
}

/** "No loss seen in 120 probes" rather than "0%", until enough probes prove "under 1%". */
export function lossLabel(
  lossPct: number,
  samples: number | undefined,
  upperPct: number | undefined,
): string {
  if (!samples || upperPct === undefined) return labels.loss
  if (lossPct === 0) return fill(upperPct < 1 ? labels.lossNoneProven : labels.lossNoneSeen, { samples })
  return fill(labels.lossOf, { samples })
}

function throughput(
  id: string,
  direction: 'download' | 'upload',
  f: ThroughputFigures,
  s: ConnectionSnapshot,
  session: SessionType,
): Measurement {
  const name = labels[direction]
  const label =
    f.bound && f.boundReason
      ? fill(labels.atLeast[f.boundReason], { direction: name, session: sessionName[session] })
      : name
  return {
    id,
    label,
    value: round(f.mbps, 2),
    unit: 'Mbit/s',
    samples: f.windows,
    confidence: throughputConfidence(f, s.engine),
    ...(f.bound ? { bound: f.bound } : {}),
  }
}

type Row = (
  s: ConnectionSnapshot,
  session: SessionType,
) => (Measurement & { judged?: MetricId | 'udp' }) | undefined

/** The rows, in the order shown; `judged` names the finding whose status the row carries. */
const rows: Row[] = [
  (s, session) =>
    s.download && { ...throughput('downloadMbps', 'download', s.download, s, session), judged: 'download' },
  (s, session) =>
    s.upload && { ...throughput('uploadMbps', 'upload', s.upload, s, session), judged: 'upload' },
  (s) =>
    s.idle && {
      id: 'latencyMs',
      label: labels.latency,
      value: round(s.idle.medianMs),
      unit: 'ms',
      samples: s.idle.samples,
      confidence: timing(
        s,
        s.engine === 'ookla' ? 'medium' : countConfidence(s.idle.samples, confidenceSamples.latency),
      ),
      judged: 'latency',
    },
  (s) =>
    s.idle && {
      id: 'latencyP90Ms',
      label: labels.latencyP90,
      value: round(s.idle.p90Ms),
      unit: 'ms',
      samples: s.idle.samples,
    },
  (s) => {
    const j = jitterOf(s)
    return (
      j && {
        id: 'jitterMs',
        label: j.source === 'udp' ? labels.jitterUdp : labels.jitterHttp,
        value: round(j.value),
        unit: 'ms',
        samples: j.samples,
        confidence: timing(s, countConfidence(j.samples, confidenceSamples.jitter)),
        judged: 'jitter',
      }
    )
  },
  (s) =>
    s.loaded && {
      id: 'loadedLatencyIncreaseMs',
      label: fill(labels.bloat, { grade: gradeBufferbloat(s.loaded.increaseMs) }),
      value: round(s.loaded.increaseMs),
      unit: 'ms',
      samples: s.loaded.samples,
      confidence: timing(s, countConfidence(s.loaded.samples, confidenceSamples.loaded)),
      judged: 'bloat',
    },
  (s) =>
    s.loaded && {
      id: 'workingRpm',
      label: labels.rpm,
      value: s.loaded.rpm,
      unit: 'RPM',
      samples: s.loaded.samples,
      ...(isBusy(s.eventLoopDelayMs) ? { confidence: 'low' as const } : {}),
    },
  (s) => {
    const l = lossOf(s)
    return (
      l && {
        id: 'packetLossPct',
        label: lossLabel(l.value, l.samples, l.upper),
        value: round(l.value, 2),
        unit: '%',
        ...(l.samples ? { samples: l.samples } : {}),
        confidence: l.samples ? countConfidence(l.samples, confidenceSamples.loss) : 'medium',
        judged: 'loss',
      }
    )
  },
  (s) => {
    const l = lossOf(s)
    return l?.upper !== undefined
      ? {
          id: 'packetLossUpperPct',
          label: labels.lossUpper,
          value: round(l.upper, 2),
          unit: '%',
          ...(l.samples ? { samples: l.samples } : {}),
        }
      : undefined
  },
  (s) =>
    lossOf(s)?.burst !== undefined
      ? { id: 'burstLossPct', label: labels.burst, value: round(lossOf(s)?.burst ?? 0), unit: '%' }
      : undefined,
  (s) =>
    s.udp?.underLoad && {
      id: 'packetLossUnderLoadPct',
      label: labels.lossUnderLoad,
      value: round(s.udp.underLoad.lossPct, 2),
      unit: '%',
      samples: s.udp.underLoad.sent,
    },
  (s) => {
    const m = mosOf(s)
    return m === undefined
      ? undefined
      : {
          id: 'mosEstimate',
          label: labels.mos,
          value: round(m, 2),
          ...(isBusy(s.eventLoopDelayMs) ? { confidence: 'low' as const } : {}),
          judged: 'mos',
        }
  },
  (s) =>
    s.udp && s.udp.status !== 'untested'
      ? {
          id: 'udpReachable',
          label: labels.udp,
          value: s.udp.status === 'ok',
          samples: s.udp.sent,
          judged: 'udp',
        }
      : undefined,
  (s) => untestedRow(s.udp),
  (s) =>
    s.timings?.dnsMs !== undefined
      ? { id: 'dnsMs', label: labels.dns, value: round(s.timings.dnsMs), unit: 'ms' }
      : undefined,
  (s) =>
    s.timings?.tcpMs !== undefined
      ? {
          id: 'tcpConnectMs',
          label: s.proxy ? labels.connectProxy : labels.connect,
          value: round(s.timings.tcpMs),
          unit: 'ms',
        }
      : undefined,
  (s) =>
    s.timings?.tlsMs !== undefined
      ? { id: 'tlsMs', label: labels.tls, value: round(s.timings.tlsMs), unit: 'ms' }
      : undefined,
  (s) =>
    s.ipVersions.length > 0
      ? { id: 'ipVersions', label: labels.ipVersions, value: s.ipVersions.join(' and ') }
      : undefined,
  (s) => (s.proxy !== undefined ? { id: 'proxy', label: labels.proxy, value: true } : undefined),
  (s) =>
    s.eventLoopDelayMs !== undefined
      ? { id: 'eventLoopDelayMs', label: labels.eventLoop, value: round(s.eventLoopDelayMs), unit: 'ms' }
      : undefined,
  (s) => ({ id: 'dataUsedMB', label: labels.dataUsed, value: round(s.bytesUsed / 1e6, 1), unit: 'MB' }),
]

function untestedRow(udp: UdpFigures | undefined): Measurement | undefined {
  if (udp?.status !== 'untested' || !udp.cause) return undefined
  return { id: 'lossTest', label: labels.lossUntested, value: valueText.lossUntested[udp.cause] }
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
): Measurement[] {
  return rows.flatMap((row) => {
    const made = row(s, session)
    if (!made) return []
    const { judged, ...measurement } = made
    const status = judged ? statusOf(judged) : undefined
    return [status ? { ...measurement, status } : measurement]
  })
}
