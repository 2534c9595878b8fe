/**
 * How the Wi-Fi verdict puts its sentences together (issue 15: surviving mutants showed these
 * untested): the VPN sentence only after a pass, the weak-signal words only on the last sentence,
 * sentences joined by a space, and where the weak-signal line sits. The catalogue is replaced by
 * one that echoes the key and its values, so these tests hold whatever the wording.
 */
import { describe, expect, it } from 'vitest'
import { evaluateWifi } from '../../../src/checks/wifi/evaluate.js'
import { isWeak, WEAK_SIGNAL_PERCENT } from '../../../src/checks/wifi/thresholds.js'
import type { Msg } from '../../../src/messages/index.js'
import type { WifiGrade, WifiReading, WifiSnapshot } from '../../../src/platform/wifi/types.js'

const echo = ((key: string, values?: Record<string, string | number>) =>
  values
    ? `${key}(${Object.entries(values)
        .map(([name, value]) => `${name}=${value}`)
        .join('; ')})`
    : key) as Msg

const reading = (grade: WifiGrade, extra: Partial<WifiReading> = {}): WifiReading => ({
  security: { grade },
  source: 'nmcli',
  signalDbm: -55,
  ...extra,
})
const onWifi = (grade: WifiGrade, extra: Partial<WifiReading> = {}, vpn = false): WifiSnapshot => ({
  link: { kind: 'wifi', iface: 'wlan0', vpn: vpn ? { active: true, iface: 'wg0' } : { active: false } },
  wifi: reading(grade, extra),
})

describe('the Wi-Fi summary, sentence by sentence', () => {
  it('a protected network with a VPN: two sentences, joined by a space', () => {
    expect(evaluateWifi(onWifi('wpa2-personal', {}, true), 'video', echo).summary).toMatch(
      /^wifi\.summary\.protected\([^)]*\) wifi\.summary\.vpnToo$/,
    )
  })

  it('with a weak signal on video, only the last sentence says the signal is weak', () => {
    const outcome = evaluateWifi(onWifi('wpa2-personal', { signalDbm: -80 }, true), 'video', echo)
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toMatch(/^wifi\.summary\.protected\([^)]*\) wifi\.summary\.vpnTooWeak$/)
  })

  it('an open network with a VPN: no "a VPN is on too" after a problem', () => {
    expect(evaluateWifi(onWifi('open', {}, true), 'video', echo).summary).not.toContain('wifi.summary.vpnToo')
  })
})

describe('weak by percentage', () => {
  it(`${WEAK_SIGNAL_PERCENT} % is fine, one less is weak, and no reading at all is not weak`, () => {
    expect(
      isWeak(reading('wpa2-personal', { signalDbm: undefined, signalPercent: WEAK_SIGNAL_PERCENT })),
    ).toBe(false)
    expect(
      isWeak(reading('wpa2-personal', { signalDbm: undefined, signalPercent: WEAK_SIGNAL_PERCENT - 1 })),
    ).toBe(true)
    expect(isWeak(reading('wpa2-personal', { signalDbm: undefined }))).toBe(false)
  })
})
