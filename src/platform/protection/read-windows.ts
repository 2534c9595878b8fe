import { powershellArgs } from '../exec.js'
import {
  parseWindowsProtection,
  WINDOWS_PROTECTION_SCRIPT,
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
