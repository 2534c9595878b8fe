import { describe, expect, it } from 'vitest'
import { ByteTimeline, ReadLog } from '../../../src/net/stats.js'
import { estimateRate, provenUploadRate, type UploadAck } from '../../../src/net/throughput.js'
import { summarizeProbes, type Probe } from '../../../src/net/stun-probe.js'
import { planPhases, PHASE_PLAN } from '../../../src/net/phase-plan.js'

/*
 * The estimators on synthetic sample streams: no sockets, no real time. Each stream is what the
 * engine would record, with the clock values written out.
 */

/** 10 Mbit/s (1250 bytes per ms) arriving steadily, read every `readEveryMs`, with optional stalls of the reader. */
function steadyReads(fromMs: number, toMs: number, readEveryMs: number, stalls: [number, number][] = []) {
  const reads: { at: number; bytes: number }[] = []
  let lastRead = fromMs
  for (let t = fromMs + readEveryMs; t <= toMs; t += readEveryMs) {
    if (stalls.some(([a, b]) => t > a && t < b)) continue
    reads.push({ at: t, bytes: (t - lastRead) * 1250 })
    lastRead = t
  }
  return reads
}

describe('download rate from the reads, cut at the end of a cluster of reads (ReadLog)', () => {
  it('is exact on a steady stream', () => {
    const log = new ReadLog()
    for (const r of steadyReads(0, 3000, 20)) log.add(0, r.at, r.bytes)
    expect((log.rateBetween(1000, 3000) * 8) / 1e6).toBeCloseTo(10, 6)
  })

  it('stays exact when a busy computer reads in lumps, where fixed windows swing', () => {
    const log = new ReadLog()
    const timeline = new ByteTimeline(0)
    // The reader stalls for 180 ms just before the middle of the stretch, then reads it all at once.
    for (const r of steadyReads(0, 2000, 10, [[1320, 1500]])) {
      log.add(0, r.at, r.bytes)
      timeline.add(r.at, r.bytes)
    }
    expect((log.rateBetween(1000, 1500) * 8) / 1e6).toBeCloseTo(10, 6)
    expect((log.rateBetween(1500, 2000) * 8) / 1e6).toBeCloseTo(10, 6)
    // The fixed-window view of the same bytes: the second half looks 30% faster than the first.
    const windows = [timeline.rateBetween(1000, 1500), timeline.rateBetween(1500, 2000)].map(
      (r) => (r * 8) / 1e6,
    )
    expect(windows[1]! / windows[0]!).toBeGreaterThan(1.3)
  })

  it('adds the streams up, and a stream that reads rarely does not inflate the figure', () => {
    const log = new ReadLog()
    // Three streams share 10 Mbit/s steadily; a fourth gets two reads 4 ms apart, 40 kB in all.
    for (const stream of [0, 1, 2])
      for (const r of steadyReads(stream * 7, 3000, 25 + stream)) log.add(stream, r.at, r.bytes / 3)
    log.add(3, 1800, 20_000)
    log.add(3, 1804, 20_000)
    const mbps = (log.rateBetween(1000, 3000) * 8) / 1e6
    expect(mbps).toBeGreaterThan(10)
    expect(mbps).toBeLessThan(10.3)
  })

  it('a stall on several streams at once: their reads after it form one cluster and count once', () => {
    const log = new ReadLog()
    for (const stream of [0, 1]) {
      for (const r of steadyReads(0, 2000, 10, [[990, 1100]]))
        log.add(stream, r.at + stream * 0.5, r.bytes / 2)
    }
    // The cut falls at the end of the cluster after the stall, so its bytes (from before 1000) are left out.
    expect((log.rateBetween(1000, 2000) * 8) / 1e6).toBeCloseTo(10, 6)
  })

  it('streams that take turns on a full line add up to the line, not more', () => {
    const log = new ReadLog()
    // 2 Mbit/s (250 bytes per ms) shared by two streams in turns of 200 ms, read every 10 ms.
    for (let t = 10; t <= 3000; t += 10) log.add(Math.floor(t / 200) % 2, t, 2500)
    expect((log.rateBetween(1000, 3000) * 8) / 1e6).toBeCloseTo(2, 2)
  })

  it('gives no figure from a stretch with no reads', () => {
    const log = new ReadLog()
    log.add(0, 100, 5000)
    expect(log.rateBetween(200, 1000)).toBeNaN()
  })

  it('a backlog read out in a quick run after a long pause is not counted as new bytes', () => {
    const log = new ReadLog()
    for (const r of steadyReads(0, 900, 10)) log.add(0, r.at, r.bytes)
    // Paused from 900 to 1100: the 250 kB that arrived meanwhile come out in four 64 kB reads.
    for (const [i, bytes] of [65_536, 65_536, 65_536, 53_392].entries()) log.add(0, 1100 + i * 0.3, bytes)
    for (const r of steadyReads(1101, 2000, 10)) log.add(0, r.at, r.bytes)
    expect((log.rateBetween(1000, 2000) * 8) / 1e6).toBeCloseTo(10, 1)
  })
})

describe('estimateRate: the figure and whether it is a lower bound', () => {
  const run = { started: 0, stoppedAt: 3000, graceEnd: 1000, capped: false, stoppedEarly: false, streams: 4 }
  const timeline = new ByteTimeline(0)
  const flat = (): number => 1.25e6 // 10 Mbit/s in bytes per second

  it('a steady rate measured to the end of its time is the figure, not a bound', () => {
    expect(estimateRate(flat, timeline, 3000, run)).toEqual({ mbps: 10, measuredMs: 2000, graceMs: 1000 })
  })

  it('an early stop is a lower bound: the need was proven, not the most the line gives', () => {
    expect(estimateRate(flat, timeline, 3000, { ...run, stoppedEarly: true })).toMatchObject({
      mbps: 10,
      bound: 'lower',
      boundReason: 'need-proven',
    })
  })

  it('a rate still climbing when the data cap ended it: the whole average, as a lower bound', () => {
    // 40 Mbit/s in the first half, 60 in the second.
    const climbing = (from: number, to: number): number => (to <= 2000 ? 5e6 : from >= 2000 ? 7.5e6 : 6.25e6)
    expect(estimateRate(climbing, timeline, 3000, { ...run, capped: true })).toMatchObject({
      mbps: 50,
      bound: 'lower',
      boundReason: 'data-cap',
    })
  })

  it('a wobble under 10% between the halves is not called climbing', () => {
    const wobble = (from: number, to: number): number => (to <= 2000 ? 1.2e6 : from >= 2000 ? 1.3e6 : 1.25e6)
    expect(estimateRate(wobble, timeline, 3000, run).bound).toBeUndefined()
  })

  it('too short a stretch to tell is only a lower bound', () => {
    const short = new ByteTimeline(0)
    for (let t = 0; t < 1200; t += 50) short.add(t, 62_500)
    expect(
      estimateRate(() => Number.NaN, short, 1200, { ...run, stoppedAt: 1200, capped: true }),
    ).toMatchObject({ bound: 'lower', boundReason: 'data-cap' })
  })
})

describe('an upload lower bound never exceeds what was delivered (issue 23, finding 6)', () => {
  /**
   * One stream on a 100 Mbit/s link: each 400 kB request reaches the server in 32 ms and is
   * answered 1 ms later, back to back. The idle reply time was 10 ms (a busy server), so the
   * engine spreads each request's bytes over its span less 5 ms at each end, as it does. The data
   * cap ends the run 128 ms after the grace: too short to tell, so only a lower bound.
   */
  function cappedRun() {
    const perMs = 12.5e6 / 1000
    const timeline = new ByteTimeline(0)
    const acks: UploadAck[] = []
    for (let start = 0; start + 1 + 400e3 / perMs <= 1128; ) {
      const headersAt = start + 1 + 400e3 / perMs
      const half = Math.min(10 / 2, (headersAt - start) / 4)
      timeline.spread(start + half, headersAt - half, 400e3)
      acks.push({ startedAt: start, headersAt, bytes: 400e3 })
      start = headersAt
    }
    const until = acks.at(-1)!.headersAt
    const run = {
      started: 0,
      stoppedAt: until,
      graceEnd: 1000,
      capped: true,
      stoppedEarly: false,
      streams: 1,
    }
    return { timeline, acks, until, run }
  }

  it('spread over shrunken spans, the timeline alone reads more than the link carries', () => {
    const { timeline, until, run } = cappedRun()
    const figures = estimateRate((a, b) => timeline.rateBetween(a, b), timeline, until, run)
    expect(figures.bound).toBe('lower')
    expect(figures.mbps).toBeGreaterThan(100)
  })

  it('held to what the acknowledgements prove, the lower bound stays under the link', () => {
    const { timeline, acks, until, run } = cappedRun()
    const figures = estimateRate(
      (a, b) => timeline.rateBetween(a, b),
      timeline,
      until,
      run,
      (a, b) => provenUploadRate(acks, a, b),
    )
    expect(figures).toMatchObject({ bound: 'lower', boundReason: 'data-cap' })
    expect(figures.mbps).toBeLessThanOrEqual(100)
    expect(figures.mbps).toBeGreaterThan(90)
  })

  it('counts only requests inside the stretch, over the span from their first start to their last answer', () => {
    const acks: UploadAck[] = [
      { startedAt: 900, headersAt: 1100, bytes: 1e6 },
      { startedAt: 1100, headersAt: 1300, bytes: 250e3 },
      { startedAt: 1150, headersAt: 1400, bytes: 250e3 },
      { startedAt: 1300, headersAt: 1600, bytes: 1e6 },
    ]
    // 500 kB between 1100 and 1400.
    expect(provenUploadRate(acks, 1000, 1500)).toBeCloseTo((500e3 * 1000) / 300)
    // Nothing started after the grace: everything answered by then counts, from its start.
    expect(provenUploadRate(acks, 1350, 1350)).toBeCloseTo((1.25e6 * 1000) / 400)
    expect(provenUploadRate([], 0, 1000)).toBeNaN()
  })

  it('an ordinary figure (not a bound) is left as measured', () => {
    const timeline = new ByteTimeline(0)
    const run = {
      started: 0,
      stoppedAt: 3000,
      graceEnd: 1000,
      capped: false,
      stoppedEarly: false,
      streams: 4,
    }
    expect(
      estimateRate(
        () => 1.25e6,
        timeline,
        3000,
        run,
        () => 1e5,
      ),
    ).toEqual({
      mbps: 10,
      measuredMs: 2000,
      graceMs: 1000,
    })
  })
})

/** A train at 50 a second (every 20 ms) from `from`; `lost(i)` says which get no reply; replies after `rtt` ms. */
function train(
  from: number,
  count: number,
  tag: Probe['tag'],
  stretch: number,
  lost: (i: number) => boolean,
  rtt = 40,
): Probe[] {
  return Array.from({ length: count }, (_, i) => {
    const sentMs = from + i * 20
    return lost(i) ? { sentMs, tag, stretch } : { sentMs, receivedMs: sentMs + rtt, tag, stretch }
  })
}

describe('summarizeProbes: judged loss only from the quiet line', () => {
  it('a clean quiet line is exactly 0, however much the load lost', () => {
    const probes = [
      ...train(0, 100, 'quiet', 0, () => false),
      ...train(3000, 300, 'load', 1, (i) => i % 10 < 3),
      ...train(9000, 40, 'quiet', 2, () => false),
    ]
    const udp = summarizeProbes(probes, 1000, 'IPv4')
    expect(udp).toMatchObject({ status: 'ok', sent: 140, received: 140, lossPct: 0, burstLossPct: 0 })
    expect(udp.underLoad).toEqual({ sent: 300, received: 210, lossPct: 30 })
  })

  it('counts 2 in 100 lost as 2%, and a reply later than the limit as lost', () => {
    const probes = train(0, 100, 'quiet', 0, (i) => i === 10)
    probes[60]!.receivedMs = probes[60]!.sentMs + 1500
    const udp = summarizeProbes(probes, 1000, 'IPv4')
    expect(udp).toMatchObject({ sent: 100, received: 98, lossPct: 2, burstLossPct: 10 })
  })

  it('never joins two stretches into one burst', () => {
    // The last 5 of one stretch and the first 5 of the next are lost: 10 in a row only if joined.
    const probes = [...train(0, 50, 'quiet', 0, (i) => i >= 45), ...train(5000, 50, 'quiet', 1, (i) => i < 5)]
    expect(summarizeProbes(probes, 1000, 'IPv4').burstLossPct).toBe(50)
  })

  it('no reply at all is "blocked"; no quiet probe at all is "untested"', () => {
    expect(
      summarizeProbes(
        train(0, 50, 'quiet', 0, () => true),
        1000,
        'IPv4',
      ).status,
    ).toBe('blocked')
    expect(
      summarizeProbes(
        train(0, 50, 'load', 0, () => false),
        1000,
        'IPv4',
      ),
    ).toMatchObject({ status: 'untested', cause: 'no-time' })
  })
})

describe('the phase plan', () => {
  it.each([
    [10_000, false],
    [3000, true],
    [1500, false],
  ])('puts the phases of a %d ms budget in order, within the budget', (budget, quick) => {
    const p = planPhases(budget, quick, 1000)
    expect([p.start, p.quietSendEnd, p.quietEnd, p.downloadEnd, p.uploadEnd, p.end, 1000 + budget]).toEqual(
      [...[p.start, p.quietSendEnd, p.quietEnd, p.downloadEnd, p.uploadEnd, p.end, 1000 + budget]].sort(
        (a, b) => a - b,
      ),
    )
    // The quiet phase leaves each probe its whole reply time before the load starts.
    expect(p.quietEnd - p.quietSendEnd).toBeGreaterThanOrEqual(p.lateMs)
    expect(p.waitMs).toBeLessThanOrEqual(PHASE_PLAN.waitCapMs)
  })

  it('waits at most 3 s for DNS, connect or a stall, and a 10 s run waits 1 s for a UDP reply', () => {
    expect(planPhases(10_000, false, 0)).toMatchObject({
      waitMs: 3000,
      lateMs: 1000,
      quietSendEnd: 2000,
      quietEnd: 3000,
    })
    expect(planPhases(3000, true, 0)).toMatchObject({ waitMs: 900, lateMs: 300 })
  })
})
