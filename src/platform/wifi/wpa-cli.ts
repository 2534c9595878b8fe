/**
 * `wpa_cli -i <if> status`: wpa_supplicant's own view of the connection, i.e. what was actually
 * negotiated. Only works for root or members of the ctrl_interface group (often `netdev`), so
 * it is the last Linux fallback. Format: hostap wpa_supplicant/ctrl_iface.c, values from
 * src/common/wpa_common.c.
 */
import type { WifiSecurity } from './types.js'

export interface WpaCliStatus {
  wpaState?: string
  keyMgmt?: string
  pairwiseCipher?: string
  bssid?: string
  ssid?: string
  frequencyMhz?: number
}

/** Parses `wpa_cli -i <if> status` (`key=value` lines; a `Selected interface` line may come first). */
export function parseWpaCliStatus(stdout: string): WpaCliStatus {
  const values = new Map<string, string>()
  for (const line of stdout.split(/\r?\n/)) {
    const eq = line.indexOf('=')
    if (eq > 0) values.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim())
  }
  const freq = Number.parseInt(values.get('freq') ?? '', 10)
  const status: WpaCliStatus = {}
  const copy = (key: string, to: 'wpaState' | 'keyMgmt' | 'pairwiseCipher' | 'bssid' | 'ssid'): void => {
    const value = values.get(key)
    if (value !== undefined) status[to] = value
  }
  copy('wpa_state', 'wpaState')
  copy('key_mgmt', 'keyMgmt')
  copy('pairwise_cipher', 'pairwiseCipher')
  copy('bssid', 'bssid')
  copy('ssid', 'ssid')
  if (Number.isFinite(freq)) status.frequencyMhz = freq
  return status
}

/**
 * Grades the negotiated key management. `NONE` is open **or static WEP**: the pairwise cipher
 * tells them apart. `IEEE 802.1X (no WPA)` is dynamic WEP.
 */
export function gradeWpaCli(status: WpaCliStatus): WifiSecurity {
  const key = (status.keyMgmt ?? '').toUpperCase()
  const cipher = (status.pairwiseCipher ?? '').toUpperCase()
  const raw = status.keyMgmt ?? '(none)'
  if (!key) return { grade: 'unknown', raw }
  if (key === 'NONE')
    return {
      grade: cipher.startsWith('WEP') ? 'wep' : cipher === 'NONE' || cipher === '' ? 'open' : 'unknown',
      raw,
    }
  if (key.includes('NO WPA')) return { grade: 'wep', raw }
  if (/EAP|802\.1X|FILS|SUITE-B/.test(key)) return { grade: 'enterprise', raw }
  if (key.includes('SAE')) return { grade: 'wpa3-personal', raw }
  if (key === 'OWE') return { grade: 'owe', raw }
  if (key.startsWith('WPA-PSK') || key === 'WPA-NONE') return { grade: 'wpa', raw, tkip: true }
  if (key.includes('PSK'))
    return { grade: 'wpa2-personal', raw, ...(cipher === 'TKIP' ? { tkip: true } : {}) }
  return { grade: 'unknown', raw }
}
