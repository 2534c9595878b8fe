import { describe, expect, it } from 'vitest'
import { reportValidator } from '../../helpers/report-validator.js'
import { evaluateConnection } from '../../../src/checks/connection/evaluate.js'
import { estimateMos, gradeBufferbloat, judge, needFor } from '../../../src/checks/connection/thresholds.js'
import { lossLabel } from '../../../src/checks/connection/measurements.js'
import { adviceText } from '../../helpers/english.js'
import type { ConnectionSnapshot } from '../../../src/net/types.js'
import type { SessionType } from '../../../src/report/model.js'
import { messagesFor } from '../../../src/messages/index.js'
import { english } from '../../helpers/english.js'

function snapshot(overrides: Partial<ConnectionSnapshot> = {}): ConnectionSnapshot {
  return {
    engine: 'builtin',
    server: 'https://speed.cloudflare.com',
    stun: 'stun.cloudflare.com:3478',
    ipVersions: ['IPv4'],
    idle: { medianMs: 20, p90Ms: 25, jitterMs: 2, samples: 20 },
    download: {
      mbps: 50,
      windows: 30,
      variation: 0.05,
      bytes: 1e7,
      measuredMs: 2000,
      graceMs: 1000,
      streams: 4,
      stoppedEarly: true,
      capped: false,
    },
    upload: {
      mbps: 20,
      windows: 30,
      variation: 0.05,
      bytes: 5e6,
      measuredMs: 2000,
      graceMs: 1000,
      streams: 4,
      stoppedEarly: true,
      capped: false,
    },
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
    },
    bytesUsed: 15e6,
    durationMs: 9000,
    budgetMs: 10000,
    maxBytes: 30e6,
    ...overrides,
  }
}

// Each row: session, metric, a value just on the passing side, just inside amber, just inside red.
const flips: [SessionType, Parameters<typeof judge>[1], number, number, number][] = [
  ['video', 'download', 3, 2.99, 0.59],
  ['video', 'upload', 3, 0.6, 0.599],
  ['video', 'latency', 100, 100.1, 300.1],
  ['video', 'bloat', 59.9, 60, 400],
  ['video', 'jitter', 20, 20.1, 40.1],
  ['video', 'loss', 0.99, 1, 3.01],
  ['audio', 'download', 0.3, 0.29, 0.099],
  ['audio', 'upload', 0.3, 0.1, 0.099],
  ['audio', 'latency', 150, 151, 401],
  ['audio', 'bloat', 99, 100, 400],
  ['audio', 'jitter', 30, 31, 61],
  ['audio', 'loss', 0.9, 1, 5.1],
  ['audio', 'mos', 4.01, 4.0, 3.5],
  ['text', 'download', 0.25, 0.2, 0.04],
  ['text', 'upload', 0.1, 0.05, 0.02],
  ['text', 'latency', 500, 501, 2001],
]

describe('thresholds flip where the table says', () => {
  it.each(flips)('%s %s: pass at %d, caution at %d, fail at %d', (session, metric, pass, warn, fail) => {
    expect(judge(session, metric, pass)).toBe('pass')
    expect(judge(session, metric, warn)).toBe('warn')
    expect(judge(session, metric, fail)).toBe('fail')
  })

  it('does not judge bloat, jitter or loss for text sessions', () => {
    expect(judge('text', 'bloat', 1000)).toBeUndefined()
    expect(judge('text', 'jitter', 1000)).toBeUndefined()
    expect(judge('text', 'loss', 50)).toBeUndefined()
  })

  it('estimates voice quality with the Twilio formula, judged for audio only', () => {
    expect(estimateMos(20, 3, 0)).toBeCloseTo(4.42, 2)
    expect(estimateMos(364, 10, 4)).toBeCloseTo(2.96, 1)
    expect(estimateMos(2000, 0, 0)).toBeCloseTo(1, 3)
    expect(judge('video', 'mos', 2)).toBeUndefined()
    const poor = snapshot({
      idle: { medianMs: 300, p90Ms: 320, jitterMs: 5, samples: 20 },
      udp: { ...snapshot().udp!, rttMedianMs: 300, jitterMs: 25, lossPct: 2, received: 392 },
    })
    const audio = evaluateConnection(poor, 'audio', english)
    expect(audio.status).toBe('fail')
    expect(audio.summary).toContain('voices would sound unclear (estimated 3.4 out of 5)')
    expect(audio.measurements?.find((m) => m.id === 'mosEstimate')).toMatchObject({
      value: 3.39,
      status: 'fail',
    })
  })

  it('grades bufferbloat like DSLReports', () => {
    expect([0, 5, 29, 30, 59, 60, 199, 200, 399, 400].map(gradeBufferbloat)).toEqual([
      'A+',
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'F',
    ])
  })

  it('stops early only for what the session needs', () => {
    expect(needFor('video')).toEqual({ download: 3, upload: 3 })
    expect(needFor('text')).toEqual({ download: 0.25, upload: 0.1 })
  })
})

describe('verdict and words', () => {
  it('passes a good connection with its figures in the summary', () => {
    const outcome = evaluateConnection(snapshot(), 'video', english)
    expect(outcome.status).toBe('pass')
    expect(outcome.summary).toBe(
      'Your connection looks good for a video session (download 50 Mbit/s, upload 20 Mbit/s, reply time 20 ms).',
    )
    expect(outcome.advice).toEqual([])
    expect(outcome.details?.verdicts).toEqual({ video: 'pass', audio: 'pass', text: 'pass' })
  })

  it('a slow upload fails video but passes audio and text', () => {
    const slow = snapshot({ upload: { ...snapshot().upload!, mbps: 0.4 } })
    const video = evaluateConnection(slow, 'video', english)
    expect(video.status).toBe('fail')
    expect(video.summary).toBe(
      'Your connection is not ready for a video session yet: the upload speed is too low (0.4 Mbit/s).',
    )
    expect(video.advice).toEqual([adviceText.cable, adviceText.pause, adviceText.audio, adviceText.network])
    expect(evaluateConnection(slow, 'audio', english).status).toBe('pass')
    expect(evaluateConnection(slow, 'text', english).status).toBe('pass')
    expect(video.details?.verdicts).toEqual({ video: 'fail', audio: 'pass', text: 'pass' })
  })

  it('bufferbloat is a caution with the advice to pause other traffic', () => {
    const outcome = evaluateConnection(
      snapshot({ loaded: { samples: 40, increaseMs: 150, rpm: 350 } }),
      'video',
      english,
    )
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toContain('it slows down when the line is busy (150 ms more)')
    expect(outcome.advice[0]).toBe(adviceText.pause)
    expect(outcome.measurements?.find((m) => m.id === 'loadedLatencyIncreaseMs')?.label).toContain('grade C')
  })

  it('names several problems in one sentence', () => {
    const outcome = evaluateConnection(
      snapshot({
        idle: { medianMs: 180, p90Ms: 200, jitterMs: 5, samples: 20 },
        udp: { ...snapshot().udp!, jitterMs: 25 },
      }),
      'video',
      english,
    )
    expect(outcome.summary).toBe(
      'Your connection should work for a video session, but replies take a little long (180 ms) and it is a little uneven (25 ms).',
    )
  })

  it('a burst of loss is red for video even when the average is low', () => {
    const outcome = evaluateConnection(
      snapshot({ udp: { ...snapshot().udp!, lossPct: 0.5, burstLossPct: 30, received: 398 } }),
      'video',
      english,
    )
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toContain('in bursts')
  })

  it("says loss may be the server's when its STUN answers said it was shedding a flood (issue 23, finding 4)", () => {
    const lossy = { ...snapshot().udp!, lossPct: 4, received: 384, serverShedding: true }
    const en = evaluateConnection(snapshot({ udp: lossy }), 'video', messagesFor('en'))
    expect(en.advice[0]).toBe(
      "The test server was overloaded and turned some traffic away while it measured, so some of this loss may be the server's, not your connection's. Run the check again in a few minutes.",
    )
    const es = evaluateConnection(snapshot({ udp: lossy }), 'video', messagesFor('es'))
    expect(es.advice[0]).toMatch(/^El servidor de prueba estaba sobrecargado/)
    // No loss, nothing to explain; loss without shedding, no such sentence.
    const clean = evaluateConnection(
      snapshot({ udp: { ...lossy, lossPct: 0, received: 400 } }),
      'video',
      messagesFor('en'),
    )
    expect(clean.advice.join(' ')).not.toContain('overloaded')
    const plain = evaluateConnection(
      snapshot({ udp: { ...lossy, serverShedding: false } }),
      'video',
      messagesFor('en'),
    )
    expect(plain.advice.join(' ')).not.toContain('overloaded')
  })

  it('blocked UDP is a caution for video and audio, not for text', () => {
    const blocked = snapshot({
      udp: {
        status: 'blocked',
        sent: 400,
        received: 0,
        lossPct: 100,
        lossUpperPct: 100,
        burstLossPct: 100,
        family: 'IPv4',
      },
    })
    const video = evaluateConnection(blocked, 'video', english)
    expect(video.status).toBe('warn')
    expect(video.advice).toEqual([adviceText.udp])
    expect(evaluateConnection(blocked, 'text', english).status).toBe('pass')
    expect(video.measurements?.find((m) => m.id === 'packetLossPct')).toBeUndefined()
  })

  it('reports sample counts and confidence for each figure', () => {
    const outcome = evaluateConnection(
      snapshot({ udp: { ...snapshot().udp!, sent: 120, received: 120, lossUpperPct: 2.5 } }),
      'video',
      english,
    )
    const byId = Object.fromEntries((outcome.measurements ?? []).map((m) => [m.id, m]))
    expect(byId.downloadMbps).toMatchObject({ samples: 30, confidence: 'high', status: 'pass' })
    expect(byId.latencyMs).toMatchObject({ samples: 20, confidence: 'high' })
    expect(byId.packetLossPct).toMatchObject({
      samples: 120,
      confidence: 'medium',
      label: 'Packet loss on a quiet line (none seen in 120 probes)',
    })
    expect(byId.dataUsedMB).toMatchObject({ value: 15, unit: 'MB' })
  })

  it('never claims "under 1%" from too few probes', () => {
    expect(lossLabel(0, 100, 2.95, english)).toBe('Packet loss on a quiet line (none seen in 100 probes)')
    expect(lossLabel(0, 400, 0.75, english)).toBe(
      'Packet loss on a quiet line (none in 400 probes: under 1%)',
    )
  })

  it('keeps the proxy host out of everything but identifiers', () => {
    const outcome = evaluateConnection(snapshot({ proxy: 'proxy.corp.example:3128' }), 'video', english)
    expect(JSON.stringify({ ...outcome, identifiers: undefined })).not.toContain('proxy.corp.example')
    expect(outcome.identifiers).toEqual({ proxy: 'proxy.corp.example:3128' })
  })

  it('a failure is "could not measure" with its reason and steps', () => {
    const outcome = evaluateConnection(
      snapshot({
        download: undefined,
        upload: undefined,
        loaded: undefined,
        failure: { kind: 'rate-limited', phase: 'download', detail: 'HTTP 429' },
      }),
      'video',
      english,
    )
    expect(outcome.status).toBe('error')
    expect(outcome.summary).toBe(
      'Could not measure your connection: the test server asked us to wait because it has had many tests.',
    )
    expect(outcome.advice).toEqual(['Wait a few minutes, then run this check again.'])
    expect(outcome.error).toBe('rate-limited during download: HTTP 429')
  })
})

describe('issue 11: figures you can trust, in words', () => {
  it('a lower bound reads "at least …, more than a video session needs", with its reason, and is marked in JSON', () => {
    const fast = snapshot({
      download: { ...snapshot().download!, mbps: 58.2, bound: 'lower', boundReason: 'need-proven' },
      upload: { ...snapshot().upload!, bound: 'lower', boundReason: 'data-cap' },
    })
    const outcome = evaluateConnection(fast, 'video', english)
    expect(outcome.summary).toBe(
      'Your connection looks good for a video session (download at least 58 Mbit/s, more than a video session needs, upload at least 20 Mbit/s, more than a video session needs, reply time 20 ms).',
    )
    const byId = Object.fromEntries((outcome.measurements ?? []).map((m) => [m.id, m]))
    expect(byId.downloadMbps).toMatchObject({
      value: 58.2,
      bound: 'lower',
      label: 'Download, at least (the test stopped once the need of a video session was proven)',
    })
    expect(byId.uploadMbps).toMatchObject({
      bound: 'lower',
      label: 'Upload, at least (the test stopped when the data cap was reached)',
    })
    expect(
      evaluateConnection(snapshot(), 'video', english).measurements?.find((m) => m.id === 'downloadMbps'),
    ).not.toHaveProperty('bound')
  })

  it('a report with a lower bound is valid against the shipped schema', () => {
    const outcome = evaluateConnection(
      snapshot({ download: { ...snapshot().download!, bound: 'lower', boundReason: 'data-cap' } }),
      'video',
      english,
    )
    const validate = reportValidator()
    const check = { id: 'connection', title: 'Connection', durationMs: 9000, ...outcome }
    const report = {
      schemaVersion: 1,
      tool: { name: 'session-checkup', version: '0.1.0' },
      startedAt: new Date(0).toISOString(),
      durationMs: 9000,
      session: 'video',
      verdict: 'ready',
      exitCode: 0,
      checks: [check],
    }
    const measurementErrors = (r: unknown) => (
      validate(r),
      validate.errors?.filter((e) => e.instancePath.includes('measurements')) ?? []
    )
    expect(measurementErrors(report)).toEqual([])
    // The validator does read the field: anything but "lower" is refused.
    const wrong = {
      ...report,
      checks: [{ ...check, measurements: check.measurements?.map((m) => ({ ...m, bound: 'upper' })) }],
    }
    expect(measurementErrors(wrong).length).toBeGreaterThan(0)
  })

  it('a busy computer: the timing problems become one caution to close programs, never "restart your router"', () => {
    const busy = snapshot({
      eventLoopDelayMs: 120,
      loaded: { samples: 40, increaseMs: 80, rpm: 600 },
      idle: { medianMs: 150, p90Ms: 200, jitterMs: 5, samples: 20 },
    })
    const outcome = evaluateConnection(busy, 'video', english)
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toBe(
      'Your connection should work for a video session, but this computer was busy during the test, so its reply times may look slower than your connection really is.',
    )
    expect(outcome.advice).toEqual([adviceText.busy])
    expect(outcome.advice).not.toContain(adviceText.restart)
    const byId = Object.fromEntries((outcome.measurements ?? []).map((m) => [m.id, m]))
    expect(byId.loadedLatencyIncreaseMs).toMatchObject({ confidence: 'low' })
    expect(byId.latencyMs).toMatchObject({ confidence: 'low' })
    expect(byId.eventLoopDelayMs).toMatchObject({ value: 120, unit: 'ms' })
    expect(outcome.details).toMatchObject({ eventLoopDelayMs: 120, computerBusy: true })
  })

  it('the same figures on a computer that was not busy keep their advice to restart the router', () => {
    const outcome = evaluateConnection(
      snapshot({ eventLoopDelayMs: 4, idle: { medianMs: 150, p90Ms: 200, jitterMs: 5, samples: 20 } }),
      'video',
      english,
    )
    expect(outcome.summary).toContain('replies take a little long (150 ms)')
    expect(outcome.advice).toContain(adviceText.restart)
    expect(outcome.details).toMatchObject({ computerBusy: false })
  })

  it('a busy computer with good timing figures still passes', () => {
    expect(evaluateConnection(snapshot({ eventLoopDelayMs: 120 }), 'video', english).status).toBe('pass')
  })

  it('a loss-test server whose name is not found: a caution that says so, apart from "UDP is blocked"', () => {
    const untested = snapshot({
      udp: {
        status: 'untested',
        cause: 'dns',
        reason: 'could not find stun.example.test: ENOTFOUND',
        sent: 0,
        received: 0,
        lossPct: 0,
        lossUpperPct: 100,
        burstLossPct: 0,
      },
    })
    const outcome = evaluateConnection(untested, 'video', english)
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toBe(
      "Your connection should work for a video session, but this check could not test for lost data: the loss-test server's name was not found.",
    )
    expect(outcome.advice).toEqual([adviceText.udpUntested])
    expect(outcome.summary).not.toContain('blocks')
    const byId = Object.fromEntries((outcome.measurements ?? []).map((m) => [m.id, m]))
    expect(byId.lossTest).toMatchObject({ value: "not run: the loss-test server's name was not found" })
    expect(byId.udpReachable).toBeUndefined()
    expect(byId.packetLossPct).toBeUndefined()
  })

  it('loss under load is shown apart and never judged', () => {
    const outcome = evaluateConnection(
      snapshot({ udp: { ...snapshot().udp!, underLoad: { sent: 300, received: 270, lossPct: 10 } } }),
      'video',
      english,
    )
    expect(outcome.status).toBe('pass')
    expect(outcome.measurements?.find((m) => m.id === 'packetLossUnderLoadPct')).toEqual({
      id: 'packetLossUnderLoadPct',
      label: 'Packet loss while this check filled the line (not judged)',
      value: 10,
      unit: '%',
      samples: 300,
    })
  })
})

describe('issue 22: a failing figure does not hide the others', () => {
  // A 1 Mbit/s line with 200 ms replies and 5% loss: the loss fails a video session, the speed and
  // the reply time are worth a look. The summary, not only --verbose, names all three.
  const slowLine = snapshot({
    idle: { medianMs: 200, p90Ms: 210, jitterMs: 2, samples: 20 },
    download: { ...snapshot().download!, mbps: 1 },
    upload: { ...snapshot().upload!, mbps: 1 },
    loaded: { downloadMedianMs: 210, uploadMedianMs: 215, samples: 40, increaseMs: 15, rpm: 280 },
    udp: { ...snapshot().udp!, received: 380, lossPct: 5, lossUpperPct: 7.5, rttMedianMs: 200 },
  })

  it('names the loss, the slow download and the long reply time in the summary', () => {
    const outcome = evaluateConnection(slowLine, 'video', messagesFor('en'))
    expect(outcome.status).toBe('fail')
    expect(outcome.summary).toBe(
      'Your connection is not ready for a video session yet: too much data goes missing on the way (5%). Also, the download speed is on the low side (1 Mbit/s), the upload speed is on the low side (1 Mbit/s) and replies take a little long (200 ms).',
    )
  })

  it('says the same in Spanish', () => {
    const outcome = evaluateConnection(slowLine, 'video', messagesFor('es'))
    expect(outcome.summary).toMatch(
      /se pierden demasiados datos.*Además, la velocidad de descarga es algo baja/,
    )
    expect(outcome.summary).toContain('el retraso es un poco alto')
  })
})
