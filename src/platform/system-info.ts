/**
 * The single adapter over `systeminformation`. Nothing else imports it, so tests fake this
 * interface instead of the library, and the library is loaded only when a check needs it
 * (it is large, and `--version` and `--help` must start fast).
 */

export interface BatteryInfo {
  hasBattery: boolean
  percent: number | null
  isCharging: boolean
  acConnected: boolean
}

export interface SystemInfo {
  battery(): Promise<BatteryInfo | undefined>
}

type SystemInformation = typeof import('systeminformation')
let loaded: Promise<SystemInformation> | undefined
function load(): Promise<SystemInformation> {
  loaded ??= import('systeminformation').then((module) => (module as { default?: SystemInformation }).default ?? module)
  return loaded
}

/** The real adapter. Every call is guarded: a failure becomes `undefined`. */
export function createSystemInfo(): SystemInfo {
  return {
    async battery() {
      try {
        const info = await (await load()).battery()
        return {
          hasBattery: Boolean(info.hasBattery),
          percent: Number.isFinite(info.percent) ? info.percent : null,
          isCharging: Boolean(info.isCharging),
          acConnected: Boolean(info.acConnected),
        }
      } catch {
        return undefined
      }
    },
  }
}
