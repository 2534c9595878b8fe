/**
 * macOS sources, fastest first. None of them needs root, and none needs Location Services for
 * the security mode: macOS redacts the network *name* (`<redacted>`), not how it is protected.
 *  1. `ipconfig getsummary <if>`: milliseconds; the negotiated key management (`Security`).
 *  2. CoreWLAN through `osascript -l JavaScript`: security enum, signal, channel band.
 *  3. `system_profiler SPAirPortDataType -json`: 2-3 seconds, so only as a last resort.
 */
import type { WifiBand, WifiSecurity } from './types.js'
import { bandOfText } from './types.js'
import { defined } from '../../defined.js'

export interface IpconfigSummary {
  interfaceType?: string
  linkActive?: boolean
  security?: string
  ssid?: string
  bssid?: string
  isExpensive?: boolean
}

/**
 * Parses `ipconfig getsummary <if>`. The summary is a `<dictionary> { … }` whose own keys are
 * indented by exactly two spaces; nested arrays (IPv4, IPv6) are indented deeper, so reading
 * only two-space lines keeps working on partial or elided output.
 */
export function parseIpconfigSummary(stdout: string): IpconfigSummary {
  const summary: IpconfigSummary = {}
  for (const line of stdout.split(/\r?\n/)) {
    const match = line.match(/^ {2}([A-Za-z0-9]+) : (.*)$/)
    if (!match?.[1]) continue
    // Stryker disable next-line StringLiteral: `(.*)` always matches, so match[2] is never missing.
    const value = (match[2] ?? '').trim()
    switch (match[1]) {
      case 'InterfaceType':
        summary.interfaceType = value
        break
      case 'LinkStatusActive':
        summary.linkActive = value === 'TRUE'
        break
      case 'Security':
        summary.security = value
        break
      case 'SSID':
        summary.ssid = value
        break
      case 'BSSID':
        summary.bssid = value
        break
      case 'IsExpensive':
        summary.isExpensive = value === 'TRUE'
        break
    }
  }
  return summary
}

/**
 * Grades ipconfig's `Security` (bootp IPConfiguration.bproj/wireless.c WiFiAuthTypeGetString).
 * It is the key-management type: `WPA`/`WPA2` (no `_PSK`) mean **Enterprise**, and `NONE` means
 * open *or* static WEP, so a `NONE` is double-checked with CoreWLAN when possible.
 */
export function gradeIpconfigSecurity(value: string | undefined): WifiSecurity {
  const raw = value ?? '(none)'
  const v = (value ?? '').toUpperCase()
  if (!v || v === 'UNKNOWN' || v === 'UNRECOGNIZED') return { grade: 'unknown', raw }
  if (v === 'NONE') return { grade: 'open', raw }
  if (
    ['WPA', 'WPA2', 'LEAP', '8021X', 'FT_8021X', 'SHA256_8021X', 'SHA384_8021X', 'SHA384_FT_8021X'].includes(
      v,
    )
  )
    return { grade: 'enterprise', raw }
  if (v === 'WPA3_SAE' || v === 'FT_SAE') return { grade: 'wpa3-personal', raw }
  if (v === 'WPA2_PSK' || v === 'FT_PSK' || v === 'SHA256_PSK') return { grade: 'wpa2-personal', raw }
  if (v === 'WPA_PSK') return { grade: 'wpa', raw, tkip: true }
  return { grade: 'unknown', raw }
}

/** Redacted or private placeholders macOS prints instead of a name. */
export function isRedacted(value: string | undefined | null): boolean {
  return value === undefined || value === null || value === '' || /^<(redacted|private)>$/i.test(value)
}

/**
 * The JXA script for `osascript -l JavaScript -e <script>`. A constant: nothing from outside is
 * ever put into it. CoreWLAN gives the security without a Location prompt; `ssid` is null when
 * macOS withholds the name.
 */
// Stryker disable all: the script runs only on that OS; tests read its output through the parser.
export const COREWLAN_SCRIPT = [
  "ObjC.import('CoreWLAN');",
  'var i = $.CWWiFiClient.sharedWiFiClient.interface;',
  'var c = i.isNil() ? null : i.wlanChannel;',
  'var s = i.isNil() ? null : i.ssid;',
  'JSON.stringify(i.isNil() ? null : {',
  '  name: ObjC.unwrap(i.interfaceName), powerOn: !!i.powerOn, mode: Number(i.interfaceMode),',
  '  security: Number(i.security), rssi: Number(i.rssiValue),',
  '  band: (c && !c.isNil()) ? Number(c.channelBand) : null,',
  '  ssid: (s && !s.isNil()) ? ObjC.unwrap(s) : null',
  '});',
].join('\n')
// Stryker restore all

export interface CoreWlanInfo {
  name?: string
  powerOn: boolean
  /** 0 none (not associated), 1 station */
  mode: number
  security: number
  rssi?: number
  band?: WifiBand
  ssid?: string
}

/** Parses the JSON printed by COREWLAN_SCRIPT (`null` when there is no Wi-Fi interface). */
export function parseCoreWlan(stdout: string): CoreWlanInfo | null | undefined {
  let data: unknown
  // Stryker disable BlockStatement: the catch: without the return, `data` stays undefined, which the type test below turns away.
  try {
    // Stryker disable next-line MethodExpression: JSON.parse skips surrounding whitespace itself.
    data = JSON.parse(stdout.trim())
  } catch {
    return undefined
  }
  // Stryker restore BlockStatement
  if (data === null) return null
  if (typeof data !== 'object') return undefined
  const d = data as Record<string, unknown>
  // Stryker disable next-line LogicalOperator,ConditionalExpression: Number.isFinite is false for every non-number, and JSON numbers are finite.
  const num = (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) ? v : undefined
  // CWChannelBand: 1 = 2.4 GHz, 2 = 5 GHz, 3 = 6 GHz (CoreWLAN CWChannelBand).
  const band = ({ 1: '2.4 GHz', 2: '5 GHz', 3: '6 GHz' } as const)[num(d.band) as 1 | 2 | 3]
  const rssi = num(d.rssi)
  return {
    ...(typeof d.name === 'string' ? { name: d.name } : {}),
    powerOn: d.powerOn === true,
    mode: num(d.mode) ?? 0,
    security: num(d.security) ?? -1,
    ...(rssi !== undefined && rssi < 0 ? { rssi } : {}),
    ...defined({ band }),
    ...(typeof d.ssid === 'string' ? { ssid: d.ssid } : {}),
  }
}

/** Grades the CWSecurity raw value (Apple CoreWLAN CWSecurity; 0-15, NSIntegerMax = unknown). */
export function gradeCoreWlanSecurity(value: number): WifiSecurity {
  const raw = String(value)
  switch (value) {
    case 0:
      return { grade: 'open', raw }
    case 1:
    case 6:
      return { grade: 'wep', raw }
    case 2:
      return { grade: 'wpa', raw, tkip: true }
    case 3:
    case 4:
    case 5:
      return { grade: 'wpa2-personal', raw }
    case 7:
    case 8:
    case 9:
    case 10:
    case 12:
      return { grade: 'enterprise', raw }
    case 11:
      return { grade: 'wpa3-personal', raw }
    case 13:
      return { grade: 'wpa3-personal', raw, transition: true }
    case 14:
    case 15:
      return { grade: 'owe', raw }
    default:
      return { grade: 'unknown', raw }
  }
}

export interface SystemProfilerWifi {
  iface: string
  status: 'connected' | 'disassociated' | 'off' | 'unknown'
  securityMode?: string
  networkName?: string
  signalDbm?: number
  band?: WifiBand
}

/** Parses `system_profiler SPAirPortDataType -json`: one entry per Wi-Fi interface (not awdl/llw). */
export function parseSystemProfilerAirport(stdout: string): SystemProfilerWifi[] {
  let data: unknown
  // Stryker disable BlockStatement: the catch: without the return, `data` stays undefined and no interfaces are found.
  try {
    data = JSON.parse(stdout)
  } catch {
    return []
  }
  // Stryker restore BlockStatement
  const top = (data as { SPAirPortDataType?: Array<{ spairport_airport_interfaces?: unknown[] }> })
    ?.SPAirPortDataType
  // Stryker disable next-line ArrayDeclaration: a stray non-object entry has no `_name` and is skipped below.
  const interfaces = Array.isArray(top)
    ? top.flatMap((entry) =>
        Array.isArray(entry?.spairport_airport_interfaces) ? entry.spairport_airport_interfaces : [],
      )
    : []
  const result: SystemProfilerWifi[] = []
  for (const item of interfaces as Array<Record<string, unknown>>) {
    const iface = typeof item._name === 'string' ? item._name : ''
    if (!iface || /^(awdl|llw)/.test(iface)) continue
    // Stryker disable next-line StringLiteral: any text without a known ending is "unknown", as the empty text is.
    const statusText = String(item.spairport_status_information ?? '')
    const status = statusText.endsWith('_connected')
      ? 'connected'
      : statusText.endsWith('_disassociated')
        ? 'disassociated'
        : statusText.endsWith('_off')
          ? 'off'
          : 'unknown'
    const current = (item.spairport_current_network_information ?? {}) as Record<string, unknown>
    // Stryker disable next-line StringLiteral: a missing value and any text without the pattern both give no match.
    const signal = String(current.spairport_signal_noise ?? '').match(/^(-?\d+) dBm/)
    // "37 (6GHz, 160MHz)", "6 (2GHz, 20MHz)"
    // Stryker disable next-line StringLiteral: a missing value and any text without the pattern both give no match.
    const ghz = String(current.spairport_network_channel ?? '').match(/\((\d+)GHz/)?.[1]
    const band = ghz ? bandOfText(`${ghz === '2' ? '2.4' : ghz} GHz`) : undefined
    result.push({
      iface,
      status,
      ...(typeof current.spairport_security_mode === 'string'
        ? { securityMode: current.spairport_security_mode }
        : {}),
      ...(typeof current._name === 'string' ? { networkName: current._name } : {}),
      ...(signal?.[1] ? { signalDbm: Number(signal[1]) } : {}),
      ...defined({ band }),
    })
  }
  return result
}

/**
 * Grades `spairport_security_mode`. Apple really prints `pairport_security_mode_wpa3_transition`
 * (no leading `s`), so the prefix is matched loosely. Anything unrecognised is unknown, never open.
 */
export function gradeSystemProfilerMode(mode: string | undefined): WifiSecurity {
  const raw = mode ?? '(none)'
  const suffix = (mode ?? '').replace(/^s?pairport_security_mode_/, '')
  if (!mode || suffix === mode) return { grade: 'unknown', raw }
  if (suffix === 'none') return { grade: 'open', raw }
  if (suffix.startsWith('wep') || suffix === 'dynamic_wep') return { grade: 'wep', raw }
  if (suffix.includes('enterprise')) return { grade: 'enterprise', raw }
  if (suffix === 'wpa3_transition') return { grade: 'wpa3-personal', raw, transition: true }
  if (suffix.startsWith('wpa3')) return { grade: 'wpa3-personal', raw }
  if (suffix.startsWith('wpa2') || suffix === 'wpa_personal_mixed') return { grade: 'wpa2-personal', raw }
  if (suffix.startsWith('wpa')) return { grade: 'wpa', raw, tkip: true }
  if (suffix.startsWith('owe')) return { grade: 'owe', raw }
  return { grade: 'unknown', raw }
}

/** Parses `route -n get default`: the `interface:` line. */
export function parseRouteGetDefault(stdout: string): string | undefined {
  return stdout.match(/^\s*interface:\s*(\S+)/m)?.[1]
}

export interface HardwarePort {
  port: string
  device: string
}

/** Parses `networksetup -listallhardwareports` into `Hardware Port` / `Device` pairs. */
export function parseHardwarePorts(stdout: string): HardwarePort[] {
  const ports: HardwarePort[] = []
  let port: string | undefined
  for (const line of stdout.split(/\r?\n/)) {
    const p = line.match(/^Hardware Port:\s*(.*)$/)
    // Stryker disable next-line OptionalChaining: `(.*)` always matches, so p[1] is never missing.
    if (p) port = p[1]?.trim()
    const d = line.match(/^Device:\s*(\S+)/)
    if (d?.[1] && port !== undefined) {
      ports.push({ port, device: d[1] })
      port = undefined
    }
  }
  return ports
}
