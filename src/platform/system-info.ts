/**
 * The single adapter over `systeminformation`. Nothing else imports it, so tests fake this
 * interface instead of the library, and the library is loaded only when a check needs it
 * (it is large, and `--version` and `--help` must start fast).
 */

/** A network interface, as the checks need it. */
export interface NetInterface {
  name: string
  /** wired, wireless, virtual or unknown, as systeminformation reports it. */
  type: string
  isVirtual: boolean
  isUp: boolean
  isDefault: boolean
  hasIpv4: boolean
  hasIpv6: boolean
}

export interface BatteryInfo {
  hasBattery: boolean
  percent: number | null
  isCharging: boolean
  acConnected: boolean
}

export interface SystemInfo {
  /** The name of the interface that carries the default route, if any. */
  defaultInterface(): Promise<string | undefined>
  networkInterfaces(): Promise<NetInterface[]>
  battery(): Promise<BatteryInfo | undefined>
}

type SystemInformation = typeof import('systeminformation')
let loaded: Promise<SystemInformation> | undefined
function load(): Promise<SystemInformation> {
  loaded ??= import('systeminformation').then((module) => (module as { default?: SystemInformation }).default ?? module)
  return loaded
}

/** The real adapter. Every call is guarded: a failure becomes `undefined` or an empty list. */
export function createSystemInfo(): SystemInfo {
  return {
    async defaultInterface() {
      try {
        const name = await (await load()).networkInterfaceDefault()
        return name || undefined
      } catch {
        return undefined
      }
    },
    async networkInterfaces() {
      try {
        const list = await (await load()).networkInterfaces()
        const interfaces = Array.isArray(list) ? list : [list]
        return interfaces.map((entry) => ({
          name: entry.iface,
          type: entry.type ?? 'unknown',
          isVirtual: Boolean(entry.virtual),
          isUp: entry.operstate === 'up',
          isDefault: Boolean(entry.default),
          hasIpv4: Boolean(entry.ip4),
          hasIpv6: Boolean(entry.ip6),
        }))
      } catch {
        return []
      }
    },
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
