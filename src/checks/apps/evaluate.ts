import type { CheckOutcome } from '../types.js'
import type { AdviceStep, Measurement } from '../../report/model.js'
import type { BatteryInfo } from '../../platform/system-info.js'
import type { DoNotDisturbState } from '../../platform/do-not-disturb.js'
import type { ProcessSource } from '../../platform/processes/index.js'
import type { AppFinding } from './match.js'
import { catalogueOf, joinNames, type Msg, type PlainKey } from '../../messages/index.js'
import type { CatalogueEntry } from './catalogue-types.js'

/** Below this charge, on battery, a long call may not last. */
export const LOW_BATTERY_PERCENT = 30

export interface AppsInput {
  platform: NodeJS.Platform
  listing:
    | { ok: true; source: ProcessSource; processCount: number; findings: AppFinding[] }
    | { ok: false; reason: string }
  battery?: BatteryInfo
  doNotDisturb: DoNotDisturbState
}

/**
 * An app's own why or what-to-do in the run's language: `apps.app.<id>.<field>` in the catalogue,
 * or the shared IT-support (RMM) pair for the tools that have no words of their own. The English
 * is the app catalogue's (src/checks/apps/catalogue.ts), which a test keeps equal to it.
 */
export function appWords(entry: Pick<CatalogueEntry, 'id'>, field: 'why' | 'whatToDo', m: Msg): string {
  const own = `apps.app.${entry.id}.${field}`
  return m((own in catalogueOf('en') ? own : `apps.app.rmm.${field}`) as PlainKey)
}

/** "Telegram", or "Telegram (for another user)" when it runs only for someone else signed in here. */
function label(finding: AppFinding, m: Msg): string {
  const onlyOthers = !finding.owners.includes('self') && finding.owners.includes('other-user')
  return onlyOthers ? m('apps.forAnotherUser', { name: finding.name }) : finding.name
}

function names(list: readonly AppFinding[], m: Msg): string {
  return joinNames(
    list.map((finding) => label(finding, m)),
    m,
  )
}

function isLowBattery(battery: BatteryInfo | undefined): battery is BatteryInfo & { percent: number } {
  if (!battery?.hasBattery || battery.percent === null) return false
  return battery.percent < LOW_BATTERY_PERCENT && !battery.acConnected && !battery.isCharging
}

function dndAdvice(platform: NodeJS.Platform, m: Msg): string {
  if (platform === 'darwin') return m('apps.step.focusMac')
  if (platform === 'win32') return m('apps.step.focusWindows')
  return m('apps.step.focusLinux')
}

interface Groups {
  sessions: AppFinding[]
  remote: AppFinding[]
  recorders: AppFinding[]
  chats: AppFinding[]
  notes: AppFinding[]
}

function groupFindings(findings: AppFinding[]): Groups {
  const remote = findings.filter((f) => f.category === 'remote-access')
  const isNote = (f: AppFinding): boolean => f.category === 'video-call' || Boolean(f.entry.runsByDefault)
  return {
    sessions: remote.filter((f) => f.isActiveSession),
    remote: remote.filter((f) => !f.isActiveSession),
    recorders: findings.filter((f) => f.category === 'screen-recording'),
    chats: findings.filter(
      (f) => (f.category === 'contact-syncing-chat' || f.category === 'phone-relay') && !isNote(f),
    ),
    notes: findings.filter(isNote),
  }
}

/** What needs a look, most serious first: each as a sentence of its own, and as a clause of a longer one. */
function summaryParts(
  groups: Groups,
  battery: BatteryInfo | undefined,
  m: Msg,
): { sentence: string; clause: string }[] {
  const parts: { sentence: string; clause: string }[] = []
  const many = (list: readonly AppFinding[]): boolean => list.length > 1
  if (groups.remote.length) {
    const values = { names: names(groups.remote, m) }
    parts.push(
      many(groups.remote)
        ? { sentence: m('apps.summary.remoteMany', values), clause: m('apps.clause.remoteMany', values) }
        : { sentence: m('apps.summary.remote', values), clause: m('apps.clause.remote', values) },
    )
  }
  if (groups.recorders.length) {
    const values = { names: names(groups.recorders, m) }
    parts.push({ sentence: m('apps.summary.recorders', values), clause: m('apps.clause.recorders', values) })
  }
  if (groups.chats.length) {
    const values = { names: names(groups.chats, m) }
    parts.push(
      many(groups.chats)
        ? { sentence: m('apps.summary.chatsMany', values), clause: m('apps.clause.chatsMany', values) }
        : { sentence: m('apps.summary.chats', values), clause: m('apps.clause.chats', values) },
    )
  }
  if (isLowBattery(battery)) {
    const values = { percent: Math.round(battery.percent) }
    parts.push({ sentence: m('apps.summary.battery', values), clause: m('apps.clause.battery', values) })
  }
  return parts
}

function summarise(groups: Groups, parts: readonly { sentence: string; clause: string }[], m: Msg): string {
  if (groups.sessions.length) {
    const values = { names: names(groups.sessions, m) }
    const many = groups.sessions.length > 1
    if (parts.length)
      return m(many ? 'apps.summary.liveSessionManyAndMore' : 'apps.summary.liveSessionAndMore', values)
    return m(many ? 'apps.summary.liveSessionMany' : 'apps.summary.liveSession', values)
  }
  // Stryker disable next-line OptionalChaining,StringLiteral: there is exactly one part here.
  if (parts.length === 1) return parts[0]?.sentence ?? ''
  // Stryker disable next-line EqualityOperator: one part returned above.
  if (parts.length > 1) {
    const clauses = parts
      .map((part) => part.clause)
      .reduce((first, next) => m('apps.summary.clauseSeparator', { first, next }))
    return m('apps.summary.several', { clauses })
  }
  const calls = groups.notes.filter((f) => f.category === 'video-call')
  if (calls.length)
    return m(calls.length > 1 ? 'apps.summary.callsOpen' : 'apps.summary.callOpen', {
      names: names(calls, m),
    })
  return m('apps.summary.clear')
}

function collectAdvice(groups: Groups, input: AppsInput, m: Msg): string[] {
  const advice: string[] = []
  for (const f of groups.sessions) advice.push(m('apps.step.endSession', { name: f.name }))
  for (const f of [...groups.remote, ...groups.recorders, ...groups.chats])
    advice.push(
      m('apps.app.advice', { why: appWords(f.entry, 'why', m), whatToDo: appWords(f.entry, 'whatToDo', m) }),
    )
  if (isLowBattery(input.battery)) advice.push(m('apps.step.charge'))
  for (const f of groups.notes) advice.push(appWords(f.entry, 'whatToDo', m))
  if (input.doNotDisturb !== 'on') advice.push(dndAdvice(input.platform, m))
  // IT-support tools share one piece of advice; say it once.
  return [...new Set(advice)]
}

function measure(input: AppsInput, findings: AppFinding[], m: Msg): Measurement[] {
  const list: Measurement[] = []
  if (input.listing.ok) {
    list.push({
      id: 'processesListed',
      label: m('apps.label.processesListed'),
      value: input.listing.processCount,
    })
    list.push({ id: 'appsFound', label: m('apps.label.appsFound'), value: findings.length })
  }
  // Plain words for people; details.doNotDisturb keeps the stable key for JSON readers.
  list.push({
    id: 'doNotDisturb',
    label: m('apps.label.doNotDisturb'),
    value: input.doNotDisturb === 'unknown' ? m('apps.value.couldNotTell') : input.doNotDisturb,
  })
  const battery = input.battery
  if (battery?.hasBattery && battery.percent !== null) {
    const status = isLowBattery(battery) ? 'warn' : 'pass'
    list.push({
      id: 'batteryPercent',
      label: m('apps.label.battery'),
      value: Math.round(battery.percent),
      unit: '%',
      status,
    })
  }
  return list
}

function describeFindings(findings: AppFinding[]) {
  return findings.map((f) => ({
    id: f.id,
    name: f.name,
    category: f.category,
    state: f.isActiveSession ? 'session' : 'running',
    runsFor: f.owners,
    processCount: f.processCount,
  }))
}

function describeBattery(battery: BatteryInfo | undefined) {
  if (!battery?.hasBattery) return null
  return { percent: battery.percent, charging: battery.isCharging, pluggedIn: battery.acConnected }
}

/**
 * The advice with its priority: ending a live remote session someone else may have started is a
 * must; everything else (quitting chat apps, the charger, Do Not Disturb) is worth a look. The Do
 * Not Disturb tip carries its topic, so the report says it once when the checklist says it too.
 */
function stepsFor(advice: readonly string[], mustCount: number, input: AppsInput, m: Msg): AdviceStep[] {
  const dnd = dndAdvice(input.platform, m)
  return advice.map((text, index) => ({
    text,
    priority: index < mustCount ? 'must' : 'consider',
    from: 'tool',
    ...(text === dnd ? { topic: 'do-not-disturb' } : {}),
  }))
}

/** Pure verdict for the "This computer" check: what runs, the battery, and Do Not Disturb. */
export function evaluateApps(input: AppsInput, m: Msg): CheckOutcome {
  const findings = input.listing.ok ? input.listing.findings : []
  const groups = groupFindings(findings)
  const parts = summaryParts(groups, input.battery, m)
  const details = {
    processListing: input.listing.ok ? input.listing.source : 'unavailable',
    apps: describeFindings(findings),
    doNotDisturb: input.doNotDisturb,
    battery: describeBattery(input.battery),
  }
  if (!input.listing.ok) {
    const advice = [m('apps.step.quitYourself')]
    if (isLowBattery(input.battery)) advice.push(m('apps.step.charge'))
    if (input.doNotDisturb !== 'on') advice.push(dndAdvice(input.platform, m))
    return {
      status: 'error',
      summary: m('apps.summary.unreadable'),
      advice,
      steps: stepsFor(advice, 0, input, m),
      measurements: measure(input, findings, m),
      details,
      error: input.listing.reason,
    }
  }
  const status = groups.sessions.length ? 'fail' : parts.length ? 'warn' : 'pass'
  const advice = collectAdvice(groups, input, m)
  const steps = stepsFor(advice, groups.sessions.length, input, m)
  return {
    status,
    summary: summarise(groups, parts, m),
    advice,
    steps,
    measurements: measure(input, findings, m),
    details,
  }
}
