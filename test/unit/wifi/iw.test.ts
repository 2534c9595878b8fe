import { describe, expect, it } from 'vitest'
import {
  findIwAssociated,
  gradeIwBss,
  parseIwDev,
  parseIwLink,
  parseIwScanDump,
} from '../../../src/platform/wifi/iw.js'
import { fixture } from './fixtures.js'

describe('iw', () => {
  it('lists Wi-Fi interfaces from iw dev', () => {
    expect(parseIwDev(fixture('linux/iw-dev-two-interfaces.txt'))).toEqual(['wlan1', 'wlan0'])
  })

  it('reads iw link when connected', () => {
    expect(parseIwLink(fixture('linux/iw-link-connected.txt'))).toEqual({
      connected: true,
      bssid: 'f0:99:bf:0e:86:98',
      ssid: 'knowhere',
      frequencyMhz: 2462,
      signalDbm: -65,
    })
  })

  it('reads iw link when not connected', () => {
    expect(parseIwLink(fixture('linux/iw-link-not-connected.txt'))).toEqual({ connected: false })
  })

  it('finds the associated BSS in a scan and grades it WPA2', () => {
    const bss = findIwAssociated(parseIwScanDump(fixture('linux/iw-scan-associated-psk.txt')))
    expect(bss).toMatchObject({
      bssid: 'f0:99:bf:0e:86:98',
      ssid: 'knowhere',
      frequencyMhz: 2462,
      signalDbm: -63,
      privacy: true,
      rsnSuites: ['PSK'],
    })
    expect(gradeIwBss(bss!)).toMatchObject({ grade: 'wpa2-personal' })
  })

  it('grades PSK, 802.1X and open networks from a Raspberry Pi scan', () => {
    const list = parseIwScanDump(fixture('linux/iw-scan-raspberry-pi.txt'))
    expect(list.map((b) => [b.ssid, gradeIwBss(b).grade])).toEqual([
      ['WIFI_IUTB_IOT', 'wpa2-personal'],
      ['eduroam', 'enterprise'],
      ['UM-net', 'open'],
    ])
    expect(findIwAssociated(list)).toBeUndefined()
  })

  it('grades a WPA2/WPA3 transition RSN element (iw 5.4)', () => {
    const text = `BSS 00:11:22:33:44:55(on wlp1s0) -- associated\n\tcapability: ESS Privacy (0x0011)\n${fixture('linux/iw-scan-transition-rsn-fragment.txt')}`
    const bss = findIwAssociated(parseIwScanDump(text))
    expect(bss?.rsnSuites).toEqual(['PSK', 'PSK/SHA-256', 'SAE'])
    expect(gradeIwBss(bss!)).toMatchObject({ grade: 'wpa3-personal', transition: true })
  })

  it.each([
    [{ privacy: true, rsnSuites: [], wpaSuites: [], pairwiseCiphers: [] }, 'wep'],
    [{ privacy: false, rsnSuites: [], wpaSuites: [], pairwiseCiphers: [] }, 'open'],
    [{ privacy: false, rsnSuites: ['OWE'], wpaSuites: [], pairwiseCiphers: ['CCMP'] }, 'owe'],
    [{ privacy: true, rsnSuites: ['00-0f-ac:8'], wpaSuites: [], pairwiseCiphers: ['CCMP'] }, 'wpa3-personal'],
    [{ privacy: true, rsnSuites: [], wpaSuites: ['PSK'], pairwiseCiphers: ['TKIP'] }, 'wpa'],
    [
      { privacy: true, rsnSuites: ['FT/IEEE 802.1X'], wpaSuites: [], pairwiseCiphers: ['CCMP'] },
      'enterprise',
    ],
  ])('grades %j as %s', (bss, grade) => {
    expect(gradeIwBss(bss).grade).toBe(grade)
  })

  it('does not treat an indented "BSS Load:" line as a new access point', () => {
    const list = parseIwScanDump(
      'BSS aa:bb:cc:dd:ee:02(on wlan0) -- associated\n\tcapability: ESS Privacy\n\tSSID: Home\n\tBSS Load:\n\t\t * station count: 2\n\tRSN:\t * Version: 1\n\t\t * Authentication suites: PSK\n',
    )
    expect(list).toHaveLength(1)
    expect(gradeIwBss(list[0]!).grade).toBe('wpa2-personal')
  })

  it('decodes \\x escapes in network names', () => {
    const [bss] = parseIwScanDump(
      'BSS aa:bb:cc:dd:ee:02(on wlan0) -- associated\n\tSSID: caf\\xc3\\xa9\\x20net\n',
    )
    expect(bss?.ssid).toBe('café net')
  })
})
