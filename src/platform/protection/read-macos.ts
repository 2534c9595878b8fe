import {
  parseFdesetupStatus,
  parseScreensaverIdleTime,
  parseSocketfilterfwState,
  parseSpctlStatus,
  parseSwVersProductVersion,
  parseSysadminctlScreenLock,
} from './parse-macos.js'
import { answerOf, runWithin, type ReadProtectionDeps } from './read-deps.js'
import {
  reasonOfFailure,
  unknown,
  type DiskEncryption,
  type Firewall,
  type MalwareProtection,
  type ProtectionSnapshot,
  type ScreenLock,
  type SystemVersion,
} from './types.js'
import type { ExecResult } from '../exec.js'

/** The text to parse, or why there is none. */
function textOf(result: ExecResult): { text: string } | { reason: ReturnType<typeof reasonOfFailure> } {
  const text = answerOf(result)
  if (text !== undefined) return { text }
  return { reason: reasonOfFailure(result.ok ? 'failed' : result.reason) }
}

function encryptionOf(result: ExecResult): DiskEncryption {
  const read = textOf(result)
  if ('reason' in read) return unknown(read.reason)
  const state = parseFdesetupStatus(read.text)
  return state ? { state, method: 'filevault' } : unknown('unreadable')
}

/**
 * The screen locks `delay` seconds after the screen saver starts or the display turns off. The
 * screen saver starts after idleTime seconds (System Settings › Lock Screen › "Start Screen Saver
 * when inactive"); when that is unset or "Never", the display's own sleep (not read) starts it.
 */
function screenLockOf(lock: ExecResult, idle: ExecResult): ScreenLock {
  const read = textOf(lock)
  if ('reason' in read) return unknown(read.reason)
  const parsed = parseSysadminctlScreenLock(read.text)
  if (!parsed) return unknown('unreadable')
  if (parsed.state === 'off') return { state: 'off', source: 'sysadminctl' }
  const idleSeconds = idle.ok ? parseScreensaverIdleTime(idle.stdout) : undefined
  if (!idleSeconds) return { state: 'on', source: 'sysadminctl', afterSeconds: parsed.delaySeconds }
  return { state: 'on', source: 'sysadminctl', afterSeconds: idleSeconds + parsed.delaySeconds }
}

function gatekeeperOf(result: ExecResult): MalwareProtection {
  const read = textOf(result)
  if ('reason' in read) return unknown(read.reason)
  const enabled = parseSpctlStatus(read.text)
  return enabled === undefined ? unknown('unreadable') : { state: 'known', source: 'gatekeeper', enabled }
}

function firewallOf(result: ExecResult): Firewall {
  const read = textOf(result)
  if ('reason' in read) return unknown(read.reason)
  const parsed = parseSocketfilterfwState(read.text)
  return parsed ? { state: 'known', source: 'application-firewall', ...parsed } : unknown('unreadable')
}

function systemOf(result: ExecResult): SystemVersion {
  const version = result.ok ? parseSwVersProductVersion(result.stdout) : undefined
  if (!version) return unknown(result.ok ? 'unreadable' : reasonOfFailure(result.reason))
  return { state: 'known', family: 'macos', id: 'macos', like: [], version, name: `macOS ${version}` }
}

/**
 * macOS: six read-only commands at once, by their full paths, none of which needs admin rights:
 * fdesetup(8) ("some status related commands can be run from a non-root session"), sysadminctl
 * -screenLock status (macOS 13+), defaults(1), spctl(8) --status, socketfilterfw --getglobalstate
 * (Apple Platform Deployment: "Application Firewall"), sw_vers(1).
 */
export async function readMacosProtection(deps: ReadProtectionDeps): Promise<ProtectionSnapshot> {
  const run = runWithin(deps)
  const [fdesetup, lock, idle, spctl, firewall, version] = await Promise.all([
    run('/usr/bin/fdesetup', ['status']),
    run('/usr/sbin/sysadminctl', ['-screenLock', 'status']),
    run('/usr/bin/defaults', ['-currentHost', 'read', 'com.apple.screensaver', 'idleTime']),
    run('/usr/sbin/spctl', ['--status']),
    run('/usr/libexec/ApplicationFirewall/socketfilterfw', ['--getglobalstate']),
    run('/usr/bin/sw_vers', ['-productVersion']),
  ])
  return {
    encryption: encryptionOf(fdesetup),
    screenLock: screenLockOf(lock, idle),
    system: systemOf(version),
    malware: gatekeeperOf(spctl),
    firewall: firewallOf(firewall),
    notes: [],
  }
}
