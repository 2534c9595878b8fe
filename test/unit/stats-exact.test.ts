/**
 * Exact values for the connection statistics, worked out by hand (or from the closed forms named
 * beside them), so that a changed operator or boundary in src/net/stats.ts fails a test (issue 15:
 * `npm run mutate`). The engine's own tests show the statistics in use; these pin their arithmetic.
 */
import { describe, expect, it } from 'vitest'
import {
  ByteTimeline,
  binomialCdf,
  coefficientOfVariation,
  lossUpperBound,
  mean,
  meanAbsoluteDifference,
  median,
  percentile,
  rfc3550Jitter,
  sortNumbers,
  worstBurstLoss,
} from '../../src/net/stats.js'

describe('averages and spread', () => {
  it('sorts numbers by value, not as text, and leaves the input alone', () => {
    const input = [10, 9, 100, 1]
    expect(sortNumbers(input)).toEqual([1, 9, 10, 100])
    expect(input).toEqual([10, 9, 100, 1])
  })

  it('percentile interpolates between neighbours and clamps p to 0..1', () => {
    expect(percentile([10, 20, 30, 40, 50], 0)).toBe(10)
    expect(percentile([10, 20, 30, 40, 50], 1)).toBe(50)
    expect(percentile([10, 20, 30, 40, 50], 0.25)).toBe(20)
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25)
    expect(percentile([40, 10, 30, 20], 0.9)).toBeCloseTo(37, 10)
    expect(percentile([1, 2], -1)).toBe(1)
    expect(percentile([1, 2], 2)).toBe(2)
    expect(percentile([7], 0.5)).toBe(7)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('mean', () => {
    expect(mean([1, 2, 3, 6])).toBe(3)
    expect(Number.isNaN(mean([]))).toBe(true)
  })

  it('coefficient of variation: sample standard deviation over the mean', () => {
    // mean 4, squared deviations 4+0+4 = 8, sample variance 8/2 = 4, sd 2: 2/4.
    expect(coefficientOfVariation([2, 4, 6])).toBe(0.5)
    expect(coefficientOfVariation([5, 5, 5])).toBe(0)
    expect(coefficientOfVariation([5])).toBe(0)
    expect(coefficientOfVariation([])).toBe(0)
    expect(coefficientOfVariation([-1, 1])).toBe(0)
  })

  it('mean absolute difference of consecutive samples', () => {
    expect(meanAbsoluteDifference([10, 12, 9, 9])).toBe(5 / 3)
    expect(meanAbsoluteDifference([3, 1])).toBe(2)
    expect(meanAbsoluteDifference([3])).toBe(0)
    expect(meanAbsoluteDifference([])).toBe(0)
  })
})

describe('RFC 3550 interarrival jitter', () => {
  it('moves a sixteenth of the way toward each transit difference', () => {
    // D = 16 for the second packet: J = 16/16 = 1; then D = -16: J = 1 + (16 - 1)/16.
    const packets = [
      { sentMs: 0, receivedMs: 100 },
      { sentMs: 20, receivedMs: 136 },
      { sentMs: 40, receivedMs: 140 },
    ]
    expect(rfc3550Jitter(packets)).toBe(1 + 15 / 16)
    expect(rfc3550Jitter(packets.slice(0, 1))).toBe(0)
    expect(rfc3550Jitter([])).toBe(0)
  })
})

describe('loss bounds', () => {
  it('binomial cumulative probability, checked against closed forms', () => {
    expect(binomialCdf(0, 10, 0.1)).toBeCloseTo(0.9 ** 10, 12)
    expect(binomialCdf(1, 10, 0.1)).toBeCloseTo(0.9 ** 10 + 10 * 0.1 * 0.9 ** 9, 12)
    expect(binomialCdf(2, 4, 0.5)).toBeCloseTo(11 / 16, 12)
    expect(binomialCdf(4, 4, 0.5)).toBeCloseTo(1, 12)
    expect(binomialCdf(1, 5, 0)).toBe(1)
    expect(binomialCdf(3, 3, 1)).toBe(1)
    expect(binomialCdf(2, 3, 1)).toBe(0)
  })

  it('Clopper-Pearson upper bound: 1 - (1 - c)^(1/n) when nothing is lost', () => {
    expect(lossUpperBound(0, 10)).toBeCloseTo(1 - 0.05 ** (1 / 10), 9)
    expect(lossUpperBound(0, 100, 0.99)).toBeCloseTo(1 - 0.01 ** (1 / 100), 9)
    // The table value for 1 lost in 10 at 95 %, one-sided.
    expect(lossUpperBound(1, 10)).toBeCloseTo(0.3942, 4)
    expect(lossUpperBound(10, 10)).toBe(1)
    expect(lossUpperBound(11, 10)).toBe(1)
    expect(lossUpperBound(0, 0)).toBe(1)
    expect(lossUpperBound(0, -5)).toBe(1)
  })

  it('worst burst: the largest share lost in any window, at either end too', () => {
    const flags = (lost: number[], length = 20) => Array.from({ length }, (_, i) => lost.includes(i))
    expect(worstBurstLoss(flags([0, 1, 2]), 10)).toBe(0.3)
    expect(worstBurstLoss(flags([17, 18, 19]), 10)).toBe(0.3)
    expect(worstBurstLoss(flags([0, 19]), 10)).toBe(0.1)
    expect(worstBurstLoss(flags([0, 9, 10]), 10)).toBe(0.2)
    expect(worstBurstLoss(flags([]), 10)).toBe(0)
    // Fewer probes than the window: the window is all of them.
    expect(worstBurstLoss(flags([1], 4), 10)).toBe(0.25)
  })
})

describe('byte timeline', () => {
  it('adds bytes to 50 ms bins, before the start into the first', () => {
    const timeline = new ByteTimeline(1000, 50)
    timeline.add(1000, 1)
    timeline.add(1049, 2)
    timeline.add(1050, 4)
    timeline.add(900, 8)
    timeline.add(1160, 16)
    expect(timeline.bins).toEqual([11, 4, 0, 16])
  })

  it('reads the rate over the whole bins between two times', () => {
    const timeline = new ByteTimeline(0, 50)
    timeline.bins.push(100, 200, 300, 400)
    // Bins 1 and 2 (50-150 ms): 500 bytes in 100 ms.
    expect(timeline.rateBetween(50, 150)).toBe(5000)
    // 40 ms rounds up to bin 1, 160 ms down to bin 3: still bins 1 and 2.
    expect(timeline.rateBetween(40, 160)).toBe(5000)
    expect(timeline.rateBetween(0, 200)).toBe(5000)
    expect(Number.isNaN(timeline.rateBetween(50, 90))).toBe(true)
    expect(Number.isNaN(timeline.rateBetween(100, 100))).toBe(true)
  })

  it('slides a window one bin at a time, and only over whole windows', () => {
    const timeline = new ByteTimeline(0, 50)
    timeline.bins.push(100, 200, 300, 400)
    // Windows of two bins over bins 0..3: [0,1], [1,2], [2,3].
    expect(timeline.windowRates(0, 200, 100)).toEqual([3000, 5000, 7000])
    expect(timeline.windowRates(0, 200, 200)).toEqual([5000])
    expect(timeline.windowRates(0, 150, 200)).toEqual([])
    // A window narrower than a bin is one bin.
    expect(timeline.windowRates(0, 100, 10)).toEqual([2000, 4000])
    // A start offset by a timeline that began later.
    const later = new ByteTimeline(100, 50)
    later.bins.push(100, 200, 300)
    expect(later.windowRates(150, 250, 50)).toEqual([4000, 6000])
  })

  it('spreads bytes evenly over a span, or puts them at its end when it has none', () => {
    const timeline = new ByteTimeline(0, 50)
    timeline.spread(0, 100, 800)
    expect(timeline.bins).toEqual([400, 400])
    const instant = new ByteTimeline(0, 50)
    instant.spread(120, 120, 10)
    expect(instant.bins).toEqual([0, 0, 10])
    const backwards = new ByteTimeline(0, 50)
    backwards.spread(120, 60, 10)
    expect(backwards.bins).toEqual([0, 10])
  })
})
