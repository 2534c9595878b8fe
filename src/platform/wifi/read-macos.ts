/**
 * macOS orchestration. `ipconfig getsummary` and CoreWLAN (via osascript) run side by side;
 * `system_profiler` (2-3 s) runs only when neither could say how the network is protected.
 */
import type { Exec, ExecResult } from '../exec.js'
import {
  COREWLAN_SCRIPT,
  gradeCoreWlanSecurity,
  gradeIpconfigSecurity,
  gradeSystemProfilerMode,
  isRedacted,
  parseCoreWlan,
  parseHardwarePorts,
  parseIpconfigSummary,
  parseRouteGetDefault,
  parseSystemProfilerAirport,
  type HardwarePort,
  type IpconfigSummary,
} from './macos.js'
import type { LinkKind, NetworkLink, WifiReading, WifiSnapshot } from './types.js'
import { vpnInterfacePattern } from './types.js'
import { defined } from '../../defined.js'

export interface MacosDeps {
  exec: Exec
  signal?: AbortSignal
}

/** Parses `networksetup -getairportpower <dev>` ("Wi-Fi Power (en0): Off"). */
export function parseAirportPower(stdout: string): boolean | undefined {
  const match = stdout.match(/:\s*(On|Off)\s*$/im)
  return match ? match[1]?.toLowerCase() === 'on' : undefined
}

/** What kind of link an interface is, from ipconfig's InterfaceType and the hardware port name. */
export function kindOfMacInterface(summary: IpconfigSummary, port: HardwarePort | undefined): LinkKind {
  if (port && /iPhone|iPad|Bluetooth PAN|Android/i.test(port.port)) return 'phone'
  switch (summary.interfaceType) {
    case 'WiFi':
      return 'wifi'
    case 'Ethernet':
      return 'ethernet'
    case 'Cellular':
      return 'cellular'
  }
  if (port && /^(Wi-Fi|AirPort)$/i.test(port.port)) return 'wifi'
  if (port && /Ethernet|LAN|Thunderbolt/i.test(port.port)) return 'ethernet'
  return 'unknown'
}

export async function readMacosWifi(deps: MacosDeps): Promise<WifiSnapshot> {
  const run = (command: string, args: string[], timeoutMs = 2000): Promise<ExecResult> =>
    deps.exec(command, args, { timeoutMs, ...defined({ signal: deps.signal }) })
  const [route, portsOut] = await Promise.all([
    run('route', ['-n', 'get', 'default']),
    run('networksetup', ['-listallhardwareports']),
  ])
  const ports = portsOut.ok ? parseHardwarePorts(portsOut.stdout) : []
  const wifiPort = ports.find((p) => /^(Wi-Fi|AirPort)$/i.test(p.port))
  const primary = route.ok ? parseRouteGetDefault(route.stdout) : undefined
  if (!primary) {
    if (!wifiPort)
      return {
        link: {
          kind: 'none',
          vpn: { active: false },
          ...(portsOut.ok ? { wifiRadio: 'absent' as const } : {}),
        },
      }
    const power = await run('networksetup', ['-getairportpower', wifiPort.device])
    const on = power.ok ? parseAirportPower(power.stdout) : undefined
    return {
      link: { kind: 'none', vpn: { active: false }, ...(on === false ? { wifiRadio: 'off' as const } : {}) },
    }
  }
  const vpn = vpnInterfacePattern.test(primary)
  // Under a VPN, the physical link is whichever real port is up, Wi-Fi first.
  const candidates = vpn
    ? [wifiPort, ...ports.filter((p) => p !== wifiPort)]
        .filter((p): p is HardwarePort => Boolean(p))
        .map((p) => p.device)
    : [primary]
  const summaries = await Promise.all(
    candidates.map(async (dev) => [dev, await run('ipconfig', ['getsummary', dev])] as const),
  )
  const active = summaries
    .map(([dev, out]) => [dev, out.ok ? parseIpconfigSummary(out.stdout) : {}] as const)
    .find(([, s]) => !vpn || s.linkActive)
  const [iface, summary] = active ?? [undefined, {}]
  const kind = iface
    ? kindOfMacInterface(
        summary,
        ports.find((p) => p.device === iface),
      )
    : 'unknown'
  const link: NetworkLink = {
    kind,
    ...(iface ? { iface } : {}),
    vpn: vpn ? { active: true, iface: primary } : { active: false },
    // macOS marks links it knows are costly (a phone's Personal Hotspot) as IsExpensive.
    ...(kind === 'wifi' && summary.isExpensive ? { viaPhoneHotspot: true } : {}),
  }
  if (kind !== 'wifi' || !iface) return { link }
  return { link, wifi: await readMacosSecurity(iface, summary, run) }
}

type Run = (command: string, args: string[], timeoutMs?: number) => Promise<ExecResult>

async function readMacosSecurity(iface: string, summary: IpconfigSummary, run: Run): Promise<WifiReading> {
  const core = await run('osascript', ['-l', 'JavaScript', '-e', COREWLAN_SCRIPT], 3000)
  const wlan = core.ok ? parseCoreWlan(core.stdout) : undefined
  const fromIpconfig = gradeIpconfigSecurity(summary.security)
  const fromCore = wlan && wlan.mode !== 0 ? gradeCoreWlanSecurity(wlan.security) : undefined
  const extras = {
    ...(wlan?.rssi !== undefined ? { signalDbm: wlan.rssi } : {}),
    ...(wlan?.band ? { band: wlan.band } : {}),
    ...(wlan?.ssid && !isRedacted(wlan.ssid)
      ? { networkName: wlan.ssid }
      : !isRedacted(summary.ssid) && summary.ssid
        ? { networkName: summary.ssid }
        : {}),
  }
  const nameHidden = !('networkName' in extras)
  // ipconfig's NONE is "open or static WEP"; CoreWLAN can tell them apart.
  const ipconfigUsable =
    fromIpconfig.grade !== 'unknown' && !(fromIpconfig.grade === 'open' && fromCore?.grade === 'wep')
  if (ipconfigUsable) return { security: fromIpconfig, source: 'ipconfig', nameHidden, ...extras }
  if (fromCore && fromCore.grade !== 'unknown')
    return { security: fromCore, source: 'corewlan', nameHidden, ...extras }
  // Last resort: slow, but the security mode is readable even when the name is redacted.
  const profiler = await run('system_profiler', ['SPAirPortDataType', '-json'], 8000)
  const entry = profiler.ok
    ? parseSystemProfilerAirport(profiler.stdout).find(
        // Some trimmed captures lack the status line; a current security mode means connected.
        (e) =>
          e.iface === iface &&
          (e.status === 'connected' || (e.status === 'unknown' && e.securityMode !== undefined)),
      )
    : undefined
  if (entry) {
    const security = gradeSystemProfilerMode(entry.securityMode)
    return {
      security,
      source: 'system-profiler',
      ...(security.grade === 'unknown' ? { reason: 'unrecognised' as const } : {}),
      nameHidden: isRedacted(entry.networkName),
      ...(!isRedacted(entry.networkName) && entry.networkName ? { networkName: entry.networkName } : {}),
      ...defined({ signalDbm: entry.signalDbm, band: entry.band }),
    }
  }
  return {
    security: { grade: 'unknown', ...(summary.security ? { raw: summary.security } : {}) },
    source: 'none',
    reason: 'macos-unreadable',
    nameHidden,
    ...extras,
  }
}
