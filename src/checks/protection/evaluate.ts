/**
 * The protection check's decisions. Pure: (snapshot, platform, today, language) => outcome.
 * Every finding is "worth a look" (warn), never "not ready": none of these stops a session today.
 * A part that could not be read says so, with the reason, and is not a finding.
 */
import type { CheckOutcome } from '../types.js'
import type { AdviceStep, Measurement, Status } from '../../report/model.js'
import type {
  DiskEncryption,
  Firewall,
  MalwareProtection,
  ProtectionSnapshot,
  ScreenLock,
  SystemVersion,
  UnknownReason,
} from '../../platform/protection/types.js'
import { joinNames, type Msg, type PlainKey } from '../../messages/index.js'
import { sanitizeText } from '../../text/sanitize.js'
import { SCREEN_LOCK_MAX_SECONDS, SUPPORT_TABLE_MAX_AGE_DAYS } from './thresholds.js'
import { SUPPORT_TABLE_DATE } from './support.js'
import { daysUntil, supportOf, type Support } from './updates.js'
import { defined } from '../../defined.js'

/** What one finding says: why it matters (its summary) and what to do (its step, which also says why). */
export interface Finding {
  key: string
  summary: string
  step: string
}

/** One of the five parts, judged. `status` is absent when it could not be read or is not judged here. */
interface Judged {
  measurement?: Measurement
  finding?: Finding
  known: boolean
}

const UNKNOWN_KEYS: Record<UnknownReason, PlainKey> = {
  missing: 'protection.unknown.missing',
  timeout: 'protection.unknown.timeout',
  denied: 'protection.unknown.denied',
  unreadable: 'protection.unknown.unreadable',
  'no-disk': 'protection.unknown.no-disk',
  'no-desktop': 'protection.unknown.no-desktop',
  'unknown-system': 'protection.unknown.unknown-system',
  'unsupported-os': 'protection.unknown.unsupported-os',
}

function measured(id: string, label: string, value: string, status?: Status): Measurement {
  return status ? { id, label, value, status } : { id, label, value }
}

function couldNotCheck(id: string, label: string, reason: UnknownReason, m: Msg): Judged {
  return { measurement: measured(id, label, m(UNKNOWN_KEYS[reason])), known: false }
}

/** "13 October 2026", in the run's language. */
export function formatDate(isoDate: string, m: Msg): string {
  const [year = '', month = '', day = ''] = isoDate.split('-')
  const monthKey = `protection.month.${Number(month)}` as PlainKey
  return m('protection.date', { day: Number(day), month: m(monthKey), year })
}

function judgeEncryption(encryption: DiskEncryption, platform: NodeJS.Platform, m: Msg): Judged {
  const id = 'diskEncryption'
  const label = m('protection.label.encryption')
  if (encryption.state === 'unknown') return couldNotCheck(id, label, encryption.reason, m)
  if (encryption.state === 'on' && encryption.homeUnencrypted)
    return {
      known: true,
      measurement: measured(id, label, m('protection.value.homeUnencrypted'), 'warn'),
      finding: {
        key: 'encryption.home.linux',
        summary: m('protection.summary.encryption.home.linux'),
        step: m('protection.step.encryption.home.linux'),
      },
    }
  if (encryption.state === 'on')
    return { known: true, measurement: measured(id, label, m('protection.value.on'), 'pass') }
  if (encryption.state === 'encrypting')
    return { known: true, measurement: measured(id, label, m('protection.value.encrypting'), 'pass') }
  if (encryption.state === 'decrypting')
    return {
      known: true,
      measurement: measured(id, label, m('protection.value.decrypting'), 'warn'),
      finding: {
        key: 'encryption.decrypting',
        summary: m('protection.summary.encryption.decrypting'),
        step: m('protection.step.encryption.decrypting'),
      },
    }
  if (encryption.state === 'suspended')
    return {
      known: true,
      measurement: measured(id, label, m('protection.value.paused'), 'warn'),
      finding: {
        key: 'encryption.paused.win32',
        summary: m('protection.summary.encryption.paused.win32'),
        step: m('protection.step.encryption.paused.win32'),
      },
    }
  const finding: Finding =
    platform === 'darwin'
      ? {
          key: 'encryption.off.darwin',
          summary: m('protection.summary.encryption.off.darwin'),
          step: m('protection.step.encryption.off.darwin'),
        }
      : platform === 'win32'
        ? {
            key: 'encryption.off.win32',
            summary: m('protection.summary.encryption.off.win32'),
            step: m('protection.step.encryption.off.win32'),
          }
        : {
            key: 'encryption.off.linux',
            summary: m('protection.summary.encryption.off.linux'),
            step: m('protection.step.encryption.off.linux'),
          }
  return { known: true, measurement: measured(id, label, m('protection.value.off'), 'warn'), finding }
}

const LOCK_STEPS = {
  sysadminctl: 'protection.step.screenLock.darwin',
  windows: 'protection.step.screenLock.win32',
  gnome: 'protection.step.screenLock.gnome',
  kde: 'protection.step.screenLock.kde',
} as const satisfies Record<string, PlainKey>

const LOCK_OFF = {
  sysadminctl: 'protection.summary.screenLock.off.darwin',
  windows: 'protection.summary.screenLock.off.win32',
  gnome: 'protection.summary.screenLock.off.desktop',
  kde: 'protection.summary.screenLock.off.desktop',
} as const satisfies Record<string, PlainKey>

function lockFinding(lock: Exclude<ScreenLock, { state: 'unknown' }>, late: boolean, m: Msg): Finding {
  const source = lock.source === 'sysadminctl' ? 'darwin' : lock.source === 'windows' ? 'win32' : lock.source
  const key = `screenLock.${late ? 'late' : 'off'}.${source}`
  if (lock.managed)
    return {
      key,
      summary: m('protection.summary.screenLock.managed'),
      step: m('protection.step.screenLock.managed'),
    }
  const minutes = Math.round((lock.afterSeconds ?? 0) / 60)
  const summary = !late
    ? m(LOCK_OFF[lock.source])
    : lock.source === 'sysadminctl'
      ? m('protection.summary.screenLock.late.darwin', { minutes })
      : lock.source === 'windows'
        ? m('protection.summary.screenLock.late.win32', { minutes })
        : m('protection.summary.screenLock.late.desktop', { minutes })
  return { key, summary, step: m(LOCK_STEPS[lock.source]) }
}

function judgeScreenLock(lock: ScreenLock, m: Msg): Judged {
  const id = 'screenLock'
  const label = m('protection.label.screenLock')
  if (lock.state === 'unknown') return couldNotCheck(id, label, lock.reason, m)
  if (lock.state === 'off')
    return {
      known: true,
      measurement: measured(id, label, m('protection.value.lockOff'), 'warn'),
      finding: lockFinding(lock, false, m),
    }
  if (lock.afterSeconds === undefined)
    return { known: true, measurement: measured(id, label, m('protection.value.on'), 'pass') }
  const minutes = Math.max(0, Math.round(lock.afterSeconds / 60))
  const late = lock.afterSeconds > SCREEN_LOCK_MAX_SECONDS
  const value = minutes === 0 ? m('protection.value.lockSoon') : m('protection.value.lockAfter', { minutes })
  return {
    known: true,
    measurement: measured(id, label, value, late ? 'warn' : 'pass'),
    ...(late ? { finding: lockFinding(lock, true, m) } : {}),
  }
}

function updatesFinding(
  system: Extract<SystemVersion, { state: 'known' }>,
  support: Support,
  m: Msg,
): Finding | undefined {
  const name = sanitizeText(system.name, 60)
  if (support.kind === 'ending') {
    const date = formatDate(support.until, m)
    const step =
      system.family === 'windows'
        ? m('protection.step.updates.ending.windows')
        : m('protection.step.updates.ending.linux')
    return {
      key: `updates.ending.${system.family}`,
      summary: m('protection.summary.updates.ending', { name, date }),
      step,
    }
  }
  if (support.kind !== 'ended') return undefined
  if (system.family === 'macos')
    return {
      key: 'updates.ended.macos',
      summary: m('protection.summary.updates.ended.macos', { name }),
      step: m('protection.step.updates.ended.macos'),
    }
  if (system.family === 'windows') {
    const windows10 = Number(system.version) < 22000
    const summary = support.until
      ? windows10
        ? m('protection.summary.updates.ended.windows10', { date: formatDate(support.until, m) })
        : m('protection.summary.updates.ended.windows11', { name, date: formatDate(support.until, m) })
      : m('protection.summary.updates.ended.windowsOld')
    const step = windows10
      ? m('protection.step.updates.ended.windows10')
      : m('protection.step.updates.ended.windows11')
    return { key: windows10 ? 'updates.ended.windows10' : 'updates.ended.windows11', summary, step }
  }
  const summary = support.until
    ? m('protection.summary.updates.ended.linux', { name, date: formatDate(support.until, m) })
    : m('protection.summary.updates.ended.linuxOld', { name })
  return { key: 'updates.ended.linux', summary, step: m('protection.step.updates.ended.linux') }
}

function judgeUpdates(system: SystemVersion, support: Support, m: Msg): Judged {
  const id = 'securityUpdates'
  const label = m('protection.label.updates')
  if (system.state === 'unknown') return couldNotCheck(id, label, system.reason, m)
  if (support.kind === 'unknown') return couldNotCheck(id, label, 'unknown-system', m)
  if (support.kind === 'rolling')
    return { known: true, measurement: measured(id, label, m('protection.value.rolling'), 'pass') }
  const finding = updatesFinding(system, support, m)
  const value =
    support.kind === 'ended'
      ? support.until
        ? m('protection.value.updatesEndedOn', { date: formatDate(support.until, m) })
        : m('protection.value.updatesEnded')
      : support.until
        ? m('protection.value.updatesUntil', { date: formatDate(support.until, m) })
        : m('protection.value.updatesCurrent')
  return {
    known: true,
    measurement: measured(id, label, value, finding ? 'warn' : 'pass'),
    ...(finding ? { finding } : {}),
  }
}

function judgeMalware(malware: MalwareProtection, m: Msg): Judged {
  const id = 'malwareProtection'
  const label = m('protection.label.malware')
  if (malware.state === 'not-judged') return { known: false }
  if (malware.state === 'unknown') return couldNotCheck(id, label, malware.reason, m)
  if (malware.source === 'gatekeeper')
    return malware.enabled
      ? { known: true, measurement: measured(id, label, m('protection.value.gatekeeperOn'), 'pass') }
      : {
          known: true,
          measurement: measured(id, label, m('protection.value.gatekeeperOff'), 'warn'),
          finding: {
            key: 'malware.gatekeeper.darwin',
            summary: m('protection.summary.malware.gatekeeper.darwin'),
            step: m('protection.step.malware.gatekeeper.darwin'),
          },
        }
  const running = malware.products.filter((product) => product.state === 'on')
  if (running.length === 0)
    return {
      known: true,
      measurement: measured(id, label, m('protection.value.off'), 'warn'),
      finding: {
        key: 'malware.off.win32',
        summary: m('protection.summary.malware.off.win32'),
        step: m('protection.step.malware.off.win32'),
      },
    }
  if (running.every((product) => product.upToDate === false))
    return {
      known: true,
      measurement: measured(id, label, m('protection.value.outdated'), 'warn'),
      finding: {
        key: 'malware.outdated.win32',
        summary: m('protection.summary.malware.outdated.win32'),
        step: m('protection.step.malware.outdated.win32'),
      },
    }
  return { known: true, measurement: measured(id, label, m('protection.value.on'), 'pass') }
}

/** Windows: a third-party firewall that is on, else Windows Defender Firewall on for every network in use. */
function windowsFirewallOn(firewall: Extract<Firewall, { source: 'windows' }>): boolean | undefined {
  if (firewall.products.some((product) => product.state === 'on')) return true
  if (firewall.profiles.length === 0) return undefined
  const active = firewall.active.map((name) => (name === 'DomainAuthenticated' ? 'Domain' : name))
  const judged =
    active.length > 0
      ? firewall.profiles.filter((profile) => active.includes(profile.name))
      : firewall.profiles
  return (judged.length > 0 ? judged : firewall.profiles).every((profile) => profile.enabled)
}

function judgeFirewall(firewall: Firewall, m: Msg): Judged {
  const id = 'firewall'
  const label = m('protection.label.firewall')
  if (firewall.state === 'not-judged') return { known: false }
  if (firewall.state === 'unknown') return couldNotCheck(id, label, firewall.reason, m)
  const on = firewall.source === 'windows' ? windowsFirewallOn(firewall) : firewall.enabled
  if (on === undefined) return couldNotCheck(id, label, 'unreadable', m)
  if (on) return { known: true, measurement: measured(id, label, m('protection.value.on'), 'pass') }
  const platform = firewall.source === 'windows' ? 'win32' : 'darwin'
  return {
    known: true,
    measurement: measured(id, label, m('protection.value.off'), 'warn'),
    finding:
      platform === 'win32'
        ? {
            key: 'firewall.off.win32',
            summary: m('protection.summary.firewall.off.win32'),
            step: m('protection.step.firewall.off.win32'),
          }
        : {
            key: 'firewall.off.darwin',
            summary: m('protection.summary.firewall.off.darwin'),
            step: m('protection.step.firewall.off.darwin'),
          },
  }
}

/** How each part is named in "we couldn't check …", in the order the parts are judged. */
const PART_NAMES: readonly PlainKey[] = [
  'protection.part.encryption',
  'protection.part.screenLock',
  'protection.part.updates',
  'protection.part.malware',
  'protection.part.firewall',
]

/** Whether the support table is older than a year on `today`. */
export function isTableOld(today: Date): boolean {
  return -daysUntil(SUPPORT_TABLE_DATE, today) > SUPPORT_TABLE_MAX_AGE_DAYS
}

function detailsOf(
  snapshot: ProtectionSnapshot,
  support: Support,
  findings: readonly Finding[],
  today: Date,
) {
  // Every string here came from the OS (os-release, the registry, Security Center): cleaned where it leaves.
  const known = snapshot.system.state === 'known' ? snapshot.system : undefined
  const system = known
    ? {
        ...known,
        id: sanitizeText(known.id, 40),
        like: known.like.slice(0, 8).map((word) => sanitizeText(word, 40)),
        version: sanitizeText(known.version, 20),
        name: sanitizeText(known.name, 60),
        ...defined({ edition: known.edition === undefined ? undefined : sanitizeText(known.edition, 40) }),
      }
    : snapshot.system
  const products = (malware: MalwareProtection | Firewall) =>
    'products' in malware
      ? {
          ...malware,
          products: malware.products
            .slice(0, 8)
            .map((product) => ({ ...product, name: sanitizeText(product.name, 60) })),
          ...('profiles' in malware
            ? {
                profiles: malware.profiles
                  .slice(0, 8)
                  .map((profile) => ({ ...profile, name: sanitizeText(profile.name, 40) })),
                active: malware.active.slice(0, 8).map((name) => sanitizeText(name, 40)),
              }
            : {}),
        }
      : malware
  return {
    findings: findings.map((finding) => finding.key),
    encryption: snapshot.encryption,
    screenLock: snapshot.screenLock,
    system,
    updates: support,
    malware: products(snapshot.malware),
    firewall: products(snapshot.firewall),
    supportTable: { date: SUPPORT_TABLE_DATE, old: isTableOld(today) },
    ...(snapshot.notes.length > 0 ? { notes: snapshot.notes.map((note) => sanitizeText(note, 120)) } : {}),
  }
}

/**
 * Decides the check, in the language of `m`. `today` is the run's wall-clock day, from the
 * check's context. Each finding is one thing to do (its own step); the summary is the finding's
 * own sentence when there is one, or how many there are.
 */
export function evaluateProtection(
  snapshot: ProtectionSnapshot,
  platform: NodeJS.Platform,
  today: Date,
  m: Msg,
): CheckOutcome {
  const support = supportOf(snapshot.system, today)
  const parts = [
    judgeEncryption(snapshot.encryption, platform, m),
    judgeScreenLock(snapshot.screenLock, m),
    judgeUpdates(snapshot.system, support, m),
    judgeMalware(snapshot.malware, m),
    judgeFirewall(snapshot.firewall, m),
  ]
  const findings = parts.flatMap((part) => (part.finding ? [part.finding] : []))
  const measurements = parts.flatMap((part) => (part.measurement ? [part.measurement] : []))
  if (snapshot.system.state === 'known')
    measurements.push({
      id: 'system',
      label: m('protection.label.system'),
      value: sanitizeText(snapshot.system.name, 60),
    })
  const steps: AdviceStep[] = findings.map((finding) => ({
    text: finding.step,
    priority: 'consider',
    from: 'tool',
    thing: `protection.${finding.key}`,
  }))
  const first = findings[0]
  // The workplace decides on a work computer: said once, with the first thing to do.
  if (first)
    steps.push({
      text: m('protection.step.workComputer'),
      priority: 'consider',
      from: 'tool',
      thing: `protection.${first.key}`,
    })
  if (isTableOld(today))
    steps.push({
      text: m('protection.step.tableOld', { date: formatDate(SUPPORT_TABLE_DATE, m) }),
      priority: 'consider',
      from: 'tool',
      thing: 'protection.tableOld',
    })
  const anyKnown = parts.some((part) => part.known)
  // The parts that could not be read (their reasons are in the measurements: --verbose and JSON).
  const unread = parts.flatMap((part, index) =>
    !part.known && part.measurement ? [PART_NAMES[index] as PlainKey] : [],
  )
  const status: Status = findings.length > 0 ? 'warn' : anyKnown ? 'pass' : 'skip'
  const summary =
    findings.length > 1
      ? m('protection.summary.many', { count: findings.length })
      : first
        ? first.summary
        : !anyKnown
          ? m('protection.summary.nothing')
          : unread.length === 0
            ? m('protection.summary.good')
            : m('protection.summary.goodPartly', {
                parts: joinNames(
                  unread.map((key) => m(key)),
                  m,
                ),
              })
  return {
    status,
    summary,
    advice: steps.map((step) => step.text),
    steps,
    measurements,
    details: detailsOf(snapshot, support, findings, today),
  }
}
