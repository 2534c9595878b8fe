/**
 * NetworkManager's `nmcli`, in terse mode. Pure parsers plus the commands that feed them.
 *
 * In terse tabular mode (`-t`) nmcli prefixes every `:` and `\` inside a value with `\`
 * (NetworkManager src/nmcli/utils.c), so a network name like `a:b\c` arrives as `a\:b\\c`.
 * `ACTIVE` is translated (`yes`, `是`…), `IN-USE` (`*`) is not, so we read `IN-USE`.
 */
import type { WifiSecurity } from './types.js'

/** Splits one terse nmcli line into fields, undoing the `\:` and `\\` escapes. */
export function splitNmcliTerse(line: string): string[] {
  const fields: string[] = []
  let current = ''
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (char === '\\' && i + 1 < line.length) {
      current += line[i + 1]
      i++
    } else if (char === ':') {
      fields.push(current)
      current = ''
    } else {
      current += char
    }
  }
  fields.push(current)
  return fields
}

/** The field list we ask for; the parser depends on this order. */
export const NMCLI_WIFI_FIELDS = [
  'IN-USE',
  'BSSID',
  'SSID',
  'SECURITY',
  'WPA-FLAGS',
  'RSN-FLAGS',
  'FREQ',
  'SIGNAL',
] as const

export interface NmcliAccessPoint {
  inUse: boolean
  bssid: string
  ssid: string
  security: string
  wpaFlags: string
  rsnFlags: string
  frequencyMhz?: number
  signalPercent?: number
}

/**
 * Parses `nmcli -t -f IN-USE,BSSID,SSID,SECURITY,WPA-FLAGS,RSN-FLAGS,FREQ,SIGNAL device wifi list`.
 * `fields` names the columns in the order they were asked for (so captures made with other
 * `-f` lists parse too); ACTIVE (`yes`) is accepted when IN-USE is absent. Blank lines (older
 * nmcli prints some) and short lines are skipped.
 */
export function parseNmcliWifiList(
  stdout: string,
  fields: readonly string[] = NMCLI_WIFI_FIELDS,
): NmcliAccessPoint[] {
  const columns = fields.map((field) => field.toUpperCase())
  const points: NmcliAccessPoint[] = []
  for (const line of stdout.split(/\r?\n/)) {
    // Stryker disable next-line ConditionalExpression,MethodExpression: a blank line is one empty field, fewer than any field list, and is skipped below.
    if (!line.trim()) continue
    const values = splitNmcliTerse(line)
    if (values.length < columns.length) continue
    const get = (name: string): string => {
      const index = columns.indexOf(name)
      // Stryker disable next-line ConditionalExpression,StringLiteral: values[-1] is undefined, and every index below columns.length is filled.
      return index < 0 ? '' : (values[index] ?? '')
    }
    const frequency = Number.parseInt(get('FREQ'), 10)
    const percent = Number.parseInt(get('SIGNAL'), 10)
    points.push({
      inUse: columns.includes('IN-USE') ? get('IN-USE').trim() === '*' : get('ACTIVE').trim() === 'yes',
      bssid: get('BSSID'),
      ssid: get('SSID'),
      security: get('SECURITY').trim(),
      wpaFlags: get('WPA-FLAGS').trim(),
      rsnFlags: get('RSN-FLAGS').trim(),
      ...(Number.isFinite(frequency) ? { frequencyMhz: frequency } : {}),
      ...(Number.isFinite(percent) ? { signalPercent: percent } : {}),
    })
  }
  return points
}

/** The access point this computer is using, if nmcli marked one with `*`. */
export function findNmcliInUse(points: readonly NmcliAccessPoint[]): NmcliAccessPoint | undefined {
  return points.find((point) => point.inUse)
}

/**
 * Grades an access point from nmcli's SECURITY words and WPA/RSN flag tokens
 * (NetworkManager src/nmcli/devices.c: WEP, WPA1, WPA2, WPA3, OWE, OWE-TM, 802.1X,
 * WPA-EAP-SUITE-B-192; flags psk, sae, owe, 802.1X, pair_tkip, pair_ccmp…).
 * An empty SECURITY with no flags is an open network.
 */
export function gradeNmcliAccessPoint(
  point: Pick<NmcliAccessPoint, 'security' | 'wpaFlags' | 'rsnFlags'>,
): WifiSecurity {
  // Stryker disable next-line Regex: splitting on single spaces leaves empty words, which the filter drops.
  const words = new Set(point.security.toUpperCase().split(/\s+/).filter(Boolean))
  // Stryker disable next-line Regex: splitting on single spaces leaves empty flags, which the filter drops.
  const flags = new Set(
    `${point.wpaFlags} ${point.rsnFlags}`
      .toLowerCase()
      .split(/\s+/)
      .filter((flag) => flag && flag !== '(none)'),
  )
  const raw = point.security || '(none)'
  const tkip = flags.has('pair_tkip') && !flags.has('pair_ccmp')
  if (
    words.has('802.1X') ||
    words.has('WPA-EAP-SUITE-B-192') ||
    flags.has('802.1x') ||
    flags.has('wpa-eap-suite-b-192')
  ) {
    return { grade: 'enterprise', raw }
  }
  const hasSae = words.has('WPA3') || flags.has('sae')
  const hasRsnPsk = /(^|\s)psk(\s|$)/i.test(point.rsnFlags)
  const hasPsk = words.has('WPA2') || words.has('WPA1') || flags.has('psk')
  if (hasSae) return { grade: 'wpa3-personal', raw, ...(hasPsk ? { transition: true } : {}) }
  if (words.has('WPA2') || hasRsnPsk) return { grade: 'wpa2-personal', raw, ...(tkip ? { tkip } : {}) }
  if (words.has('WPA1')) return { grade: 'wpa', raw, tkip: true }
  // OWE-TM marks the *open* side of an Enhanced Open transition pair.
  if (words.has('OWE-TM')) return { grade: 'open', raw }
  if (words.has('OWE') || flags.has('owe')) return { grade: 'owe', raw }
  if (words.has('WEP')) return { grade: 'wep', raw }
  if (words.size === 0 && flags.size === 0) return { grade: 'open', raw }
  return { grade: 'unknown', raw }
}

export interface NmcliDevice {
  device: string
  type: string
  state: string
  connection: string
}

/** Parses `nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device` (run with LC_ALL=C, so STATE is English). */
export function parseNmcliDevices(stdout: string): NmcliDevice[] {
  return stdout
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const [device = '', type = '', state = '', connection = ''] = splitNmcliTerse(line)
      return { device, type, state, connection }
    })
}

/** Parses `nmcli -t -f WIFI-HW,WIFI radio` (e.g. `enabled:disabled`): is the Wi-Fi radio on? */
export function parseNmcliRadio(stdout: string): { hardware: boolean; enabled: boolean } | undefined {
  const line = stdout.split(/\r?\n/).find((l) => l.includes(':'))
  if (!line) return undefined
  // Stryker disable next-line StringLiteral: the line holds a colon, so both fields are always there.
  const [hardware = '', software = ''] = splitNmcliTerse(line.trim())
  return { hardware: hardware === 'enabled', enabled: hardware === 'enabled' && software === 'enabled' }
}

/**
 * Parses `nmcli -t -f GENERAL.METERED,GENERAL.CON-UUID device show <if>` (terse multiline: one
 * `KEY:value` per line, values not escaped). Android hotspots announce themselves as metered,
 * which NetworkManager reports as `yes (guessed)`.
 */
export function parseNmcliDeviceShow(stdout: string): { metered?: boolean; connectionUuid?: string } {
  const result: { metered?: boolean; connectionUuid?: string } = {}
  for (const line of stdout.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a line without a colon, or starting with one, names no key read below.
    if (colon < 0) continue
    const key = line.slice(0, colon)
    const value = line.slice(colon + 1).trim()
    if (key === 'GENERAL.METERED') result.metered = value.startsWith('yes')
    if (key === 'GENERAL.CON-UUID' && value) result.connectionUuid = value
  }
  return result
}

/**
 * Grades the saved profile's `802-11-wireless-security.key-mgmt` (from
 * `nmcli -g 802-11-wireless-security.key-mgmt connection show uuid <uuid>`). Careful:
 * `none` means static **WEP** and `ieee8021x` dynamic WEP (NetworkManager
 * nm-setting-wireless-security.c); an empty value means the profile has no security at all.
 */
export function gradeNmcliKeyMgmt(stdout: string): WifiSecurity {
  const value = stdout.trim().toLowerCase()
  const raw = value || '(empty)'
  if (value === '') return { grade: 'open', raw }
  if (value === 'none' || value === 'ieee8021x') return { grade: 'wep', raw }
  if (value === 'owe') return { grade: 'owe', raw }
  if (value === 'sae') return { grade: 'wpa3-personal', raw }
  if (value === 'wpa-psk') return { grade: 'wpa2-personal', raw }
  if (value.startsWith('wpa-eap')) return { grade: 'enterprise', raw }
  return { grade: 'unknown', raw }
}
