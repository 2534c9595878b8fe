/**
 * The single adapter over `systeminformation`. Nothing else imports it, so tests fake this
 * interface instead of the library, and the library is loaded only when a check needs it
 * (it is large, and `--version` and `--help` must start fast).
 *
 * Where the battery comes from, by OS (the README's "Where a shell is used" says the same):
 * - Linux: systeminformation reads /sys/class/power_supply files; no child process.
 * - Windows: systeminformation runs fixed PowerShell commands (Get-CimInstance Win32_Battery …);
 *   no outside text is ever part of them.
 * - macOS: our own exec layer runs `pmset -g batt` (an argument array, no shell, a time limit),
 *   because systeminformation's battery() runs `ioreg … | egrep …` through a shell with no time
 *   limit.
 * - other systems (FreeBSD, OpenBSD, NetBSD): not read, because systeminformation would run
 *   `sysctl` through a shell; the apps check simply says nothing about the battery there.
 * Every call is bounded by the run's time limit and stops on its abort signal.
 */
import { runCommand, type Exec } from './exec.js'
import { parsePmsetBattery } from './battery/pmset.js'
import type { BatteryInfo } from './battery/types.js'
import { defined } from '../defined.js'

export type { BatteryInfo }

export interface SystemInfo {
  battery(): Promise<BatteryInfo | undefined>
}

export interface SystemInfoOptions {
  /** The run's abort signal: Ctrl-C or the global time limit. */
  signal?: AbortSignal
  /** Most time a call may take, in milliseconds (the run's --timeout). */
  timeoutMs?: number
  platform?: NodeJS.Platform
  exec?: Exec
  /** Loads systeminformation; tests pass a fake. */
  load?: () => Promise<BatteryLibrary>
}

/**
 * What we read of systeminformation's battery(), spelled out: the types the package ships must not
 * name systeminformation, which the published build carries inside itself.
 */
interface BatteryLibrary {
  battery(): Promise<{ hasBattery?: boolean; percent: number; isCharging?: boolean; acConnected?: boolean }>
}
let loaded: Promise<BatteryLibrary> | undefined
/**
 * Only the battery reader of systeminformation (its lib/battery.js and the util.js it needs), not
 * the package's index, which loads all of its readers: the published bundle carries a fifth of
 * the code. The version is pinned exactly in package.json, so this path inside it stays put.
 */
function loadLibrary(): Promise<BatteryLibrary> {
  loaded ??= import('systeminformation/lib/battery.js').then((module) => ({
    battery: ((module as { default?: unknown }).default ?? module) as BatteryLibrary['battery'],
  }))
  return loaded
}

/** The battery call's own limit: a battery is read in milliseconds, so this is only a backstop. */
const BATTERY_TIMEOUT_MS = 5000

/** Resolves to undefined when the signal aborts or the time is up, whichever comes first. */
function bounded<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<T | undefined> {
  if (signal?.aborted) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    const done = (value: T | undefined): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      resolve(value)
    }
    const onAbort = (): void => done(undefined)
    const timer = setTimeout(() => done(undefined), timeoutMs)
    signal?.addEventListener('abort', onAbort, { once: true })
    work.then(done, () => done(undefined))
  })
}

const SI_PLATFORMS: readonly NodeJS.Platform[] = ['linux', 'android', 'win32']

/** The real adapter. Every call is guarded and bounded: a failure or a hang becomes `undefined`. */
export function createSystemInfo(options: SystemInfoOptions = {}): SystemInfo {
  const platform = options.platform ?? process.platform
  const exec = options.exec ?? runCommand
  const load = options.load ?? loadLibrary
  const limit = Math.min(BATTERY_TIMEOUT_MS, options.timeoutMs ?? BATTERY_TIMEOUT_MS)
  return {
    async battery() {
      if (platform === 'darwin') {
        const result = await exec('pmset', ['-g', 'batt'], {
          timeoutMs: limit,
          ...defined({ signal: options.signal }),
        })
        return result.ok ? parsePmsetBattery(result.stdout) : undefined
      }
      if (!SI_PLATFORMS.includes(platform)) return undefined
      const reading = async (): Promise<BatteryInfo> => {
        const info = await (await load()).battery()
        return {
          hasBattery: Boolean(info.hasBattery),
          percent: Number.isFinite(info.percent) ? info.percent : null,
          isCharging: Boolean(info.isCharging),
          acConnected: Boolean(info.acConnected),
        }
      }
      return bounded(reading(), options.signal, limit)
    },
  }
}
