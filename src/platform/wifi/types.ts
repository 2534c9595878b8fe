/**
 * What the Wi-Fi readers hand to the check: how the computer reaches the internet, and, for
 * Wi-Fi, how the network is protected. Plain data, so `evaluate` stays pure and table-tested.
 */

/** How a Wi-Fi network is protected, from weakest to strongest in practice. */
export type WifiGrade =
  | 'open' // no encryption at all (also the open side of an OWE transition network)
  | 'owe' // Enhanced Open: encrypted, but anyone may join without a password
  | 'wep' // WEP, broken since 2001
  | 'wpa' // WPA1 with TKIP only
  | 'wpa2-personal' // a shared password (PSK)
  | 'wpa3-personal' // SAE, including the WPA2/WPA3 transition mode
  | 'enterprise' // 802.1X: a personal login per user
  | 'unknown'

export const WIFI_GRADES: readonly WifiGrade[] = [
  'open',
  'owe',
  'wep',
  'wpa',
  'wpa2-personal',
  'wpa3-personal',
  'enterprise',
  'unknown',
]

export interface WifiSecurity {
  grade: WifiGrade
  /** The access point offers WPA2 and WPA3 side by side. */
  transition?: boolean
  /** TKIP (the old WPA cipher) is in use or offered. */
  tkip?: boolean
  /** The source's own word for it, for diagnostics (never a network name). */
  raw?: string
}

/** Which command the security reading came from. */
export type WifiSource =
  | 'nmcli'
  | 'nmcli-profile'
  | 'iw-scan-dump'
  | 'wpa-cli'
  | 'ipconfig'
  | 'corewlan'
  | 'system-profiler'
  | 'netsh'
  | 'winrt'
  | 'none'

/** Why the security could not be read; each has its own explanation and fix in evaluate.ts. */
export type UnknownReason =
  | 'windows-location-off' // Windows 11 24H2+: netsh needs location access
  | 'macos-unreadable' // no macOS source answered (osascript blocked, unusual setup)
  | 'linux-no-tools' // neither NetworkManager (nmcli) nor iw is available
  | 'linux-not-readable' // the tools ran, but none could see the connected network
  | 'unrecognised' // the OS answered with a value we do not know

/** One Wi-Fi reading: the connected network's protection and, when known, the signal. */
export interface WifiReading {
  security: WifiSecurity
  source: WifiSource
  reason?: UnknownReason
  /** The network name, only when the OS shared it; goes to identifiers only. */
  networkName?: string
  bssid?: string
  /** macOS or Windows hid the network name (Location permission); the security was still read. */
  nameHidden?: boolean
  signalDbm?: number
  signalPercent?: number
  band?: WifiBand
}

export type WifiBand = '2.4 GHz' | '5 GHz' | '6 GHz'

/** How the computer reaches the internet (the interface of the default route). */
export type LinkKind =
  | 'wifi'
  | 'ethernet'
  | 'phone' // a phone shared by USB cable or Bluetooth
  | 'cellular' // a built-in mobile-data modem
  | 'none' // no route to the internet at all
  | 'unknown'

export interface NetworkLink {
  kind: LinkKind
  /** The physical interface (under a VPN, the one the VPN runs over, when we can tell). */
  iface?: string
  /** A VPN carries the default route. */
  vpn: { active: boolean; iface?: string }
  /** The Wi-Fi network looks like a phone's hotspot (metered, or the iPhone hotspot subnet). */
  viaPhoneHotspot?: boolean
  /** When there is no network: is Wi-Fi switched off, or is there no Wi-Fi hardware? */
  wifiRadio?: 'off' | 'absent'
}

/** Everything the Wi-Fi check needs to decide. */
export interface WifiSnapshot {
  link: NetworkLink
  /** Present when the link is Wi-Fi. */
  wifi?: WifiReading
}

/** Centre frequency in MHz to band. */
export function bandOfFrequency(mhz: number | undefined): WifiBand | undefined {
  if (mhz === undefined || !Number.isFinite(mhz)) return undefined
  if (mhz >= 2400 && mhz < 2500) return '2.4 GHz'
  if (mhz >= 5150 && mhz < 5925) return '5 GHz'
  if (mhz >= 5925 && mhz <= 7125) return '6 GHz'
  return undefined
}

/** "5 GHz", "2,4 GHz" (French, with a no-break space), "6GHz" to a band. */
export function bandOfText(text: string | undefined): WifiBand | undefined {
  const match = text
    ?.replace(/\s+/g, '')
    .replace(',', '.')
    .match(/^(2\.4|5|6)GHz/i)
  if (!match) return undefined
  return match[1] === '2.4' ? '2.4 GHz' : (`${match[1]} GHz` as WifiBand)
}

/** Names of interfaces that are VPN tunnels on Linux, macOS and (by description) Windows. */
export const vpnInterfacePattern =
  /^(tun|tap|wg|ppp|utun|ipsec|tailscale|zt|nordlynx|nordtun|proton|mullvad|cscotun|gpd|vpn)/i
