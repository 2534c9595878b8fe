import { describe, expect, it } from 'vitest'
import {
  findNmcliInUse,
  gradeNmcliAccessPoint,
  gradeNmcliKeyMgmt,
  parseNmcliDeviceShow,
  parseNmcliDevices,
  parseNmcliRadio,
  parseNmcliWifiList,
  splitNmcliTerse,
} from '../../../src/platform/wifi/nmcli.js'
import { fixture } from './fixtures.js'

describe('splitNmcliTerse', () => {
  it.each([
    ['a:b:c', ['a', 'b', 'c']],
    ['FE\\:DC\\:BA:name', ['FE:DC:BA', 'name']],
    ['SSID-2-\\\\foo\\:bar:x', ['SSID-2-\\foo:bar', 'x']],
    ['trailing:', ['trailing', '']],
    ['\\H\\B\\T\\L:', ['HBTL', '']],
  ])('%s', (line, fields) => {
    expect(splitNmcliTerse(line)).toEqual(fields)
  })
})

describe('parseNmcliWifiList', () => {
  it('reads the default-column capture with escapes and blank lines, and finds the open network in use', () => {
    const fields = ['IN-USE', 'BSSID', 'SSID', 'MODE', 'CHAN', 'RATE', 'SIGNAL', 'BARS', 'SECURITY']
    const points = parseNmcliWifiList(fixture('linux/nmcli-list-default-columns.txt'), fields)
    expect(points).toHaveLength(11)
    expect(points[1]).toMatchObject({
      bssid: 'FE:DC:BA:09:87:02',
      ssid: 'SSID-2-\\foo:bar',
      security: 'WPA2',
    })
    const inUse = findNmcliInUse(points)
    expect(inUse).toMatchObject({
      ssid: 'SSID-3',
      bssid: 'FE:DC:BA:09:87:03',
      security: '',
      signalPercent: 87,
    })
    expect(gradeNmcliAccessPoint(inUse!)).toMatchObject({ grade: 'open' })
  })

  it('reads a capture made with ACTIVE instead of IN-USE (node-wifi)', () => {
    const fields = [
      'ACTIVE',
      'SSID',
      'BSSID',
      'MODE',
      'CHAN',
      'FREQ',
      'SIGNAL',
      'SECURITY',
      'WPA-FLAGS',
      'RSN-FLAGS',
    ]
    const points = parseNmcliWifiList(fixture('linux/nmcli-list-nodewifi.txt'), fields)
    expect(points).toHaveLength(14)
    const inUse = findNmcliInUse(points)
    expect(inUse).toMatchObject({
      ssid: 'Linksys01777_5GHz',
      bssid: '31:23:03:1A:9F:1D',
      frequencyMhz: 5180,
      signalPercent: 75,
    })
    expect(gradeNmcliAccessPoint(inUse!)).toMatchObject({ grade: 'wpa2-personal' })
    // A hidden network has an empty SSID and is kept.
    expect(points.some((p) => p.ssid === '' && p.bssid === 'A1:6A:BB:E9:FC:E5')).toBe(true)
  })

  it('reads our own field order (the e2e fixture)', () => {
    const inUse = findNmcliInUse(parseNmcliWifiList(fixture('linux/nmcli-e2e-wpa2.txt')))
    expect(inUse).toMatchObject({
      ssid: 'Linksys01777_5GHz',
      rsnFlags: 'pair_ccmp group_ccmp psk',
      frequencyMhz: 5180,
      signalPercent: 75,
    })
  })

  it('finds nothing in use when no row has a star', () => {
    expect(
      findNmcliInUse(parseNmcliWifiList(' :AA\\:BB\\:CC\\:DD\\:EE\\:FF:x:WPA2:(none):psk:2412 MHz:50\n')),
    ).toBeUndefined()
  })
})

describe('gradeNmcliAccessPoint', () => {
  it.each([
    ['', '(none)', '(none)', 'open', {}],
    ['WEP', '(none)', '(none)', 'wep', {}],
    ['WPA1', 'pair_tkip group_tkip psk', '(none)', 'wpa', { tkip: true }],
    [
      'WPA1 WPA2',
      'pair_tkip pair_ccmp group_tkip psk',
      'pair_tkip pair_ccmp group_tkip psk',
      'wpa2-personal',
      {},
    ],
    ['WPA2', '(none)', 'pair_ccmp group_ccmp psk', 'wpa2-personal', {}],
    ['WPA2 WPA3', '(none)', 'pair_ccmp group_ccmp psk sae', 'wpa3-personal', { transition: true }],
    ['WPA3', '(none)', 'pair_ccmp group_ccmp sae', 'wpa3-personal', {}],
    ['WPA2 802.1X', '(none)', 'pair_ccmp group_ccmp 802.1X', 'enterprise', {}],
    ['WPA3 WPA-EAP-SUITE-B-192', '(none)', 'pair_gcmp_256 wpa-eap-suite-b-192', 'enterprise', {}],
    ['OWE', '(none)', 'pair_ccmp group_ccmp owe', 'owe', {}],
    ['OWE-TM', '(none)', '(none)', 'open', {}],
    ['SOMETHING-NEW', '(none)', '(none)', 'unknown', {}],
  ])('SECURITY %j, WPA %j, RSN %j -> %s', (security, wpaFlags, rsnFlags, grade, extra) => {
    expect(gradeNmcliAccessPoint({ security, wpaFlags, rsnFlags })).toMatchObject({ grade, ...extra })
  })
})

describe('other nmcli outputs', () => {
  it('parses the device list', () => {
    const devices = parseNmcliDevices(fixture('linux/nmcli-devices-wifi.txt'))
    expect(devices[0]).toEqual({
      device: 'wlp2s0',
      type: 'wifi',
      state: 'connected',
      connection: 'Linksys01777_5GHz',
    })
    expect(devices.map((d) => d.type)).toEqual(['wifi', 'wifi-p2p', 'ethernet', 'loopback'])
  })

  it.each([
    ['enabled:enabled\n', { hardware: true, enabled: true }],
    ['enabled:disabled\n', { hardware: true, enabled: false }],
    ['missing:disabled\n', { hardware: false, enabled: false }],
  ])('radio %j', (out, expected) => {
    expect(parseNmcliRadio(out)).toEqual(expected)
  })

  it('reads metered and the connection id from device show', () => {
    expect(
      parseNmcliDeviceShow(
        'GENERAL.METERED:yes (guessed)\nGENERAL.CON-UUID:3e1c1f6a-0000-4000-8000-000000000000\n',
      ),
    ).toEqual({
      metered: true,
      connectionUuid: '3e1c1f6a-0000-4000-8000-000000000000',
    })
    expect(parseNmcliDeviceShow('GENERAL.METERED:no\nGENERAL.CON-UUID:\n')).toEqual({ metered: false })
  })

  it.each([
    ['\n', 'open'],
    ['none\n', 'wep'],
    ['ieee8021x\n', 'wep'],
    ['wpa-psk\n', 'wpa2-personal'],
    ['sae\n', 'wpa3-personal'],
    ['owe\n', 'owe'],
    ['wpa-eap\n', 'enterprise'],
    ['wpa-eap-suite-b-192\n', 'enterprise'],
    ['something\n', 'unknown'],
  ])('profile key-mgmt %j -> %s', (out, grade) => {
    expect(gradeNmcliKeyMgmt(out).grade).toBe(grade)
  })
})
