import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Exec } from './exec.js'
import { DEFAULT_READ_LIMIT_MS, stepLimit } from './step-limit.js'
import { defined } from '../defined.js'

/**
 * Whether message pop-ups are silenced. `on` and `off` only when the OS says so cheaply and
 * clearly; otherwise `unknown`, and the check just gives the advice to turn it on.
 */
export type DoNotDisturbState = 'on' | 'off' | 'unknown'

/**
 * macOS keeps the manually switched-on Focus in ~/Library/DoNotDisturb/DB/Assertions.json:
 * `{"data":[{"storeAssertionRecords":[…]}]}`, with one record per active manual Focus. A scheduled
 * Focus is not recorded there, so an empty list means "unknown", never "off".
 */
export function parseFocusAssertions(json: string): DoNotDisturbState {
  try {
    const data = (JSON.parse(json) as { data?: Array<{ storeAssertionRecords?: unknown[] }> }).data
    if (!Array.isArray(data)) return 'unknown'
    return data.some(
      (entry) => Array.isArray(entry?.storeAssertionRecords) && entry.storeAssertionRecords.length > 0,
    )
      ? 'on'
      : 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * `reg query HKCU\Software\Microsoft\Windows\CurrentVersion\PushNotifications /v ToastEnabled`:
 * 0x0 means every app notification is turned off. Any other value says nothing about
 * Do Not Disturb (Windows 11 stores that elsewhere), so it is "unknown".
 */
export function parseToastEnabled(stdout: string): DoNotDisturbState {
  const match = /ToastEnabled\s+REG_DWORD\s+0x([0-9a-f]+)/i.exec(stdout)
  return match && Number.parseInt(match[1] ?? '', 16) === 0 ? 'on' : 'unknown'
}

/** `gsettings get org.gnome.desktop.notifications show-banners`: `false` is GNOME's Do Not Disturb. */
export function parseGnomeShowBanners(stdout: string): DoNotDisturbState {
  const value = stdout.trim()
  if (value === 'false') return 'on'
  if (value === 'true') return 'off'
  return 'unknown'
}

export interface DoNotDisturbDeps {
  exec: Exec
  platform: NodeJS.Platform
  signal?: AbortSignal
  /** The time limit the runner gave the check, in milliseconds. */
  limitMs?: number
  home?: string
  env?: Readonly<Record<string, string | undefined>>
}

/** GNOME only: elsewhere gsettings answers with its built-in default, which says nothing. */
function isGnome(env: DoNotDisturbDeps['env']): boolean {
  return /gnome/i.test(env?.XDG_CURRENT_DESKTOP ?? '') && Boolean(env?.DBUS_SESSION_BUS_ADDRESS)
}

/** Reads the Do Not Disturb / Focus state where it is one cheap look; never throws. */
export async function readDoNotDisturb(deps: DoNotDisturbDeps): Promise<DoNotDisturbState> {
  // One command, beside the process listing: half the check's limit, and the check's signal.
  const options = {
    timeoutMs: stepLimit(deps.limitMs ?? DEFAULT_READ_LIMIT_MS, 2),
    ...defined({ signal: deps.signal }),
  }
  try {
    if (deps.platform === 'darwin') {
      return parseFocusAssertions(
        await readFile(join(deps.home ?? homedir(), 'Library/DoNotDisturb/DB/Assertions.json'), 'utf8'),
      )
    }
    if (deps.platform === 'win32') {
      const key = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\PushNotifications'
      const result = await deps.exec('reg', ['query', key, '/v', 'ToastEnabled'], options)
      return result.ok ? parseToastEnabled(result.stdout) : 'unknown'
    }
    if (deps.platform === 'linux' && isGnome(deps.env)) {
      const result = await deps.exec(
        'gsettings',
        ['get', 'org.gnome.desktop.notifications', 'show-banners'],
        options,
      )
      // Without a desktop session gsettings falls back to a "memory" backend holding defaults.
      return result.ok && !/memory/i.test(result.stderr) ? parseGnomeShowBanners(result.stdout) : 'unknown'
    }
  } catch {
    // No file (Focus never used, or no permission to read it): we cannot tell.
  }
  return 'unknown'
}
