/**
 * Edges of the iw reader that surviving mutants showed were untested (issue 15): the exact grade,
 * raw text and TKIP/transition marks for each suite iw names (by name and by number), WPA
 * elements, cipher lists, and partial `iw link` output. Hand-made inputs; the captured outputs
 * are in iw.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { gradeIwBss, parseIwDev, parseIwLink, parseIwScanDump } from '../../../src/platform/wifi/iw.js'

const bss = (
  rsnSuites: string[],
  pairwiseCiphers: string[] = ['CCMP'],
  wpaSuites: string[] = [],
  privacy = true,
) => ({ privacy, rsnSuites, wpaSuites, pairwiseCiphers })

describe('access point grades from iw, exactly', () => {
  it.each([
    [bss([], [], [], false), { grade: 'open', raw: '(none)' }],
    [bss([], []), { grade: 'wep', raw: 'Privacy' }],
    [bss(['PSK']), { grade: 'wpa2-personal', raw: 'PSK' }],
    [bss(['PSK'], ['TKIP']), { grade: 'wpa2-personal', raw: 'PSK', tkip: true }],
    [bss(['PSK'], ['TKIP', 'CCMP']), { grade: 'wpa2-personal', raw: 'PSK' }],
    [bss(['PSK'], []), { grade: 'wpa2-personal', raw: 'PSK' }],
    [bss([], ['CCMP'], ['PSK']), { grade: 'wpa', raw: 'PSK', tkip: true }],
    [bss(['SAE']), { grade: 'wpa3-personal', raw: 'SAE' }],
    [bss(['PSK', 'SAE']), { grade: 'wpa3-personal', raw: 'PSK SAE', transition: true }],
    [bss(['00-0f-ac:2']), { grade: 'wpa2-personal', raw: '00-0f-ac:2' }],
    [bss(['00-0f-ac:9']), { grade: 'wpa3-personal', raw: '00-0f-ac:9' }],
    [bss(['00-0f-ac:18']), { grade: 'owe', raw: '00-0f-ac:18' }],
    [bss(['00-0f-ac:1']), { grade: 'enterprise', raw: '00-0f-ac:1' }],
    [bss(['00-0f-ac:12']), { grade: 'enterprise', raw: '00-0f-ac:12' }],
    [bss(['FILS-SHA256']), { grade: 'enterprise', raw: 'FILS-SHA256' }],
    [bss(['SUITE-B-192']), { grade: 'enterprise', raw: 'SUITE-B-192' }],
    // Suite numbers are whole: 10 is not 1, 22 is not 2, 80 is not 8, 180 is not 18.
    [bss(['00-0f-ac:10']), { grade: 'unknown', raw: '00-0f-ac:10' }],
    [bss(['00-0f-ac:22']), { grade: 'unknown', raw: '00-0f-ac:22' }],
    [bss(['00-0f-ac:80']), { grade: 'unknown', raw: '00-0f-ac:80' }],
    [bss(['00-0f-ac:180']), { grade: 'unknown', raw: '00-0f-ac:180' }],
  ])('%j', (input, expected) => {
    expect(gradeIwBss(input)).toStrictEqual(expected)
  })
})

describe('iw scan dump, by hand', () => {
  it('keeps WPA and RSN suites apart, collects the ciphers, and ignores suites outside an element', () => {
    const text = [
      'BSS aa:bb:cc:dd:ee:01(on wlan0)',
      '\tcapability: ESS (0x0001)',
      '\tfreq: 2412.4',
      '\tsignal: -47.60 dBm',
      '\tSSID:   Cafe',
      '\tWPA:\t * Version: 1',
      '\t\t * Pairwise ciphers: TKIP',
      '\t\t * Authentication suites: PSK',
      '\tRSN:\t * Version: 1',
      '\t\t * Pairwise ciphers: CCMP TKIP',
      '\t\t * Authentication suites: PSK IEEE 802.1X',
      '\tWMM:\t * Parameter version 1',
      '\t\t * Authentication suites: SAE',
      '\tExtended capabilities:',
      '\t * Authentication suites: OWE',
    ].join('\n')
    expect(parseIwScanDump(text)).toStrictEqual([
      {
        bssid: 'aa:bb:cc:dd:ee:01',
        associated: false,
        privacy: false,
        rsnSuites: ['PSK', 'IEEE 802.1X'],
        wpaSuites: ['PSK'],
        pairwiseCiphers: ['TKIP', 'CCMP', 'TKIP'],
        frequencyMhz: 2412,
        signalDbm: -48,
        ssid: 'Cafe',
      },
    ])
  })

  it('an access point without a capability line has no Privacy bit and no ciphers', () => {
    expect(parseIwScanDump('BSS aa:bb:cc:dd:ee:02(on wlan0) -- associated\n\tSSID: x\n')).toStrictEqual([
      {
        bssid: 'aa:bb:cc:dd:ee:02',
        associated: true,
        privacy: false,
        rsnSuites: [],
        wpaSuites: [],
        pairwiseCiphers: [],
        ssid: 'x',
      },
    ])
  })

  it('ignores lines before the first access point', () => {
    expect(parseIwScanDump('\tSSID: stray\n\tcapability: ESS Privacy\n')).toEqual([])
  })
})

describe('iw link and iw dev, by hand', () => {
  it('leaves out the fields iw link did not print, and rounds the rest', () => {
    expect(parseIwLink('Connected to aa:bb:cc:dd:ee:ff (on wlan0)\n')).toStrictEqual({
      connected: true,
      bssid: 'aa:bb:cc:dd:ee:ff',
    })
    const text =
      'Connected to AA:BB:CC:DD:EE:FF (on wlan0)\n\tSSID:caf\\xc3\\xa9\n\tfreq: 5179.6\n\tsignal: -40.6 dBm\n'
    expect(parseIwLink(text)).toStrictEqual({
      connected: true,
      bssid: 'AA:BB:CC:DD:EE:FF',
      ssid: 'café',
      frequencyMhz: 5180,
      signalDbm: -41,
    })
  })

  it('reads lines without indentation or spaces after the colon', () => {
    const text = 'Connected to aa:bb:cc:dd:ee:ff (on wlan0)\nSSID:Home\nfreq:2412\nsignal:-52dBm\n'
    expect(parseIwLink(text)).toStrictEqual({
      connected: true,
      bssid: 'aa:bb:cc:dd:ee:ff',
      ssid: 'Home',
      frequencyMhz: 2412,
      signalDbm: -52,
    })
  })

  it('keeps an empty network name as empty', () => {
    expect(parseIwLink('Connected to aa:bb:cc:dd:ee:ff (on wlan0)\n\tSSID: \n')).toMatchObject({ ssid: '' })
  })

  it('reads interface names at any indentation', () => {
    expect(
      parseIwDev('phy#0\nInterface wlan0\n\t\tInterface wlan1\n\tInterface  wlan2\n\tifindex 3\n'),
    ).toEqual(['wlan0', 'wlan1', 'wlan2'])
  })
})
