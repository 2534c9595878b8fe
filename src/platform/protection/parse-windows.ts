/**
 * Pure parsers for the one PowerShell script the protection check runs on Windows
 * (read-windows.ts), and for Security Center's product lists, which are also what
 * `Get-CimInstance -Namespace root/SecurityCenter2 -ClassName AntiVirusProduct | ConvertTo-Json`
 * prints on its own.
 */
import type { DiskEncryption, SecurityProduct } from './types.js'

/**
 * Security Center's productState (WMI root/SecurityCenter2, readable without admin). Microsoft does
 * not document it; every public decoding (neophob.com 2010, the PowerShell Magazine and Idera
 * PowerTips "Identifying Antivirus Engine State", 2020) reads its three low bytes the same way and
 * matches the documented WSC_SECURITY_PRODUCT_STATE enum (0 on, 1 off, 2 snoozed, 3 expired):
 * bits 12-15 the product's state (0x1000 on, 0x0000 off, 0x2000 snoozed, 0x3000 expired), bits 8-11
 * the owner (0x100 Microsoft), bits 4-7 the signatures (0x00 up to date, 0x10 out of date).
 * Windows Defender with real-time protection on reads 397568 (0x061100), with it off 393472 (0x060100).
 */
export function decodeProductState(productState: number): Omit<SecurityProduct, 'name'> {
  const switchBits = (productState >> 12) & 0xf
  const state =
    switchBits === 1
      ? 'on'
      : switchBits === 0
        ? 'off'
        : switchBits === 2
          ? 'snoozed'
          : switchBits === 3
            ? 'expired'
            : 'unknown'
  return {
    state,
    upToDate: ((productState >> 4) & 0xf) === 0,
    byMicrosoft: ((productState >> 8) & 0xf) === 1,
  }
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  return value && typeof value === 'object' ? [value] : []
}

function asNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= 0 ? number : undefined
}

/** Security Center products from ConvertTo-Json: one object, or a list of them (displayName, productState). */
export function securityProductsFrom(value: unknown): SecurityProduct[] {
  const products: SecurityProduct[] = []
  for (const item of asList(value)) {
    const record = item as { displayName?: unknown; productState?: unknown }
    const state = asNumber(record.productState)
    if (state === undefined) continue
    products.push({
      name: typeof record.displayName === 'string' ? record.displayName : '',
      ...decodeProductState(state),
    })
  }
  return products
}

/**
 * PowerShell's list view (Format-List, what Get-CimInstance and Get-WmiObject print by default):
 * "name : value" lines, one block per product, blocks apart by a blank line.
 */
function listRecords(text: string): Array<Record<string, string>> {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => {
      const record: Record<string, string> = {}
      for (const line of block.split(/\r?\n/)) {
        const match = /^(\w+)\s*:\s?(.*)$/.exec(line.trim())
        if (match?.[1]) record[match[1]] = (match[2] ?? '').trim()
      }
      return record
    })
    .filter((record) => 'productState' in record)
}

/**
 * The same, from the command's text: ConvertTo-Json's JSON, or PowerShell's list view. Undefined
 * when it is neither.
 */
export function parseSecurityCenterProducts(stdout: string): SecurityProduct[] | undefined {
  const text = stdout.trim()
  if (text === '') return []
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      return securityProductsFrom(JSON.parse(text))
    } catch {
      return undefined
    }
  }
  const records = listRecords(text)
  return records.length > 0 ? securityProductsFrom(records) : undefined
}

/**
 * The Shell property System.Volume.BitLockerProtection of the system drive (what Explorer reads
 * to draw the padlock; readable without admin, where manage-bde and Win32_EncryptableVolume are
 * not). Microsoft's shell documentation uses 2 for "BitLocker off" (AppliesTo
 * System.Volume.BitLockerProtection:=2); the other values, as community tools read them: 1 on,
 * 3 encrypting, 4 decrypting, 5 suspended, 6 on and locked, 8 waiting for activation (encrypted,
 * but its key is still stored in the clear: Device encryption before a Microsoft account sign-in).
 * Empty when the drive cannot be encrypted on this edition.
 */
export function bitLockerFrom(value: unknown): DiskEncryption {
  const code = asNumber(value)
  if (code === 1 || code === 6) return { state: 'on', method: 'bitlocker' }
  if (code === 3) return { state: 'encrypting', method: 'bitlocker' }
  if (code === 4) return { state: 'decrypting', method: 'bitlocker' }
  if (code === 5 || code === 8) return { state: 'suspended', method: 'bitlocker' }
  if (code === 2) return { state: 'off', method: 'bitlocker' }
  if (value === null || value === undefined || value === '' || code === 0)
    return { state: 'off', method: 'none' }
  return { state: 'unknown', reason: 'unreadable' }
}

export interface WindowsScreenSaver {
  active?: boolean
  secure?: boolean
  timeoutSeconds?: number
  /** A screen saver program is chosen (SCRNSAVE.EXE); "(None)" removes the value. */
  chosen?: boolean
}

/** HKCU\Control Panel\Desktop (or its policy twin): ScreenSaveActive, ScreenSaverIsSecure, ScreenSaveTimeOut, SCRNSAVE.EXE. */
export function screenSaverFrom(value: unknown): WindowsScreenSaver {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const flag = (key: string): boolean | undefined => {
    const number = asNumber(record[key])
    return number === undefined ? undefined : number !== 0
  }
  const program = record['SCRNSAVE.EXE']
  const result: WindowsScreenSaver = {}
  const active = flag('ScreenSaveActive')
  const secure = flag('ScreenSaverIsSecure')
  const timeoutSeconds = asNumber(record.ScreenSaveTimeOut)
  if (active !== undefined) result.active = active
  if (secure !== undefined) result.secure = secure
  if (timeoutSeconds !== undefined) result.timeoutSeconds = timeoutSeconds
  if (program !== undefined) result.chosen = typeof program === 'string' && program.trim() !== ''
  return result
}

export interface WindowsProtectionRaw {
  build?: string
  displayVersion?: string
  edition?: string
  productName?: string
  bitlocker: DiskEncryption
  screenSaver: WindowsScreenSaver
  screenSaverPolicy: WindowsScreenSaver
  /** The machine inactivity limit (Interactive logon: Machine inactivity limit), in seconds. */
  inactivitySeconds?: number
  /** Undefined when Security Center could not be asked (Windows Server has none). */
  antivirus?: SecurityProduct[]
  firewallProducts?: SecurityProduct[]
  firewallProfiles?: Array<{ name: string; enabled: boolean }>
  activeProfiles?: string[]
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined

/** The JSON the Windows script prints (read-windows.ts); undefined when it is not that JSON. */
export function parseWindowsProtection(stdout: string): WindowsProtectionRaw | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout.trim())
  } catch {
    return undefined
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
  const raw = parsed as Record<string, unknown>
  const os = (raw.os && typeof raw.os === 'object' ? raw.os : {}) as Record<string, unknown>
  const result: WindowsProtectionRaw = {
    bitlocker: 'bitlocker' in raw ? bitLockerFrom(raw.bitlocker) : { state: 'unknown', reason: 'unreadable' },
    screenSaver: screenSaverFrom(raw.desktop),
    screenSaverPolicy: screenSaverFrom(raw.policy),
  }
  const fields = {
    build: text(os.CurrentBuild),
    displayVersion: text(os.DisplayVersion),
    edition: text(os.EditionID),
    productName: text(os.ProductName),
    inactivitySeconds: asNumber(raw.inactivity),
  }
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined) Object.assign(result, { [key]: value })
  if (raw.av !== undefined && raw.av !== null) result.antivirus = securityProductsFrom(raw.av)
  if (raw.fw !== undefined && raw.fw !== null) result.firewallProducts = securityProductsFrom(raw.fw)
  if (Array.isArray(raw.profiles) || (raw.profiles && typeof raw.profiles === 'object'))
    result.firewallProfiles = asList(raw.profiles).flatMap((item) => {
      const record = item as { Name?: unknown; Enabled?: unknown }
      const enabled = record.Enabled === true || record.Enabled === 1 || record.Enabled === 'True'
      const disabled = record.Enabled === false || record.Enabled === 0 || record.Enabled === 'False'
      return typeof record.Name === 'string' && (enabled || disabled) ? [{ name: record.Name, enabled }] : []
    })
  if (raw.networks !== undefined && raw.networks !== null)
    result.activeProfiles = asList(raw.networks).flatMap((item) => {
      const category = (item as { NetworkCategory?: unknown }).NetworkCategory
      // NetworkCategory comes as its name with ConvertTo-Json -EnumsAsStrings, or as 0 Public, 1 Private, 2 DomainAuthenticated.
      const name =
        typeof category === 'number' ? ['Public', 'Private', 'DomainAuthenticated'][category] : category
      return typeof name === 'string' ? [name] : []
    })
  return result
}

/**
 * One fixed, read-only script, run without admin rights. Every part is in its own try, so one
 * refusal (Windows Server has no Security Center) leaves the others.
 * - The system: CurrentBuild, DisplayVersion, EditionID under HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion.
 * - BitLocker: the Shell property System.Volume.BitLockerProtection of the system drive, which
 *   Explorer reads for its padlock and which answers a standard user (manage-bde and
 *   Win32_EncryptableVolume need admin: Microsoft Learn, "manage-bde status").
 * - The screen saver's lock: ScreenSaveActive, ScreenSaverIsSecure, ScreenSaveTimeOut and
 *   SCRNSAVE.EXE in HKCU\Control Panel\Desktop and their Group Policy twin under
 *   HKCU\Software\Policies\Microsoft\Windows\Control Panel\Desktop; the machine inactivity limit,
 *   InactivityTimeoutSecs under HKLM\...\Policies\System (Microsoft Learn, "Interactive logon:
 *   Machine inactivity limit": 0 or blank never locks;
 *   when set, the session also locks when the screen saver starts or the display turns off).
 * - Security Center (WMI root/SecurityCenter2, AntiVirusProduct and FirewallProduct: readable
 *   without admin on Windows client editions).
 * - Windows Defender Firewall per profile (Get-NetFirewallProfile -PolicyStore ActiveStore) and
 *   the profile of each connected network (Get-NetConnectionProfile).
 */
export const WINDOWS_PROTECTION_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  '$r = [ordered]@{}',
  "try { $cv = Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'; $r.os = [ordered]@{ CurrentBuild = $cv.CurrentBuild; DisplayVersion = $cv.DisplayVersion; EditionID = $cv.EditionID; ProductName = $cv.ProductName } } catch { }",
  "try { $r.bitlocker = (New-Object -ComObject Shell.Application).NameSpace($env:SystemDrive + '\\').Self.ExtendedProperty('System.Volume.BitLockerProtection') } catch { }",
  "$ss = 'ScreenSaveActive', 'ScreenSaverIsSecure', 'ScreenSaveTimeOut', 'SCRNSAVE.EXE'",
  "try { $r.desktop = Get-ItemProperty -Path 'HKCU:\\Control Panel\\Desktop' | Select-Object $ss } catch { }",
  "try { $r.policy = Get-ItemProperty -Path 'HKCU:\\Software\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop' | Select-Object $ss } catch { }",
  "try { $r.inactivity = (Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System').InactivityTimeoutSecs } catch { }",
  "try { $r.av = @(Get-CimInstance -Namespace 'root/SecurityCenter2' -ClassName AntiVirusProduct | Select-Object displayName, productState) } catch { }",
  "try { $r.fw = @(Get-CimInstance -Namespace 'root/SecurityCenter2' -ClassName FirewallProduct | Select-Object displayName, productState) } catch { }",
  "try { $r.profiles = @(Get-NetFirewallProfile -PolicyStore ActiveStore | Select-Object Name, @{ n = 'Enabled'; e = { [string]$_.Enabled } }) } catch { }",
  "try { $r.networks = @(Get-NetConnectionProfile | Select-Object @{ n = 'NetworkCategory'; e = { [string]$_.NetworkCategory } }) } catch { }",
  '$r | ConvertTo-Json -Depth 4 -Compress',
].join('\n')
