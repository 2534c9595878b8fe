import { describe, expect, it } from 'vitest'
import { DataBudget } from '../../../src/net/budget.js'
import { provenRateOverStretches, provenUploadRate, type UploadAck } from '../../../src/net/rate.js'
import { measureDirection, nextDownloadSize } from '../../../src/web/measure/direction.js'
import type { Delivery, Transport } from '../../../src/web/measure/http.js'

/**
 * Issue 25: the browser's download figure on a 10 Mbit/s line. A page busy with the camera reads
 * its answers in lumps, and on four parallel streams most requests straddle any moment; the lower
 * bound used to be held to the requests that started after the grace, timed on the page's clock,
 * and read 49% under iperf3. Now each answer is timed by the network (Resource Timing) and the
 * bound is the most any stretch proves: close to the line, and never above it.
 *
 * A simulated line on a virtual clock (hand-made, no real network): one bottleneck at `rate`
 * bytes per ms serving requests in the order they reach it, `rtt` ms of round trip, and a page
 * that gets to read only every `tickMs`.
 */
class VirtualClock {
  now = 0
  private timers: Array<{ at: number; resolve: () => void }> = []

  sleepUntil(at: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const abort = (): void => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))
      if (signal?.aborted) return abort()
      const done = (): void => {
        signal?.removeEventListener('abort', abort)
        resolve()
      }
      this.timers.push({ at: Math.max(at, this.now), resolve: done })
      signal?.addEventListener('abort', abort, { once: true })
    })
  }

  /** Runs timers in time order until `work` settles. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false
    void work.then(
      () => (settled = true),
      () => (settled = true),
    )
    for (let steps = 0; !settled && steps < 1_000_000; steps++) {
      await new Promise((resolve) => setImmediate(resolve))
      if (settled) break
      this.timers.sort((a, b) => a.at - b.at)
      const next = this.timers.shift()
      if (!next) continue
      this.now = next.at
      next.resolve()
    }
    return work
  }
}

interface Line {
  rate: number
  rtt: number
  tickMs: number
  /** Whether the browser offers Resource Timing for the answers. */
  timing: boolean
}

function simulatedLine(line: Line) {
  const clock = new VirtualClock()
  const deliveries = new Map<string, Delivery>()
  let linkFreeAt = 0
  const chunk = 16 * 1024
  const pageTick = (at: number): number => Math.ceil(at / line.tickMs) * line.tickMs
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input)
    const signal = init?.signal ?? undefined
    const size = Number(new URL(url).searchParams.get('bytes'))
    // The request reaches the bottleneck half a round trip after it leaves, and waits its turn.
    const served = Math.max(clock.now + line.rtt / 2, linkFreeAt)
    linkFreeAt = served + size / line.rate
    const firstByteAt = served + line.rtt / 2
    const arrivals = Array.from({ length: Math.ceil(size / chunk) }, (_, k) =>
      Math.min(firstByteAt + ((k + 1) * chunk) / line.rate, firstByteAt + size / line.rate),
    )
    await clock.sleepUntil(pageTick(firstByteAt), signal)
    let k = 0
    const body = {
      getReader: () => ({
        read: async (): Promise<{ done: boolean; value?: Uint8Array }> => {
          if (k >= arrivals.length) {
            if (line.timing) deliveries.set(url, { firstByteAt, lastByteAt: arrivals.at(-1) ?? firstByteAt })
            return { done: true }
          }
          await clock.sleepUntil(pageTick(arrivals[k]!), signal)
          const bytes = Math.min(chunk, size - k * chunk)
          k += 1
          return { done: false, value: new Uint8Array(bytes) }
        },
      }),
    }
    return {
      status: 200,
      headers: new Headers({ 'content-type': 'application/octet-stream' }),
      body,
    } as unknown as Response
  }
  const transport: Transport = {
    base: new URL('http://serve.test/'),
    fetch: fetchFn as typeof fetch,
    now: () => clock.now,
    delivery: (url) => deliveries.get(url),
  }
  return { clock, transport }
}

async function download(line: Line) {
  const { clock, transport } = simulatedLine(line)
  const signal = new AbortController().signal
  return clock.run(
    measureDirection(transport, {
      direction: 'download',
      streams: 4,
      deadline: 3500,
      graceMs: 1000,
      minMeasureMs: 1500,
      // The video need: proven early on this line, so the figure is a lower bound.
      needMbps: 3,
      budget: new DataBudget(15e6),
      idleRttMs: line.rtt,
      signal,
      wait: (ms) => clock.sleepUntil(clock.now + ms),
    }),
  )
}

const mbps = (bytesPerMs: number): number => (bytesPerMs * 8) / 1000

describe("the browser's download figure (issue 25)", () => {
  const tenMbit = 1250 // bytes per ms

  it('on a 10 Mbit/s line read by a busy page: within 10% of the line, and a lower bound never above it', async () => {
    const figures = await download({ rate: tenMbit, rtt: 40, tickMs: 150, timing: true })
    expect(figures.mbps).toBeLessThanOrEqual(mbps(tenMbit))
    expect(figures.mbps).toBeGreaterThanOrEqual(0.9 * mbps(tenMbit))
  })

  it('without Resource Timing (another origin that does not allow it) it errs low, never high', async () => {
    const figures = await download({ rate: tenMbit, rtt: 40, tickMs: 150, timing: false })
    expect(figures.mbps).toBeLessThanOrEqual(mbps(tenMbit))
    expect(figures.mbps).toBeGreaterThan(0)
  })

  it.each([
    [2, 40, 100],
    [50, 40, 150],
  ])(
    'at %d Mbit/s (round trip %d ms, page reading every %d ms): within 10%, or a lower bound under the line and close',
    async (rate, rtt, tickMs) => {
      const perMs = (rate * 1000) / 8
      const figures = await download({ rate: perMs, rtt, tickMs, timing: true })
      // Not stopped early at 2 Mbit/s (the need is not proven with margin): an ordinary figure.
      if (figures.bound === 'lower') expect(figures.mbps).toBeLessThanOrEqual(rate)
      else expect(Math.abs(figures.mbps - rate) / rate).toBeLessThanOrEqual(0.1)
      expect(figures.mbps).toBeGreaterThanOrEqual(0.8 * rate)
    },
  )
})

describe('the most the requests prove over any stretch', () => {
  // Four streams with long requests that straddle the grace's end at 1000 ms, 1 kB per ms in all.
  const acks: UploadAck[] = [
    { startedAt: 0, headersAt: 1200, bytes: 300e3 },
    { startedAt: 0, headersAt: 1600, bytes: 400e3 },
    { startedAt: 0, headersAt: 2000, bytes: 500e3 },
    { startedAt: 200, headersAt: 1800, bytes: 400e3 },
    { startedAt: 1200, headersAt: 2000, bytes: 200e3 },
    { startedAt: 1600, headersAt: 2000, bytes: 100e3 },
    { startedAt: 1800, headersAt: 2000, bytes: 50e3 },
  ]

  it('takes in the requests that straddle the stretch, where requests after it alone prove little', () => {
    // Only what started after 1000 ms: 350 kB over 800 ms, less than half the line.
    expect(provenUploadRate(acks, 1000, 2000)).toBeCloseTo((350e3 * 1000) / 800)
    // From the first request: 1.95 MB over 2 s.
    expect(provenRateOverStretches(acks, 1000, 2000)).toBeCloseTo((1.95e6 * 1000) / 2000)
  })

  it('is never more than a single stretch proves, and NaN with nothing delivered', () => {
    const best = provenRateOverStretches(acks, 1000, 2000)
    for (const opening of [0, 200, 1000])
      expect(best).toBeGreaterThanOrEqual(
        provenUploadRate(
          acks.filter((a) => a.startedAt >= opening),
          opening,
          2000,
        ),
      )
    expect(provenRateOverStretches([], 0, 1000)).toBeNaN()
    expect(provenRateOverStretches(acks, 1000, 100)).toBeNaN()
  })
})

describe('the size of the next download request', () => {
  it('starts small, then ends at the grace, then lasts about a quarter of a second', () => {
    expect(nextDownloadSize(0, 0, 1000, 40)).toBe(64 * 1024)
    // 1 kB per ms, 600 ms of grace left: one request ending when the grace ends.
    expect(nextDownloadSize(1000, 400, 1000, 40)).toBe(560_000)
    expect(nextDownloadSize(1000, 980, 1000, 40)).toBe(250_000)
    expect(nextDownloadSize(10, 1500, 1000, 40)).toBe(64 * 1024)
  })
})
