import { MeasureError } from './errors.js'
import { exchange, looksLikePage, StoppedError, type ExchangeResult } from './exchange.js'
import type { Link } from './link.js'

export { summarizeLatency } from './latency-figures.js'

export interface ProbeOptions {
  signal: AbortSignal
  now: () => number
  idleTimeoutMs: number
}

/** One zero-byte GET; its round trip minus the time the server says it spent. */
export async function probeOnce(link: Link, options: ProbeOptions, tag = ''): Promise<number> {
  const result: ExchangeResult = await exchange(link, 'GET', `__down?bytes=0${tag}`, options)
  if (result.bodyBytes > 0 && looksLikePage(result))
    throw new MeasureError('portal', 'an HTML page where no data was expected')
  return Math.max(0, result.headersAt - result.sentAt - result.serverMs)
}

/**
 * Idle latency: `count` probes back to back on a warm connection (the first request, which opens
 * the connection, is not counted), stopping at the deadline with what it has.
 */
export async function measureIdleLatency(
  link: Link,
  count: number,
  deadline: number,
  options: ProbeOptions,
  onConnected?: () => void,
): Promise<number[]> {
  await probeOnce(link, options)
  onConnected?.()
  const samples: number[] = []
  while (samples.length < count && options.now() < deadline) {
    try {
      samples.push(await probeOnce(link, options))
    } catch (error) {
      if (error instanceof StoppedError) break
      throw error
    }
  }
  return samples
}

export interface LoadedProbeRun {
  /** Stops the probes and resolves with the samples, tagged by phase. */
  stop(): Promise<{ download: number[]; upload: number[] }>
  setPhase(phase: 'download' | 'upload' | 'idle'): void
}

/**
 * Probes on a separate connection every `intervalMs` while the load runs (the RPM draft's
 * "foreign" probe). Errors here do not end the measurement: under heavy load a probe may time out.
 */
export function startLoadedProbes(link: Link, intervalMs: number, options: ProbeOptions): LoadedProbeRun {
  const samples = { download: [] as number[], upload: [] as number[] }
  let phase: 'download' | 'upload' | 'idle' = 'idle'
  const controller = new AbortController()
  const stopOnParent = (): void => controller.abort()
  options.signal.addEventListener('abort', stopOnParent, { once: true })
  const probeOptions = { ...options, signal: controller.signal }
  const loop = (async () => {
    while (!controller.signal.aborted) {
      const started = options.now()
      const current = phase as 'download' | 'upload' | 'idle'
      if (current !== 'idle') {
        try {
          const rtt = await probeOnce(link, probeOptions, `&during=${current}`)
          if ((phase as string) === current) samples[current].push(rtt)
        } catch {
          if (controller.signal.aborted) break
        }
      }
      const wait = Math.max(0, intervalMs - (options.now() - started))
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  })()
  return {
    setPhase: (next) => (phase = next),
    stop: async () => {
      controller.abort()
      options.signal.removeEventListener('abort', stopOnParent)
      await loop
      return samples
    },
  }
}
