import { describe, expect, it } from 'vitest'
import { readLinuxWifi, type SysfsReader } from '../../../src/platform/wifi/read-linux.js'
import type { Exec, ExecResult } from '../../../src/platform/exec.js'
import { failed, fakeExec } from './fake-exec.js'
import { fixture } from './fixtures.js'

const noSysfs: SysfsReader = async () => undefined
const NMCLI_LIST =
  'nmcli -t -f IN-USE,BSSID,SSID,SECURITY,WPA-FLAGS,RSN-FLAGS,FREQ,SIGNAL device wifi list ifname wlp2s0 --rescan no'
const wifiRoute = {
  'ip -o route get 1.1.1.1': '1.1.1.1 via 192.168.1.1 dev wlp2s0 src 192.168.1.23 uid 1000 \\    cache \n',
  'ip -o route show default': 'default via 192.168.1.1 dev wlp2s0 proto dhcp metric 600 \n',
}

describe('readLinuxWifi', () => {
  it('uses nmcli when NetworkManager runs', async () => {
    const exec = fakeExec({
      ...wifiRoute,
      'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': fixture('linux/nmcli-devices-wifi.txt'),
      'nmcli -t -f WIFI-HW,WIFI radio': 'enabled:enabled\n',
      [NMCLI_LIST]: fixture('linux/nmcli-e2e-wpa2.txt'),
      'nmcli -t -f GENERAL.METERED,GENERAL.CON-UUID device show wlp2s0':
        'GENERAL.METERED:no (guessed)\nGENERAL.CON-UUID:8c5e0c63-0000-4000-8000-000000000000\n',
    })
    const snapshot = await readLinuxWifi({ exec, sysfs: noSysfs })
    expect(snapshot.link).toEqual({ kind: 'wifi', iface: 'wlp2s0', vpn: { active: false } })
    expect(snapshot.wifi).toMatchObject({
      source: 'nmcli',
      security: { grade: 'wpa2-personal' },
      networkName: 'Linksys01777_5GHz',
      bssid: '31:23:03:1A:9F:1D',
      signalPercent: 75,
      band: '5 GHz',
    })
    expect(exec.calls).not.toContain('iw dev wlp2s0 scan dump')
  })

  it('falls back to iw scan dump without NetworkManager, with the signal from iw link', async () => {
    const exec = fakeExec({
      ...wifiRoute,
      'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': failed('Error: NetworkManager is not running.', 8),
      'iw dev': 'phy#0\n\tInterface wlp2s0\n\t\ttype managed\n',
      'iw dev wlp2s0 link': fixture('linux/iw-link-connected.txt'),
      'iw dev wlp2s0 scan dump': fixture('linux/iw-scan-associated-psk.txt'),
    })
    const snapshot = await readLinuxWifi({ exec, sysfs: noSysfs })
    expect(snapshot.link.kind).toBe('wifi')
    expect(snapshot.wifi).toMatchObject({
      source: 'iw-scan-dump',
      security: { grade: 'wpa2-personal' },
      signalDbm: -65,
      band: '2.4 GHz',
      networkName: 'knowhere',
    })
    expect(exec.calls.some((c) => c.startsWith('nmcli') && c.includes('wifi list'))).toBe(false)
  })

  it('falls back to wpa_cli when the scan cache is empty', async () => {
    const exec = fakeExec({
      ...wifiRoute,
      'iw dev': 'phy#0\n\tInterface wlp2s0\n',
      'iw dev wlp2s0 scan dump': '',
      'wpa_cli -i wlp2s0 status': fixture('linux/wpa-cli-status-sae.synthetic.txt'),
    })
    const snapshot = await readLinuxWifi({ exec, sysfs: noSysfs })
    expect(snapshot.wifi).toMatchObject({ source: 'wpa-cli', security: { grade: 'wpa3-personal' } })
  })

  it('uses the saved profile when nmcli marks no network in use (hidden network)', async () => {
    const exec = fakeExec({
      ...wifiRoute,
      'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': fixture('linux/nmcli-devices-wifi.txt'),
      [NMCLI_LIST]: '',
      'nmcli -t -f GENERAL.METERED,GENERAL.CON-UUID device show wlp2s0':
        'GENERAL.METERED:no\nGENERAL.CON-UUID:8c5e0c63-0000-4000-8000-000000000000\n',
      'nmcli -g 802-11-wireless-security.key-mgmt connection show uuid 8c5e0c63-0000-4000-8000-000000000000':
        'none\n',
    })
    const snapshot = await readLinuxWifi({ exec, sysfs: noSysfs })
    expect(snapshot.wifi).toMatchObject({ source: 'nmcli-profile', security: { grade: 'wep' } })
  })

  it("marks an Android hotspot from NetworkManager's metered guess", async () => {
    const exec = fakeExec({
      ...wifiRoute,
      'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': fixture('linux/nmcli-devices-wifi.txt'),
      [NMCLI_LIST]: fixture('linux/nmcli-e2e-wpa2.txt'),
      'nmcli -t -f GENERAL.METERED,GENERAL.CON-UUID device show wlp2s0': 'GENERAL.METERED:yes (guessed)\n',
    })
    expect((await readLinuxWifi({ exec, sysfs: noSysfs })).link.viaPhoneHotspot).toBe(true)
  })

  it('says which tools are missing when neither nmcli nor iw exists', async () => {
    const exec = fakeExec({ ...wifiRoute })
    const sysfs: SysfsReader = async (name) =>
      name === 'wlp2s0' ? { wireless: true, tun: false, arpType: 1 } : undefined
    const snapshot = await readLinuxWifi({ exec, sysfs })
    expect(snapshot.wifi).toMatchObject({ security: { grade: 'unknown' }, reason: 'linux-no-tools' })
  })

  it('reports an Ethernet-only machine without asking about Wi-Fi', async () => {
    const exec = fakeExec({
      'ip -o route get 1.1.1.1': fixture('linux/ip-route-get-ethernet.txt'),
      'ip -o route show default': fixture('linux/ip-route-default-ethernet.txt'),
    })
    const snapshot = await readLinuxWifi({
      exec,
      sysfs: async () => ({ wireless: false, tun: false, arpType: 1 }),
    })
    expect(snapshot).toEqual({ link: { kind: 'ethernet', iface: 'eth0', vpn: { active: false } } })
    expect(exec.calls.filter((c) => c.includes('wlp') || c.includes('scan'))).toEqual([])
  })

  it('reads /proc/net/route when ip is not installed', async () => {
    const exec = fakeExec({})
    const snapshot = await readLinuxWifi({
      exec,
      sysfs: async () => ({ wireless: false, tun: false, arpType: 1 }),
      procRoute: async () => 'Iface\tDestination\nenp3s0\t00000000\n',
    })
    expect(snapshot.link).toMatchObject({ kind: 'ethernet', iface: 'enp3s0' })
  })

  // A broken ip is not "no network" (issue 7): it used to read as "not connected", a false fail.
  it.each([
    [
      'timed out',
      {
        ok: false,
        reason: 'timeout',
        stdout: '',
        stderr: '',
        message: 'ip did not answer within 1000 ms',
      } as const,
    ],
    ['failed', failed('ip: something went wrong', 3)],
    [
      'printed too much',
      {
        ok: false,
        reason: 'too-large',
        stdout: '',
        stderr: '',
        message: 'ip printed more than 4194304 bytes',
      } as const,
    ],
    ['printed nothing we can read', '\uFFFD\uFFFD:\uFFFD\n\uFFFD\n'],
  ])('reads /proc/net/route when ip %s', async (_, answer) => {
    const exec = fakeExec({ 'ip -o route get 1.1.1.1': answer, 'ip -o route show default': answer })
    const snapshot = await readLinuxWifi({
      exec,
      sysfs: async () => ({ wireless: false, tun: false, arpType: 1 }),
      procRoute: async () => 'Iface\tDestination\nenp3s0\t00000000\n',
    })
    expect(snapshot.link).toMatchObject({ kind: 'ethernet', iface: 'enp3s0' })
  })

  it('says the link is unknown, not offline, when neither ip nor /proc/net/route can be read', async () => {
    const exec = fakeExec({
      'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device': fixture('linux/nmcli-devices-wifi.txt'),
    })
    const snapshot = await readLinuxWifi({
      exec,
      sysfs: noSysfs,
      procRoute: async () => Promise.reject(new Error('ENOENT')),
    })
    expect(snapshot).toEqual({ link: { kind: 'unknown', vpn: { active: false } } })
  })

  it('trusts an empty default-route list: no route is not a broken ip', async () => {
    const exec = fakeExec({
      'ip -o route get 1.1.1.1': failed('RTNETLINK answers: Network is unreachable', 2),
      'ip -o route show default': '',
    })
    const snapshot = await readLinuxWifi({
      exec,
      sysfs: noSysfs,
      procRoute: async () => 'Iface\tDestination\nenp3s0\t00000000\n',
    })
    expect(snapshot.link.kind).toBe('none')
  })

  // Issue 15: the reader keeps no wall-clock budget of its own. Under load, a 1.4 s budget of its
  // own left later commands 50 ms and read as "could not tell"; the limit now comes from the runner.
  it("gives every command a share of the limit the runner applied, and the check's signal", async () => {
    const seen: { command: string; timeoutMs: number | undefined; signal: AbortSignal | undefined }[] = []
    const answers = fakeExec({
      ...wifiRoute,
      'iw dev': 'phy#0\n\tInterface wlp2s0\n',
      'iw dev wlp2s0 scan dump': '',
      'wpa_cli -i wlp2s0 status': fixture('linux/wpa-cli-status-sae.synthetic.txt'),
    })
    const exec: Exec = async (command, args, options) => {
      seen.push({
        command: [command, ...args].join(' '),
        timeoutMs: options?.timeoutMs,
        signal: options?.signal,
      })
      return answers(command, args, options)
    }
    const signal = new AbortController().signal
    const snapshot = await readLinuxWifi({ exec, sysfs: noSysfs, signal, limitMs: 8000 })
    expect(snapshot.wifi).toMatchObject({ source: 'wpa-cli', security: { grade: 'wpa3-personal' } })
    // Later commands get the same share as the first ones, however long the first ones took.
    expect(seen.map((s) => s.command)).toContain('wpa_cli -i wlp2s0 status')
    for (const call of seen) expect(call).toMatchObject({ timeoutMs: 2000, signal })
  })

  it('still reads the security from the fallbacks after a tool that hangs until its share runs out', async () => {
    // `iw` hangs on every call: each call ends as a timeout, and wpa_cli still answers.
    const answers = fakeExec({
      ...wifiRoute,
      'wpa_cli -i wlp2s0 status': fixture('linux/wpa-cli-status-sae.synthetic.txt'),
    })
    const timedOut: ExecResult = {
      ok: false,
      reason: 'timeout',
      stdout: '',
      stderr: '',
      message: 'iw did not answer in time',
    }
    const exec: Exec = async (command, args, options) =>
      command === 'iw' ? timedOut : answers(command, args, options)
    const sysfs: SysfsReader = async (name) =>
      name === 'wlp2s0' ? { wireless: true, tun: false, arpType: 1 } : undefined
    const snapshot = await readLinuxWifi({ exec, sysfs, limitMs: 8000 })
    expect(snapshot.wifi).toMatchObject({ source: 'wpa-cli', security: { grade: 'wpa3-personal' } })
  })
})
