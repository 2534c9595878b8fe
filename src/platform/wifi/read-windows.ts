/**
 * Windows orchestration: one PowerShell run (startup dominates the cost), then pure parsing.
 */
import { powershellArgs, type Exec } from '../exec.js'
import type { WifiReading, WifiSnapshot } from './types.js'
import {
  WINDOWS_PROBE_SCRIPT,
  classifyWindowsLink,
  gradeNetshAdapter,
  gradeWinRt,
  parseNetshInterfaces,
  parseWindowsProbe,
  type WindowsProbe,
} from './windows.js'
import { defined } from '../../defined.js'

export interface WindowsDeps {
  exec: Exec
  signal?: AbortSignal
}

export async function readWindowsWifi(deps: WindowsDeps): Promise<WifiSnapshot> {
  const result = await deps.exec('powershell.exe', powershellArgs(WINDOWS_PROBE_SCRIPT), {
    timeoutMs: 8000,
    ...defined({ signal: deps.signal }),
  })
  const probe = result.ok ? parseWindowsProbe(result.stdout) : undefined
  if (!probe) return { link: { kind: 'unknown', vpn: { active: false } } }
  return snapshotFromWindowsProbe(probe)
}

/** Pure: the snapshot from the probe's JSON (exported for tests). */
export function snapshotFromWindowsProbe(probe: WindowsProbe): WifiSnapshot {
  const link = classifyWindowsLink(probe)
  const netsh = parseNetshInterfaces(probe.netsh)
  if (link.kind === 'none') {
    const hasWifi =
      netsh.adapters.length > 0 || probe.adapters.some((a) => /802\.11|Wireless LAN/i.test(a.media))
    return { link: { ...link, ...(hasWifi ? {} : { wifiRadio: 'absent' }) } }
  }
  if (link.kind !== 'wifi') return { link }
  return { link, wifi: readingFromNetsh(probe, netsh, link.iface) }
}

function readingFromNetsh(
  probe: WindowsProbe,
  netsh: ReturnType<typeof parseNetshInterfaces>,
  iface: string | undefined,
): WifiReading {
  if (netsh.locationDenied) {
    const security = probe.winrt ? gradeWinRt(probe.winrt.auth, probe.winrt.encryption) : undefined
    if (security && security.grade !== 'unknown') return { security, source: 'winrt', nameHidden: true }
    return {
      security: { grade: 'unknown' },
      source: 'netsh',
      reason: 'windows-location-off',
      nameHidden: true,
    }
  }
  const connected = netsh.adapters.filter((a) => a.connected)
  const adapter = connected.find((a) => a.name === iface) ?? connected[0]
  if (!adapter) return { security: { grade: 'unknown' }, source: 'netsh', reason: 'unrecognised' }
  const security = gradeNetshAdapter(adapter)
  return {
    security,
    source: 'netsh',
    ...(security.grade === 'unknown' ? { reason: 'unrecognised' as const } : {}),
    ...(adapter.ssid ? { networkName: adapter.ssid } : {}),
    ...(adapter.bssid ? { bssid: adapter.bssid } : {}),
    ...defined({ signalPercent: adapter.signalPercent, signalDbm: adapter.signalDbm, band: adapter.band }),
  }
}
