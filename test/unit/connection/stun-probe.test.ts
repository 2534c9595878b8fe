import { describe, expect, it } from 'vitest'
import { summarizeTrain } from '../../../src/net/stun-probe.js'

describe('STUN loss counts every unanswered probe, no more and no less (mutant: loss count off by one)', () => {
  const train = (lost: ReadonlySet<number>, sent = 20) =>
    Array.from({ length: sent }, (_, i) => ({
      sentMs: i * 20,
      ...(lost.has(i) ? {} : { receivedMs: i * 20 + 15 }),
    }))

  it('none lost: 0 %', () => {
    expect(summarizeTrain(train(new Set()), 'IPv4')).toMatchObject({
      status: 'ok',
      sent: 20,
      received: 20,
      lossPct: 0,
    })
  })

  it('one lost of 20: 5 %', () => {
    expect(summarizeTrain(train(new Set([7])), 'IPv4')).toMatchObject({ sent: 20, received: 19, lossPct: 5 })
  })

  it('the first and the last lost of 20: 10 %', () => {
    expect(summarizeTrain(train(new Set([0, 19])), 'IPv4')).toMatchObject({
      sent: 20,
      received: 18,
      lossPct: 10,
    })
  })

  it('three in a row of 20 lost: a burst of 30 % in ten probes', () => {
    expect(summarizeTrain(train(new Set([4, 5, 6])), 'IPv4')).toMatchObject({ lossPct: 15, burstLossPct: 30 })
  })
})
