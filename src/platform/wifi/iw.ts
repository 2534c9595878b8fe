/**
 * The `iw` tool (nl80211). Used when NetworkManager is not there. `iw dev <if> scan dump` reads
 * the kernel's cached scan results, which needs no root (NL80211_CMD_GET_SCAN has no admin flag),
 * and marks the access point we are associated with as `-- associated` (iw scan.c).
 */
import type { WifiSecurity } from './types.js'

/** Parses `iw dev`: the names of the Wi-Fi interfaces. */
export function parseIwDev(stdout: string): string[] {
  const names: string[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = line.match(/^\s*Interface\s+(\S+)/)
    if (match?.[1]) names.push(match[1])
  }
  return names
}

export interface IwLink {
  connected: boolean
  bssid?: string
  ssid?: string
  frequencyMhz?: number
  signalDbm?: number
}

/** Parses `iw dev <if> link`: `Connected to <bssid> (on <if>)` and the lines under it, or `Not connected.` */
export function parseIwLink(stdout: string): IwLink {
  const head = stdout.match(/^Connected to ([0-9a-f:]{17})/im)
  if (!head) return { connected: false }
  const ssid = stdout.match(/^\s*SSID: ?(.*)$/m)?.[1]
  const freq = Number.parseFloat(stdout.match(/^\s*freq:\s*([\d.]+)/m)?.[1] ?? '')
  const signal = Number.parseFloat(stdout.match(/^\s*signal:\s*(-?[\d.]+)\s*dBm/m)?.[1] ?? '')
  return {
    connected: true,
    ...(head[1] ? { bssid: head[1] } : {}),
    ...(ssid !== undefined ? { ssid: decodeIwEscapes(ssid) } : {}),
    ...(Number.isFinite(freq) ? { frequencyMhz: Math.round(freq) } : {}),
    ...(Number.isFinite(signal) ? { signalDbm: Math.round(signal) } : {}),
  }
}

export interface IwBss {
  bssid: string
  associated: boolean
  ssid?: string
  frequencyMhz?: number
  signalDbm?: number
  privacy: boolean
  rsnSuites: string[]
  wpaSuites: string[]
  pairwiseCiphers: string[]
}

/** iw prints non-printable SSID bytes as `\xNN`. */
function decodeIwEscapes(text: string): string {
  const bytes: number[] = []
  // Stryker disable next-line EqualityOperator: one step past the end reads no character and adds no byte.
  for (let i = 0; i < text.length; i++) {
    // Stryker disable next-line Regex: the slice is at most four characters, and `\xNN` is four.
    const hex = text.slice(i, i + 4).match(/^\\x([0-9a-f]{2})$/i)
    if (hex?.[1]) {
      bytes.push(Number.parseInt(hex[1], 16))
      i += 3
    } else {
      // Stryker disable next-line StringLiteral: text[i] is inside the text, and UTF-8 is Buffer's default.
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/**
 * Parses `iw dev <if> scan dump` (or `iw dev <if> scan`) into one entry per access point.
 * A new entry starts at a column-0 `BSS <mac>(on <if>)` line; indented `BSS Load:` lines are not
 * headers. Inside an `RSN:` or `WPA:` element, `Authentication suites:` lists the AKMs.
 */
export function parseIwScanDump(stdout: string): IwBss[] {
  const list: IwBss[] = []
  let current: IwBss | undefined
  let element: 'rsn' | 'wpa' | undefined
  for (const line of stdout.split(/\r?\n/)) {
    // Stryker disable next-line Regex: `(.*)` runs to the end anyway, and an indented `BSS Load:` line has no MAC.
    const header = line.match(/^BSS ([0-9a-f:]{17})\(on [^)]*\)(.*)$/i)
    if (header?.[1]) {
      current = {
        bssid: header[1],
        associated: /associated/.test(header[2] ?? ''),
        privacy: false,
        rsnSuites: [],
        wpaSuites: [],
        pairwiseCiphers: [],
      }
      list.push(current)
      element = undefined
      continue
    }
    if (!current) continue
    const trimmed = line.trim()
    if (/^RSN:/.test(trimmed)) element = 'rsn'
    else if (/^WPA:/.test(trimmed)) element = 'wpa'
    else if (!trimmed.startsWith('*')) element = undefined
    const value = (key: string): string | undefined =>
      trimmed.match(new RegExp(`^(?:\\w+:\\s*)?\\*?\\s*${key}:\\s*(.*)$`))?.[1]
    if (trimmed.startsWith('capability:')) current.privacy = /\bPrivacy\b/.test(trimmed)
    else if (trimmed.startsWith('SSID:')) current.ssid = decodeIwEscapes(trimmed.slice(5).trimStart())
    else if (trimmed.startsWith('freq:'))
      current.frequencyMhz = Math.round(Number.parseFloat(trimmed.slice(5)))
    else if (trimmed.startsWith('signal:'))
      current.signalDbm = Math.round(Number.parseFloat(trimmed.slice(7)))
    const suites = value('Authentication suites')
    if (suites !== undefined && element)
      (element === 'rsn' ? current.rsnSuites : current.wpaSuites).push(...splitSuites(suites))
    const ciphers = value('Pairwise ciphers')
    // Stryker disable next-line MethodExpression: the line is trimmed and the pattern skips the spaces after the colon.
    if (ciphers !== undefined) current.pairwiseCiphers.push(...ciphers.trim().split(/\s+/).filter(Boolean))
  }
  return list
}

/** Suite names contain spaces (`IEEE 802.1X`), so split on the known words. */
function splitSuites(text: string): string[] {
  // Stryker disable next-line MethodExpression,Regex: the value is already trimmed, and empty pieces are filtered.
  return text
    .trim()
    .replace(/IEEE 802\.1X/g, 'IEEE_802.1X')
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => s.replace('IEEE_802.1X', 'IEEE 802.1X'))
}

/** The access point marked `-- associated`, if any. */
export function findIwAssociated(list: readonly IwBss[]): IwBss | undefined {
  return list.find((bss) => bss.associated)
}

/**
 * Grades an access point from its RSN/WPA elements (iw scan.c `print_auth`: `PSK`, `SAE`,
 * `FT/SAE`, `IEEE 802.1X`, `OWE`, …; older iw prints SAE as `00-0f-ac:8` and OWE as `00-0f-ac:18`).
 * No element and no Privacy bit means open; Privacy without any element means WEP.
 */
export function gradeIwBss(
  bss: Pick<IwBss, 'privacy' | 'rsnSuites' | 'wpaSuites' | 'pairwiseCiphers'>,
): WifiSecurity {
  const suites = [...bss.rsnSuites, ...bss.wpaSuites]
  const raw = suites.join(' ') || (bss.privacy ? 'Privacy' : '(none)')
  const tkip = bss.pairwiseCiphers.length > 0 && bss.pairwiseCiphers.every((c) => c === 'TKIP')
  if (suites.some((s) => /802\.1X|FILS|SUITE-B|00-0f-ac:(1|3|5|11|12|13|14|15|16|17|23)$/i.test(s)))
    return { grade: 'enterprise', raw }
  const sae = suites.some((s) => /SAE|00-0f-ac:(8|9|24|25)$/i.test(s))
  const psk = suites.some((s) => /PSK|00-0f-ac:(2|4|6|19|20)$/i.test(s))
  if (sae) return { grade: 'wpa3-personal', raw, ...(psk ? { transition: true } : {}) }
  if (psk && bss.rsnSuites.length > 0) return { grade: 'wpa2-personal', raw, ...(tkip ? { tkip } : {}) }
  if (psk) return { grade: 'wpa', raw, tkip: true }
  if (suites.some((s) => /OWE|00-0f-ac:18$/i.test(s))) return { grade: 'owe', raw }
  if (suites.length === 0 && bss.privacy) return { grade: 'wep', raw }
  if (suites.length === 0) return { grade: 'open', raw }
  return { grade: 'unknown', raw }
}
