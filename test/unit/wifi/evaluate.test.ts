import { describe, expect, it } from 'vitest'
import { evaluateWifi } from '../../../src/checks/wifi/evaluate.js'
import type {
  NetworkLink,
  UnknownReason,
  WifiGrade,
  WifiReading,
  WifiSnapshot,
} from '../../../src/platform/wifi/types.js'
import type { Status } from '../../../src/report/model.js'
import { messagesFor } from '../../../src/messages/index.js'
import { english, steps } from '../../helpers/english.js'

const noVpn = { active: false }
const vpn = { active: true, iface: 'wg0' }
const wifiLink = (extra: Partial<NetworkLink> = {}): NetworkLink => ({
  kind: 'wifi',
  iface: 'wlan0',
  vpn: noVpn,
  ...extra,
})
const reading = (grade: WifiGrade, extra: Partial<WifiReading> = {}): WifiReading => ({
  security: { grade },
  source: 'nmcli',
  networkName: 'Cafe Guest',
  bssid: '31:23:03:1a:9f:1d',
  signalDbm: -55,
  ...extra,
})
const onWifi = (
  grade: WifiGrade,
  extra: Partial<WifiReading> = {},
  link: Partial<NetworkLink> = {},
): WifiSnapshot => ({ link: wifiLink(link), wifi: reading(grade, extra) })

type Row = [name: string, snapshot: WifiSnapshot, status: Status, summary: RegExp, advice: readonly string[]]

const table: Row[] = [
  ['WPA2', onWifi('wpa2-personal'), 'pass', /protected with a password \(WPA2\)/, []],
  ['WPA3', onWifi('wpa3-personal'), 'pass', /\(WPA3\)/, []],
  [
    'WPA2/WPA3 transition',
    {
      link: wifiLink(),
      wifi: { ...reading('wpa3-personal'), security: { grade: 'wpa3-personal', transition: true } },
    },
    'pass',
    /\(WPA2\/WPA3\)/,
    [],
  ],
  ['enterprise', onWifi('enterprise'), 'pass', /personal login/, []],
  ['Ethernet', { link: { kind: 'ethernet', iface: 'eth0', vpn: noVpn } }, 'pass', /by cable/, []],
  [
    'phone by cable',
    { link: { kind: 'phone', iface: 'usb0', vpn: noVpn } },
    'pass',
    /through your phone/,
    [],
  ],
  ['mobile data', { link: { kind: 'cellular', iface: 'wwan0', vpn: noVpn } }, 'pass', /mobile data/, []],
  [
    'open',
    onWifi('open'),
    'fail',
    /no password/,
    [steps.joinProtected, steps.phoneHotspot, steps.cable, steps.clinicVpn],
  ],
  [
    'WEP',
    onWifi('wep'),
    'fail',
    /WEP/,
    [steps.joinProtected, steps.phoneHotspot, steps.cable, steps.clinicVpn, steps.routerUpgrade],
  ],
  [
    'open with a VPN',
    onWifi('open', {}, { vpn }),
    'warn',
    /no password, but your VPN is on/,
    [steps.keepVpn],
  ],
  ['WEP with a VPN', onWifi('wep', {}, { vpn }), 'warn', /WEP.*but your VPN is on/, [steps.keepVpn]],
  [
    'open phone hotspot',
    onWifi('open', {}, { viaPhoneHotspot: true }),
    'fail',
    /^Your phone's hotspot has no password/,
    [steps.hotspotPassword, steps.cable],
  ],
  ['WPA (TKIP)', onWifi('wpa'), 'warn', /old kind of protection \(WPA\)/, [steps.routerUpgrade]],
  ['OWE', onWifi('owe'), 'warn', /without a password/, [steps.joinProtected, steps.clinicVpn]],
  [
    'weak WPA2 signal (dBm)',
    onWifi('wpa2-personal', { signalDbm: -80 }),
    'warn',
    /but the signal is weak/,
    [steps.moveCloser],
  ],
  [
    'weak signal (percent only)',
    onWifi('wpa2-personal', { signalDbm: undefined, signalPercent: 25 }),
    'warn',
    /signal is weak/,
    [steps.moveCloser],
  ],
  [
    'good signal (percent only)',
    onWifi('wpa2-personal', { signalDbm: undefined, signalPercent: 75 }),
    'pass',
    /WPA2/,
    [],
  ],
  [
    'weak and open',
    onWifi('open', { signalDbm: -85 }),
    'fail',
    /no password/,
    [steps.joinProtected, steps.weakSignalToo],
  ],
  ['WPA2 with a VPN', onWifi('wpa2-personal', {}, { vpn }), 'pass', /A VPN is on too\./, []],
  [
    'Ethernet with a VPN',
    { link: { kind: 'ethernet', iface: 'eth0', vpn } },
    'pass',
    /by cable.*A VPN is on too/,
    [],
  ],
  [
    'no network, Wi-Fi off',
    { link: { kind: 'none', vpn: noVpn, wifiRadio: 'off' } },
    'fail',
    /Wi-Fi is turned off/,
    ['Turn Wi-Fi on and join your home network, or plug in a network cable.', steps.runAgain],
  ],
  [
    'no network, no Wi-Fi hardware',
    { link: { kind: 'none', vpn: noVpn, wifiRadio: 'absent' } },
    'fail',
    /has no Wi-Fi/,
    [steps.runAgain],
  ],
  [
    'no network',
    { link: { kind: 'none', vpn: noVpn } },
    'fail',
    /not connected to a network/,
    [steps.runAgain],
  ],
  ['link unknown', { link: { kind: 'unknown', vpn: noVpn } }, 'warn', /couldn't tell how/, []],
  ['Wi-Fi without a reading', { link: wifiLink() }, 'warn', /do not recognise/, []],
]

describe('evaluateWifi verdicts and advice', () => {
  it.each(table)('%s', (_name, snapshot, status, summary, advice) => {
    const outcome = evaluateWifi(snapshot, 'video', english)
    expect(outcome.status).toBe(status)
    expect(outcome.summary).toMatch(summary)
    for (const step of advice) expect(outcome.advice).toContain(step)
    if (status !== 'pass') expect(outcome.advice.length).toBeGreaterThan(0)
  })

  it.each(table)('%s: keeps the network name and BSSID out of every sentence', (_name, snapshot) => {
    const outcome = evaluateWifi(snapshot, 'video', english)
    const words = [
      outcome.summary,
      ...outcome.advice,
      JSON.stringify(outcome.details),
      JSON.stringify(outcome.measurements),
    ].join(' ')
    expect(words).not.toContain('Cafe Guest')
    expect(words).not.toContain('31:23:03')
  })
})

describe('unknown says why and what to do', () => {
  it.each<[UnknownReason, RegExp, RegExp]>([
    [
      'windows-location-off',
      /location access is off/,
      /Privacy & security › Location.*"Let desktop apps access your location"/,
    ],
    ['macos-unreadable', /macOS didn't tell us/, /Option key.*Wi-Fi icon/],
    ['linux-no-tools', /neither NetworkManager \(nmcli\) nor the iw tool/, /install the iw package/],
    ['linux-not-readable', /couldn't read/, /asked for a password/],
    ['unrecognised', /do not recognise/, /asked for a password/],
  ])('%s', (reason, summary, advice) => {
    const outcome = evaluateWifi(
      { link: wifiLink(), wifi: { security: { grade: 'unknown' }, source: 'none', reason } },
      'video',
      english,
    )
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toMatch(summary)
    expect(outcome.advice.join(' ')).toMatch(advice)
  })

  it('tells Windows users how to check "Security type" themselves', () => {
    const outcome = evaluateWifi(
      {
        link: wifiLink(),
        wifi: { security: { grade: 'unknown' }, source: 'netsh', reason: 'windows-location-off' },
      },
      'video',
      english,
    )
    expect(outcome.advice.join(' ')).toContain('ms-settings:privacy-location')
    expect(outcome.advice.join(' ')).toContain('"Security type"')
  })
})

describe('the rest of the outcome', () => {
  it('puts the network name and BSSID in identifiers only, cleaned', () => {
    const outcome = evaluateWifi(
      onWifi('wpa2-personal', {
        networkName: '\u001b[31mHome\u202e Net\u001b[0m',
        bssid: '31:23:03:1a:9f:1d',
      }),
      'video',
      english,
    )
    expect(outcome.identifiers).toEqual({ networkName: 'Home Net', bssid: '31:23:03:1a:9f:1d' })
  })

  it('leaves identifiers out when the OS hid the name', () => {
    expect(
      evaluateWifi(
        onWifi('wpa2-personal', { networkName: undefined, bssid: undefined, nameHidden: true }),
        'video',
        english,
      ).identifiers,
    ).toBeUndefined()
  })

  it('reports link, security, VPN, signal and band as measurements', () => {
    const outcome = evaluateWifi(onWifi('wpa2-personal', { band: '5 GHz' }), 'video', english)
    expect(outcome.measurements).toEqual([
      { id: 'linkType', label: 'Connection', value: 'Wi-Fi' },
      { id: 'wifiSecurity', label: 'Wi-Fi security', value: 'WPA2 (password)' },
      { id: 'vpn', label: 'VPN on', value: false },
      { id: 'signalDbm', label: 'Signal', value: -55, unit: 'dBm', status: 'pass' },
      { id: 'band', label: 'Band', value: '5 GHz' },
    ])
    expect(outcome.details).toMatchObject({
      link: 'wifi',
      security: 'wpa2-personal',
      source: 'nmcli',
      vpn: false,
    })
  })

  it('a weak signal is only advice for a text session', () => {
    const outcome = evaluateWifi(onWifi('wpa2-personal', { signalDbm: -80 }), 'text', english)
    expect(outcome.status).toBe('pass')
    expect(outcome.advice).toEqual([steps.weakSignal])
  })
})

// Found by a surviving mutant (issue 15): < -72 → <= -72.
const onWifiWithSignal = (signalDbm: number): WifiSnapshot => ({
  link: { kind: 'wifi', iface: 'wlan0', vpn: { active: false } },
  wifi: { security: { grade: 'wpa2-personal' }, source: 'nmcli', signalDbm },
})

describe('weak Wi-Fi signal: weaker than -72 dBm, not -72 itself (mutant: < -72 → <= -72)', () => {
  it('-72 dBm is fine', () => {
    const outcome = evaluateWifi(onWifiWithSignal(-72), 'video', messagesFor('en'))
    expect(outcome.status).toBe('pass')
    expect(outcome.summary).not.toMatch(/weak/)
  })

  it('-73 dBm is weak', () => {
    const outcome = evaluateWifi(onWifiWithSignal(-73), 'video', messagesFor('en'))
    expect(outcome.status).toBe('warn')
    expect(outcome.summary).toMatch(/signal is weak/)
  })
})
