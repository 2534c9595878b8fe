import { describe, expect, it } from 'vitest'
import {
  gradeCoreWlanSecurity,
  gradeIpconfigSecurity,
  gradeSystemProfilerMode,
  parseCoreWlan,
  parseHardwarePorts,
  parseIpconfigSummary,
  parseRouteGetDefault,
  parseSystemProfilerAirport,
} from '../../../src/platform/wifi/macos.js'
import { fixture } from './fixtures.js'

describe('ipconfig getsummary', () => {
  it('reads Security even when the name is redacted (macOS 15.6)', () => {
    const summary = parseIpconfigSummary(fixture('macos/ipconfig-getsummary-15.6-wpa2.txt'))
    expect(summary).toEqual({
      interfaceType: 'WiFi',
      linkActive: true,
      ssid: '<redacted>',
      security: 'WPA2_PSK',
    })
    expect(gradeIpconfigSecurity(summary.security).grade).toBe('wpa2-personal')
  })

  it('skips nested arrays', () => {
    expect(parseIpconfigSummary(fixture('macos/ipconfig-getsummary-fastfetch.txt'))).toMatchObject({
      interfaceType: 'WiFi',
      security: 'WPA2_PSK',
      bssid: '<redacted>',
    })
  })

  it.each([
    ['macos/ipconfig-getsummary-inactive.synthetic.txt', { interfaceType: 'WiFi', linkActive: false }],
    ['macos/ipconfig-getsummary-ethernet.synthetic.txt', { interfaceType: 'Ethernet', linkActive: true }],
    ['macos/ipconfig-getsummary-open.synthetic.txt', { interfaceType: 'WiFi', security: 'NONE' }],
    ['macos/ipconfig-getsummary-hotspot.synthetic.txt', { isExpensive: true, security: 'WPA3_SAE' }],
  ])('%s', (path, expected) => {
    expect(parseIpconfigSummary(fixture(path))).toMatchObject(expected)
  })

  it.each([
    ['NONE', 'open'],
    ['WPA_PSK', 'wpa'],
    ['WPA2_PSK', 'wpa2-personal'],
    ['FT_PSK', 'wpa2-personal'],
    ['SHA256_PSK', 'wpa2-personal'],
    ['WPA3_SAE', 'wpa3-personal'],
    ['FT_SAE', 'wpa3-personal'],
    // WPA and WPA2 without _PSK are the Enterprise key-management types (bootp wireless.c).
    ['WPA', 'enterprise'],
    ['WPA2', 'enterprise'],
    ['8021X', 'enterprise'],
    ['SHA384_FT_8021X', 'enterprise'],
    ['UNKNOWN', 'unknown'],
    ['UNRECOGNIZED', 'unknown'],
    [undefined, 'unknown'],
  ])('Security %s -> %s', (value, grade) => {
    expect(gradeIpconfigSecurity(value).grade).toBe(grade)
  })
})

describe('CoreWLAN', () => {
  it('parses the script output', () => {
    expect(parseCoreWlan(fixture('macos/corewlan-wep.synthetic.json'))).toEqual({
      name: 'en0',
      powerOn: true,
      mode: 1,
      security: 1,
      rssi: -58,
      band: '2.4 GHz',
    })
    expect(parseCoreWlan('null\n')).toBeNull()
    expect(parseCoreWlan('execution error: -1743')).toBeUndefined()
  })

  it.each([
    [0, 'open'],
    [1, 'wep'],
    [2, 'wpa'],
    [3, 'wpa2-personal'],
    [4, 'wpa2-personal'],
    [5, 'wpa2-personal'],
    [6, 'wep'],
    [7, 'enterprise'],
    [9, 'enterprise'],
    [11, 'wpa3-personal'],
    [12, 'enterprise'],
    [13, 'wpa3-personal'],
    [14, 'owe'],
    [15, 'owe'],
    [Number.MAX_SAFE_INTEGER, 'unknown'],
    [-1, 'unknown'],
  ])('CWSecurity %d -> %s', (value, grade) => {
    expect(gradeCoreWlanSecurity(value).grade).toBe(grade)
  })
})

describe('system_profiler SPAirPortDataType -json', () => {
  it('reads an open network (macOS 15.5)', () => {
    const [entry] = parseSystemProfilerAirport(fixture('macos/system-profiler-15.5-open.json'))
    expect(entry).toEqual({
      iface: 'en0',
      status: 'connected',
      securityMode: 'spairport_security_mode_none',
      networkName: 'SSID-2',
      signalDbm: -40,
      band: '2.4 GHz',
    })
    expect(gradeSystemProfilerMode(entry?.securityMode).grade).toBe('open')
  })

  it('reads WPA3 with a redacted name on macOS 26, and skips awdl0', () => {
    const entries = parseSystemProfilerAirport(fixture('macos/system-profiler-26-wpa3-redacted.json'))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ networkName: '<redacted>', band: '6 GHz', signalDbm: -52 })
    expect(gradeSystemProfilerMode(entries[0]?.securityMode).grade).toBe('wpa3-personal')
  })

  it("reads Apple's misspelled transition mode", () => {
    const [entry] = parseSystemProfilerAirport(fixture('macos/system-profiler-transition-redacted.json'))
    expect(gradeSystemProfilerMode(entry?.securityMode)).toMatchObject({
      grade: 'wpa3-personal',
      transition: true,
    })
    expect(entry?.band).toBe('5 GHz')
  })

  it('reads Wi-Fi turned off', () => {
    expect(parseSystemProfilerAirport(fixture('macos/system-profiler-15.5-wifi-off.json'))).toEqual([
      { iface: 'en0', status: 'off' },
    ])
  })

  it.each([
    ['spairport_security_mode_wep', 'wep'],
    ['spairport_security_mode_wpa_personal', 'wpa'],
    ['spairport_security_mode_wpa2_personal_mixed', 'wpa2-personal'],
    ['spairport_security_mode_wpa2_enterprise', 'enterprise'],
    ['spairport_security_mode_wpa3_enterprise', 'enterprise'],
    ['spairport_security_mode_owe', 'owe'],
    ['spairport_security_mode_something_new', 'unknown'],
    ['garbage', 'unknown'],
  ])('%s -> %s', (mode, grade) => {
    expect(gradeSystemProfilerMode(mode).grade).toBe(grade)
  })

  it('returns nothing for broken JSON', () => {
    expect(parseSystemProfilerAirport('{')).toEqual([])
  })
})

describe('route and hardware ports', () => {
  it('reads the default interface', () => {
    expect(parseRouteGetDefault(fixture('macos/route-get-default.txt'))).toBe('en1')
    expect(parseRouteGetDefault('route: writing to routing socket: not in table\n')).toBeUndefined()
  })

  it('pairs ports and devices, skipping ports without a device', () => {
    expect(parseHardwarePorts(fixture('macos/networksetup-hardware-ports.txt'))).toEqual([
      { port: 'Wi-Fi', device: 'en0' },
      { port: 'iPhone USB', device: 'en7' },
      { port: 'Thunderbolt Bridge', device: 'bridge0' },
      { port: 'Ethernet Adapter (en6)', device: 'en6' },
    ])
  })
})
