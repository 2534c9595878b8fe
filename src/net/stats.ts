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
  for (let i = 0; i <= k; i++) total += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log(1 - p))
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
 * The reads of each download stream, with the time each was read. A busy computer reads its
 * sockets in lumps: after a pause, a socket's backlog comes out in a quick run of reads, and a
 * fixed time window then counts bytes that arrived before it (issue 11 saw 11.8 Mbit/s on a
 * 10 Mbit/s link). So each stream is cut at the end of such a run: the bytes it read between two
 * cuts are the bytes that arrived between them, whatever the lumps. A stream whose reads cover
 * less than half the stretch counts its bytes over the whole stretch instead.
 */
export class ReadLog {
  private readonly streams: { at: number; bytes: number }[][] = []

  /** Reads of one stream closer together than this are one run (one turn of the event loop). */
  constructor(readonly runMs = 2) {}

  add(stream: number, atMs: number, bytes: number): void {
    while (this.streams.length <= stream) this.streams.push([])
    this.streams[stream]?.push({ at: atMs, bytes })
  }

  /** Index of the last read of the run that holds read i. */
  private runEnd(reads: readonly { at: number }[], i: number): number {
    let end = i
    while (end + 1 < reads.length && (reads[end + 1]?.at ?? 0) - (reads[end]?.at ?? 0) <= this.runMs) end++
    return end
  }

  /** One stream's bytes per second between fromMs and toMs, or undefined if it read nothing there. */
  private streamRate(reads: readonly { at: number; bytes: number }[], fromMs: number, toMs: number): number | undefined {
    const first = reads.findIndex((r) => r.at >= fromMs)
    if (first < 0 || (reads[first]?.at ?? Infinity) > toMs) return undefined
    const start = this.runEnd(reads, first)
    let last = start
    for (let i = reads.length - 1; i > start; i--) {
      if ((reads[i]?.at ?? Infinity) <= toMs) {
        last = this.runEnd(reads, i)
        break
      }
    }
    const a = reads[start]?.at ?? fromMs
    const b = reads[last]?.at ?? a
    let bytes = 0
    for (let i = start + 1; i <= last; i++) bytes += reads[i]?.bytes ?? 0
    if (b - a >= (toMs - fromMs) / 2) return (bytes * 1000) / (b - a)
    return (bytes * 1000) / (toMs - fromMs)
  }

  /** Bytes per second between fromMs and toMs, summed over the streams; NaN if none read there. */
  rateBetween(fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return Number.NaN
    const rates = this.streams.map((reads) => this.streamRate(reads, fromMs, toMs)).filter((r): r is number => r !== undefined)
    return rates.length ? rates.reduce((sum, r) => sum + r, 0) : Number.NaN
  }
}
