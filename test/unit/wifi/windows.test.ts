import { describe, expect, it } from 'vitest'
import {
  classifyWindowsLink,
  gradeNetshAdapter,
  gradeWinRt,
  parseNetshInterfaces,
  parseWindowsProbe,
} from '../../../src/platform/wifi/windows.js'
import { fixture } from './fixtures.js'

const connected = (path: string) => parseNetshInterfaces(fixture(path)).adapters.filter((a) => a.connected)

describe('netsh wlan show interfaces', () => {
  it.each([
    ['windows/netsh-en-win10-wpa2.txt', 'WiFi', 'wpa2-personal', { signalPercent: 100 }],
    [
      'windows/netsh-en-win11-wpa2.txt',
      'WiFi',
      'wpa2-personal',
      { signalPercent: 86, band: '2.4 GHz', ssid: 'my-wifi-ssid-here' },
    ],
    ['windows/netsh-en-win11-wpa3-fragment.txt', 'Wi-Fi', 'wpa3-personal', { band: '5 GHz' }],
    [
      'windows/netsh-de-enterprise.txt',
      'WLAN',
      'enterprise',
      { signalPercent: 43, band: '5 GHz', bssid: 'fe:dc:ba:09:87:02', authentication: 'WPA2-Enterprise' },
    ],
    [
      'windows/netsh-fr-open.txt',
      'Wi-Fi',
      'open',
      { band: '2.4 GHz', bssid: 'fe:dc:ba:09:87:02', ssid: 'SSID-1', cipher: 'Aucun' },
    ],
    ['windows/netsh-es-open.txt', 'Wi-Fi', 'open', { band: '2.4 GHz', signalPercent: 81, cipher: 'Ninguna' }],
    [
      'windows/netsh-it-wpa2.txt',
      'Wi-Fi',
      'wpa2-personal',
      { signalPercent: 85, bssid: 'fe:dc:ba:09:87:02' },
    ],
  ])('%s', (path, name, grade, extra) => {
    const [adapter, ...rest] = connected(path)
    expect(rest).toHaveLength(0)
    expect(adapter).toMatchObject({ name, ...extra })
    expect(gradeNetshAdapter(adapter!).grade).toBe(grade)
  })

  it('finds fields by structure: the adapter has no English label to lean on in French', () => {
    const { adapters } = parseNetshInterfaces(fixture('windows/netsh-fr-open.txt'))
    expect(adapters[0]).toMatchObject({
      authentication: 'Ouvrir',
      description: 'Intel(R) Wi-Fi 6 AX201 160MHz',
    })
  })

  it('reads two adapters, the Akm-cipher line, RSSI, and skips colocated APs (Wi-Fi 7)', () => {
    const { adapters, locationDenied } = parseNetshInterfaces(
      fixture('windows/netsh-en-win11-two-adapters-wifi7.txt'),
    )
    expect(locationDenied).toBe(false)
    expect(adapters.map((a) => [a.name, a.connected])).toEqual([
      ['Wi-Fi', true],
      ['Wi-Fi 3', false],
    ])
    expect(adapters[0]).toMatchObject({
      bssid: '70:13:01:8a:d9:a3',
      akm: 8,
      band: '6 GHz',
      signalDbm: -43,
      signalPercent: 100,
      authentication: 'WPA3-Personal  (H2E)',
    })
    expect(gradeNetshAdapter(adapters[0]!).grade).toBe('wpa3-personal')
  })

  it('reads a built-in and a USB adapter without a blank line after the header', () => {
    const { adapters } = parseNetshInterfaces(fixture('windows/netsh-en-two-adapters-usb.txt'))
    expect(adapters.map((a) => [a.name, a.connected])).toEqual([
      ['WLAN', true],
      ['WLAN 2', false],
    ])
    expect(adapters[0]).toMatchObject({ akm: 2 })
  })

  it('handles CRLF line endings', () => {
    const crlf = fixture('windows/netsh-en-win11-wpa2.txt').replace(/\n/g, '\r\n')
    expect(connected('windows/netsh-en-win11-wpa2.txt')).toEqual(
      parseNetshInterfaces(crlf).adapters.filter((a) => a.connected),
    )
  })

  it('detects the Windows 11 24H2 location gate', () => {
    const result = parseNetshInterfaces(fixture('windows/netsh-location-denied.txt'))
    expect(result).toEqual({ locationDenied: true, adapters: [] })
  })

  it('reads a disconnected adapter as not connected', () => {
    const { adapters } = parseNetshInterfaces(fixture('windows/netsh-disconnected.txt'))
    expect(adapters).toEqual([{ name: 'Wi-Fi', description: 'RZ616 Wi-Fi 6E 160MHz', connected: false }])
  })
})

describe('gradeNetshAdapter', () => {
  it.each([
    [{ authentication: 'Open', cipher: 'WEP' }, 'wep'],
    [{ authentication: 'Shared', cipher: 'WEP' }, 'wep'],
    [{ authentication: 'Open', cipher: 'None' }, 'open'],
    [{ authentication: 'Offen', cipher: 'Keine' }, 'open'],
    [{ authentication: 'WPA-Personal', cipher: 'TKIP' }, 'wpa'],
    [{ authentication: 'WPA2 - Personnel', cipher: 'CCMP' }, 'wpa2-personal'],
    [{ authentication: 'WPA2-个人', cipher: 'CCMP' }, 'wpa2-personal'],
    [{ authentication: 'WPA2-Entreprise', cipher: 'CCMP' }, 'enterprise'],
    [{ authentication: 'WPA3-Enterprise 192 Bits', cipher: 'GCMP-256' }, 'enterprise'],
    [{ authentication: 'OWE', cipher: 'CCMP' }, 'owe'],
    [{ authentication: 'Something', cipher: 'CCMP' }, 'unknown'],
    [{ authentication: 'WPA2-Personal', cipher: 'CCMP', akm: 18 }, 'owe'],
    [{ authentication: 'WPA2-Personal', cipher: 'CCMP', akm: 1 }, 'enterprise'],
    [{ authentication: 'WPA3-Personal', cipher: 'CCMP', akm: 24 }, 'wpa3-personal'],
  ])('%j -> %s', (adapter, grade) => {
    expect(gradeNetshAdapter(adapter).grade).toBe(grade)
  })
})

describe('WinRT fallback and the PowerShell probe', () => {
  it.each([
    ['RsnaPsk', 'Ccmp', 'wpa2-personal'],
    ['Wpa3Sae', 'Ccmp', 'wpa3-personal'],
    ['Open80211', 'None', 'open'],
    ['Open80211', 'Wep', 'wep'],
    ['Rsna', 'Ccmp', 'enterprise'],
    ['Owe', 'Ccmp', 'owe'],
    ['Ihv', 'None', 'unknown'],
  ])('%s / %s -> %s', (auth, encryption, grade) => {
    expect(gradeWinRt(auth, encryption).grade).toBe(grade)
  })

  it('parses the probe JSON (one adapter comes back as an object, not an array)', () => {
    const probe = parseWindowsProbe(
      '\uFEFF{"defaultIndex":12,"adapters":{"index":12,"name":"Wi-Fi","description":"Intel(R) Wi-Fi 6 AX201 160MHz","media":"Native 802.11","status":"Up"},"netsh":"","winrt":null}',
    )
    expect(probe).toEqual({
      defaultIndex: 12,
      adapters: [
        {
          index: 12,
          name: 'Wi-Fi',
          description: 'Intel(R) Wi-Fi 6 AX201 160MHz',
          media: 'Native 802.11',
          status: 'Up',
        },
      ],
      netsh: '',
    })
    expect(parseWindowsProbe('not json')).toBeUndefined()
  })

  const wifi = {
    index: 12,
    name: 'Wi-Fi',
    description: 'Intel(R) Wi-Fi 6 AX201 160MHz',
    media: 'Native 802.11',
    status: 'Up',
  }
  const ethernet = {
    index: 7,
    name: 'Ethernet',
    description: 'Realtek PCIe GbE Family Controller',
    media: '802.3',
    status: 'Up',
  }
  const wireguard = {
    index: 30,
    name: 'wg0',
    description: 'WireGuard Tunnel',
    media: 'Unspecified',
    status: 'Up',
  }
  const iphone = {
    index: 40,
    name: 'Ethernet 2',
    description: 'Apple Mobile Device Ethernet',
    media: '802.3',
    status: 'Up',
  }

  it.each([
    [
      { defaultIndex: 12, adapters: [wifi, ethernet] },
      { kind: 'wifi', iface: 'Wi-Fi', vpn: { active: false } },
    ],
    [
      { defaultIndex: 7, adapters: [wifi, ethernet] },
      { kind: 'ethernet', iface: 'Ethernet', vpn: { active: false } },
    ],
    [
      { defaultIndex: 30, adapters: [ethernet, wifi, wireguard] },
      { kind: 'wifi', iface: 'Wi-Fi', vpn: { active: true, iface: 'wg0' } },
    ],
    [
      { defaultIndex: 40, adapters: [wifi, iphone] },
      { kind: 'phone', iface: 'Ethernet 2', vpn: { active: false } },
    ],
    [{ adapters: [wifi] }, { kind: 'wifi', iface: 'Wi-Fi', vpn: { active: false } }],
    [{ adapters: [{ ...wifi, status: 'Disconnected' }] }, { kind: 'none', vpn: { active: false } }],
  ])('classifies %j', (probe, link) => {
    expect(classifyWindowsLink(probe)).toEqual(link)
  })
})

describe('Windows (WinRT) shared-key authentication is WEP, never WPA2 (mutant: SharedKey80211 graded as WPA2)', () => {
  it.each(['SharedKey80211', 'sharedkey80211'])('%s', (auth) => {
    expect(gradeWinRt(auth, 'Wep').grade).toBe('wep')
    expect(gradeWinRt(auth, 'None').grade).toBe('wep')
  })

  it('and RsnaPsk is still WPA2', () => {
    expect(gradeWinRt('RsnaPsk', 'Ccmp').grade).toBe('wpa2-personal')
  })
})
