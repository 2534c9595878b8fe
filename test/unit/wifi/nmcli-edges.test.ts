/**
 * Edges of the nmcli readers that surviving mutants showed were untested (issue 15): grades decided
 * by the flags alone or by the SECURITY words alone, with the exact raw text and TKIP/transition
 * marks; padded and short lines; warnings before the radio line. Hand-made inputs; the captured
 * outputs are in nmcli.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  gradeNmcliAccessPoint,
  gradeNmcliKeyMgmt,
  parseNmcliDeviceShow,
  parseNmcliDevices,
  parseNmcliRadio,
  parseNmcliWifiList,
  splitNmcliTerse,
} from '../../../src/platform/wifi/nmcli.js'

describe('terse lines', () => {
  it('keeps a lone backslash at the end of a line', () => {
    expect(splitNmcliTerse('name\\')).toEqual(['name\\'])
  })

  it('skips lines with fewer fields than asked for, and reads padded fields without the padding', () => {
    const text = [
      'garbage',
      ' * :AA\\:BB\\:CC\\:DD\\:EE\\:01:Home: WPA2 : (none) : pair_ccmp psk :2412:70',
    ].join('\n')
    expect(parseNmcliWifiList(text)).toStrictEqual([
      {
        inUse: true,
        bssid: 'AA:BB:CC:DD:EE:01',
        ssid: 'Home',
        security: 'WPA2',
        wpaFlags: '(none)',
        rsnFlags: 'pair_ccmp psk',
        frequencyMhz: 2412,
        signalPercent: 70,
      },
    ])
    expect(parseNmcliWifiList(' yes :Home:WPA2', ['ACTIVE', 'SSID', 'SECURITY'])).toStrictEqual([
      { inUse: true, bssid: '', ssid: 'Home', security: 'WPA2', wpaFlags: '', rsnFlags: '' },
    ])
  })
})

describe('access point grades, exactly', () => {
  it.each([
    // [SECURITY, WPA-FLAGS, RSN-FLAGS, expected]
    ['', '(none)', '(none)', { grade: 'open', raw: '(none)' }],
    ['', '(none)', 'pair_ccmp', { grade: 'unknown', raw: '(none)' }],
    ['WPA2', '(none)', '(none)', { grade: 'wpa2-personal', raw: 'WPA2' }],
    ['WPA2', '(none)', 'pair_tkip group_tkip psk', { grade: 'wpa2-personal', raw: 'WPA2', tkip: true }],
    ['WPA2', '(none)', 'pair_tkip pair_ccmp psk', { grade: 'wpa2-personal', raw: 'WPA2' }],
    ['', '(none)', 'pair_ccmp group_ccmp psk', { grade: 'wpa2-personal', raw: '(none)' }],
    ['', '(none)', 'psk pair_ccmp', { grade: 'wpa2-personal', raw: '(none)' }],
    ['', '(none)', 'pair_ccmp ft/psk', { grade: 'unknown', raw: '(none)' }],
    ['', '(none)', 'pair_ccmp 802.1X', { grade: 'enterprise', raw: '(none)' }],
    ['', '(none)', 'wpa-eap-suite-b-192', { grade: 'enterprise', raw: '(none)' }],
    ['802.1X', '(none)', '(none)', { grade: 'enterprise', raw: '802.1X' }],
    ['WPA-EAP-SUITE-B-192', '(none)', '(none)', { grade: 'enterprise', raw: 'WPA-EAP-SUITE-B-192' }],
    ['', '(none)', 'pair_ccmp sae', { grade: 'wpa3-personal', raw: '(none)' }],
    ['WPA3', '(none)', '(none)', { grade: 'wpa3-personal', raw: 'WPA3' }],
    ['WPA2 WPA3', '(none)', 'pair_ccmp sae', { grade: 'wpa3-personal', raw: 'WPA2 WPA3', transition: true }],
    ['WPA1 WPA3', '(none)', 'pair_ccmp sae', { grade: 'wpa3-personal', raw: 'WPA1 WPA3', transition: true }],
    ['', 'psk', 'pair_ccmp sae', { grade: 'wpa3-personal', raw: '(none)', transition: true }],
    ['OWE', '(none)', '(none)', { grade: 'owe', raw: 'OWE' }],
    ['', '(none)', 'pair_ccmp owe', { grade: 'owe', raw: '(none)' }],
  ])('%j, WPA %j, RSN %j', (security, wpaFlags, rsnFlags, expected) => {
    expect(gradeNmcliAccessPoint({ security, wpaFlags, rsnFlags })).toStrictEqual(expected)
  })
})

describe('other nmcli lines', () => {
  it('device list: skips blank lines and fills missing fields with empty text', () => {
    expect(parseNmcliDevices('lo\n   \n')).toStrictEqual([
      { device: 'lo', type: '', state: '', connection: '' },
    ])
  })

  it('radio: reads the first line with a colon, padded or after a line without one', () => {
    expect(parseNmcliRadio('** warning\n enabled:enabled \n')).toEqual({ hardware: true, enabled: true })
    expect(parseNmcliRadio('disabled:enabled\n')).toEqual({ hardware: false, enabled: false })
    expect(parseNmcliRadio('')).toBeUndefined()
  })

  it('device show: trims the connection id', () => {
    expect(parseNmcliDeviceShow('GENERAL.CON-UUID:  3e1c1f6a  \n')).toStrictEqual({
      connectionUuid: '3e1c1f6a',
    })
  })

  it('profile key management keeps what it read as raw', () => {
    expect(gradeNmcliKeyMgmt('\n')).toStrictEqual({ grade: 'open', raw: '(empty)' })
    expect(gradeNmcliKeyMgmt('WPA-PSK\n')).toStrictEqual({ grade: 'wpa2-personal', raw: 'wpa-psk' })
  })
})
