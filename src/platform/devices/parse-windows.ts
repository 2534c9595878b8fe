import { defined } from '../../defined.js' /**
 * Pure readers of Windows registry dumps (`reg query … /s`) and of one PowerShell CIM query.
 * reg.exe prints key paths, value names and types untranslated in every display language.
 */

/** The ConsentStore key of each device, under HKCU (this user) and HKLM (the whole computer). */
export const CONSENT_STORE =
  'Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore'
/** The microphones (capture endpoints) Windows knows, with their state. */
export const MMDEVICES_CAPTURE =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\MMDevices\\Audio\\Capture'

type RegValues = Map<string, string>

/** `reg query <key> /s`: key path (as printed) → value name → data. */
export function parseRegQuery(stdout: string): Map<string, RegValues> {
  const keys = new Map<string, RegValues>()
  let current: RegValues | undefined
  for (const line of stdout.split(/\r?\n/)) {
    if (/^HKEY_/i.test(line)) {
      current = new Map()
      keys.set(line.trim(), current)
      continue
    }
    // "    Name    REG_SZ    Data": the type is the first REG_… with two spaces before it. Found
    // with a lookbehind, not by a lazy name then spaces: that form backtracked on long runs of
    // spaces (a line of 4,000 took 35 s).
    const body = line.trimStart()
    if (!current || body === line || body === '') continue
    const type = /(?<=\s\s)REG_[A-Z_]+(?=\s\s|\s*$)/.exec(body)
    const name = type ? body.slice(0, type.index).trimEnd() : ''
    if (type && name) current.set(name, body.slice(type.index + type[0].length).trim())
  }
  return keys
}

export type ConsentValue = 'Allow' | 'Deny' | 'Prompt'

export interface ConsentStoreReading {
  /** `Value` of the device's key: for HKCU "Let apps access your camera", for HKLM "Camera access". */
  value?: ConsentValue
  /** `Value` of `NonPackaged`: "Let desktop apps access your camera". */
  desktopApps?: ConsentValue
  /** Apps whose last use has started and not stopped (`LastUsedTimeStop` = 0): using it now. */
  inUse: string[]
}

function consent(value: string | undefined): ConsentValue | undefined {
  return value === 'Allow' || value === 'Deny' || value === 'Prompt' ? value : undefined
}

/**
 * The app's name from its ConsentStore key: a Store app's package family name without the
 * publisher id (`Microsoft.WindowsCamera_8wekyb3d8bbwe` → `Microsoft.WindowsCamera`), a desktop
 * app's file name (`C:#Program Files#Zoom#bin#Zoom.exe` → `Zoom.exe`). The folder is dropped: it
 * can hold the user's name.
 */
export function consentAppName(leaf: string): string {
  if (leaf.includes('#')) return leaf.split('#').pop() ?? leaf
  return leaf.replace(/![^!]*$/, '').replace(/_[a-z0-9]{13}$/i, '')
}

function isZero(hex: string | undefined): boolean {
  return hex !== undefined && /^0x0+$/i.test(hex)
}

/** `reg query <HKCU or HKLM>\…\ConsentStore\webcam /s` (or `\microphone`). */
export function parseConsentStore(stdout: string, device: 'webcam' | 'microphone'): ConsentStoreReading {
  const keys = parseRegQuery(stdout)
  const reading: ConsentStoreReading = { inUse: [] }
  const rootSuffix = `\\ConsentStore\\${device}`.toLowerCase()
  for (const [path, values] of keys) {
    const lower = path.toLowerCase()
    const rest = lower.endsWith(rootSuffix) ? '' : lower.split(`${rootSuffix}\\`)[1]
    if (rest === undefined) continue
    if (rest === '') {
      const value = consent(values.get('Value'))
      if (value) reading.value = value
      continue
    }
    if (rest === 'nonpackaged') {
      const value = consent(values.get('Value'))
      if (value) reading.desktopApps = value
      continue
    }
    const start = values.get('LastUsedTimeStart')
    if (isZero(values.get('LastUsedTimeStop')) && start !== undefined && !isZero(start)) {
      const name = consentAppName(path.split('\\').pop() ?? '')
      if (name && !reading.inUse.includes(name)) reading.inUse.push(name)
    }
  }
  return reading
}

export type EndpointState = 'active' | 'disabled' | 'not-present' | 'unplugged' | 'unknown'

/** DEVICE_STATE_* of the Core Audio API (mmdeviceapi.h); the high bits carry other flags. */
function endpointState(hex: string | undefined): EndpointState {
  const value = hex === undefined ? Number.NaN : Number.parseInt(hex, 16) & 0xf
  return (
    ({ 1: 'active', 2: 'disabled', 4: 'not-present', 8: 'unplugged' } as Record<number, EndpointState>)[
      value
    ] ?? 'unknown'
  )
}

/** PKEY_Device_DeviceDesc ("Microphone") and PKEY_DeviceInterface_FriendlyName ("Realtek(R) Audio"). */
const DEVICE_DESC = '{a45c254e-df1c-4efd-8020-67d146a850e0},2'
const INTERFACE_NAME = '{b3f8fa53-0004-438e-9003-51a46e139bfc},6'

/** `reg query HKLM\…\MMDevices\Audio\Capture /s`: each microphone endpoint, its state and name. */
export function parseMmDevicesCapture(stdout: string): Array<{ state: EndpointState; name?: string }> {
  const keys = parseRegQuery(stdout)
  const endpoints: Array<{ state: EndpointState; name?: string }> = []
  for (const [path, values] of keys) {
    if (!/\\Capture\\\{[0-9a-f-]+\}$/i.test(path)) continue
    const properties = keys.get(`${path}\\Properties`)
    const desc = properties?.get(DEVICE_DESC)
    const iface = properties?.get(INTERFACE_NAME)
    const name = desc && iface ? `${desc} (${iface})` : (desc ?? iface)
    endpoints.push({ state: endpointState(values.get('DeviceState')), ...(name ? { name } : {}) })
  }
  return endpoints
}

/** Only cameras: ask CIM for the camera classes, and the four properties read here. */
export const WINDOWS_CAMERA_SCRIPT = [
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  '$ErrorActionPreference = "Stop"',
  `$list = @(Get-CimInstance -ClassName Win32_PnPEntity -Filter "PNPClass='Camera' OR PNPClass='Image'" -Property Name,PNPClass,Status,ConfigManagerErrorCode | Select-Object Name,PNPClass,Status,ConfigManagerErrorCode)`,
  'ConvertTo-Json -InputObject @{ cameras = $list } -Depth 3 -Compress',
].join('; ')

export interface CimCamera {
  name: string
  /** 22: disabled in Device Manager. 0: working. */
  errorCode?: number
}

/**
 * The JSON of WINDOWS_CAMERA_SCRIPT. The Image class also holds scanners, so from it only names
 * that say camera are kept. Undefined when the text is not that JSON.
 */
export function parseCimCameras(json: string): CimCamera[] | undefined {
  let data: unknown
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch {
    return undefined
  }
  const raw = (data as { cameras?: unknown } | null)?.cameras
  if (raw === undefined || raw === null) return data && typeof data === 'object' ? [] : undefined
  const list = Array.isArray(raw) ? raw : [raw]
  return list.flatMap((item: { Name?: unknown; PNPClass?: unknown; ConfigManagerErrorCode?: unknown }) => {
    const name = typeof item?.Name === 'string' ? item.Name : ''
    if (item?.PNPClass === 'Image' && !/cam/i.test(name)) return []
    const code = typeof item?.ConfigManagerErrorCode === 'number' ? item.ConfigManagerErrorCode : undefined
    return [{ name, ...defined({ errorCode: code }) }]
  })
}
