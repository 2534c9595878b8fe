/**
 * Boundaries that surviving mutants showed were untested (issue 15: a sample of 17 mutants left
 * 6 alive). Each test below fails on the mutant named in its title. The per-check timeout that
 * could be ignored is covered in test/unit/checks/run-checks.test.ts ("names the limit that
 * stopped the check", "gives each check the limit it applied").
 */
import { describe, expect, it } from 'vitest'
import { evaluateConnection } from '../../src/checks/connection/evaluate.js'
import { evaluateWifi } from '../../src/checks/wifi/evaluate.js'
import type { ConnectionSnapshot } from '../../src/net/types.js'
import { summarizeTrain } from '../../src/net/stun-probe.js'
import { gradeWinRt } from '../../src/platform/wifi/windows.js'
import type { WifiSnapshot } from '../../src/platform/wifi/types.js'
import { MAX_TEXT_LENGTH, sanitizeText } from '../../src/text/sanitize.js'
import { english } from '../helpers/english.js'

const onWifiWithSignal = (signalDbm: number): WifiSnapshot => ({
  link: { kind: 'wifi', iface: 'wlan0', vpn: { active: false } },
  wifi: { security: { grade: 'wpa2-personal' }, source: 'nmcli', signalDbm },
})

describe('weak Wi-Fi signal: weaker than -72 dBm, not -72 itself (mutant: < -72 → <= -72)', () => {
  it('-72 dBm is fine', () => {
    const outcome = evaluateWifi(onWifiWithSignal(-72), 'video', english)
    expect(outcome.status).toBe('pass')
    expect(outcome.summary).not.toMatch(/weak/)
  })

  it('-73 dBm is weak', () => {
    const outcome = evaluateWifi(onWifiWithSignal(-73), 'video', english)
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toMatch(/signal is weak/)
  })
})

describe('Windows (WinRT) shared-key authentication is WEP, never WPA2 (mutant: SharedKey80211 graded as WPA2)', () => {
  it.each(['SharedKey80211', 'sharedkey80211'])('%s', (auth) => {
    expect(gradeWinRt(auth, 'Wep').grade).toBe('wep')
    expect(gradeWinRt(auth, 'None').grade).toBe('wep')
  })

  it('and RsnaPsk is still WPA2', () => {
    expect(gradeWinRt('RsnaPsk', 'Ccmp').grade).toBe('wpa2-personal')
  })
})

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

describe('the cap on outside text is exactly MAX_TEXT_LENGTH characters (mutant: the cap boundary)', () => {
  it('keeps text of exactly the cap whole', () => {
    const text = 'x'.repeat(MAX_TEXT_LENGTH)
    expect(sanitizeText(text)).toBe(text)
  })

  it('shortens text one character over the cap to the cap, ending in an ellipsis', () => {
    const cut = sanitizeText('x'.repeat(MAX_TEXT_LENGTH + 1))
    expect(Array.from(cut)).toHaveLength(MAX_TEXT_LENGTH)
    expect(cut).toBe(`${'x'.repeat(MAX_TEXT_LENGTH - 1)}…`)
  })

  it('counts characters, not UTF-16 units', () => {
    const houses = '🏠'.repeat(MAX_TEXT_LENGTH)
    expect(sanitizeText(houses)).toBe(houses)
  })

  it('honours a smaller cap at its boundary too', () => {
    expect(sanitizeText('abcde', 5)).toBe('abcde')
    expect(sanitizeText('abcdef', 5)).toBe('abcd…')
  })
})

function connection(downloadMbps: number): ConnectionSnapshot {
  return {
    engine: 'builtin',
    server: 'https://speed.example',
    stun: 'stun.example:3478',
    ipVersions: ['IPv4'],
    idle: { medianMs: 20, p90Ms: 25, jitterMs: 2, samples: 20 },
    download: {
      mbps: downloadMbps,
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
  }
}

describe('"switch to audio only" is advice for a video session that fails, not one that only warns (mutant: shown on warnings)', () => {
  const audioAdvice = (advice: readonly string[]) => advice.filter((line) => /switch to audio/i.test(line))

  it('a download that is only a little slow for video: no advice to switch to audio', () => {
    const outcome = evaluateConnection(connection(2.5), 'video', english)
    expect(outcome.status).toBe('warn')
    expect(audioAdvice(outcome.advice)).toEqual([])
  })

  it('a download too slow for video: the advice to switch to audio is there', () => {
    const outcome = evaluateConnection(connection(0.5), 'video', english)
    expect(outcome.status).toBe('fail')
    expect(audioAdvice(outcome.advice)).toHaveLength(1)
  })

  it('never for an audio session', () => {
    expect(audioAdvice(evaluateConnection(connection(0.05), 'audio', english).advice)).toEqual([])
  })
})
