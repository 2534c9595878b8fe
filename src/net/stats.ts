/** Small, pure statistics for the measurement engine. Every function accepts an empty list. */

export function sortNumbers(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b)
}

/** Percentile by linear interpolation (p from 0 to 1); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = sortNumbers(values)
  const rank = Math.min(Math.max(p, 0), 1) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  const a = sorted[low] ?? Number.NaN
  const b = sorted[high] ?? Number.NaN
  return a + (b - a) * (rank - low)
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5)
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length
}

/** Coefficient of variation (stdev / mean); 0 for fewer than two values. */
export function coefficientOfVariation(values: readonly number[]): number {
  if (values.length < 2) return 0
  const m = mean(values)
  if (m === 0) return 0
  const variance = values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1)
  return Math.sqrt(variance) / m
}

/** Jitter as Cloudflare's engine computes it: the mean absolute difference of consecutive samples. */
export function meanAbsoluteDifference(values: readonly number[]): number {
  if (values.length < 2) return 0
  let total = 0
  for (let i = 1; i < values.length; i++) total += Math.abs((values[i] ?? 0) - (values[i - 1] ?? 0))
  return total / (values.length - 1)
}

/**
 * Interarrival jitter of RFC 3550 section 6.4.1: for consecutive packets i-1, i,
 * D = (R_i - R_{i-1}) - (S_i - S_{i-1}) and J += (|D| - J) / 16. Inputs are send and receive times in ms.
 */
export function rfc3550Jitter(packets: readonly { sentMs: number; receivedMs: number }[]): number {
  let jitter = 0
  for (let i = 1; i < packets.length; i++) {
    const a = packets[i - 1]
    const b = packets[i]
    if (!a || !b) continue
    const d = b.receivedMs - a.receivedMs - (b.sentMs - a.sentMs)
    jitter += (Math.abs(d) - jitter) / 16
  }
  return jitter
}

function logChoose(n: number, k: number): number {
  let sum = 0
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i)
  return sum
}

/** P(X <= k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (p <= 0) return 1
  if (p >= 1) return k >= n ? 1 : 0
  let total = 0
  for (let i = 0; i <= k; i++)
    total += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log(1 - p))
  return Math.min(total, 1)
}

/**
 * One-sided 95% upper bound of a loss rate from `lost` of `sent` (Clopper-Pearson, exact).
 * With nothing lost it is close to the "rule of three", 3/n, so 100 clean probes only prove "under 3%".
 */
export function lossUpperBound(lost: number, sent: number, confidence = 0.95): number {
  if (sent <= 0) return 1
  if (lost >= sent) return 1
  let low = lost / sent
  let high = 1
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2
    if (binomialCdf(lost, sent, mid) > 1 - confidence) low = mid
    else high = mid
  }
  return high
}

/** The largest share lost in any run of `size` consecutive probes (Teams: under 10% in any 200 ms). */
export function worstBurstLoss(lostFlags: readonly boolean[], size: number): number {
  if (lostFlags.length === 0) return 0
  const width = Math.min(size, lostFlags.length)
  let lost = 0
  for (let i = 0; i < width; i++) if (lostFlags[i]) lost++
  let worst = lost
  for (let i = width; i < lostFlags.length; i++) {
    if (lostFlags[i]) lost++
    if (lostFlags[i - width]) lost--
    worst = Math.max(worst, lost)
  }
  return worst / width
}

/**
 * Bytes over time in fixed bins, so throughput can be read over sliding windows.
 * Download adds bytes when they arrive; upload spreads each acknowledged request over the
 * time the server was receiving it.
 */
export class ByteTimeline {
  readonly bins: number[] = []
  constructor(
    readonly startMs: number,
    readonly binMs = 50,
  ) {}

  add(atMs: number, bytes: number): void {
    const index = Math.max(0, Math.floor((atMs - this.startMs) / this.binMs))
    while (this.bins.length <= index) this.bins.push(0)
    this.bins[index] = (this.bins[index] ?? 0) + bytes
  }

  /** Spreads bytes evenly over [fromMs, toMs]. */
  spread(fromMs: number, toMs: number, bytes: number): void {
    if (toMs <= fromMs) return this.add(toMs, bytes)
    const step = this.binMs / 4
    const pieces = Math.max(1, Math.ceil((toMs - fromMs) / step))
    for (let i = 0; i < pieces; i++) this.add(fromMs + ((i + 0.5) * (toMs - fromMs)) / pieces, bytes / pieces)
  }

  /** Average rate in bytes per second over the whole bins between fromMs and toMs (NaN if none). */
  rateBetween(fromMs: number, toMs: number): number {
    const first = Math.max(0, Math.ceil((fromMs - this.startMs) / this.binMs))
    const last = Math.floor((toMs - this.startMs) / this.binMs)
    if (last <= first) return Number.NaN
    let bytes = 0
    for (let i = first; i < last; i++) bytes += this.bins[i] ?? 0
    return (bytes * 1000) / ((last - first) * this.binMs)
  }

  /** Rates in bytes per second over windows of `windowMs`, sliding one bin at a time, from `fromMs` to `toMs`. */
  windowRates(fromMs: number, toMs: number, windowMs: number): number[] {
    const first = Math.max(0, Math.ceil((fromMs - this.startMs) / this.binMs))
    const last = Math.floor((toMs - this.startMs) / this.binMs)
    const width = Math.max(1, Math.round(windowMs / this.binMs))
    const rates: number[] = []
    for (let start = first; start + width <= last; start++) {
      let bytes = 0
      for (let i = start; i < start + width; i++) bytes += this.bins[i] ?? 0
      rates.push((bytes * 1000) / (width * this.binMs))
    }
    return rates
  }
}

/**
 * The reads of a download's streams, with the time each was read. A busy computer reads its
 * sockets in lumps: after a pause, the backlog of every socket comes out in one quick cluster of
 * reads, and a fixed time window then counts bytes that arrived before it (issue 11 saw 11.8 Mbit/s
 * on a 10 Mbit/s link). Cut at the end of such a cluster, the bytes read between two cuts are the
 * bytes that arrived between them, whatever the lumps. The cut is common to all streams: streams
 * take turns on a full line, so a rate per stream over its own active time would add up to more
 * than the line carries.
 */
export class ReadLog {
  private readonly reads: { at: number; bytes: number }[] = []

  /** Reads closer together than this belong to one cluster (one turn of the event loop). */
  constructor(readonly clusterMs = 2) {}

  add(_stream: number, atMs: number, bytes: number): void {
    this.reads.push({ at: atMs, bytes })
  }

  /** Index of the last read of the cluster that holds read i. */
  private clusterEnd(sorted: readonly { at: number }[], i: number): number {
    let end = i
    while (end + 1 < sorted.length && (sorted[end + 1]?.at ?? 0) - (sorted[end]?.at ?? 0) <= this.clusterMs)
      end++
    return end
  }

  /** Bytes per second between the first cut at or after fromMs and the last at or before toMs; NaN if none. */
  rateBetween(fromMs: number, toMs: number): number {
    const sorted = [...this.reads].sort((a, b) => a.at - b.at)
    const first = sorted.findIndex((r) => r.at >= fromMs)
    if (first < 0) return Number.NaN
    const start = this.clusterEnd(sorted, first)
    let last = -1
    for (let i = sorted.length - 1; i > start; i--) {
      if ((sorted[i]?.at ?? Infinity) <= toMs) {
        last = this.clusterEnd(sorted, i)
        break
      }
    }
    const a = sorted[start]
    const b = sorted[last]
    if (last <= start || !a || !b || b.at - a.at <= 0) return Number.NaN
    let bytes = 0
    for (let i = start + 1; i <= last; i++) bytes += sorted[i]?.bytes ?? 0
    return (bytes * 1000) / (b.at - a.at)
  }
}
