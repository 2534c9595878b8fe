/// <reference lib="dom" />
import { DataBudget } from '../../net/budget.js'
import { MeasureError } from '../../net/errors.js'
import { summarizeLatency, summarizeLoaded } from '../../net/latency-figures.js'
import { PHASE_PLAN, planPhases } from '../../net/phase-plan.js'
import type { ConnectionSnapshot } from '../../net/types.js'
import { measureDirection } from './direction.js'
import { classifyFetchError, isAbort, type Transport } from './http.js'
import { idleSamples, probeOnce, startLoadedProbes } from './latency.js'

export interface BrowserMeasureOptions {
  transport: Transport
  budgetMs: number
  maxBytes: number
  quick: boolean
  needMbps: { download: number; upload: number }
  signal: AbortSignal
  /** Waits this many ms (setTimeout in the page); stops early when the run's signal aborts. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>
  streams?: number
  onProgress?(phase: 'latency' | 'download' | 'upload'): void
}

/** Bytes of request and response headers of one small exchange, roughly, for the data count. */
const EXCHANGE_OVERHEAD = 400

function timerWait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })
}

/**
 * The connection measured from a browser with fetch and streams, in the phases of the CLI's
 * engine (src/net/phase-plan.ts): reply time on a quiet line, then download and then upload under
 * load with reply-time probes beside them. A browser cannot send UDP, so there are no loss probes:
 * `udp` is left out. Never throws for network trouble: a failure comes back in `snapshot.failure`.
 */
export async function measureInBrowser(options: BrowserMeasureOptions): Promise<ConnectionSnapshot> {
  const { transport } = options
  const now = transport.now
  const start = now()
  const plan = planPhases(options.budgetMs, options.quick, start)
  const controller = new AbortController()
  const onAbort = (): void => controller.abort()
  options.signal.addEventListener('abort', onAbort, { once: true })
  const hardStop = setTimeout(() => controller.abort(), options.budgetMs)
  const signal = controller.signal
  const waitFor = options.wait ?? timerWait
  const wait = (ms: number): Promise<void> => waitFor(ms, signal)
  const budget = new DataBudget(options.maxBytes)
  const snapshot: ConnectionSnapshot = {
    engine: 'builtin',
    server: transport.base.origin,
    ipVersions: [],
    bytesUsed: 0,
    durationMs: 0,
    budgetMs: options.budgetMs,
    maxBytes: options.maxBytes,
  }
  let phase = 'connect'
  try {
    options.onProgress?.('latency')
    const samples = await idleSamples(transport, PHASE_PLAN.idleProbes, plan.quietEnd, signal)
    phase = 'latency'
    budget.add((samples.length + 1) * EXCHANGE_OVERHEAD)
    if (samples.length === 0) throw new MeasureError('stalled', 'no latency probe came back in time')
    const idle = summarizeLatency(samples)
    snapshot.idle = idle
    await probeOnce(transport, signal).catch(() => undefined)
    const loaded = startLoadedProbes(transport, PHASE_PLAN.loadedProbeIntervalMs, signal, wait)
    const common = {
      streams: options.streams ?? 4,
      graceMs: plan.graceMs,
      minMeasureMs: plan.minMeasureMs,
      idleRttMs: idle.medianMs,
      signal,
      wait,
    }
    try {
      phase = 'download'
      loaded.setPhase('download')
      options.onProgress?.('download')
      const down = new DataBudget(Math.floor(budget.left * 0.5))
      snapshot.download = await measureDirection(transport, {
        ...common,
        direction: 'download',
        deadline: plan.downloadEnd,
        needMbps: options.needMbps.download,
        budget: down,
      }).finally(() => budget.add(down.used))
      phase = 'upload'
      loaded.setPhase('upload')
      options.onProgress?.('upload')
      const up = new DataBudget(Math.max(0, budget.left - 100_000))
      snapshot.upload = await measureDirection(transport, {
        ...common,
        // The browser has at most six connections to one server: four for the load, one for probes.
        streams: Math.min(common.streams, 4),
        direction: 'upload',
        deadline: plan.uploadEnd,
        needMbps: options.needMbps.upload,
        budget: up,
      }).finally(() => budget.add(up.used))
    } finally {
      const loadedSamples = await loaded.stop()
      budget.add((loadedSamples.download.length + loadedSamples.upload.length) * EXCHANGE_OVERHEAD)
      const figures = summarizeLoaded(loadedSamples, idle.medianMs)
      if (figures) snapshot.loaded = figures
    }
  } catch (error) {
    const failure =
      error instanceof MeasureError
        ? error
        : isAbort(error) || signal.aborted
          ? new MeasureError('stalled', 'the time budget ran out')
          : classifyFetchError(error)
    snapshot.failure = { kind: failure.kind, phase, detail: failure.message }
    controller.abort()
  } finally {
    clearTimeout(hardStop)
    options.signal.removeEventListener('abort', onAbort)
  }
  snapshot.bytesUsed = Math.round(budget.used)
  snapshot.durationMs = Math.round(now() - start)
  return snapshot
}
