import type { LookupFunction } from 'node:net'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { DataBudget } from './budget.js'
import { MeasureError, classifyError } from './errors.js'
import { StoppedError } from './exchange.js'
import { measureIdleLatency, probeOnce, startLoadedProbes } from './latency.js'
import { summarizeLatency, summarizeLoaded } from './latency-figures.js'
import { Link, type Target } from './link.js'
import { PHASE_PLAN, planPhases, type Phases } from './phase-plan.js'
import { proxyFor } from './proxy.js'
import { fixedLookup, preferred, resolveName, type ResolvedAddress } from './resolve.js'
import { StunProber, summarizeProbes, unresolved, untested } from './stun-probe.js'
import { measureDirection } from './throughput.js'
import type { StunTarget } from './endpoints.js'
import { describeServer } from './endpoints.js'
import type { ConnectionSnapshot, IpVersion, UdpFigures } from './types.js'
import { defined } from '../defined.js'

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
  /** Replaces name lookups (tests); it is still bound by the deadline and the signal. */
  lookup?: LookupFunction
  /** STUN probes per second (50 by default). */
  stunRate?: number
  streams?: number
  /** Which phase starts now; the connection check says it in the person's language. */
  onProgress?(phase: 'latency' | 'download' | 'upload'): void
}

/** Bytes of request and response headers of one small exchange, roughly, for the data count. */
const EXCHANGE_OVERHEAD = 400
/** Resolution of the event-loop delay monitor, in ms; the histogram includes it, so it is taken off. */
const LOOP_RESOLUTION_MS = 10

/** This program's own event-loop delay over the run: a busy computer delays every timestamp. */
function watchEventLoop(): { stop(): number } {
  const histogram = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS })
  histogram.enable()
  return {
    stop() {
      histogram.disable()
      const p99 = histogram.count > 0 ? histogram.percentile(99) / 1e6 : LOOP_RESOLUTION_MS
      return Math.max(0, Math.round((p99 - LOOP_RESOLUTION_MS) * 10) / 10)
    },
  }
}

/** The STUN target's address, looked up with the run's deadline; a failure becomes an "untested" figure. */
async function openProber(
  options: MeasureOptions,
  plan: Phases,
  signal: AbortSignal,
  budget: DataBudget,
): Promise<StunProber | UdpFigures | undefined> {
  const stun = options.stun
  if (!stun) return undefined
  let address: ResolvedAddress | undefined
  try {
    // Bounded by the quiet phase too: the judged probes must not hold up the load phases.
    const timeoutMs = Math.min(plan.waitMs, Math.max(200, plan.quietSendEnd - options.now()))
    address = preferred(
      await resolveName(stun.host, {
        signal,
        timeoutMs,
        now: options.now,
        ...defined({ lookup: options.lookup }),
      }),
    )
  } catch (error) {
    if (signal.aborted) return untested('the time ran out before the probes could start')
    return unresolved(stun.host, (error as NodeJS.ErrnoException).code ?? 'ENOTFOUND')
  }
  if (!address) return unresolved(stun.host, 'ENOTFOUND')
  return StunProber.open(address, stun.port, options.now, (bytes) => budget.add(bytes))
}

/**
 * The built-in measurement, in the phases of PHASE_PLAN: a quiet phase (reply time and the
 * judged UDP probes), download and upload under load (with reply-time probes on a separate
 * connection, and UDP probes whose loss is reported apart), then a quiet tail of UDP probes.
 * Never throws for network trouble: a failure comes back in `snapshot.failure`.
 */
export async function measureConnection(options: MeasureOptions): Promise<ConnectionSnapshot> {
  const { now } = options
  const start = now()
  const plan = planPhases(options.budgetMs, options.quick, start)
  const loop = watchEventLoop()
  const controller = new AbortController()
  const onAbort = (): void => controller.abort()
  options.signal.addEventListener('abort', onAbort, { once: true })
  // The hard stop: whatever happens, nothing runs past the budget.
  const hardStop = setTimeout(() => controller.abort(), options.budgetMs)
  const signal = controller.signal
  const proxy = proxyFor(options.server, options.env)
  const budget = new DataBudget(options.maxBytes)
  const rate = options.stunRate ?? PHASE_PLAN.stunRate
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
  const proberReady = openProber(options, plan, signal, budget)
  let prober: StunProber | undefined
  const links: Link[] = []
  let phase = 'connect'
  try {
    await measureHttp()
  } catch (error) {
    const failure =
      error instanceof StoppedError
        ? new MeasureError('stalled', 'the time budget ran out')
        : classifyError(error)
    snapshot.failure = { kind: failure.kind, phase, detail: failure.message }
    controller.abort()
  } finally {
    for (const link of links) link.close()
  }
  const opened = await proberReady
  if (opened instanceof StunProber) {
    if (!snapshot.failure) await quietTail(opened)
    opened.close()
    const summary = summarizeProbes(opened.probes, plan.lateMs, opened.family)
    const udp = opened.serverShedding ? { ...summary, serverShedding: true } : summary
    snapshot.udp =
      opened.socketError && udp.status === 'blocked' ? { ...udp, reason: opened.socketError } : udp
  } else if (opened) snapshot.udp = opened
  clearTimeout(hardStop)
  options.signal.removeEventListener('abort', onAbort)
  const families = new Set<IpVersion>(
    [...links.map((l) => l.family), snapshot.udp?.status === 'ok' ? snapshot.udp.family : undefined].filter(
      (f): f is IpVersion => Boolean(f),
    ),
  )
  snapshot.ipVersions = [...families].sort()
  snapshot.bytesUsed = Math.round(budget.used)
  snapshot.eventLoopDelayMs = loop.stop()
  snapshot.durationMs = Math.round(now() - start)
  return snapshot

  /** Looks the server (or the proxy) up once, with the deadline; every connection then uses that answer. */
  async function resolveTarget(): Promise<Target> {
    const host = (proxy ?? options.server).hostname
    const started = now()
    const addresses = await resolveName(host, {
      signal,
      timeoutMs: plan.waitMs,
      now,
      ...defined({ lookup: options.lookup }),
    })
    if (!proxy && !/^[\d.]+$|:/.test(host)) snapshot.timings = { dnsMs: now() - started }
    return {
      base: options.server,
      ...defined({ proxy }),
      ...(options.ca ? { ca: options.ca } : {}),
      lookup: fixedLookup(addresses),
      connectTimeoutMs: plan.waitMs,
      userAgent: options.userAgent,
    }
  }

  /** The judged UDP probes of the quiet phase, then a wait for their replies before any load starts. */
  async function quietProbes(): Promise<void> {
    const opened = await proberReady
    if (!(opened instanceof StunProber)) return
    prober = opened
    await opened.send('quiet', rate, () => plan.quietSendEnd, signal)
    await opened.settle(Math.min(plan.quietEnd, now() + plan.lateMs), signal)
  }

  /** After the load: let the line's queue drain, then more quiet probes in the time left. */
  async function quietTail(opened: StunProber): Promise<void> {
    const drainMs = Math.min(plan.lateMs, Math.max(100, 1.5 * (snapshot.loaded?.increaseMs ?? 0) + 50))
    await opened.settle(Math.min(plan.end, now() + drainMs), signal)
    const sendUntil = plan.end - plan.lateMs
    const quietSent = (): number => opened.probes.filter((p) => p.tag === 'quiet').length
    if (sendUntil - now() < PHASE_PLAN.minTailMs || quietSent() >= PHASE_PLAN.wantedQuietProbes) return
    const enough = (): number => (quietSent() >= PHASE_PLAN.wantedQuietProbes ? 0 : sendUntil)
    await opened.send('quiet', rate, enough, signal)
    await opened.settle(Math.min(plan.end, now() + plan.lateMs), signal)
  }

  async function measureHttp(): Promise<void> {
    const target = await resolveTarget()
    const probeOptions = { signal, now, idleTimeoutMs: plan.waitMs }
    const idleLink = new Link(target, now)
    links.push(idleLink)
    options.onProgress?.('latency')
    const udpQuiet = quietProbes()
    const samples = await measureIdleLatency(
      idleLink,
      PHASE_PLAN.idleProbes,
      plan.quietEnd,
      probeOptions,
      () => (phase = 'latency'),
    ).finally(() => udpQuiet)
    await udpQuiet
    budget.add((samples.length + 1) * EXCHANGE_OVERHEAD)
    snapshot.timings = { ...idleLink.timings, ...snapshot.timings }
    if (samples.length === 0) throw new MeasureError('stalled', 'no latency probe came back in time')
    const idle = summarizeLatency(samples)
    snapshot.idle = idle
    const loadedLink = new Link(target, now)
    links.push(loadedLink)
    await probeOnce(loadedLink, probeOptions).catch(() => undefined)
    const loaded = startLoadedProbes(loadedLink, PHASE_PLAN.loadedProbeIntervalMs, probeOptions)
    // UDP probes under load: reported apart as loss under load, never judged.
    const loadStop = new AbortController()
    const udpLoad = prober?.send(
      'load',
      rate,
      () => plan.uploadEnd,
      AbortSignal.any([signal, loadStop.signal]),
    )
    const common = {
      target,
      streams: options.streams ?? 4,
      graceMs: plan.graceMs,
      minMeasureMs: plan.minMeasureMs,
      idleRttMs: idle.medianMs,
      signal,
      now,
      idleTimeoutMs: plan.waitMs,
    }
    try {
      phase = 'download'
      loaded.setPhase('download')
      options.onProgress?.('download')
      const downBudget = new DataBudget(Math.floor(budget.left * 0.5))
      snapshot.download = await measureDirection({
        ...common,
        direction: 'download',
        deadline: plan.downloadEnd,
        needMbps: options.needMbps.download,
        budget: downBudget,
      }).finally(() => budget.add(downBudget.used))
      phase = 'upload'
      loaded.setPhase('upload')
      options.onProgress?.('upload')
      const upBudget = new DataBudget(Math.max(0, budget.left - 100_000))
      snapshot.upload = await measureDirection({
        ...common,
        direction: 'upload',
        deadline: plan.uploadEnd,
        needMbps: options.needMbps.upload,
        budget: upBudget,
      }).finally(() => budget.add(upBudget.used))
    } finally {
      loadStop.abort()
      await udpLoad
      const loadedSamples = await loaded.stop()
      budget.add((loadedSamples.download.length + loadedSamples.upload.length) * EXCHANGE_OVERHEAD)
      const figures = summarizeLoaded(loadedSamples, idle.medianMs)
      if (figures) snapshot.loaded = figures
    }
  }
}
