/**
 * What the connection check finds in a measurement, one figure at a time (src/checks/connection/
 * findings.ts): which figures are problems, the words that name them, and the steps that help.
 * Written against the mutants StrykerJS left alive (issue 24): each block says which.
 */
import { describe, expect, it } from 'vitest'
import { findings, type Finding } from '../../../src/checks/connection/findings.js'
import { evaluateConnection } from '../../../src/checks/connection/evaluate.js'
import type { ConnectionSnapshot, UdpFigures } from '../../../src/net/types.js'
import { messagesFor } from '../../../src/messages/index.js'

const en = messagesFor('en')

/** A good home line, measured in full: every figure passes for every kind of session. */
function line(
  overrides: Partial<ConnectionSnapshot> = {},
  udp: Partial<UdpFigures> = {},
): ConnectionSnapshot {
  const direction = (mbps: number) => ({
    mbps,
    windows: 30,
    variation: 0.05,
    bytes: 1e7,
    measuredMs: 2000,
    graceMs: 1000,
    streams: 4,
    stoppedEarly: true,
    capped: false,
  })
  return {
    engine: 'builtin',
    server: 'https://speed.example',
    stun: 'stun.example:3478',
    ipVersions: ['IPv4'],
    idle: { medianMs: 20, p90Ms: 25, jitterMs: 2, samples: 20 },
    download: direction(50),
    upload: direction(20),
    loaded: { downloadMedianMs: 30, uploadMedianMs: 35, samples: 40, increaseMs: 15, rpm: 1800 },
    udp: {
      status: 'ok',
      sent: 400,
      received: 400,
      lossPct: 0,
      lossUpperPct: 0.75,
      burstLossPct: 0,
      rttMedianMs: 21,
      jitterMs: 3,
      family: 'IPv4',
      ...udp,
    } as UdpFigures,
    bytesUsed: 15e6,
    durationMs: 9000,
    budgetMs: 10000,
    maxBytes: 30e6,
    ...overrides,
  }
}

const problems = (list: Finding[]) => list.filter((f) => f.status !== 'pass')
const one = (list: Finding[], metric: Finding['metric']) => list.find((f) => f.metric === metric)

describe('a good line', () => {
  it.each(['video', 'audio', 'text'] as const)('has no problem for a %s session', (session) => {
    expect(problems(findings(line(), session, en))).toEqual([])
  })

  it('names no problem and gives no step for a figure that passes', () => {
    for (const finding of findings(line(), 'audio', en)) {
      expect(finding.phrase).toBeUndefined()
      expect(finding.advice).toEqual([])
    }
  })
})

describe('"switch to audio only": for a video session whose speed or loss fails, and nothing else', () => {
  it('a loss that fails a video session suggests audio, after the steps for loss', () => {
    const loss = one(findings(line({}, { lossPct: 5 }), 'video', en), 'loss')
    expect(loss).toEqual({
      metric: 'loss',
      status: 'fail',
      phrase: 'too much data goes missing on the way (5%)',
      advice: ['cable', 'restart', 'network', 'audio'],
    })
  })

  it('a loss that only warns does not', () => {
    const loss = one(findings(line({}, { lossPct: 2 }), 'video', en), 'loss')
    expect(loss).toMatchObject({ status: 'warn', phrase: 'some data goes missing on the way (2%)' })
    expect(loss?.advice).toEqual(['cable', 'restart', 'network'])
  })

  it.each([
    ['download', line({ download: { ...line().download!, mbps: 0.5 } })],
    ['upload', line({ upload: { ...line().upload!, mbps: 0.5 } })],
  ] as const)('a %s too slow for video suggests audio', (metric, snapshot) => {
    const found = one(findings(snapshot, 'video', en), metric)
    expect(found?.status).toBe('fail')
    expect(found?.advice.at(-1)).toBe('audio')
  })

  it('a round trip that fails a video session does not: audio would not help', () => {
    const latency = one(
      findings(line({ idle: { medianMs: 400, p90Ms: 420, jitterMs: 2, samples: 20 } }), 'video', en),
      'latency',
    )
    expect(latency?.status).toBe('fail')
    expect(latency?.advice).not.toContain('audio')
  })

  it('an audio session that fails on loss is not told to switch to audio', () => {
    const loss = one(findings(line({}, { lossPct: 6 }), 'audio', en), 'loss')
    expect(loss?.status).toBe('fail')
    expect(loss?.advice).not.toContain('audio')
  })
})

describe('loss in bursts (video: more than 10 % of any fifth of a second fails, Teams)', () => {
  const lossIn = (session: 'video' | 'audio', udp: Partial<UdpFigures>) =>
    one(findings(line({}, udp), session, en), 'loss')

  it('exactly 10 % in a burst passes when the average is low', () => {
    expect(lossIn('video', { lossPct: 0.5, burstLossPct: 10 })?.status).toBe('pass')
  })

  it('just over 10 % fails, says so in a sentence with the share, and suggests audio', () => {
    expect(lossIn('video', { lossPct: 0.5, burstLossPct: 10.04 })).toEqual({
      metric: 'loss',
      status: 'fail',
      phrase: 'data sometimes goes missing in bursts (10% in a fifth of a second)',
      advice: ['cable', 'restart', 'network', 'audio'],
    })
    expect(lossIn('video', { lossPct: 0.5, burstLossPct: 30 })?.phrase).toBe(
      'data sometimes goes missing in bursts (30% in a fifth of a second)',
    )
  })

  it('turns a caution on the average into a failure', () => {
    expect(lossIn('video', { lossPct: 2, burstLossPct: 30 })).toMatchObject({
      status: 'fail',
      phrase: 'data sometimes goes missing in bursts (30% in a fifth of a second)',
    })
  })

  it('leaves a loss that fails already as it is: the average is the bigger news', () => {
    expect(lossIn('video', { lossPct: 5, burstLossPct: 30 })?.phrase).toBe(
      'too much data goes missing on the way (5%)',
    )
  })

  it('is judged for video only', () => {
    expect(lossIn('audio', { lossPct: 0.5, burstLossPct: 30 })?.status).toBe('pass')
  })

  it('needs a loss figure: a loss test that did not run makes no burst finding', () => {
    const untested = line({}, { status: 'untested', cause: 'no-time' } as Partial<UdpFigures>)
    expect(one(findings(untested, 'video', en), 'loss')).toBeUndefined()
  })
})

describe('the route video calls prefer (UDP)', () => {
  const blocked = line({}, { status: 'blocked' } as Partial<UdpFigures>)
  const untested = (cause?: UdpFigures['cause']) =>
    line({}, { status: 'untested', ...(cause ? { cause } : {}) } as Partial<UdpFigures>)

  it('blocked: a caution for video and audio, with the step for it', () => {
    for (const session of ['video', 'audio'] as const)
      expect(one(findings(blocked, session, en), 'udp')).toEqual({
        metric: 'udp',
        status: 'warn',
        phrase: 'your network blocks the faster route video calls prefer',
        advice: ['udp'],
      })
  })

  it('blocked or untested: no caution for a text session, which sends no voice or video', () => {
    expect(one(findings(blocked, 'text', en), 'udp')).toBeUndefined()
    expect(one(findings(untested('dns'), 'text', en), 'udp')).toBeUndefined()
  })

  it('untested because the loss-test server was not found: a caution that says so', () => {
    expect(one(findings(untested('dns'), 'video', en), 'udp')).toEqual({
      metric: 'udp',
      status: 'warn',
      phrase: "this check could not test for lost data: the loss-test server's name was not found",
      advice: ['udpUntested'],
    })
  })

  it('untested without a cause named: no caution', () => {
    expect(one(findings(untested(), 'video', en), 'udp')).toBeUndefined()
  })

  it('measured: no caution, whatever else the figures carry', () => {
    expect(one(findings(line(), 'video', en), 'udp')).toBeUndefined()
    const measuredWithCause = line({}, { cause: 'dns' } as Partial<UdpFigures>)
    expect(one(findings(measuredWithCause, 'video', en), 'udp')).toBeUndefined()
  })
})

describe('a busy computer (its own clock was late by more than 30 ms)', () => {
  const slowAndLate = (eventLoopDelayMs: number, udp: Partial<UdpFigures> = {}) =>
    line(
      {
        eventLoopDelayMs,
        idle: { medianMs: 200, p90Ms: 220, jitterMs: 2, samples: 20 },
        download: { ...line().download!, mbps: 0.5 },
      },
      udp,
    )

  it('30 ms late is not busy: the slow replies are named as they are', () => {
    const list = findings(slowAndLate(30), 'video', en)
    expect(one(list, 'latency')?.status).toBe('warn')
    expect(one(list, 'busy')).toBeUndefined()
  })

  it('over 30 ms: the timing problems become one caution about the computer', () => {
    const list = findings(slowAndLate(31), 'video', en)
    expect(one(list, 'latency')).toBeUndefined()
    expect(one(list, 'busy')).toEqual({
      metric: 'busy',
      status: 'warn',
      phrase:
        'this computer was busy during the test, so its reply times may look slower than your connection really is',
      advice: ['busy'],
    })
  })

  it('keeps every finding that is not about timing: speed, loss, the blocked route, and what passed', () => {
    const list = findings(slowAndLate(80, { lossPct: 2, status: 'ok' }), 'video', en)
    expect(one(list, 'download')?.status).toBe('fail')
    expect(one(list, 'loss')?.status).toBe('warn')
    expect(one(list, 'upload')?.status).toBe('pass')
    expect(list.map((f) => f.metric)).toEqual(['download', 'upload', 'bloat', 'jitter', 'loss', 'busy'])
    const withBlocked = findings(
      line({ eventLoopDelayMs: 80, idle: { medianMs: 200, p90Ms: 220, jitterMs: 2, samples: 20 } }, {
        status: 'blocked',
      } as Partial<UdpFigures>),
      'video',
      en,
    )
    expect(withBlocked.map((f) => f.metric)).toEqual(['download', 'upload', 'bloat', 'jitter', 'udp', 'busy'])
  })

  it('with no timing problem, says nothing about the computer', () => {
    const list = findings(line({ eventLoopDelayMs: 80 }), 'video', en)
    expect(one(list, 'busy')).toBeUndefined()
    expect(problems(list)).toEqual([])
  })
})

describe('the check as a person reads it', () => {
  const audioAdvice = (advice: readonly string[]) => advice.filter((step) => /switch to audio/i.test(step))
  const download = (mbps: number) => line({ download: { ...line().download!, mbps } })

  it('a download only a little slow for video: no advice to switch to audio', () => {
    const outcome = evaluateConnection(download(2.5), 'video', en)
    expect(outcome.status).toBe('warn')
    expect(audioAdvice(outcome.advice)).toEqual([])
  })

  it('a download too slow for video: the advice to switch to audio is there, once', () => {
    const outcome = evaluateConnection(download(0.5), 'video', en)
    expect(outcome.status).toBe('fail')
    expect(audioAdvice(outcome.advice)).toHaveLength(1)
  })

  it('never for an audio session', () => {
    expect(audioAdvice(evaluateConnection(download(0.05), 'audio', en).advice)).toEqual([])
  })

  it('a video session failing on loss is told to switch to audio only', () => {
    const outcome = evaluateConnection(line({}, { lossPct: 5 }), 'video', en)
    expect(outcome.status).toBe('fail')
    expect(outcome.advice.filter((step) => /audio/i.test(step))).toHaveLength(1)
  })
})
