import { stepsOf } from '../report/build-report.js'
import { sanitizeText } from '../text/sanitize.js'
import type { AdviceStep, CountByStatus, Report, Status } from '../report/model.js'

/** Plain words for each status, used in Markdown, HTML and text where a symbol alone is not enough. */
export const statusWords: Record<Status, string> = {
  pass: 'Fine',
  warn: 'Worth a look',
  fail: 'Fix before the session',
  skip: 'Skipped',
  error: 'Could not check',
}

/**
 * Who reads the words: the client at their own computer ("your session"), or someone else, such
 * as the therapist who opens the saved HTML report on a phone ("the session").
 */
export type Audience = 'client' | 'reader'

/** The headings of the two groups of steps, must-do first. */
export const stepHeadings: Record<Audience, Record<AdviceStep['priority'], string>> = {
  client: { must: 'Fix before your session', consider: 'Worth a look' },
  reader: { must: 'To fix before the session', consider: 'Worth a look' },
}

/** The calm line a not-ready report ends with, before the crisis line. */
export const reassurance: Record<Audience, string> = {
  client: 'If something cannot be fixed in time, your session can usually still go ahead: tell your therapist at the start.',
  reader: 'The session can usually still go ahead: anything not fixed in time can be talked through at the start.',
}

/** How each check is named in "… was not checked". A check the tool does not know is named by its title. */
const checkNames: Readonly<Record<string, string>> = {
  wifi: 'the Wi-Fi',
  connection: 'the connection',
  apps: 'the apps on this computer',
  checklist: 'the checklist',
  devices: 'the camera and microphone',
  link: 'the meeting link',
}

export function checkName(id: string, report: Pick<Report, 'checks'>): string {
  const title = report.checks.find((check) => check.id === id)?.title
  return checkNames[id] ?? (title ? `the ${title} check` : `the ${id} check`)
}

function things(count: number): string {
  return count === 1 ? '1 thing' : `${count} things`
}

/** "the Wi-Fi", "the Wi-Fi and the connection", "the Wi-Fi, the connection and the checklist". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** What there is to do: must-do steps, and the steps worth a look. A failed check with no step still counts as one. */
export function thingsToDo(report: Pick<Report, 'checks'>): { must: number; consider: number } {
  let must = 0
  let consider = 0
  for (const check of report.checks) {
    const steps = stepsOf(check)
    const mustHere = countThings(steps.filter((step) => step.priority === 'must'))
    const considerHere = countThings(steps.filter((step) => step.priority !== 'must'))
    must += check.status === 'fail' ? Math.max(1, mustHere) : mustHere
    consider += check.status === 'warn' ? Math.max(1, considerHere) : considerHere
  }
  return { must, consider }
}

/** Steps sharing a `thing` count once; a step without one counts by itself. */
function countThings(steps: readonly AdviceStep[]): number {
  const things = new Set(steps.map((step, index) => step.thing ?? `step ${index}`))
  return things.size
}

function notChecked(report: Pick<Report, 'checks' | 'unchecked'>): string {
  const names = (report.unchecked ?? []).map((id) => checkName(id, report))
  return names.length ? `${joinAnd(names)} ${names.length === 1 ? 'was' : 'were'} not checked` : ''
}

/**
 * The verdict as one or two calm sentences. It counts things to do, not checks, and when a check
 * was skipped it says "as far as checked" and names what was not checked.
 */
export function verdictHeadline(report: Pick<Report, 'verdict' | 'counts' | 'checks' | 'unchecked'>, audience: Audience = 'client'): string {
  const todo = thingsToDo(report)
  const gap = notChecked(report)
  const also = gap ? ` ${capitalise(gap)}.` : ''
  const yours = audience === 'client' ? 'your' : 'the'
  switch (report.verdict) {
    case 'ready':
      if (gap) return `Ready, as far as checked: ${gap}.`
      return audience === 'client' ? "You're ready for your session." : 'Ready for the session.'
    case 'ready-with-cautions':
      if (gap) return `Ready, as far as checked, with ${things(todo.consider)} worth a look: ${gap}.`
      return audience === 'client' ? `You're ready, with ${things(todo.consider)} worth a look.` : `Ready, with ${things(todo.consider)} worth a look.`
    case 'not-ready':
      return `Not ready yet: ${things(todo.must)} to fix before ${yours} session.${also}`
    case 'incomplete': {
      const failed = report.checks.filter((check) => check.status === 'error').map((check) => checkName(check.id, report))
      if (failed.length === 0) return gap ? `Nothing was checked: ${gap}.` : 'Nothing was checked.'
      return `Some checks could not run, so this is not the full picture: ${joinAnd(failed)} could not be checked.${also}`
    }
  }
}

/** The short summary line that ends the terminal report. */
export function countsLine(counts: CountByStatus, separator = ' · '): string {
  const parts = [
    `${counts.pass} fine`,
    `${counts.warn} worth a look`,
    `${counts.fail} to fix`,
    ...(counts.skip ? [`${counts.skip} skipped`] : []),
    ...(counts.error ? [`${counts.error} could not check`] : []),
  ]
  // It counts checks, where the headline counts things to do: say so, so the two never seem to disagree.
  return `Checks: ${parts.join(separator)}`
}

export function sessionWords(report: Pick<Report, 'session'>): string {
  return { video: 'video session', audio: 'audio or phone session', text: 'text or chat session' }[report.session]
}

/**
 * The time a report was made, in the reader's local time with its zone: "24 Nov 2026, 12:59
 * (UTC-06:00, America/Chicago)". The zone comes in from main (renderers stay pure); without one,
 * or with one Intl does not know, the time is shown in UTC.
 */
export function formatTime(iso: string, timeZone?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const zone = timeZone && isKnownZone(timeZone) ? timeZone : 'UTC'
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  // longOffset says "GMT-06:00", or plain "GMT" at offset zero.
  const offset = part('timeZoneName').replace(/^GMT/, 'UTC') || 'UTC'
  const where = zone === 'UTC' ? 'UTC' : `${offset === 'UTC' ? 'UTC+00:00' : offset}, ${zone}`
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} (${where})`
}

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/** "1 sample", "40 samples". */
export function samplesWords(count: number): string {
  return count === 1 ? '1 sample' : `${count} samples`
}

/** A measurement's value with its unit, for people. */
export function formatValue(value: number | string | boolean | null, unit?: string): string {
  if (value === null) return 'unknown'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  const shown = typeof value === 'number' ? String(Number.isInteger(value) ? value : Number(value.toFixed(value < 10 ? 2 : 1))) : value
  return unit ? `${shown} ${unit}` : shown
}

/** Plain labels for the identifying details a check may carry; reports show them only with --include-identifiers. */
const identifierLabels: Record<string, string> = { networkName: 'Network name', bssid: 'Access point (BSSID)', proxy: 'Proxy', meetingLink: 'Meeting link', meetingLinkTarget: 'Where the meeting link leads' }

export function identifierLabel(key: string): string {
  return identifierLabels[key] ?? key
}

/** Longest practice name shown in a label: "From " and the name fit a 40-column terminal's line with room to spare. */
export const PRACTICE_NAME_LENGTH = 60

/** The practice's name as the report shows it: capped, so it cannot run on into a line of its own. */
export function practiceName(report: Pick<Report, 'practice'>): string | undefined {
  return report.practice?.name ? sanitizeText(report.practice.name, PRACTICE_NAME_LENGTH) : undefined
}

/** How the practice is named above its own words; a checklist file without a name still gets a label. */
export function practiceLabel(report: Pick<Report, 'practice'>): string {
  const name = practiceName(report)
  return name ? `From ${name}` : "From your therapist's checklist"
}

/** The steps of every check, must-do first, then worth a look; within each, the tool's own first, then the practice's. */
export function groupedSteps(report: Pick<Report, 'checks'>): Record<AdviceStep['priority'], { tool: AdviceStep[]; practice: AdviceStep[] }> {
  const all = report.checks.flatMap((check) => stepsOf(check))
  const pick = (priority: AdviceStep['priority'], from: AdviceStep['from']): AdviceStep[] =>
    all.filter((step) => step.priority === priority && step.from === from)
  return {
    must: { tool: pick('must', 'tool'), practice: pick('must', 'practice') },
    consider: { tool: pick('consider', 'tool'), practice: pick('consider', 'practice') },
  }
}
