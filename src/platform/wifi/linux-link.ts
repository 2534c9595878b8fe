/**
 * Linux: which interface carries the default route, and what kind of interface it is.
 * Pure: the facts are gathered by read-linux.ts.
 */
import type { NmcliDevice } from './nmcli.js'
import type { LinkKind, NetworkLink } from './types.js'
import { vpnInterfacePattern } from './types.js'
import { defined } from '../../defined.js'

/** Parses `ip -o route get 1.1.1.1` (`1.1.1.1 via 192.0.2.1 dev wlp2s0 src 192.0.2.2 uid 1000`). */
export function parseIpRouteGet(stdout: string): { dev?: string; src?: string } {
  const dev = stdout.match(/\bdev\s+(\S+)/)?.[1]
  const src = stdout.match(/\bsrc\s+(\S+)/)?.[1]
  return { ...(dev ? { dev } : {}), ...(src ? { src } : {}) }
}

/** Parses `ip -o route show default`: the interfaces of the default routes, in order. */
export function parseIpRouteDefault(stdout: string): string[] {
  return stdout.split(/\r?\n/).flatMap((line) => {
    const dev = line.match(/^default\b.*\bdev\s+(\S+)/)?.[1]
    return dev ? [dev] : []
  })
}

/** What sysfs says about one interface (/sys/class/net/<if>/…). */
export interface SysfsFacts {
  wireless: boolean
  tun: boolean
  /** Basename of the device/driver link, e.g. `rndis_host` (Android USB tethering), `ipheth` (iPhone). */
  driver?: string
  /** ARPHRD type: 1 ethernet, 65534 none (WireGuard, tun). */
  arpType?: number
}

export interface LinuxLinkFacts {
  routeDev?: string
  routeSrc?: string
  defaultDevs: string[]
  /** Devices NetworkManager reports, or undefined when NetworkManager is not there. */
  nmDevices?: NmcliDevice[]
  /** Interfaces `iw dev` lists (all are Wi-Fi). */
  iwDevs: string[]
  sysfs: Record<string, SysfsFacts | undefined>
  /** NetworkManager's GENERAL.METERED for the Wi-Fi device (Android hotspots say yes). */
  metered?: boolean
  /** Wi-Fi radio switched off (nmcli radio), or no Wi-Fi hardware at all. */
  radio?: { hardware: boolean; enabled: boolean }
}

const phoneDrivers = new Set(['rndis_host', 'cdc_ether', 'cdc_ncm', 'ipheth', 'btusb', 'bnep'])
const cellularDrivers = new Set(['qmi_wwan', 'cdc_mbim', 'option', 'huawei_cdc_ncm'])

function isVpn(dev: string, facts: LinuxLinkFacts): boolean {
  const nmType = facts.nmDevices?.find((d) => d.device === dev)?.type
  if (nmType && ['tun', 'wireguard', 'vpn', 'ppp', 'ip-tunnel'].includes(nmType)) return true
  if (facts.sysfs[dev]?.tun) return true
  return vpnInterfacePattern.test(dev)
}

function kindOf(dev: string, facts: LinuxLinkFacts): LinkKind {
  const nmType = facts.nmDevices?.find((d) => d.device === dev)?.type
  const sys = facts.sysfs[dev]
  if (sys?.driver && phoneDrivers.has(sys.driver)) return 'phone'
  if (nmType === 'bt') return 'phone'
  if (
    nmType === 'gsm' ||
    nmType === 'cdma' ||
    nmType === 'modem' ||
    (sys?.driver && cellularDrivers.has(sys.driver)) ||
    /^wwan/.test(dev)
  )
    return 'cellular'
  if (nmType === 'wifi' || sys?.wireless || facts.iwDevs.includes(dev)) return 'wifi'
  if (nmType === 'ethernet' || sys?.arpType === 1 || /^(eth|en)/.test(dev)) return 'ethernet'
  return 'unknown'
}

/** Under a VPN, the physical link is another default route, or the device NetworkManager has up. */
function physicalUnderVpn(facts: LinuxLinkFacts): string | undefined {
  const candidates = [
    ...facts.defaultDevs,
    ...(facts.nmDevices ?? [])
      .filter((d) => d.state === 'connected' && ['wifi', 'ethernet', 'gsm', 'bt'].includes(d.type))
      .map((d) => d.device),
  ]
  return candidates.find((dev) => !isVpn(dev, facts) && kindOf(dev, facts) !== 'unknown')
}

/** Classifies the default route from the gathered facts. */
export function classifyLinuxLink(facts: LinuxLinkFacts): NetworkLink {
  const primary = facts.routeDev ?? facts.defaultDevs[0]
  if (!primary) {
    const wifiRadio =
      facts.radio && !facts.radio.enabled
        ? 'off'
        : facts.iwDevs.length === 0 && !facts.nmDevices?.some((d) => d.type === 'wifi')
          ? 'absent'
          : undefined
    return { kind: 'none', vpn: { active: false }, ...defined({ wifiRadio }) }
  }
  const vpn = isVpn(primary, facts)
  const physical = vpn ? physicalUnderVpn(facts) : primary
  const kind = physical ? kindOf(physical, facts) : 'unknown'
  // 172.20.10.0/28 is the subnet an iPhone hands out from its Personal Hotspot.
  const viaPhoneHotspot =
    kind === 'wifi' &&
    (facts.metered === true || (!vpn && /^172\.20\.10\.(1[0-5]|[0-9])$/.test(facts.routeSrc ?? '')))
  return {
    kind,
    ...(physical ? { iface: physical } : {}),
    vpn: vpn ? { active: true, iface: primary } : { active: false },
    ...(viaPhoneHotspot ? { viaPhoneHotspot } : {}),
  }
}
