import { describe, expect, it } from 'vitest'
import { COREWLAN_SCRIPT } from '../../../src/platform/wifi/macos.js'
import { parseAirportPower, readMacosWifi } from '../../../src/platform/wifi/read-macos.js'
import { failed, fakeExec } from './fake-exec.js'
import { fixture } from './fixtures.js'

const route = (iface: string) =>
  fixture('macos/route-get-default.txt').replace('interface: en1', `interface: ${iface}`)
const ports = fixture('macos/networksetup-hardware-ports.txt')
const CORE = `osascript -l JavaScript -e ${COREWLAN_SCRIPT}`
const PROFILER = 'system_profiler SPAirPortDataType -json'

describe('readMacosWifi', () => {
  it('takes the security from ipconfig and never runs system_profiler when a faster source answered', async () => {
    const exec = fakeExec({
      'route -n get default': route('en0'),
      'networksetup -listallhardwareports': ports,
      'ipconfig getsummary en0': fixture('macos/ipconfig-getsummary-15.6-wpa2.txt'),
      [CORE]: fixture('macos/corewlan-wpa2-weak.synthetic.json'),
    })
    const snapshot = await readMacosWifi({ exec })
    expect(snapshot.link).toEqual({ kind: 'wifi', iface: 'en0', vpn: { active: false } })
    expect(snapshot.wifi).toMatchObject({
      source: 'ipconfig',
      security: { grade: 'wpa2-personal' },
      nameHidden: true,
      signalDbm: -77,
      band: '5 GHz',
    })
    expect(snapshot.wifi?.networkName).toBeUndefined()
    expect(exec.calls).not.toContain(PROFILER)
  })

  it('asks CoreWLAN to tell open from WEP when ipconfig says NONE', async () => {
    const exec = fakeExec({
      'route -n get default': route('en0'),
      'networksetup -listallhardwareports': ports,
      'ipconfig getsummary en0': fixture('macos/ipconfig-getsummary-open.synthetic.txt'),
      [CORE]: fixture('macos/corewlan-wep.synthetic.json'),
    })
    expect((await readMacosWifi({ exec })).wifi).toMatchObject({
      source: 'corewlan',
      security: { grade: 'wep' },
    })
    expect(exec.calls).not.toContain(PROFILER)
  })

  it('falls back to system_profiler only when ipconfig and CoreWLAN could not say', async () => {
    const exec = fakeExec({
      'route -n get default': route('en0'),
      'networksetup -listallhardwareports': ports,
      'ipconfig getsummary en0': '<dictionary> {\n  InterfaceType : WiFi\n  LinkStatusActive : TRUE\n}\n',
      [CORE]: failed('execution error: Not authorized to send Apple events. (-1743)'),
      [PROFILER]: fixture('macos/system-profiler-transition-redacted.json'),
    })
    const snapshot = await readMacosWifi({ exec })
    expect(snapshot.wifi).toMatchObject({
      source: 'system-profiler',
      security: { grade: 'wpa3-personal', transition: true },
      nameHidden: true,
      signalDbm: -51,
    })
  })

  it('says macOS did not tell when nothing answered', async () => {
    const exec = fakeExec({
      'route -n get default': route('en0'),
      'networksetup -listallhardwareports': ports,
      'ipconfig getsummary en0': '<dictionary> {\n  InterfaceType : WiFi\n  LinkStatusActive : TRUE\n}\n',
    })
    expect((await readMacosWifi({ exec })).wifi).toMatchObject({
      security: { grade: 'unknown' },
      reason: 'macos-unreadable',
    })
  })

  it('reports an iPhone connected by USB as a phone link', async () => {
    const exec = fakeExec({
      'route -n get default': route('en7'),
      'networksetup -listallhardwareports': ports,
      'ipconfig getsummary en7': fixture('macos/ipconfig-getsummary-ethernet.synthetic.txt'),
    })
    expect((await readMacosWifi({ exec })).link).toEqual({
      kind: 'phone',
      iface: 'en7',
      vpn: { active: false },
    })
  })

  it('marks a Personal Hotspot over Wi-Fi (IsExpensive)', async () => {
    const exec = fakeExec({
      'route -n get default': route('en0'),
      'networksetup -listallhardwareports': ports,
      'ipconfig getsummary en0': fixture('macos/ipconfig-getsummary-hotspot.synthetic.txt'),
    })
    const snapshot = await readMacosWifi({ exec })
    expect(snapshot.link).toMatchObject({ kind: 'wifi', viaPhoneHotspot: true })
    expect(snapshot.wifi?.security.grade).toBe('wpa3-personal')
  })

  it('finds the Wi-Fi under a VPN (default route on utun)', async () => {
    const exec = fakeExec({
      'route -n get default': route('utun4'),
      'networksetup -listallhardwareports': ports,
      'ipconfig getsummary en0': fixture('macos/ipconfig-getsummary-15.6-wpa2.txt'),
      'ipconfig getsummary en7': fixture('macos/ipconfig-getsummary-inactive.synthetic.txt'),
    })
    const snapshot = await readMacosWifi({ exec })
    expect(snapshot.link).toEqual({ kind: 'wifi', iface: 'en0', vpn: { active: true, iface: 'utun4' } })
  })

  it('says Wi-Fi is off when there is no route and the radio is off', async () => {
    const exec = fakeExec({
      'route -n get default': failed('route: writing to routing socket: not in table'),
      'networksetup -listallhardwareports': ports,
      'networksetup -getairportpower en0': 'Wi-Fi Power (en0): Off\n',
    })
    expect((await readMacosWifi({ exec })).link).toEqual({
      kind: 'none',
      vpn: { active: false },
      wifiRadio: 'off',
    })
  })

  it('parses the airport power line', () => {
    expect(parseAirportPower('Wi-Fi Power (en0): On\n')).toBe(true)
    expect(parseAirportPower('Wi-Fi Power (en0): Off\n')).toBe(false)
    expect(parseAirportPower('en9 is not a Wi-Fi interface.\n')).toBeUndefined()
  })
})
