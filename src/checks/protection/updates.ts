/**
 * Whether the system version still gets security updates, from the dated table (support.ts) and
 * the day of the run. Pure: the day comes from the caller (the check's clock), never from Date.
 */
import type { SystemVersion } from '../../platform/protection/types.js'
import { DISTRIBUTIONS, MACOS_NEWEST, ROLLING_IDS, WINDOWS_BUILDS, WINDOWS_OLDEST_LISTED } from './support.js'
import { UPDATES_ENDING_SOON_DAYS } from './thresholds.js'

export type Support =
  | { kind: 'supported'; until?: string }
  | { kind: 'ending'; until: string }
  | { kind: 'ended'; until?: string }
  | { kind: 'rolling' }
  | { kind: 'unknown' }

const DAY_MS = 86_400_000

/** Whole days from `today` to an ISO date (negative once it has passed). */
export function daysUntil(isoDate: string, today: Date): number {
  const end = Date.parse(`${isoDate}T23:59:59Z`)
  return Math.floor((end - today.getTime()) / DAY_MS)
}

function byDate(until: string | undefined, today: Date): Support {
  if (!until) return { kind: 'unknown' }
  const days = daysUntil(until, today)
  if (days < 0) return { kind: 'ended', until }
  if (days <= UPDATES_ENDING_SOON_DAYS) return { kind: 'ending', until }
  return { kind: 'supported', until }
}

function windowsSupport(build: number, edition: string, today: Date): Support {
  const row = WINDOWS_BUILDS.find((entry) => entry.build === build)
  if (!row) return build < WINDOWS_OLDEST_LISTED ? { kind: 'ended' } : { kind: 'unknown' }
  const group = /^IoTEnterpriseS/i.test(edition)
    ? 'iot'
    : /^EnterpriseS/i.test(edition)
      ? 'lts'
      : /^(Enterprise|Education|IoTEnterprise)/i.test(edition)
        ? 'work'
        : 'home'
  return byDate(row[group] ?? row.work ?? row.home, today)
}

function macosSupport(version: string): Support {
  if (version.startsWith('10.')) return { kind: 'ended' }
  const major = Number.parseInt(version, 10)
  const newest = MACOS_NEWEST.map(Number)
  if (!Number.isFinite(major)) return { kind: 'unknown' }
  if (newest.includes(major) || major > Math.max(...newest)) return { kind: 'supported' }
  return { kind: 'ended' }
}

function linuxSupport(id: string, version: string, today: Date): Support {
  if (ROLLING_IDS.includes(id)) return { kind: 'rolling' }
  const distribution = DISTRIBUTIONS.find((entry) => entry.id === id)
  if (!distribution || !version) return { kind: 'unknown' }
  const wanted = distribution.byMajor ? version.split('.')[0] : version
  const cycle = distribution.cycles.find((entry) => entry.version === wanted)
  return cycle ? byDate(cycle.until, today) : { kind: 'unknown' }
}

export function supportOf(system: SystemVersion, today: Date): Support {
  if (system.state !== 'known') return { kind: 'unknown' }
  if (system.family === 'windows') return windowsSupport(Number(system.version), system.edition ?? '', today)
  if (system.family === 'macos') return macosSupport(system.version)
  return linuxSupport(system.id, system.version, today)
}
