/**
 * Linux orchestration: gathers the facts with the project's command runner and sysfs, then
 * hands them to the pure parsers. Order of sources: nmcli (NetworkManager), then `iw` scan dump
 * (no root needed), then `wpa_cli` (needs the wpa_supplicant control group).
 */
import { readFile, readlink, access } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Exec, ExecResult } from '../exec.js'
import { DEFAULT_READ_LIMIT_MS, stepLimit } from '../step-limit.js'
import { findIwAssociated, gradeIwBss, parseIwDev, parseIwLink, parseIwScanDump } from './iw.js'
import { classifyLinuxLink, parseIpRouteDefault, parseIpRouteGet, type SysfsFacts } from './linux-link.js'
import {
  NMCLI_WIFI_FIELDS,
  findNmcliInUse,
  gradeNmcliAccessPoint,
  gradeNmcliKeyMgmt,
  parseNmcliDevices,
  parseNmcliDeviceShow,
  parseNmcliRadio,
  parseNmcliWifiList,
} from './nmcli.js'
import type { WifiReading, WifiSnapshot } from './types.js'
import { bandOfFrequency } from './types.js'
import { gradeWpaCli, parseWpaCliStatus } from './wpa-cli.js'
import { defined } from '../../defined.js'

/**
 * One broken tool costs at most three commands in a row (`iw dev`, `iw dev X link`, `iw dev X scan
 * dump`), so each command gets a quarter of the check's limit and the fallbacks after a hanging
 * tool still run. There is no wall-clock budget here: the limit and the signal come from the runner.
 */
const SEQUENTIAL_STEPS = 4

export type SysfsReader = (iface: string) => Promise<SysfsFacts | undefined>

/** Reads /sys/class/net/<if>: wireless, tun, driver and ARP type. */
export const readSysfs: SysfsReader = async (iface) => {
  if (!/^[\w.:@-]+$/.test(iface)) return undefined
  const base = `/sys/class/net/${iface}`
  const exists = (path: string): Promise<boolean> =>
    access(path).then(
      () => true,
      () => false,
    )
  if (!(await exists(base))) return undefined
  const [wireless, phy, tun, driver, type] = await Promise.all([
    exists(`${base}/wireless`),
    exists(`${base}/phy80211`),
    exists(`${base}/tun_flags`),
    readlink(`${base}/device/driver`).then(
      (p) => basename(p),
      () => undefined,
    ),
    readFile(`${base}/type`, 'utf8').then(
      (t) => Number.parseInt(t, 10),
      () => undefined,
    ),
  ])
  return {
    wireless: wireless || phy,
    tun,
    ...(driver ? { driver } : {}),
    ...(type !== undefined && Number.isFinite(type) ? { arpType: type } : {}),
  }
}

/** Parses /proc/net/route: interfaces of IPv4 default routes (destination 00000000), for when `ip` is missing. */
export function parseProcNetRoute(text: string): string[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .flatMap((line) => {
      const [iface, destination] = line.trim().split(/\s+/)
      return iface && destination === '00000000' ? [iface] : []
    })
}

const ok = (result: ExecResult): string | undefined => (result.ok ? result.stdout : undefined)

export interface LinuxDeps {
  exec: Exec
  /** The check's signal: aborted on Ctrl-C and when the check's time limit runs out. */
  signal?: AbortSignal
  /** The time limit the runner gave the check, in milliseconds. */
  limitMs?: number
  sysfs?: SysfsReader
  procRoute?: () => Promise<string>
}

/** Reads the link and, for Wi-Fi, its security. Never throws. */
export async function readLinuxWifi(deps: LinuxDeps): Promise<WifiSnapshot> {
  const timeoutMs = stepLimit(deps.limitMs ?? DEFAULT_READ_LIMIT_MS, SEQUENTIAL_STEPS)
  const run = (command: string, args: string[]): Promise<ExecResult> =>
    deps.exec(command, args, { timeoutMs, ...defined({ signal: deps.signal }) })
  const [routeGet, routeDefault, nmDevices, nmRadio, iwDev] = await Promise.all([
    run('ip', ['-o', 'route', 'get', '1.1.1.1']),
    run('ip', ['-o', 'route', 'show', 'default']),
    run('nmcli', ['-t', '-f', 'DEVICE,TYPE,STATE,CONNECTION', 'device']),
    run('nmcli', ['-t', '-f', 'WIFI-HW,WIFI', 'radio']),
    run('iw', ['dev']),
  ])
  const route = routeGet.ok ? parseIpRouteGet(routeGet.stdout) : {}
  let defaultDevs = routeDefault.ok ? parseIpRouteDefault(routeDefault.stdout) : []
  // `ip` missing, failing, hanging, flooding or printing something we cannot read is not "no
  // network": ask the kernel's route table instead, so a broken tool never reads as offline.
  const routeUnreadable =
    !routeDefault.ok || (defaultDevs.length === 0 && routeDefault.stdout.trim() !== '' && !route.dev)
  if (routeUnreadable) {
    const table = await (deps.procRoute ?? (() => readFile('/proc/net/route', 'utf8')))().catch(
      () => undefined,
    )
    // Neither source answered: how the computer is connected is unknown, which is not "offline".
    if (table === undefined && !route.dev) return { link: { kind: 'unknown', vpn: { active: false } } }
    defaultDevs = parseProcNetRoute(table ?? '')
  }
  const devices = ok(nmDevices) !== undefined ? parseNmcliDevices(nmDevices.stdout) : undefined
  const iwDevs = ok(iwDev) !== undefined ? parseIwDev(iwDev.stdout) : []
  const names = [...new Set([route.dev, ...defaultDevs].filter((d): d is string => Boolean(d)))]
  const sysfsReader = deps.sysfs ?? readSysfs
  const sysfs = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await sysfsReader(name)] as const)),
  )
  const radio = nmRadio.ok ? parseNmcliRadio(nmRadio.stdout) : undefined
  const facts = {
    ...(route.dev ? { routeDev: route.dev } : {}),
    ...(route.src ? { routeSrc: route.src } : {}),
    defaultDevs,
    ...defined({ nmDevices: devices }),
    iwDevs,
    sysfs,
    ...defined({ radio }),
  }
  const link = classifyLinuxLink(facts)
  if (link.kind !== 'wifi' || !link.iface) return { link }
  const { reading, metered } = await readLinuxSecurity(
    link.iface,
    devices !== undefined,
    iwDevs.length > 0 || iwDev.ok,
    run,
  )
  const withMetered = metered ? classifyLinuxLink({ ...facts, metered }) : link
  return { link: withMetered, wifi: reading }
}

type Run = (command: string, args: string[]) => Promise<ExecResult>

async function readLinuxSecurity(
  iface: string,
  hasNm: boolean,
  hasIw: boolean,
  run: Run,
): Promise<{ reading: WifiReading; metered?: boolean }> {
  let metered: boolean | undefined
  let fromNm: WifiReading | undefined
  const [list, show, iwLink] = await Promise.all([
    hasNm
      ? run('nmcli', [
          '-t',
          '-f',
          NMCLI_WIFI_FIELDS.join(','),
          'device',
          'wifi',
          'list',
          'ifname',
          iface,
          '--rescan',
          'no',
        ])
      : undefined,
    hasNm
      ? run('nmcli', ['-t', '-f', 'GENERAL.METERED,GENERAL.CON-UUID', 'device', 'show', iface])
      : undefined,
    run('iw', ['dev', iface, 'link']),
  ])
  const link = iwLink.ok ? parseIwLink(iwLink.stdout) : undefined
  const signal = link?.signalDbm !== undefined ? { signalDbm: link.signalDbm } : {}
  if (list?.ok) {
    const point = findNmcliInUse(parseNmcliWifiList(list.stdout))
    if (point) {
      const band = bandOfFrequency(point.frequencyMhz)
      fromNm = {
        security: gradeNmcliAccessPoint(point),
        source: 'nmcli',
        ...(point.ssid ? { networkName: point.ssid } : {}),
        ...(point.bssid ? { bssid: point.bssid } : {}),
        ...defined({ signalPercent: point.signalPercent }),
        ...signal,
        ...defined({ band }),
      }
    }
  }
  if (show?.ok) {
    const facts = parseNmcliDeviceShow(show.stdout)
    metered = facts.metered
    // No `*` row (hidden network, empty scan cache): fall back to the saved profile's key management.
    if (!fromNm && facts.connectionUuid) {
      const profile = await run('nmcli', [
        '-g',
        '802-11-wireless-security.key-mgmt',
        'connection',
        'show',
        'uuid',
        facts.connectionUuid,
      ])
      if (profile.ok)
        fromNm = { security: gradeNmcliKeyMgmt(profile.stdout), source: 'nmcli-profile', ...signal }
    }
  }
  if (fromNm && fromNm.security.grade !== 'unknown') return { reading: fromNm, ...defined({ metered }) }
  const fallback = await readIwOrWpaCli(iface, run, link?.signalDbm)
  const reading = fallback ??
    fromNm ?? {
      security: { grade: 'unknown' },
      source: 'none',
      reason: hasNm || hasIw ? 'linux-not-readable' : 'linux-no-tools',
    }
  return { reading, ...defined({ metered }) }
}

async function readIwOrWpaCli(
  iface: string,
  run: Run,
  signalDbm: number | undefined,
): Promise<WifiReading | undefined> {
  const dump = await run('iw', ['dev', iface, 'scan', 'dump'])
  const bss = dump.ok ? findIwAssociated(parseIwScanDump(dump.stdout)) : undefined
  if (bss) {
    const band = bandOfFrequency(bss.frequencyMhz)
    const dbm = signalDbm ?? bss.signalDbm
    return {
      security: gradeIwBss(bss),
      source: 'iw-scan-dump',
      ...(bss.ssid ? { networkName: bss.ssid } : {}),
      bssid: bss.bssid,
      ...(dbm !== undefined && Number.isFinite(dbm) ? { signalDbm: dbm } : {}),
      ...defined({ band }),
    }
  }
  const status = await run('wpa_cli', ['-i', iface, 'status'])
  if (!status.ok) return undefined
  const parsed = parseWpaCliStatus(status.stdout)
  if (parsed.wpaState !== 'COMPLETED') return undefined
  const band = bandOfFrequency(parsed.frequencyMhz)
  return {
    security: gradeWpaCli(parsed),
    source: 'wpa-cli',
    ...(parsed.ssid ? { networkName: parsed.ssid } : {}),
    ...(parsed.bssid ? { bssid: parsed.bssid } : {}),
    ...defined({ signalDbm, band }),
  }
}
