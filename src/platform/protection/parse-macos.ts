/**
 * Pure parsers for the macOS commands the protection check runs. Each takes the command's text
 * and returns what it says, or undefined when the text is not one of the known answers.
 */

export type FileVaultState = 'on' | 'off' | 'encrypting' | 'decrypting'

/**
 * `fdesetup status` (fdesetup(8): "Some status related commands can be run from a non-root
 * session"). It prints "FileVault is On." or "FileVault is Off.", and while the disk converts a
 * line "Encryption in progress: Percent completed = 42" (or "Decryption in progress: …"; some
 * versions print only that line, or "Encryption in progress: Pending" when not on power).
 */
export function parseFdesetupStatus(stdout: string): FileVaultState | undefined {
  if (/Decryption (in progress|paused)/i.test(stdout)) return 'decrypting'
  if (/Encryption (in progress|paused)/i.test(stdout)) return 'encrypting'
  if (/FileVault is On\b/i.test(stdout)) return 'on'
  if (/FileVault is Off\b/i.test(stdout)) return 'off'
  return undefined
}

/**
 * `sysadminctl -screenLock status` (macOS 13 and later; no admin needed to read). It logs one line
 * to stderr, after a timestamp: "screenLock delay is immediate", "screenLock delay is 300
 * seconds", or "screenLock is off" (a delay of -1 seconds also means off). The delay counts from
 * when the screen saver starts or the display turns off.
 */
export function parseSysadminctlScreenLock(
  text: string,
): { state: 'off' } | { state: 'on'; delaySeconds: number } | undefined {
  if (/screenLock is off/i.test(text)) return { state: 'off' }
  const delay = /screenLock delay is (immediate|(-?\d+(?:\.\d+)?) seconds?)/i.exec(text)
  if (!delay) return undefined
  if (/^immediate$/i.test(delay[1] ?? '')) return { state: 'on', delaySeconds: 0 }
  const seconds = Number(delay[2])
  if (!Number.isFinite(seconds)) return undefined
  return seconds < 0 ? { state: 'off' } : { state: 'on', delaySeconds: Math.round(seconds) }
}

/**
 * `defaults -currentHost read com.apple.screensaver idleTime`: the seconds of idle time before the
 * screen saver starts (0 = never), one integer. When the key was never set, defaults prints an
 * error to stderr and exits 1: undefined.
 */
export function parseScreensaverIdleTime(stdout: string): number | undefined {
  const text = stdout.trim()
  if (!/^\d{1,7}$/.test(text)) return undefined
  return Number(text)
}

/** `spctl --status` (spctl(8)): "assessments enabled" (Gatekeeper on) or "assessments disabled". */
export function parseSpctlStatus(stdout: string): boolean | undefined {
  if (/assessments enabled/i.test(stdout)) return true
  if (/assessments disabled/i.test(stdout)) return false
  return undefined
}

/**
 * `/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate` (socketfilterfw(8):
 * "--getglobalstate Display if the firewall is enabled or not"; only the --set options need
 * admin): "Firewall is enabled. (State = 1)", "Firewall is blocking all non-essential incoming
 * connections. (State = 2)" or "Firewall is disabled. (State = 0)".
 */
export function parseSocketfilterfwState(
  stdout: string,
): { enabled: boolean; blockAll: boolean } | undefined {
  const state = /\(State = (\d)\)/.exec(stdout)?.[1]
  if (state === '0') return { enabled: false, blockAll: false }
  if (state === '1') return { enabled: true, blockAll: false }
  if (state === '2') return { enabled: true, blockAll: true }
  if (/Firewall is disabled/i.test(stdout)) return { enabled: false, blockAll: false }
  if (/Firewall is enabled/i.test(stdout)) return { enabled: true, blockAll: false }
  return undefined
}

/** `sw_vers -productVersion`: "15.3.1", "26.0", "10.15.7". */
export function parseSwVersProductVersion(stdout: string): string | undefined {
  const version = stdout.trim()
  return /^\d{1,3}(\.\d{1,3}){0,2}$/.test(version) ? version : undefined
}
