import { describe, expect, it } from 'vitest'
import {
  classifyLinuxLink,
  parseIpRouteDefault,
  parseIpRouteGet,
  type LinuxLinkFacts,
} from '../../../src/platform/wifi/linux-link.js'
import { parseProcNetRoute } from '../../../src/platform/wifi/read-linux.js'
import { fixture } from './fixtures.js'

describe('ip route', () => {
  it('reads the route to the internet on an Ethernet-only machine', () => {
    expect(parseIpRouteGet(fixture('linux/ip-route-get-ethernet.txt'))).toEqual({
      dev: 'eth0',
      src: '192.0.2.2',
    })
    expect(parseIpRouteDefault(fixture('linux/ip-route-default-ethernet.txt'))).toEqual(['eth0'])
  })

  it('reads nothing when the network is unreachable', () => {
    expect(parseIpRouteGet('')).toEqual({})
    expect(parseIpRouteDefault('')).toEqual([])
  })

  it('reads /proc/net/route when ip is missing', () => {
    const text =
      'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\neth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\neth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n'
    expect(parseProcNetRoute(text)).toEqual(['eth0'])
  })
})

const base: LinuxLinkFacts = { defaultDevs: [], iwDevs: [], sysfs: {} }

describe('classifyLinuxLink', () => {
  it.each<[string, LinuxLinkFacts, object]>([
    [
      'Ethernet by sysfs type',
      {
        ...base,
        routeDev: 'eth0',
        defaultDevs: ['eth0'],
        sysfs: { eth0: { wireless: false, tun: false, arpType: 1 } },
      },
      { kind: 'ethernet', iface: 'eth0', vpn: { active: false } },
    ],
    [
      'Wi-Fi by sysfs',
      { ...base, routeDev: 'wlp2s0', sysfs: { wlp2s0: { wireless: true, tun: false, arpType: 1 } } },
      { kind: 'wifi', iface: 'wlp2s0' },
    ],
    [
      'Wi-Fi by NetworkManager type',
      {
        ...base,
        routeDev: 'wlan0',
        nmDevices: [{ device: 'wlan0', type: 'wifi', state: 'connected', connection: 'x' }],
      },
      { kind: 'wifi', iface: 'wlan0' },
    ],
    ['Wi-Fi by iw dev', { ...base, routeDev: 'wlan0', iwDevs: ['wlan0'] }, { kind: 'wifi' }],
    [
      'Android USB tethering',
      {
        ...base,
        routeDev: 'usb0',
        sysfs: { usb0: { wireless: false, tun: false, driver: 'rndis_host', arpType: 1 } },
      },
      { kind: 'phone', iface: 'usb0' },
    ],
    [
      'iPhone USB tethering',
      {
        ...base,
        routeDev: 'eth1',
        sysfs: { eth1: { wireless: false, tun: false, driver: 'ipheth', arpType: 1 } },
      },
      { kind: 'phone' },
    ],
    [
      'a mobile-data modem',
      { ...base, routeDev: 'wwan0', sysfs: { wwan0: { wireless: false, tun: false, driver: 'qmi_wwan' } } },
      { kind: 'cellular' },
    ],
    [
      'WireGuard over Wi-Fi',
      {
        ...base,
        routeDev: 'wg0',
        defaultDevs: ['wlp2s0'],
        iwDevs: ['wlp2s0'],
        sysfs: { wg0: { wireless: false, tun: false, arpType: 65534 } },
      },
      { kind: 'wifi', iface: 'wlp2s0', vpn: { active: true, iface: 'wg0' } },
    ],
    [
      'OpenVPN tun over Ethernet',
      {
        ...base,
        routeDev: 'tun0',
        defaultDevs: ['tun0', 'enp3s0'],
        sysfs: { tun0: { wireless: false, tun: true } },
      },
      { kind: 'ethernet', iface: 'enp3s0', vpn: { active: true, iface: 'tun0' } },
    ],
    [
      'a VPN whose carrier NetworkManager knows',
      {
        ...base,
        routeDev: 'tailscale0',
        nmDevices: [
          { device: 'wlan0', type: 'wifi', state: 'connected', connection: 'x' },
          { device: 'tailscale0', type: 'tun', state: 'connected (externally)', connection: 'tailscale0' },
        ],
      },
      { kind: 'wifi', iface: 'wlan0', vpn: { active: true, iface: 'tailscale0' } },
    ],
    [
      'an Android hotspot (metered)',
      { ...base, routeDev: 'wlan0', iwDevs: ['wlan0'], metered: true },
      { kind: 'wifi', viaPhoneHotspot: true },
    ],
    [
      'an iPhone hotspot (172.20.10.0/28)',
      { ...base, routeDev: 'wlan0', routeSrc: '172.20.10.2', iwDevs: ['wlan0'] },
      { kind: 'wifi', viaPhoneHotspot: true },
    ],
    [
      'no route, Wi-Fi switched off',
      { ...base, radio: { hardware: true, enabled: false }, iwDevs: ['wlan0'] },
      { kind: 'none', wifiRadio: 'off' },
    ],
    ['no route, no Wi-Fi hardware', { ...base }, { kind: 'none', wifiRadio: 'absent' }],
    [
      'no route, Wi-Fi on but not joined',
      { ...base, radio: { hardware: true, enabled: true }, iwDevs: ['wlan0'] },
      { kind: 'none', vpn: { active: false } },
    ],
  ])('%s', (_name, facts, expected) => {
    expect(classifyLinuxLink(facts)).toMatchObject(expected)
  })

  it('does not call an ordinary network a hotspot', () => {
    expect(
      classifyLinuxLink({ ...base, routeDev: 'wlan0', routeSrc: '192.168.1.20', iwDevs: ['wlan0'] })
        .viaPhoneHotspot,
    ).toBeUndefined()
  })
})
