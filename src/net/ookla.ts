import type { ConnectionSnapshot } from './types.js'

import { defined } from '../defined.js'

/**
 * The opt-in Ookla engine: `speedtest-net` (an optional peer dependency, never installed by us),
 * which downloads and runs Ookla's own CLI. Its licence allows personal, non-commercial use only.
 * Loaded with a dynamic import by name, so nothing of it is bundled or resolved unless asked for.
 */
export interface OoklaResult {
  ping?: { latency?: number; jitter?: number; high?: number }
  download?: { bandwidth?: number; bytes?: number; elapsed?: number; latency?: { iqm?: number } }
  upload?: { bandwidth?: number; bytes?: number; elapsed?: number; latency?: { iqm?: number } }
  packetLoss?: number
  interface?: { isVpn?: boolean }
}

export type OoklaRun = (options: {
  acceptLicense: boolean
  acceptGdpr: boolean
  cancel?: unknown
}) => Promise<OoklaResult>
export interface OoklaModule {
  run: OoklaRun
  makeCancel?: () => ((...args: unknown[]) => void) & Record<string, unknown>
}

export const OOKLA_PACKAGE = 'speedtest-net'

export type Importer = (name: string) => Promise<unknown>
const defaultImporter: Importer = (name) => import(name)

/** Loads speedtest-net, or undefined when it is not installed. */
export async function loadOokla(importer: Importer = defaultImporter): Promise<OoklaModule | undefined> {
  try {
    const loaded = (await importer(OOKLA_PACKAGE)) as { default?: unknown }
    const run = (typeof loaded === 'function' ? loaded : loaded?.default) as
      | (OoklaRun & { makeCancel?: OoklaModule['makeCancel'] })
      | undefined
    if (typeof run !== 'function') return undefined
    return { run, ...defined({ makeCancel: run.makeCancel }) }
  } catch {
    return undefined
  }
}

function mbps(bytesPerSecond: number | undefined): number | undefined {
  return bytesPerSecond === undefined ? undefined : (bytesPerSecond * 8) / 1e6
}

function direction(part: OoklaResult['download']) {
  const rate = mbps(part?.bandwidth)
  if (rate === undefined) return undefined
  return {
    mbps: rate,
    windows: 0,
    variation: 0,
    bytes: part?.bytes ?? 0,
    measuredMs: part?.elapsed ?? 0,
    graceMs: 0,
    streams: 0,
    stoppedEarly: false,
    capped: false,
  }
}

/** Maps Ookla's result into the same snapshot the built-in engine produces. Pure. */
export function mapOoklaResult(result: OoklaResult, durationMs: number): ConnectionSnapshot {
  const download = direction(result.download)
  const upload = direction(result.upload)
  const latency = result.ping?.latency
  const loadedDown = result.download?.latency?.iqm
  const loadedUp = result.upload?.latency?.iqm
  const loadedWorst = Math.max(loadedDown ?? 0, loadedUp ?? 0)
  return {
    engine: 'ookla',
    server: 'Ookla Speedtest',
    ipVersions: [],
    ...(latency !== undefined
      ? {
          idle: {
            medianMs: latency,
            p90Ms: result.ping?.high ?? latency,
            jitterMs: result.ping?.jitter ?? 0,
            samples: 0,
          },
        }
      : {}),
    ...defined({ download, upload }),
    ...(latency !== undefined && loadedWorst > 0
      ? {
          loaded: {
            ...(loadedDown ? { downloadMedianMs: loadedDown } : {}),
            ...(loadedUp ? { uploadMedianMs: loadedUp } : {}),
            samples: 0,
            increaseMs: Math.max(0, loadedWorst - latency),
            rpm: Math.round(60000 / loadedWorst),
          },
        }
      : {}),
    ...(typeof result.packetLoss === 'number' ? { reportedLossPct: result.packetLoss } : {}),
    bytesUsed: (result.download?.bytes ?? 0) + (result.upload?.bytes ?? 0),
    durationMs: Math.round(durationMs),
    budgetMs: 0,
    maxBytes: 0,
  }
}

/** Runs Ookla's test with the licence accepted; a failure comes back in `failure`, never thrown. */
export async function measureWithOokla(
  module: OoklaModule,
  signal: AbortSignal,
  now: () => number,
): Promise<ConnectionSnapshot> {
  const started = now()
  const cancel = module.makeCancel?.()
  const onAbort = (): void => void cancel?.()
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const result = await module.run({ acceptLicense: true, acceptGdpr: true, ...defined({ cancel }) })
    return mapOoklaResult(result, now() - started)
  } catch (error) {
    const snapshot = mapOoklaResult({}, now() - started)
    return {
      ...snapshot,
      failure: { kind: 'engine-failed', phase: 'ookla', detail: (error as Error)?.message ?? String(error) },
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}
