import type { LookupFunction } from 'node:net'
import { DataBudget } from './budget.js'
import { MeasureError, classifyError } from './errors.js'
import { StoppedError } from './exchange.js'
import { summarizeLatency, measureIdleLatency, probeOnce, startLoadedProbes } from './latency.js'
import { Link, type Target } from './link.js'
import { proxyFor } from './proxy.js'
import { median } from './stats.js'
import { runStunTrain } from './stun-probe.js'
import { measureDirection } from './throughput.js'
import type { StunTarget } from './endpoints.js'
import { describeServer } from './endpoints.js'
import type { ConnectionSnapshot, IpVersion, LoadedLatencyFigures, UdpFigures } from './types.js'

export interface MeasureOptions {
  server: URL
  /** Undefined: no UDP probe. */
  stun?: StunTarget
  /** Wall-time budget of the whole measurement in ms (10 s by default, 3 s with --quick). */
  budgetMs: number
  maxBytes: number
  quick: boolean
  /** Download and upload rates that, proven with margin, end a direction early (Mbit/s). */
  needMbps: { download: number; upload: number }
  env: Readonly<Record<string, string | undefined>>
  signal: AbortSignal
  now: () => number
  userAgent: string
  ca?: string | Buffer
  lookup?: LookupFunction
  /** STUN probes per second (50 by default). */
  stunRate?: number
  streams?: number
  onProgress?(message: string): void
}

/** Bytes of request and response headers of one small exchange, roughly, for the data count. */
const EXCHANGE_OVERHEAD = 400

function phasePlan(options: MeasureOptions, start: number) {
  const b = options.budgetMs
  const quick = options.quick
  return {
    latencyEnd: start + b * (quick ? 0.22 : 0.2),
    downloadEnd: start + b * 0.55,
    uploadEnd: start + b * 0.88,
    graceMs: quick ? 250 : 1000,
    minMeasureMs: quick ? 350 : 1000,
    replyTimeoutMs: Math.min(1000, b * 0.1),
    stunSendUntil: start + b * 0.9 - Math.min(1000, b * 0.1),
  }
}

function summarizeLoaded(samples: { download: number[]; upload: number[] }, idleMs: number): LoadedLatencyFigures | undefined {
  const all = [...samples.download, ...samples.upload]
  if (all.length === 0) return undefined
  const down = samples.download.length ? median(samples.download) : undefined
  const up = samples.upload.length ? median(samples.upload) : undefined
  const worst = Math.max(down ?? 0, up ?? 0)
  return {
    ...(down !== undefined ? { downloadMedianMs: down } : {}),
    ...(up !== undefined ? { uploadMedianMs: up } : {}),
    samples: all.length,
    increaseMs: Math.max(0, worst - idleMs),
    rpm: Math.round(60000 / Math.max(1, median(all))),
  }
}

/**
 * The built-in measurement: idle latency, download and upload under load with latency probes on
 * a separate connection, and a STUN probe train alongside, all within the time and data budgets.
 * Never throws for network trouble: a failure comes back in `snapshot.failure`.
 */
export async function measureConnection(options: MeasureOptions): Promise<ConnectionSnapshot> {
  const { now } = options
  const start = now()
  const plan = phasePlan(options, start)
  const controller = new AbortController()
  const onAbort = (): void => controller.abort()
  options.signal.addEventListener('abort', onAbort, { once: true })
  // The hard stop: whatever happens, nothing runs past the budget.
  const hardStop = setTimeout(() => controller.abort(), options.budgetMs)
  const proxy = proxyFor(options.server, options.env)
  const target: Target = {
    base: options.server,
    ...(proxy ? { proxy } : {}),
    ...(options.ca ? { ca: options.ca } : {}),
    ...(options.lookup ? { lookup: options.lookup } : {}),
    connectTimeoutMs: Math.min(3000, options.budgetMs * 0.3),
    userAgent: options.userAgent,
  }
  const budget = new DataBudget(options.maxBytes)
  const snapshot: ConnectionSnapshot = {
    engine: 'builtin',
    server: describeServer(options.server),
    ...(options.stun ? { stun: `${options.stun.host}:${options.stun.port}` } : {}),
    ...(proxy ? { proxy: proxy.host } : {}),
    ipVersions: [],
    bytesUsed: 0,
    durationMs: 0,
    budgetMs: options.budgetMs,
    maxBytes: options.maxBytes,
  }
  const udpRun: Promise<UdpFigures | undefined> = options.stun
    ? runStunTrain({
        ...options.stun,
        rate: options.stunRate ?? 50,
        sendUntil: plan.stunSendUntil,
        replyTimeoutMs: plan.replyTimeoutMs,
        signal: controller.signal,
        now,
        ...(options.lookup ? { lookup: options.lookup } : {}),
        onBytes: (bytes) => budget.add(bytes),
      })
    : Promise.resolve(undefined)
  const links: Link[] = []
  let phase = 'connect'
  try {
    await measureHttp()
  } catch (error) {
    const failure = error instanceof StoppedError ? new MeasureError('stalled', 'the time budget ran out') : classifyError(error)
    snapshot.failure = { kind: failure.kind, phase, detail: failure.message }
    controller.abort()
  } finally {
    for (const link of links) link.close()
  }
  const udp = await udpRun
  clearTimeout(hardStop)
  options.signal.removeEventListener('abort', onAbort)
  if (udp) snapshot.udp = udp
  const families = new Set<IpVersion>([...links.map((l) => l.family), udp?.status === 'ok' ? udp.family : undefined].filter((f): f is IpVersion => Boolean(f)))
  snapshot.ipVersions = [...families].sort()
  snapshot.bytesUsed = Math.round(budget.used)
  snapshot.durationMs = Math.round(now() - start)
  return snapshot

  async function measureHttp(): Promise<void> {
    const probeOptions = { signal: controller.signal, now, idleTimeoutMs: Math.min(3000, options.budgetMs * 0.3) }
    const idleLink = new Link(target, now)
    links.push(idleLink)
    options.onProgress?.('Measuring your connection: reply time')
    const samples = await measureIdleLatency(idleLink, 20, plan.latencyEnd, probeOptions, () => (phase = 'latency'))
    budget.add((samples.length + 1) * EXCHANGE_OVERHEAD)
    snapshot.timings = idleLink.timings
    if (samples.length === 0) throw new MeasureError('stalled', 'no latency probe came back in time')
    const idle = summarizeLatency(samples)
    snapshot.idle = idle
    const loadedLink = new Link(target, now)
    links.push(loadedLink)
    await probeOnce(loadedLink, probeOptions).catch(() => undefined)
    const loaded = startLoadedProbes(loadedLink, 100, probeOptions)
    const common = {
      target,
      streams: options.streams ?? 4,
      graceMs: plan.graceMs,
      minMeasureMs: plan.minMeasureMs,
      idleRttMs: idle.medianMs,
      signal: controller.signal,
      now,
      idleTimeoutMs: Math.min(3000, options.budgetMs * 0.3),
    }
    try {
      phase = 'download'
      loaded.setPhase('download')
      options.onProgress?.('Measuring your connection: download speed')
      const downBudget = new DataBudget(Math.floor(budget.left * 0.5))
      snapshot.download = await measureDirection({ ...common, direction: 'download', deadline: plan.downloadEnd, needMbps: options.needMbps.download, budget: downBudget }).finally(() => budget.add(downBudget.used))
      phase = 'upload'
      loaded.setPhase('upload')
      options.onProgress?.('Measuring your connection: upload speed')
      const upBudget = new DataBudget(Math.max(0, budget.left - 100_000))
      snapshot.upload = await measureDirection({ ...common, direction: 'upload', deadline: plan.uploadEnd, needMbps: options.needMbps.upload, budget: upBudget }).finally(() => budget.add(upBudget.used))
    } finally {
      const loadedSamples = await loaded.stop()
      budget.add((loadedSamples.download.length + loadedSamples.upload.length) * EXCHANGE_OVERHEAD)
      const figures = summarizeLoaded(loadedSamples, idle.medianMs)
      if (figures) snapshot.loaded = figures
    }
  }
}
