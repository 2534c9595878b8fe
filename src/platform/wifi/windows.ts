/**
 * Windows: one PowerShell run gives the default-route adapter, the adapter list and the text of
 * `netsh wlan show interfaces`, with the console forced to UTF-8 first (netsh otherwise writes
 * in the OEM code page, and accented labels arrive garbled).
 *
 * netsh labels AND values are translated ("Authentification : Ouvrir", "Authentifizierung :
 * WPA2-Enterprise"), so the parser finds fields by the shape of their values, not by words:
 * the GUID line marks an adapter block (Name and Description are the two lines before it), the
 * Radio type value is always `802.11…`, and in every captured language the next two lines are
 * Authentication, then Cipher.
 */
import type { NetworkLink, WifiSecurity } from './types.js'
import { bandOfText, vpnInterfacePattern } from './types.js'

/** The PowerShell script run with `powershell.exe` with `powershellArgs` (src/platform/exec.ts). A constant. */
// Stryker disable all: the script runs only on that OS; tests read its output through the parser.
export const WINDOWS_PROBE_SCRIPT = [
  "$ErrorActionPreference = 'SilentlyContinue'",
  '$OutputEncoding = [Console]::OutputEncoding = [Console]::InputEncoding = [Text.Encoding]::UTF8',
  '$route = Find-NetRoute -RemoteIPAddress 1.1.1.1 | Where-Object { $_.InterfaceIndex } | Select-Object -First 1',
  '$adapters = @(Get-NetAdapter | ForEach-Object { [pscustomobject]@{ index = $_.ifIndex; name = $_.Name; description = $_.InterfaceDescription; media = [string]$_.PhysicalMediaType; status = [string]$_.Status } })',
  '$netsh = (netsh wlan show interfaces) -join "`n"',
  '$winrt = $null',
  "if ($netsh -match 'ms-settings:privacy-location') { try {",
  '  [void][Windows.Networking.Connectivity.NetworkInformation, Windows.Networking.Connectivity, ContentType = WindowsRuntime]',
  '  $p = [Windows.Networking.Connectivity.NetworkInformation]::GetInternetConnectionProfile()',
  '  if ($p -and $p.IsWlanConnectionProfile) { $winrt = [pscustomobject]@{ auth = [string]$p.NetworkSecuritySettings.NetworkAuthenticationType; encryption = [string]$p.NetworkSecuritySettings.NetworkEncryptionType } }',
  '} catch {} }',
  '[pscustomobject]@{ defaultIndex = $route.InterfaceIndex; adapters = $adapters; netsh = $netsh; winrt = $winrt } | ConvertTo-Json -Depth 4 -Compress',
].join('\n')
// Stryker restore all

export interface WindowsAdapter {
  index: number
  name: string
  description: string
  media: string
  status: string
}

export interface WindowsProbe {
  defaultIndex?: number
  adapters: WindowsAdapter[]
  netsh: string
  winrt?: { auth: string; encryption: string }
}

/** Parses the JSON printed by WINDOWS_PROBE_SCRIPT. */
export function parseWindowsProbe(stdout: string): WindowsProbe | undefined {
  let data: Record<string, unknown>
  // Stryker disable BlockStatement: the catch: without the return, `data` stays undefined and the next line returns undefined.
  try {
    data = JSON.parse(stdout.replace(/^\uFEFF/, '').trim()) as Record<string, unknown>
  } catch {
    return undefined
  }
  // Stryker restore BlockStatement
  if (!data || typeof data !== 'object') return undefined
  const list = Array.isArray(data.adapters) ? data.adapters : data.adapters ? [data.adapters] : []
  const adapters = (list as Array<Record<string, unknown>>).map((a) => ({
    index: Number(a.index),
    name: String(a.name ?? ''),
    description: String(a.description ?? ''),
    media: String(a.media ?? ''),
    status: String(a.status ?? ''),
  }))
  const winrt = data.winrt as { auth?: unknown; encryption?: unknown } | null | undefined
  return {
    ...(typeof data.defaultIndex === 'number' ? { defaultIndex: data.defaultIndex } : {}),
    adapters,
    netsh: typeof data.netsh === 'string' ? data.netsh : '',
    ...(winrt && typeof winrt.auth === 'string'
      ? { winrt: { auth: winrt.auth, encryption: String(winrt.encryption ?? '') } }
      : {}),
  }
}

const vpnDescription =
  /WireGuard|Wintun|TAP-Windows|OpenVPN|AnyConnect|Fortinet|PANGP|GlobalProtect|Juniper|Pulse Secure|Tailscale|ZeroTier|NordLynx|ProtonVPN|Mullvad|WAN Miniport|Cisco Systems VPN|SonicWall|Check Point/i

/** What kind of adapter this is, from its media type and description. */
function kindOfAdapter(adapter: WindowsAdapter): NetworkLink['kind'] | 'vpn' {
  if (
    vpnDescription.test(adapter.description) ||
    (vpnInterfacePattern.test(adapter.name) && !/ethernet|wi-?fi|wlan/i.test(adapter.name))
  )
    return 'vpn'
  if (
    /Remote NDIS|Apple Mobile Device|iPhone|Android/i.test(adapter.description) ||
    /bluetooth/i.test(adapter.media)
  )
    return 'phone'
  if (/802\.11|Wireless LAN/i.test(adapter.media)) return 'wifi'
  if (/Wireless WAN|Mobile Broadband/i.test(adapter.media)) return 'cellular'
  if (/802\.3/.test(adapter.media)) return 'ethernet'
  return 'unknown'
}

/** Classifies the default route: the adapter it leaves through, and whether that is a VPN. */
export function classifyWindowsLink(probe: Pick<WindowsProbe, 'defaultIndex' | 'adapters'>): NetworkLink {
  // Stryker disable next-line Regex: Get-NetAdapter's Status is one word (Up, Disconnected, Disabled, Not Present, ...); none but Up starts or ends with "up".
  const up = (a: WindowsAdapter): boolean => /^up$/i.test(a.status) && kindOfAdapter(a) !== 'vpn'
  // No route found (or Find-NetRoute failed): an adapter that is up is still the link in use.
  const fallback = probe.adapters.find((a) => up(a) && kindOfAdapter(a) === 'wifi') ?? probe.adapters.find(up)
  const primary =
    probe.defaultIndex === undefined ? fallback : probe.adapters.find((a) => a.index === probe.defaultIndex)
  if (!primary) return { kind: probe.defaultIndex === undefined ? 'none' : 'unknown', vpn: { active: false } }
  const kind = kindOfAdapter(primary)
  if (kind !== 'vpn') return { kind, iface: primary.name, vpn: { active: false } }
  const others = probe.adapters.filter((a) => up(a) && a !== primary)
  const physical =
    others.find((a) => kindOfAdapter(a) === 'wifi') ?? others.find((a) => kindOfAdapter(a) !== 'unknown')
  const physicalKind = physical ? kindOfAdapter(physical) : 'unknown'
  return {
    // Stryker disable next-line ConditionalExpression,StringLiteral: `up` leaves VPNs out, so this only narrows the type.
    kind: physicalKind === 'vpn' ? 'unknown' : physicalKind,
    ...(physical ? { iface: physical.name } : {}),
    vpn: { active: true, iface: primary.name },
  }
}

export interface NetshAdapter {
  name: string
  description: string
  /** Associated with a network (a Radio type line is present). */
  connected: boolean
  ssid?: string
  bssid?: string
  authentication?: string
  cipher?: string
  akm?: number
  signalPercent?: number
  signalDbm?: number
  band?: ReturnType<typeof bandOfText>
}

export interface NetshInterfaces {
  /** Windows 11 24H2+: WLAN details need location access for desktop apps. */
  locationDenied: boolean
  adapters: NetshAdapter[]
}

const guidValue = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i
const macValue = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i
// Stryker disable next-line Regex: netsh prints the radio type alone on its line (802.11n, 802.11ac, 802.11be).
const radioValue = /^802\.11[a-z]{1,2}$/i

/** "   Label   : value" (the colon may follow a no-break space, or no space at all). */
function splitLine(line: string): { label: string; value: string } | undefined {
  // The label ends at the first colon (after its first character) followed by a space or the end.
  // Found by a search, not by a lazy label then spaces: that form backtracked on long runs of
  // spaces with no colon (a line of 10,000 never finished).
  const colon = /(?<=.):(?=\s|$)/.exec(line)
  if (!colon) return undefined
  return { label: line.slice(0, colon.index).trim(), value: line.slice(colon.index + 1).trim() }
}

/** Parses `netsh wlan show interfaces` in any display language. */
export function parseNetshInterfaces(stdout: string): NetshInterfaces {
  // Stryker disable next-line Regex,StringLiteral: JavaScript's \s includes U+FEFF, so splitLine drops the mark anyway; kept for clarity.
  const text = stdout.replace(/^\uFEFF/, '')
  // The URI is not translated, which makes it the one reliable sign of the location gate.
  const locationDenied = text.includes('ms-settings:privacy-location')
  const lines = text.split(/\r?\n/).map(splitLine)
  const adapters: NetshAdapter[] = []
  // "GUID" is not translated in any captured language; the value test also covers languages we have not seen.
  const starts = lines.flatMap((line, i) =>
    line && (guidValue.test(line.value) || line.label === 'GUID') && i >= 2 ? [i - 2] : [],
  )
  starts.forEach((start, n) => {
    const block = lines
      .slice(start, starts[n + 1] ?? lines.length)
      .filter((l): l is { label: string; value: string } => Boolean(l))
    adapters.push(parseNetshBlock(block))
  })
  return { locationDenied, adapters }
}

function parseNetshBlock(block: Array<{ label: string; value: string }>): NetshAdapter {
  const adapter: NetshAdapter = {
    name: block[0]?.value ?? '',
    description: block[1]?.value ?? '',
    connected: false,
  }
  const radio = block.findIndex((l) => radioValue.test(l.value))
  // Stryker disable next-line EqualityOperator: line 0 of a block is the adapter's name, never its radio type.
  if (radio >= 0) {
    adapter.connected = true
    const auth = block[radio + 1]?.value
    const cipher = block[radio + 2]?.value
    if (auth) adapter.authentication = auth
    if (cipher) adapter.cipher = cipher
  }
  const ssidIndex = block.findIndex((l) => l.label.toUpperCase() === 'SSID')
  // Stryker disable next-line EqualityOperator: line 0 of a block is the adapter's name, never its SSID.
  if (ssidIndex >= 0) {
    adapter.ssid = block[ssidIndex]?.value ?? ''
    // The access point's address is the first plain MAC after the SSID line (label is translated).
    const bssid = block.slice(ssidIndex + 1).find((l) => macValue.test(l.value))
    if (bssid) adapter.bssid = bssid.value
  }
  for (const { label, value } of block) {
    const akm = value.match(/akm\s*=\s*[0-9a-f]{2}-[0-9a-f]{2}-[0-9a-f]{2}:([0-9a-f]+)/i)
    if (akm?.[1]) adapter.akm = Number.parseInt(akm[1], 16)
    const percent = value.match(/^(\d{1,3})\s?%$/)
    if (percent?.[1]) adapter.signalPercent = Number(percent[1])
    if (/^rssi$/i.test(label) && /^-\d{1,3}$/.test(value)) adapter.signalDbm = Number(value)
    const band = bandOfText(value)
    if (band) adapter.band = band
  }
  return adapter
}

const knownCiphers = /^(CCMP|GCMP|GCMP-256|CCMP-256|TKIP|WEP|WEP-40|WEP-104)$/i
const enterpriseWords =
  /enterprise|entreprise|unternehmen|empresa|aziendale|企业|エンタープライズ|192|802\.1x/i

/**
 * Grades a connected adapter. The `Connected Akm-cipher` line (Windows 11) names the IEEE AKM
 * suite and wins; otherwise the Authentication value's tokens, which keep `WPA2`, `WPA3`, `OWE`
 * and `WEP` untranslated. "Open" is translated (Ouvrir, Offen, Abierta…), so open is decided by
 * the cipher: neither WPA nor WEP in the authentication, and no known cipher.
 */
export function gradeNetshAdapter(
  adapter: Pick<NetshAdapter, 'authentication' | 'cipher' | 'akm'>,
): WifiSecurity {
  const auth = adapter.authentication ?? ''
  const cipher = (adapter.cipher ?? '').trim()
  const raw = [auth, cipher].filter(Boolean).join(' / ') || '(none)'
  const tkip = /^TKIP$/i.test(cipher)
  // Stryker disable next-line ConditionalExpression: with no suite, no list below includes it and the branch falls through.
  if (adapter.akm !== undefined) {
    const akm = adapter.akm
    if ([1, 3, 5, 11, 12, 13, 14, 15, 16, 17, 23].includes(akm)) return { grade: 'enterprise', raw }
    if ([8, 9, 24, 25].includes(akm)) return { grade: 'wpa3-personal', raw }
    if (akm === 18) return { grade: 'owe', raw }
    if ([2, 4, 6, 19, 20].includes(akm))
      return {
        grade: /WPA-|WPA\s/i.test(auth) && !/WPA2|WPA3/i.test(auth) ? 'wpa' : 'wpa2-personal',
        raw,
        ...(tkip ? { tkip } : {}),
      }
  }
  if (!auth) return { grade: 'unknown', raw }
  if (/WPA3/i.test(auth)) return { grade: enterpriseWords.test(auth) ? 'enterprise' : 'wpa3-personal', raw }
  if (/WPA2/i.test(auth))
    return {
      grade: enterpriseWords.test(auth) ? 'enterprise' : 'wpa2-personal',
      raw,
      ...(tkip ? { tkip } : {}),
    }
  if (/WPA/i.test(auth)) return { grade: enterpriseWords.test(auth) ? 'enterprise' : 'wpa', raw, tkip: true }
  if (/OWE/i.test(auth)) return { grade: 'owe', raw }
  // Stryker disable next-line Regex: netsh prints WEP ciphers as WEP, WEP-40 or WEP-104, always at the start.
  if (/WEP|Shared|Partag|Freigegeben|Compartid|Condivis/i.test(auth) || /^WEP/i.test(cipher))
    return { grade: 'wep', raw }
  if (cipher && !knownCiphers.test(cipher)) return { grade: 'open', raw }
  return { grade: 'unknown', raw }
}

/**
 * Grades the WinRT NetworkAuthenticationType / NetworkEncryptionType enum names (language
 * independent), used when netsh is blocked by the location setting.
 */
export function gradeWinRt(auth: string, encryption: string): WifiSecurity {
  const raw = `${auth} / ${encryption}`
  const a = auth.toLowerCase()
  // Stryker disable next-line Regex: WinRT's encryption names with WEP (Wep, Wep40, Wep104) all start with it.
  if (a === 'open80211') return { grade: /^wep/i.test(encryption) ? 'wep' : 'open', raw }
  if (a === 'sharedkey80211') return { grade: 'wep', raw }
  if (a === 'owe') return { grade: 'owe', raw }
  if (a === 'wpa3sae') return { grade: 'wpa3-personal', raw }
  if (a === 'rsnapsk') return { grade: 'wpa2-personal', raw }
  if (a === 'wpapsk') return { grade: 'wpa', raw, tkip: true }
  if (['wpa', 'rsna', 'wpa3', 'wpa3enterprise', 'wpa3enterprise192bits'].includes(a))
    return { grade: 'enterprise', raw }
  return { grade: 'unknown', raw }
}
