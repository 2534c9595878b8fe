import { powershellArgs } from '../exec.js'
import {
  parseWindowsProtection,
  type WindowsProtectionRaw,
  type WindowsScreenSaver,
} from './parse-windows.js'
import { runWithin, type ReadProtectionDeps } from './read-deps.js'
import {
  reasonOfFailure,
  unknown,
  type Firewall,
  type MalwareProtection,
  type ProtectionSnapshot,
  type ScreenLock,
  type SystemVersion,
} from './types.js'

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
 *   Machine inactivity limit").
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

/** A screen saver that asks for the password on resume locks the screen after its timeout. */
function saverLockSeconds(saver: WindowsScreenSaver): number | undefined {
  return saver.active && saver.secure && saver.chosen !== false && saver.timeoutSeconds
    ? saver.timeoutSeconds
    : undefined
}

/**
 * The screen locks by itself after the shortest of: the policy's screen saver (when set), else the
 * person's own screen saver, and the machine inactivity limit. A group policy means the workplace
 * sets it.
 */
export function windowsScreenLock(raw: WindowsProtectionRaw): ScreenLock {
  const policySet =
    raw.screenSaverPolicy.active !== undefined || raw.screenSaverPolicy.timeoutSeconds !== undefined
  const saver = policySet ? { ...raw.screenSaver, ...raw.screenSaverPolicy } : raw.screenSaver
  const candidates = [saverLockSeconds(saver), raw.inactivitySeconds || undefined].filter(
    (seconds): seconds is number => seconds !== undefined,
  )
  const managed = policySet || Boolean(raw.inactivitySeconds)
  if (candidates.length === 0) return { state: 'off', source: 'windows', ...(managed ? { managed } : {}) }
  return {
    state: 'on',
    source: 'windows',
    afterSeconds: Math.min(...candidates),
    ...(managed ? { managed } : {}),
  }
}

function windowsSystem(raw: WindowsProtectionRaw): SystemVersion {
  const build = raw.build && /^\d{4,6}$/.test(raw.build) ? raw.build : undefined
  if (!build) return unknown('unreadable')
  const major = Number(build) >= 22000 ? 'Windows 11' : 'Windows 10'
  return {
    state: 'known',
    family: 'windows',
    id: 'windows',
    like: [],
    version: build,
    name: raw.displayVersion ? `${major} ${raw.displayVersion}` : major,
    ...(raw.edition ? { edition: raw.edition } : {}),
  }
}

function windowsMalware(raw: WindowsProtectionRaw): MalwareProtection {
  return raw.antivirus === undefined
    ? unknown('denied')
    : { state: 'known', source: 'security-center', products: raw.antivirus }
}

function windowsFirewall(raw: WindowsProtectionRaw): Firewall {
  if (raw.firewallProfiles === undefined && raw.firewallProducts === undefined) return unknown('denied')
  return {
    state: 'known',
    source: 'windows',
    products: raw.firewallProducts ?? [],
    profiles: raw.firewallProfiles ?? [],
    active: raw.activeProfiles ?? [],
  }
}

/** Windows: one PowerShell script (above), read-only and without admin rights. */
export async function readWindowsProtection(deps: ReadProtectionDeps): Promise<ProtectionSnapshot> {
  const result = await runWithin(deps)('powershell.exe', powershellArgs(WINDOWS_PROTECTION_SCRIPT))
  const raw = result.ok ? parseWindowsProtection(result.stdout) : undefined
  if (!raw) {
    const reason = result.ok ? 'unreadable' : reasonOfFailure(result.reason)
    return {
      encryption: unknown(reason),
      screenLock: unknown(reason),
      system: unknown(reason),
      malware: unknown(reason),
      firewall: unknown(reason),
      notes: result.ok ? ['the PowerShell script printed no JSON'] : [`powershell: ${result.reason}`],
    }
  }
  return {
    encryption: raw.bitlocker,
    screenLock: windowsScreenLock(raw),
    system: windowsSystem(raw),
    malware: windowsMalware(raw),
    firewall: windowsFirewall(raw),
    notes: [],
  }
}
