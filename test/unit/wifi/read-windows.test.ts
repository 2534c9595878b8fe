import { describe, expect, it } from 'vitest'
import { readWindowsWifi, snapshotFromWindowsProbe } from '../../../src/platform/wifi/read-windows.js'
import { fakeExec } from './fake-exec.js'
import { fixture } from './fixtures.js'

const wifi = {
  index: 12,
  name: 'Wi-Fi',
  description: 'Qualcomm FastConnect 7800 Wi-Fi 7 High Band Simultaneous (HBS) Network Adapter',
  media: 'Native 802.11',
  status: 'Up',
}
const wifi3 = {
  index: 14,
  name: 'Wi-Fi 3',
  description: 'Qualcomm FastConnect 7800 Wi-Fi 7 High Band Simultaneous (HBS) Network Adapter #3',
  media: 'Native 802.11',
  status: 'Disconnected',
}

describe('snapshotFromWindowsProbe', () => {
  it('grades the adapter that carries the default route', () => {
    const snapshot = snapshotFromWindowsProbe({
      defaultIndex: 12,
      adapters: [wifi, wifi3],
      netsh: fixture('windows/netsh-en-win11-two-adapters-wifi7.txt'),
    })
    expect(snapshot.link).toEqual({ kind: 'wifi', iface: 'Wi-Fi', vpn: { active: false } })
    expect(snapshot.wifi).toMatchObject({
      source: 'netsh',
      security: { grade: 'wpa3-personal' },
      networkName: 'alextrex',
      bssid: '70:13:01:8a:d9:a3',
      signalDbm: -43,
      band: '6 GHz',
    })
  })

  it('explains the location gate when WinRT could not help', () => {
    const snapshot = snapshotFromWindowsProbe({
      defaultIndex: 12,
      adapters: [wifi],
      netsh: fixture('windows/netsh-location-denied.txt'),
    })
    expect(snapshot.wifi).toMatchObject({
      security: { grade: 'unknown' },
      reason: 'windows-location-off',
      nameHidden: true,
    })
  })

  it('uses the WinRT security type when netsh is gated', () => {
    const snapshot = snapshotFromWindowsProbe({
      defaultIndex: 12,
      adapters: [wifi],
      netsh: fixture('windows/netsh-location-denied.txt'),
      winrt: { auth: 'RsnaPsk', encryption: 'Ccmp' },
    })
    expect(snapshot.wifi).toMatchObject({ source: 'winrt', security: { grade: 'wpa2-personal' } })
  })

  it('reads a French open network', () => {
    const fr = { ...wifi, name: 'Wi-Fi', description: 'Intel(R) Wi-Fi 6 AX201 160MHz' }
    expect(
      snapshotFromWindowsProbe({
        defaultIndex: 12,
        adapters: [fr],
        netsh: fixture('windows/netsh-fr-open.txt'),
      }).wifi?.security.grade,
    ).toBe('open')
  })

  it('says there is no Wi-Fi hardware when nothing is connected and no wireless adapter exists', () => {
    const ethernet = {
      index: 7,
      name: 'Ethernet',
      description: 'Realtek PCIe GbE Family Controller',
      media: '802.3',
      status: 'Disconnected',
    }
    expect(
      snapshotFromWindowsProbe({
        adapters: [ethernet],
        netsh: 'The Wireless AutoConfig Service (wlansvc) is not running.',
      }).link,
    ).toEqual({ kind: 'none', vpn: { active: false }, wifiRadio: 'absent' })
  })
})

describe('readWindowsWifi', () => {
  it('runs one PowerShell command and reads its JSON', async () => {
    const probe = {
      defaultIndex: 12,
      adapters: [wifi],
      netsh: fixture('windows/netsh-en-win11-two-adapters-wifi7.txt'),
      winrt: null,
    }
    const exec = fakeExec({})
    const answering = (async (command: string, args: readonly string[]) => {
      exec.calls.push(command)
      expect(args.slice(0, 2)).toEqual(['-NoProfile', '-NonInteractive'])
      return { ok: true as const, stdout: JSON.stringify(probe), stderr: '', exitCode: 0 }
    }) as typeof exec
    const snapshot = await readWindowsWifi({ exec: answering })
    expect(snapshot.wifi?.security.grade).toBe('wpa3-personal')
    expect(exec.calls).toEqual(['powershell.exe'])
  })

  it('is unknown, not a crash, when PowerShell is missing', async () => {
    expect(await readWindowsWifi({ exec: fakeExec({}) })).toEqual({
      link: { kind: 'unknown', vpn: { active: false } },
    })
  })
})
