/**
 * Edges of the Windows reader that surviving mutants showed were untested (issue 15): odd probe
 * JSON, how the default route's adapter is chosen, the netsh block layout, and the grade of each
 * authentication the Windows tools name. Hand-made inputs; the captured outputs are in
 * windows.test.ts.
 */
import { describe, expect, it } from 'vitest'
import {
  classifyWindowsLink,
  gradeNetshAdapter,
  gradeWinRt,
  parseNetshInterfaces,
  parseWindowsProbe,
} from '../../../src/platform/wifi/windows.js'
import { fixture } from './fixtures.js'

describe('the PowerShell probe JSON', () => {
  it.each(['null', '42', '"text"', ''])('%j is no probe at all', (stdout) => {
    expect(parseWindowsProbe(stdout)).toBeUndefined()
  })

  it('fills what PowerShell left out with empty text, and keeps no adapters as none', () => {
    expect(parseWindowsProbe('{"adapters":[{"index":3}]}')).toEqual({
      adapters: [{ index: 3, name: '', description: '', media: '', status: '' }],
      netsh: '',
    })
    expect(parseWindowsProbe('{"adapters":null,"netsh":null,"defaultIndex":"12"}')).toEqual({
      adapters: [],
      netsh: '',
    })
  })

  it('keeps the WinRT answer only when it names an authentication', () => {
    expect(parseWindowsProbe('{"adapters":[],"netsh":"x","winrt":{"auth":"RsnaPsk"}}')).toEqual({
      adapters: [],
      netsh: 'x',
      winrt: { auth: 'RsnaPsk', encryption: '' },
    })
    expect(parseWindowsProbe('{"adapters":[],"winrt":{"auth":3,"encryption":"Ccmp"}}')).toEqual({
      adapters: [],
      netsh: '',
    })
  })
})

describe('the adapter the connection leaves through', () => {
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
  const tunnelByName = {
    index: 31,
    name: 'tun0',
    description: 'Some Tunnel Driver',
    media: 'Unspecified',
    status: 'Up',
  }
  const mobile = {
    index: 50,
    name: 'Cellular',
    description: 'Qualcomm Snapdragon X55',
    media: 'Wireless WAN',
    status: 'Up',
  }
  const other = {
    index: 60,
    name: 'Loopback',
    description: 'Software Loopback',
    media: 'Unspecified',
    status: 'Up',
  }

  it('names a mobile-broadband adapter as cellular, and an adapter of no known kind as unknown', () => {
    expect(classifyWindowsLink({ defaultIndex: 50, adapters: [mobile] })).toEqual({
      kind: 'cellular',
      iface: 'Cellular',
      vpn: { active: false },
    })
    expect(classifyWindowsLink({ defaultIndex: 60, adapters: [other] })).toEqual({
      kind: 'unknown',
      iface: 'Loopback',
      vpn: { active: false },
    })
  })

  it('takes an adapter named like a tunnel for a VPN, but not one whose name says Ethernet or Wi-Fi', () => {
    expect(classifyWindowsLink({ defaultIndex: 31, adapters: [tunnelByName, ethernet] })).toEqual({
      kind: 'ethernet',
      iface: 'Ethernet',
      vpn: { active: true, iface: 'tun0' },
    })
    const vpnNamedEthernet = { ...ethernet, name: 'vpn Ethernet' }
    expect(classifyWindowsLink({ defaultIndex: 7, adapters: [vpnNamedEthernet] }).vpn.active).toBe(false)
    const vpnNamedWifi = { ...wifi, name: 'vpn WiFi' }
    expect(classifyWindowsLink({ defaultIndex: 12, adapters: [vpnNamedWifi] }).vpn.active).toBe(false)
  })

  it('without a default route, prefers a Wi-Fi adapter that is up, and never a VPN', () => {
    expect(classifyWindowsLink({ adapters: [ethernet, wifi] })).toMatchObject({
      kind: 'wifi',
      iface: 'Wi-Fi',
    })
    expect(classifyWindowsLink({ adapters: [wireguard, ethernet] })).toMatchObject({
      kind: 'ethernet',
      iface: 'Ethernet',
    })
    expect(classifyWindowsLink({ adapters: [{ ...wifi, status: 'Disconnected' }, ethernet] })).toMatchObject({
      kind: 'ethernet',
      iface: 'Ethernet',
    })
  })

  it('a default route through an adapter it cannot see is unknown, not "no connection"', () => {
    expect(classifyWindowsLink({ defaultIndex: 99, adapters: [wifi] })).toEqual({
      kind: 'unknown',
      vpn: { active: false },
    })
  })

  it('behind a VPN, names the physical adapter that is up (Wi-Fi first, then any known kind)', () => {
    expect(
      classifyWindowsLink({
        defaultIndex: 30,
        adapters: [{ ...wifi, status: 'Disconnected' }, ethernet, wireguard],
      }),
    ).toEqual({
      kind: 'ethernet',
      iface: 'Ethernet',
      vpn: { active: true, iface: 'wg0' },
    })
    expect(classifyWindowsLink({ defaultIndex: 30, adapters: [other, ethernet, wireguard] })).toMatchObject({
      kind: 'ethernet',
      iface: 'Ethernet',
    })
    expect(classifyWindowsLink({ defaultIndex: 30, adapters: [wireguard, tunnelByName] })).toEqual({
      kind: 'unknown',
      vpn: { active: true, iface: 'wg0' },
    })
  })
})

describe('netsh blocks', () => {
  const block = (lines: string[]): string => ['There is 1 interface on the system:', '', ...lines].join('\n')
  const connectedLines = [
    '    Name                   : Wi-Fi',
    '    Description            : Intel(R) Wi-Fi 6 AX201 160MHz',
    '    GUID                   : 0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
    '    Physical address       : 12:34:56:78:9a:bc',
    '    State                  : connected',
    '    SSID                   : Home',
    '    BSSID                  : fe:dc:ba:09:87:02',
    '    Network type           : Infrastructure',
    '    Radio type             : 802.11ax',
    '    Authentication         : WPA2-Personal',
    '    Cipher                 : CCMP',
    '    Connection mode        : Auto Connect (Profile 802.11n)',
    '    Signal                 : 87%',
    '    Rssi                   : -51',
  ]

  it('reads a hand-made block with its name, network, security and signal', () => {
    const [adapter] = parseNetshInterfaces(block(connectedLines)).adapters
    expect(adapter).toEqual({
      name: 'Wi-Fi',
      description: 'Intel(R) Wi-Fi 6 AX201 160MHz',
      connected: true,
      ssid: 'Home',
      bssid: 'fe:dc:ba:09:87:02',
      authentication: 'WPA2-Personal',
      cipher: 'CCMP',
      signalPercent: 87,
      signalDbm: -51,
    })
  })

  it('reads a GUID written in braces, and a block that starts the output', () => {
    const braced = connectedLines.map((line) =>
      line
        .replace('0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d', '{0A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D}')
        .replace('GUID', 'Guid'),
    )
    expect(parseNetshInterfaces(braced.join('\n')).adapters).toHaveLength(1)
    expect(parseNetshInterfaces(braced.join('\n')).adapters[0]?.name).toBe('Wi-Fi')
  })

  it('does not take a value that merely contains a GUID, a MAC or "802.11" for one', () => {
    const lines = connectedLines.map((line) =>
      line
        .replace('0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d', 'x0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d')
        .replace('GUID  ', 'Kennung'),
    )
    expect(parseNetshInterfaces(block(lines)).adapters).toEqual([])
    const guidWithTail = connectedLines.map((line) =>
      line.replace('GUID  ', 'Kennung').replace('4c5d', '4c5d0'),
    )
    expect(parseNetshInterfaces(block(guidWithTail)).adapters).toEqual([])
    const shortGuid = connectedLines.map((line) =>
      line.replace('GUID  ', 'Kennung').replace('0a1b2c3d-4e5f', '0-4e5f'),
    )
    expect(parseNetshInterfaces(block(shortGuid)).adapters).toEqual([])
    const plainGuid = connectedLines.map((line) => line.replace('GUID  ', 'Kennung'))
    expect(parseNetshInterfaces(block(plainGuid)).adapters).toHaveLength(1)
    for (const text of ['AP fe:dc:ba:09:87:02', 'fe:dc:ba:09:87:02 (roamed)']) {
      const bssidInText = connectedLines.map((line) => line.replace('fe:dc:ba:09:87:02', text))
      expect(parseNetshInterfaces(block(bssidInText)).adapters[0]?.bssid).toBeUndefined()
    }
  })

  it('reads the signal only from a value that is a percentage, and dBm only from the Rssi line', () => {
    const lines = [
      ...connectedLines.filter((line) => !/Signal|Rssi/.test(line)),
      '    Profile                : 50 % off',
      '    Note                   : up to 50%',
      '    Channel                : -6',
      '    Rssi (avg)             : -40',
      '    Beacon Rssi            : -45',
    ]
    const [adapter] = parseNetshInterfaces(block(lines)).adapters
    expect(adapter?.signalPercent).toBeUndefined()
    expect(adapter?.signalDbm).toBeUndefined()
    const spaced = connectedLines.map((line) => line.replace('87%', '87 %').replace('-51', '-51 dBm'))
    expect(parseNetshInterfaces(block(spaced)).adapters[0]).toMatchObject({ signalPercent: 87 })
    expect(parseNetshInterfaces(block(spaced)).adapters[0]?.signalDbm).toBeUndefined()
  })

  it('reads the AKM suite with or without spaces around "="', () => {
    const akm = (text: string) =>
      parseNetshInterfaces(block([...connectedLines, `    Connected Akm-cipher   : ${text}`])).adapters[0]
        ?.akm
    expect(akm('[ akm = 00-0f-ac:8, cipher = 00-0f-ac:4 ]')).toBe(8)
    expect(akm('[akm=00-0f-ac:2, cipher=00-0f-ac:4]')).toBe(2)
  })

  it('an adapter with a radio type but no authentication lines has none', () => {
    const lines = connectedLines.filter(
      (line) => !/Authentication|Cipher|Connection mode|Signal|Rssi/.test(line),
    )
    const [adapter] = parseNetshInterfaces(block(lines)).adapters
    expect(adapter?.connected).toBe(true)
    expect(adapter).not.toHaveProperty('authentication')
    expect(adapter).not.toHaveProperty('cipher')
  })

  it('two adapters: each keeps its own lines', () => {
    const second = connectedLines.map((line) =>
      line
        .replace('Wi-Fi', 'Wi-Fi 2')
        .replace('Home', 'Office')
        .replace('0e1f', '0e2f')
        .replace('87%', '40%'),
    )
    const { adapters } = parseNetshInterfaces(block([...connectedLines, '', ...second]))
    expect(adapters.map((a) => [a.name, a.ssid, a.signalPercent])).toEqual([
      ['Wi-Fi', 'Home', 87],
      ['Wi-Fi 2', 'Office', 40],
    ])
  })

  it('reads lines without indentation or a space before the colon, and an empty network name', () => {
    const bare = connectedLines
      .map((line) => line.trimStart().replace(/\s+:/, ':'))
      .map((line) => (line.startsWith('SSID') ? 'SSID:' : line))
    const [adapter] = parseNetshInterfaces(bare.join('\n')).adapters
    expect(adapter).toMatchObject({
      name: 'Wi-Fi',
      ssid: '',
      bssid: 'fe:dc:ba:09:87:02',
      authentication: 'WPA2-Personal',
    })
  })

  it('a fragment that starts at the GUID line has no name or description to read: no adapter', () => {
    expect(parseNetshInterfaces(connectedLines.slice(2).join('\n')).adapters).toEqual([])
    expect(parseNetshInterfaces(connectedLines.slice(1).join('\n')).adapters).toEqual([])
  })

  it('keeps the labels and values without the padding around them', () => {
    const text = fixture('windows/netsh-en-win11-wpa2.txt')
    const [adapter] = parseNetshInterfaces(text).adapters
    expect(adapter?.name).toBe(adapter?.name.trim())
    expect(
      parseNetshInterfaces(block(connectedLines.map((line) => line.replace(': CCMP', ':  CCMP   '))))
        .adapters[0]?.cipher,
    ).toBe('CCMP')
  })
})

describe('grades from netsh', () => {
  it('says what it read, or "(none)"', () => {
    expect(gradeNetshAdapter({ authentication: 'WPA2-Personal', cipher: ' CCMP ' })).toEqual({
      grade: 'wpa2-personal',
      raw: 'WPA2-Personal / CCMP',
    })
    expect(gradeNetshAdapter({ cipher: 'CCMP' })).toEqual({ grade: 'unknown', raw: 'CCMP' })
    expect(gradeNetshAdapter({})).toEqual({ grade: 'unknown', raw: '(none)' })
    expect(gradeNetshAdapter({ cipher: 'Keine' })).toEqual({ grade: 'unknown', raw: 'Keine' })
  })

  it('marks TKIP only when the cipher is TKIP', () => {
    expect(gradeNetshAdapter({ authentication: 'WPA2-Personal', cipher: 'TKIP' })).toMatchObject({
      grade: 'wpa2-personal',
      tkip: true,
    })
    expect(gradeNetshAdapter({ authentication: 'WPA2-Personal', cipher: 'CCMP' })).not.toHaveProperty('tkip')
    expect(gradeNetshAdapter({ authentication: 'WPA2-Personal', cipher: 'TKIP-CCMP' })).not.toHaveProperty(
      'tkip',
    )
    expect(gradeNetshAdapter({ authentication: 'WPA2-Personal', cipher: 'CCMP-TKIP' })).not.toHaveProperty(
      'tkip',
    )
    expect(gradeNetshAdapter({ authentication: 'WPA-Personal', cipher: 'CCMP' })).toMatchObject({
      grade: 'wpa',
      tkip: true,
    })
  })

  it('the AKM suite decides: WPA2-PSK suites, with WPA (TKIP) told apart by the authentication', () => {
    expect(gradeNetshAdapter({ authentication: 'WPA2-Personal', cipher: 'CCMP', akm: 2 })).toEqual({
      grade: 'wpa2-personal',
      raw: 'WPA2-Personal / CCMP',
    })
    expect(gradeNetshAdapter({ authentication: 'WPA-Personal', cipher: 'TKIP', akm: 2 })).toEqual({
      grade: 'wpa',
      raw: 'WPA-Personal / TKIP',
      tkip: true,
    })
    expect(gradeNetshAdapter({ authentication: 'WPA Personal', cipher: 'CCMP', akm: 6 }).grade).toBe('wpa')
    expect(gradeNetshAdapter({ authentication: 'WPA2-Personal', cipher: 'TKIP', akm: 4 })).toMatchObject({
      grade: 'wpa2-personal',
      tkip: true,
    })
    expect(gradeNetshAdapter({ authentication: 'WPA3-Personal', cipher: 'CCMP', akm: 9 }).grade).toBe(
      'wpa3-personal',
    )
    // The suite wins over an authentication text the parser cannot read.
    expect(gradeNetshAdapter({ authentication: 'Sconosciuto', cipher: 'CCMP', akm: 8 }).grade).toBe(
      'wpa3-personal',
    )
    expect(gradeNetshAdapter({ authentication: 'Sconosciuto', cipher: 'CCMP', akm: 25 }).grade).toBe(
      'wpa3-personal',
    )
    expect(gradeNetshAdapter({ authentication: 'Sconosciuto', cipher: 'CCMP', akm: 2 }).grade).toBe(
      'wpa2-personal',
    )
    expect(gradeNetshAdapter({ authentication: 'WPA2-Personal', cipher: 'CCMP', akm: 99 }).grade).toBe(
      'wpa2-personal',
    )
    expect(gradeNetshAdapter({ authentication: 'Open', cipher: 'None', akm: 99 }).grade).toBe('open')
  })

  it('WEP from the cipher alone, whatever the translated authentication', () => {
    expect(gradeNetshAdapter({ authentication: 'Ouvrir', cipher: 'WEP-104' }).grade).toBe('wep')
  })

  it('a cipher that merely starts or ends like a known one is not known (open)', () => {
    expect(gradeNetshAdapter({ authentication: 'Abierta', cipher: 'CCMPx' }).grade).toBe('open')
    expect(gradeNetshAdapter({ authentication: 'Abierta', cipher: 'xCCMP' }).grade).toBe('open')
    expect(gradeNetshAdapter({ authentication: 'Abierta', cipher: 'GCMP-256' }).grade).toBe('unknown')
  })
})

describe('grades from WinRT', () => {
  it.each([
    ['WpaPsk', 'Tkip', { grade: 'wpa', tkip: true }],
    ['Wpa', 'Tkip', { grade: 'enterprise' }],
    ['Wpa3', 'Gcmp', { grade: 'enterprise' }],
    ['Wpa3Enterprise', 'Gcmp', { grade: 'enterprise' }],
    ['Wpa3Enterprise192Bits', 'Gcmp256', { grade: 'enterprise' }],
  ])('%s / %s', (auth, encryption, expected) => {
    expect(gradeWinRt(auth, encryption)).toEqual({ ...expected, raw: `${auth} / ${encryption}` })
  })

  it('an empty authentication is unknown', () => {
    expect(gradeWinRt('', 'None').grade).toBe('unknown')
  })
})

// Found by the parsers bench (test/bench/parsers.bench.mjs): the label pattern, a lazy label then
// spaces then a colon, backtracked on a long run of spaces with no colon; a line of 10,000 never
// finished. Hand-made lines in the layout of netsh's output.
describe('netsh lines with long runs of spaces (issue 23 follow-up)', () => {
  it('a line of 10,000 spaces is no field, and the fields around it are read', () => {
    const spaces = ' '.repeat(10_000)
    const parsed = parseNetshInterfaces(
      `${spaces}\n    Name                   : Wi-Fi${spaces}\n    Description${spaces}: Intel(R) Wi-Fi 6 AX201\n    GUID                   : 0b4a5c1e-1f7a-4b6e-9d2c-3e8f9a1b2c3d\n`,
    )
    expect(parsed.adapters[0]).toMatchObject({ name: 'Wi-Fi', description: 'Intel(R) Wi-Fi 6 AX201' })
  })
})
