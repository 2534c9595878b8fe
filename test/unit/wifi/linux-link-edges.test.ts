/**
 * Edges of the Linux link classifier that surviving mutants showed were untested (issue 15): each
 * way a VPN, a phone, a modem or a cable is recognised, the physical link under a VPN, and the
 * iPhone hotspot subnet's exact bounds. Hand-made facts; the captured outputs are in
 * linux-link.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  classifyLinuxLink,
  parseIpRouteDefault,
  parseIpRouteGet,
  type LinuxLinkFacts,
} from '../../../src/platform/wifi/linux-link.js'
import type { NmcliDevice } from '../../../src/platform/wifi/nmcli.js'

const base: LinuxLinkFacts = { defaultDevs: [], iwDevs: [], sysfs: {} }
const nm = (device: string, type: string, state = 'connected'): NmcliDevice => ({
  device,
  type,
  state,
  connection: device,
})
const off = { active: false }

describe('ip route output, by hand', () => {
  it('reads dev and src, and leaves out what is missing', () => {
    expect(parseIpRouteGet('1.1.1.1 via 192.0.2.1 dev wlan0 src 192.0.2.7 uid 1000')).toStrictEqual({
      dev: 'wlan0',
      src: '192.0.2.7',
    })
    expect(parseIpRouteGet('1.1.1.1 dev wg0 table 51820')).toStrictEqual({ dev: 'wg0' })
    expect(parseIpRouteGet('RTNETLINK answers: Network is unreachable')).toStrictEqual({})
  })

  it('lists only default routes, in order', () => {
    const text = [
      'default via 192.0.2.1 dev wlan0 proto dhcp metric 600',
      '192.0.2.0/24 dev eth0 proto kernel',
      'default dev wg0 scope link',
    ].join('\n')
    expect(parseIpRouteDefault(text)).toEqual(['wlan0', 'wg0'])
  })
})

describe('the kind of the default route, exactly', () => {
  it.each<[string, LinuxLinkFacts, object]>([
    [
      'the first default route when ip route get said nothing',
      { ...base, defaultDevs: ['eth0', 'wlan0'] },
      { kind: 'ethernet', iface: 'eth0', vpn: off },
    ],
    [
      'Ethernet by NetworkManager type',
      { ...base, routeDev: 'lan', nmDevices: [nm('lan', 'ethernet')] },
      { kind: 'ethernet', iface: 'lan', vpn: off },
    ],
    ['Ethernet by name', { ...base, routeDev: 'enp3s0' }, { kind: 'ethernet', iface: 'enp3s0', vpn: off }],
    [
      'an interface of no known kind',
      { ...base, routeDev: 'br-lan' },
      { kind: 'unknown', iface: 'br-lan', vpn: off },
    ],
    [
      'a Bluetooth phone',
      { ...base, routeDev: 'pan0', nmDevices: [nm('pan0', 'bt')] },
      { kind: 'phone', iface: 'pan0', vpn: off },
    ],
    [
      'a GSM modem',
      { ...base, routeDev: 'cdc0', nmDevices: [nm('cdc0', 'gsm')] },
      { kind: 'cellular', iface: 'cdc0', vpn: off },
    ],
    [
      'a CDMA modem',
      { ...base, routeDev: 'mdm0', nmDevices: [nm('mdm0', 'cdma')] },
      { kind: 'cellular', iface: 'mdm0', vpn: off },
    ],
    [
      'a modem NetworkManager names as such',
      { ...base, routeDev: 'mdm1', nmDevices: [nm('mdm1', 'modem')] },
      { kind: 'cellular', iface: 'mdm1', vpn: off },
    ],
    [
      'a modem by driver',
      { ...base, routeDev: 'mbim0', sysfs: { mbim0: { wireless: false, tun: false, driver: 'cdc_mbim' } } },
      { kind: 'cellular', iface: 'mbim0', vpn: off },
    ],
    ['a modem by name', { ...base, routeDev: 'wwan1' }, { kind: 'cellular', iface: 'wwan1', vpn: off }],
  ])('%s', (_name, facts, expected) => {
    expect(classifyLinuxLink(facts)).toStrictEqual(expected)
  })
})

describe('a VPN and what carries it', () => {
  it.each(['wireguard', 'vpn', 'ppp', 'ip-tunnel'])('NetworkManager type %s is a VPN', (type) => {
    const facts = { ...base, routeDev: 'corp', defaultDevs: ['corp', 'eth0'], nmDevices: [nm('corp', type)] }
    expect(classifyLinuxLink(facts)).toStrictEqual({
      kind: 'ethernet',
      iface: 'eth0',
      vpn: { active: true, iface: 'corp' },
    })
  })

  it('a tun device in sysfs is a VPN whatever its name', () => {
    const facts = {
      ...base,
      routeDev: 'corp',
      defaultDevs: ['eth0'],
      sysfs: { corp: { wireless: false, tun: true } },
    }
    expect(classifyLinuxLink(facts)).toStrictEqual({
      kind: 'ethernet',
      iface: 'eth0',
      vpn: { active: true, iface: 'corp' },
    })
  })

  it('an interface NetworkManager calls Ethernet is not a VPN', () => {
    expect(classifyLinuxLink({ ...base, routeDev: 'lan', nmDevices: [nm('lan', 'ethernet')] }).vpn).toEqual(
      off,
    )
  })

  it('the carrier is a connected Wi-Fi, Ethernet, modem or Bluetooth device, not a disconnected one or one of no known kind', () => {
    const facts = {
      ...base,
      routeDev: 'wg0',
      defaultDevs: ['wg0', 'br-x'],
      nmDevices: [nm('wlan0', 'wifi', 'disconnected'), nm('lo', 'loopback'), nm('eth0', 'ethernet')],
    }
    expect(classifyLinuxLink(facts)).toStrictEqual({
      kind: 'ethernet',
      iface: 'eth0',
      vpn: { active: true, iface: 'wg0' },
    })
    expect(classifyLinuxLink({ ...facts, nmDevices: [nm('wwan0', 'gsm')] })).toMatchObject({
      kind: 'cellular',
      iface: 'wwan0',
    })
    expect(classifyLinuxLink({ ...facts, nmDevices: [nm('bnep0', 'bt')] })).toMatchObject({
      kind: 'phone',
      iface: 'bnep0',
    })
  })

  it('with no carrier found, the kind is unknown and no interface is named', () => {
    expect(classifyLinuxLink({ ...base, routeDev: 'wg0', defaultDevs: ['wg0'] })).toStrictEqual({
      kind: 'unknown',
      vpn: { active: true, iface: 'wg0' },
    })
  })
})

describe('phone hotspots', () => {
  const wifi = { ...base, routeDev: 'wlan0', iwDevs: ['wlan0'] }
  it.each([
    ['172.20.10.0', true],
    ['172.20.10.9', true],
    ['172.20.10.15', true],
    ['172.20.10.16', false],
    ['172.20.10.100', false],
    ['10.172.20.10.2', false],
  ])('an address of %s on Wi-Fi: hotspot %s', (routeSrc, hotspot) => {
    expect(classifyLinuxLink({ ...wifi, routeSrc }).viaPhoneHotspot).toBe(hotspot ? true : undefined)
  })

  it('the iPhone subnet through a VPN says nothing (the address is the tunnel’s)', () => {
    const facts = {
      ...base,
      routeDev: 'wg0',
      routeSrc: '172.20.10.2',
      defaultDevs: ['wg0', 'wlan0'],
      iwDevs: ['wlan0'],
    }
    expect(classifyLinuxLink(facts)).toStrictEqual({
      kind: 'wifi',
      iface: 'wlan0',
      vpn: { active: true, iface: 'wg0' },
    })
    expect(classifyLinuxLink({ ...facts, metered: true }).viaPhoneHotspot).toBe(true)
  })

  it('a metered cable is not a hotspot', () => {
    expect(classifyLinuxLink({ ...base, routeDev: 'eth0', metered: true }).viaPhoneHotspot).toBeUndefined()
    expect(classifyLinuxLink({ ...wifi, metered: false }).viaPhoneHotspot).toBeUndefined()
  })
})

describe('no route at all', () => {
  it('Wi-Fi hardware NetworkManager knows but not joined: no radio remark', () => {
    expect(classifyLinuxLink({ ...base, nmDevices: [nm('wlan0', 'wifi', 'disconnected')] })).toStrictEqual({
      kind: 'none',
      vpn: off,
    })
  })

  it('the radio switched off wins over everything else', () => {
    expect(classifyLinuxLink({ ...base, radio: { hardware: false, enabled: false } })).toStrictEqual({
      kind: 'none',
      vpn: off,
      wifiRadio: 'off',
    })
  })

  it('only non-Wi-Fi devices: no Wi-Fi hardware', () => {
    expect(
      classifyLinuxLink({
        ...base,
        radio: { hardware: true, enabled: true },
        nmDevices: [nm('eth0', 'ethernet', 'unavailable')],
      }),
    ).toStrictEqual({ kind: 'none', vpn: off, wifiRadio: 'absent' })
  })
})
