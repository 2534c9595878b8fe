/** Reply-time figures from samples: pure, and shared by the CLI's engine and the browser's. */
import { meanAbsoluteDifference, median, percentile } from './stats.js'
import type { LatencyFigures, LoadedLatencyFigures } from './types.js'
import { defined } from '../defined.js'

export function summarizeLatency(samples: readonly number[]): LatencyFigures {
  return {
    medianMs: median(samples),
    p90Ms: percentile(samples, 0.9),
    jitterMs: meanAbsoluteDifference(samples),
    samples: samples.length,
  }
}

/** Reply times under load against the idle median: the increase is the worse direction's, never below 0. */
export function summarizeLoaded(
  samples: { download: readonly number[]; upload: readonly number[] },
  idleMs: number,
): LoadedLatencyFigures | undefined {
  const all = [...samples.download, ...samples.upload]
  if (all.length === 0) return undefined
  const down = samples.download.length ? median(samples.download) : undefined
  const up = samples.upload.length ? median(samples.upload) : undefined
  const worst = Math.max(down ?? 0, up ?? 0)
  return {
    ...defined({ downloadMedianMs: down, uploadMedianMs: up }),
    samples: all.length,
    increaseMs: Math.max(0, worst - idleMs),
    rpm: Math.round(60000 / Math.max(1, median(all))),
  }
}
