/**
 * Edges of the wpa_cli reader that surviving mutants showed were untested (issue 15): the exact
 * grade, raw text and TKIP mark for each key management wpa_supplicant names, and odd lines.
 * Hand-made inputs; the captured output is in wpa-cli.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { gradeWpaCli, parseWpaCliStatus } from '../../../src/platform/wifi/wpa-cli.js'

describe('wpa_cli status lines', () => {
  it('reads padded keys and values, skips lines without a key, and leaves out what is missing', () => {
    const text = [
      "Selected interface 'wlan0'",
      '=orphan',
      ' wpa_state = COMPLETED ',
      'freq=abc',
      'ssid=a=b',
    ].join('\n')
    expect(parseWpaCliStatus(text)).toStrictEqual({ wpaState: 'COMPLETED', ssid: 'a=b' })
  })

  it('reads the frequency as a number', () => {
    expect(parseWpaCliStatus('freq=5180\n')).toStrictEqual({ frequencyMhz: 5180 })
  })
})

describe('negotiated key management, exactly', () => {
  it.each([
    [{}, { grade: 'unknown', raw: '(none)' }],
    [{ keyMgmt: '' }, { grade: 'unknown', raw: '' }],
    [
      { keyMgmt: 'NONE', pairwiseCipher: 'NONE' },
      { grade: 'open', raw: 'NONE' },
    ],
    [{ keyMgmt: 'NONE' }, { grade: 'open', raw: 'NONE' }],
    [
      { keyMgmt: 'NONE', pairwiseCipher: 'WEP-40' },
      { grade: 'wep', raw: 'NONE' },
    ],
    [
      { keyMgmt: 'none', pairwiseCipher: 'CCMP' },
      { grade: 'unknown', raw: 'none' },
    ],
    [{ keyMgmt: 'WPA2-EAP-SUITE-B-192' }, { grade: 'enterprise', raw: 'WPA2-EAP-SUITE-B-192' }],
    [{ keyMgmt: 'FILS-SHA256' }, { grade: 'enterprise', raw: 'FILS-SHA256' }],
    [{ keyMgmt: 'SAE' }, { grade: 'wpa3-personal', raw: 'SAE' }],
    [
      { keyMgmt: 'WPA-PSK', pairwiseCipher: 'CCMP' },
      { grade: 'wpa', raw: 'WPA-PSK', tkip: true },
    ],
    [{ keyMgmt: 'WPA-NONE' }, { grade: 'wpa', raw: 'WPA-NONE', tkip: true }],
    [
      { keyMgmt: 'WPA2-PSK', pairwiseCipher: 'TKIP' },
      { grade: 'wpa2-personal', raw: 'WPA2-PSK', tkip: true },
    ],
    [
      { keyMgmt: 'WPA2-PSK', pairwiseCipher: 'CCMP' },
      { grade: 'wpa2-personal', raw: 'WPA2-PSK' },
    ],
    [
      { keyMgmt: 'FT-PSK', pairwiseCipher: 'tkip' },
      { grade: 'wpa2-personal', raw: 'FT-PSK', tkip: true },
    ],
  ])('%j', (status, expected) => {
    expect(gradeWpaCli(status)).toStrictEqual(expected)
  })
})
