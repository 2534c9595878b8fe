/**
 * Edges of the macOS readers that surviving mutants showed were untested (issue 15): every key
 * management name ipconfig and CoreWLAN print, the placeholders macOS uses for a withheld name,
 * and odd or partial JSON. Hand-made inputs; the captured outputs are in macos.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  gradeCoreWlanSecurity,
  gradeIpconfigSecurity,
  gradeSystemProfilerMode,
  isRedacted,
  parseCoreWlan,
  parseHardwarePorts,
  parseIpconfigSummary,
  parseSystemProfilerAirport,
} from '../../../src/platform/wifi/macos.js'

describe('ipconfig getsummary, by hand', () => {
  it('reads only the summary’s own keys (two spaces), trims values, and reads FALSE as false', () => {
    const text = [
      '<dictionary> {',
      '  InterfaceType : WiFi',
      '  IsExpensive : FALSE',
      '  Security : WPA2_PSK   ',
      '    SSID : inner',
      '  LinkStatusActive : FALSE',
      '}',
    ].join('\n')
    expect(parseIpconfigSummary(text)).toStrictEqual({
      interfaceType: 'WiFi',
      isExpensive: false,
      security: 'WPA2_PSK',
      linkActive: false,
    })
  })

  it('reads a phone hotspot as expensive', () => {
    expect(parseIpconfigSummary('  IsExpensive : TRUE')).toStrictEqual({ isExpensive: true })
  })
})

describe('ipconfig key management names', () => {
  it.each([
    [undefined, { grade: 'unknown', raw: '(none)' }],
    ['', { grade: 'unknown', raw: '' }],
    ['UNKNOWN', { grade: 'unknown', raw: 'UNKNOWN' }],
    ['Unrecognized', { grade: 'unknown', raw: 'Unrecognized' }],
    ['LEAP', { grade: 'enterprise', raw: 'LEAP' }],
    ['FT_8021X', { grade: 'enterprise', raw: 'FT_8021X' }],
    ['SHA256_8021X', { grade: 'enterprise', raw: 'SHA256_8021X' }],
    ['SHA384_8021X', { grade: 'enterprise', raw: 'SHA384_8021X' }],
    ['WPA_PSK', { grade: 'wpa', raw: 'WPA_PSK', tkip: true }],
    ['SOMETHING_NEW', { grade: 'unknown', raw: 'SOMETHING_NEW' }],
  ])('%j', (value, expected) => {
    expect(gradeIpconfigSecurity(value)).toStrictEqual(expected)
  })
})

describe('names macOS withholds', () => {
  it.each([undefined, null, '', '<redacted>', '<Private>'])('%j is withheld', (value) => {
    expect(isRedacted(value)).toBe(true)
  })

  it.each(['Home', 'my <redacted> net', '<redacted> cafe', 'cafe <private>'])(
    '%j is a real name',
    (value) => {
      expect(isRedacted(value)).toBe(false)
    },
  )
})

describe('CoreWLAN script output, by hand', () => {
  it('is no answer when it is not an object', () => {
    expect(parseCoreWlan('42')).toBeUndefined()
    expect(parseCoreWlan('"text"')).toBeUndefined()
  })

  it('fills what is missing with "not associated" values, and keeps only numbers as numbers', () => {
    expect(parseCoreWlan('{}')).toStrictEqual({ powerOn: false, mode: 0, security: -1 })
    expect(
      parseCoreWlan(
        '{"name":null,"powerOn":"yes","mode":"1","security":"3","rssi":"-50","band":"2","ssid":null}',
      ),
    ).toStrictEqual({ powerOn: false, mode: 0, security: -1 })
  })

  it('keeps the signal only when it is below zero (0 means no reading)', () => {
    expect(parseCoreWlan('{"powerOn":true,"mode":1,"security":4,"rssi":0}')).toStrictEqual({
      powerOn: true,
      mode: 1,
      security: 4,
    })
    expect(
      parseCoreWlan('{"powerOn":true,"mode":1,"security":4,"rssi":-1,"ssid":"Home","name":"en0","band":3}'),
    ).toStrictEqual({
      name: 'en0',
      powerOn: true,
      mode: 1,
      security: 4,
      rssi: -1,
      band: '6 GHz',
      ssid: 'Home',
    })
  })
})

describe('CoreWLAN security values', () => {
  it.each([
    [2, { grade: 'wpa', raw: '2', tkip: true }],
    [11, { grade: 'wpa3-personal', raw: '11' }],
    [12, { grade: 'enterprise', raw: '12' }],
    [13, { grade: 'wpa3-personal', raw: '13', transition: true }],
  ])('%d', (value, expected) => {
    expect(gradeCoreWlanSecurity(value)).toStrictEqual(expected)
  })
})

describe('system_profiler, by hand', () => {
  const airport = (interfaces: unknown[]): string =>
    JSON.stringify({ SPAirPortDataType: [{ spairport_airport_interfaces: interfaces }] })

  it('odd JSON gives no interfaces', () => {
    expect(parseSystemProfilerAirport('null')).toEqual([])
    expect(parseSystemProfilerAirport('{"SPAirPortDataType":[null,{}]}')).toEqual([])
  })

  it('skips an interface without a name', () => {
    expect(
      parseSystemProfilerAirport(airport([{ spairport_status_information: 'spairport_status_connected' }])),
    ).toEqual([])
  })

  it('reads a disassociated interface, and leaves out the fields it does not have', () => {
    expect(
      parseSystemProfilerAirport(
        airport([{ _name: 'en0', spairport_status_information: 'spairport_status_disassociated' }]),
      ),
    ).toStrictEqual([{ iface: 'en0', status: 'disassociated' }])
    expect(parseSystemProfilerAirport(airport([{ _name: 'en1' }]))).toStrictEqual([
      { iface: 'en1', status: 'unknown' },
    ])
    const current = { spairport_current_network_information: { _name: 42, spairport_security_mode: 7 } }
    expect(parseSystemProfilerAirport(airport([{ _name: 'en0', ...current }]))).toStrictEqual([
      { iface: 'en0', status: 'unknown' },
    ])
  })
})

describe('system_profiler security modes', () => {
  it.each([
    [undefined, { grade: 'unknown', raw: '(none)' }],
    ['wpa2_personal', { grade: 'unknown', raw: 'wpa2_personal' }],
    ['spairport_security_mode_dynamic_wep', { grade: 'wep', raw: 'spairport_security_mode_dynamic_wep' }],
    [
      'spairport_security_mode_wpa_personal_mixed',
      { grade: 'wpa2-personal', raw: 'spairport_security_mode_wpa_personal_mixed' },
    ],
    [
      'spairport_security_mode_wpa_personal',
      { grade: 'wpa', raw: 'spairport_security_mode_wpa_personal', tkip: true },
    ],
    [
      'spairport_security_mode_owe_transition',
      { grade: 'owe', raw: 'spairport_security_mode_owe_transition' },
    ],
  ])('%j', (mode, expected) => {
    expect(gradeSystemProfilerMode(mode)).toStrictEqual(expected)
  })
})

describe('networksetup hardware ports, by hand', () => {
  it('trims the port name and ignores a device line before any port', () => {
    const text = [
      'Device: en9',
      '',
      'Hardware Port: Wi-Fi   ',
      'Device: en0',
      'Ethernet Address: aa:bb:cc:dd:ee:ff',
    ].join('\n')
    expect(parseHardwarePorts(text)).toEqual([{ port: 'Wi-Fi', device: 'en0' }])
  })
})
