import type { CheckOutcome } from '../types.js'
import type { AdviceStep, Measurement } from '../../report/model.js'
import type { BatteryInfo } from '../../platform/system-info.js'
import type { DoNotDisturbState } from '../../platform/do-not-disturb.js'
import type { ProcessSource } from '../../platform/processes/index.js'
import type { AppFinding } from './match.js'

/** Below this charge, on battery, a long call may not last. */
export const LOW_BATTERY_PERCENT = 30

export interface AppsInput {
  platform: NodeJS.Platform
  listing: { ok: true; source: ProcessSource; processCount: number; findings: AppFinding[] } | { ok: false; reason: string }
  battery?: BatteryInfo
  doNotDisturb: DoNotDisturbState
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

function isOrAre(count: number): string {
  return count === 1 ? 'is' : 'are'
}

/** "Telegram", or "Telegram (for another user)" when it runs only for someone else signed in here. */
function label(finding: AppFinding): string {
  const onlyOthers = !finding.owners.includes('self') && finding.owners.includes('other-user')
  return onlyOthers ? `${finding.name} (for another user of this computer)` : finding.name
}

function isLowBattery(battery: BatteryInfo | undefined): battery is BatteryInfo & { percent: number } {
  if (!battery?.hasBattery || battery.percent === null) return false
  return battery.percent < LOW_BATTERY_PERCENT && !battery.acConnected && !battery.isCharging
}

function dndAdvice(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Turn on a Focus such as Do Not Disturb (Control Centre > Focus) for the session, so no messages pop up, above all if you share your screen.'
  if (platform === 'win32') return 'Turn on Do not disturb (Settings > System > Notifications) for the session, so no messages pop up, above all if you share your screen.'
  return "Turn on Do Not Disturb in your desktop's notification settings for the session, so no messages pop up, above all if you share your screen."
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
    chats: findings.filter((f) => (f.category === 'contact-syncing-chat' || f.category === 'phone-relay') && !isNote(f)),
    notes: findings.filter(isNote),
  }
}

/** Short phrases for the summary, most serious first. */
function summaryParts(groups: Groups, battery: BatteryInfo | undefined): string[] {
  const parts: string[] = []
  const names = (list: AppFinding[]): string => joinNames(list.map(label))
  if (groups.remote.length) parts.push(`${names(groups.remote)} ${isOrAre(groups.remote.length)} running, which lets someone connect to this computer`)
  if (groups.recorders.length) parts.push(`${names(groups.recorders)} can record the screen`)
  if (groups.chats.length) parts.push(`${names(groups.chats)} ${isOrAre(groups.chats.length)} open and can show message pop-ups`)
  if (isLowBattery(battery)) parts.push(`the battery is at ${Math.round(battery.percent)}% and not charging`)
  return parts
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function summarise(groups: Groups, parts: string[]): string {
  if (groups.sessions.length) {
    const who = joinNames(groups.sessions.map(label))
    const more = parts.length ? '; a few other things below need a look too.' : '.'
    return `${who} ${groups.sessions.length === 1 ? 'shows' : 'show'} a live remote connection, so someone else may be able to see this screen right now${more}`
  }
  if (parts.length === 1) return `${capitalise(parts[0] ?? '')}.`
  if (parts.length > 1) return `A few things on this computer need a look before the session: ${parts.join('; ')}.`
  const calls = groups.notes.filter((f) => f.category === 'video-call')
  if (calls.length) {
    return `No chat, remote-access or recording apps need attention; ${joinNames(calls.map(label))} ${isOrAre(calls.length)} open, which is fine if you use it for the session.`
  }
  return 'No chat, remote-access or screen-recording apps are running.'
}

function collectAdvice(groups: Groups, input: AppsInput): string[] {
  const advice: string[] = []
  for (const f of groups.sessions) {
    advice.push(`If you did not start this ${f.name} connection yourself, end it in ${f.name} (or restart the computer) before the session, and tell your therapist.`)
  }
  for (const f of [...groups.remote, ...groups.recorders, ...groups.chats]) advice.push(`${f.entry.why} ${f.entry.whatToDo}`)
  if (isLowBattery(input.battery)) advice.push('Plug in your charger before the session, so the call does not stop halfway through.')
  for (const f of groups.notes) advice.push(f.entry.whatToDo)
  if (input.doNotDisturb !== 'on') advice.push(dndAdvice(input.platform))
  // IT-support tools share one piece of advice; say it once.
  return [...new Set(advice)]
}

function measure(input: AppsInput, findings: AppFinding[]): Measurement[] {
  const list: Measurement[] = []
  if (input.listing.ok) {
    list.push({ id: 'processesListed', label: 'Programs looked at', value: input.listing.processCount })
    list.push({ id: 'appsFound', label: 'Apps and tools recognised', value: findings.length })
  }
  // Plain words for people; details.doNotDisturb keeps the stable key for JSON readers.
  list.push({ id: 'doNotDisturb', label: 'Do Not Disturb', value: input.doNotDisturb === 'unknown' ? 'could not tell' : input.doNotDisturb })
  const battery = input.battery
  if (battery?.hasBattery && battery.percent !== null) {
    const status = isLowBattery(battery) ? 'warn' : 'pass'
    list.push({ id: 'batteryPercent', label: 'Battery', value: Math.round(battery.percent), unit: '%', status })
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
function stepsFor(advice: readonly string[], mustCount: number, input: AppsInput): AdviceStep[] {
  const dnd = dndAdvice(input.platform)
  return advice.map((text, index) => ({
    text,
    priority: index < mustCount ? 'must' : 'consider',
    from: 'tool',
    ...(text === dnd ? { topic: 'do-not-disturb' } : {}),
  }))
}

/** Pure verdict for the "This computer" check: what runs, the battery, and Do Not Disturb. */
export function evaluateApps(input: AppsInput): CheckOutcome {
  const findings = input.listing.ok ? input.listing.findings : []
  const groups = groupFindings(findings)
  const parts = summaryParts(groups, input.battery)
  const details = {
    processListing: input.listing.ok ? input.listing.source : 'unavailable',
    apps: describeFindings(findings),
    doNotDisturb: input.doNotDisturb,
    battery: describeBattery(input.battery),
  }
  if (!input.listing.ok) {
    const advice = ['Before the session, quit chat apps and any remote-access or screen-recording tools yourself.']
    if (isLowBattery(input.battery)) advice.push('Plug in your charger before the session, so the call does not stop halfway through.')
    if (input.doNotDisturb !== 'on') advice.push(dndAdvice(input.platform))
    return {
      status: 'error',
      summary: 'The list of running apps could not be read, so this part was not checked.',
      advice,
      steps: stepsFor(advice, 0, input),
      measurements: measure(input, findings),
      details,
      error: input.listing.reason,
    }
  }
  const status = groups.sessions.length ? 'fail' : parts.length ? 'warn' : 'pass'
  const advice = collectAdvice(groups, input)
  const steps = stepsFor(advice, groups.sessions.length, input)
  return { status, summary: summarise(groups, parts), advice, steps, measurements: measure(input, findings), details }
}
