import { thingsToDo, type Thing, type ThingsToDo } from '../report/to-do.js'
import { sanitizeText } from '../text/sanitize.js'
import { formatNumber } from '../messages/format.js'
import {
  joinNames,
  messagesFor,
  type Language,
  type MessageKey,
  type Msg,
  type PlainKey,
} from '../messages/index.js'
import {
  CHECK_IDS,
  UNCHECKED_PART_IDS,
  type AdviceStep,
  type CheckId,
  type Report,
  type Status,
  type UncheckedPartId,
} from '../report/model.js'

// Every word the renderers write lives in the catalogue's "report's own words" section
// (src/messages/en/, es/); this file only picks the sentence and its values.

/** The report's language, and its sentences. */
export function languageOf(report: Pick<Report, 'lang'>): Language {
  return report.lang
}

export function wordsFor(report: Pick<Report, 'lang'>): Msg {
  return messagesFor(languageOf(report))
}

/** Plain words for each status, used in Markdown, HTML and text where a symbol alone is not enough. */
export function statusWord(status: Status, m: Msg): string {
  return m(`report.status.${status}`)
}

/**
 * Who reads the words: the client at their own computer ("your session"), or someone else, such
 * as the therapist who opens the saved HTML report on a phone ("the session").
 */
export type Audience = 'client' | 'reader'

/** The heading of a group of steps, must-do first. */
export function stepHeading(
  priority: AdviceStep['priority'],
  audience: Audience,
  m: Msg,
  report?: Partial<Pick<Report, 'checks' | 'unchecked'>>,
): string {
  // A report on a meeting link alone: its must-dos come before opening the link, not the session.
  if (priority === 'must' && report && isLinkOnly(report)) return m('report.steps.mustLink')
  const keys = {
    client: { must: 'report.steps.must', consider: 'report.steps.consider' },
    reader: { must: 'report.steps.mustReader', consider: 'report.steps.considerReader' },
  } as const
  return m(keys[audience][priority])
}

/**
 * The calm lines a not-ready report ends with, before the crisis line. A session can usually go
 * ahead with something unfixed; a link that looks like phishing must not be opened at all, so it
 * gets its own line, last, and never "your session can still go ahead" on its own account.
 */
export function reassurance(
  report: Pick<Report, 'verdict' | 'checks'>,
  audience: Audience,
  m: Msg,
): string[] {
  if (report.verdict !== 'not-ready') return []
  const failed = report.checks.filter((check) => check.status === 'fail')
  const linkFailed = failed.some((check) => check.id === 'link')
  const otherFailed = failed.some((check) => check.id !== 'link')
  const client = audience === 'client'
  return [
    ...(otherFailed ? [m(client ? 'report.reassurance' : 'report.reassuranceReader')] : []),
    ...(linkFailed ? [m(client ? 'report.reassurance.link' : 'report.reassuranceReader.link')] : []),
  ]
}

/**
 * Whether the report is about a meeting link only (the `link` subcommand): then it gives a verdict
 * on the link, never on the session. A run with `--only link` still names what it did not check.
 */
export function isLinkOnly(report: Partial<Pick<Report, 'checks' | 'unchecked'>>): boolean {
  return (
    report.checks !== undefined &&
    report.checks.length > 0 &&
    report.checks.every((check) => check.id === 'link') &&
    (report.unchecked ?? []).length === 0
  )
}

/** What the report is about: a kind of session, or only a meeting link. */
export function subjectOf(
  report: Pick<Report, 'session'> & Partial<Pick<Report, 'checks' | 'unchecked'>>,
): Report['session'] | 'link' {
  return isLinkOnly(report) ? 'link' : report.session
}

// Every check the tool knows has its own name in the catalogue (report.check.<id>): CHECK_IDS is the list.
const isNamed = (id: string): id is CheckId => (CHECK_IDS as readonly string[]).includes(id)

/**
 * How a check is named in "… was not checked"; `asSubject` is the form that opens a sentence. A
 * check the tool does not know is named by its title.
 */
export function checkName(id: string, report: Pick<Report, 'checks'>, m: Msg, asSubject = false): string {
  const family = asSubject ? 'report.checkAsSubject' : 'report.check'
  if (isNamed(id)) return m(`${family}.${id}`)
  const title = report.checks.find((check) => check.id === id)?.title || id
  return m(`${family}.other`, { title })
}

/** The checks named in a verdict: their names joined as a list, and whether there is more than one. */
interface Names {
  names: string
  many: boolean
}

const isPart = (id: string): id is UncheckedPartId => (UNCHECKED_PART_IDS as readonly string[]).includes(id)

/** What a report left unchecked, as its verdict names it. */
type Gap = Pick<Report, 'checks' | 'unchecked' | 'uncheckedParts'>

/**
 * What the verdict names as not checked: first the parts of checks that ran but could not be
 * measured where they ran (lost data, in a browser), then the checks that did not run at all.
 */
function gapOf(report: Gap, m: Msg, asSubject = false): Names | undefined {
  const parts = (report.uncheckedParts ?? []).filter(isPart)
  const checks = report.unchecked ?? []
  const names = [
    ...parts.map((id, index) =>
      m(asSubject && index === 0 ? `report.partAsSubject.${id}` : `report.part.${id}`),
    ),
    ...checks.map((id, index) => checkName(id, report, m, asSubject && parts.length === 0 && index === 0)),
  ]
  if (names.length === 0) return undefined
  return { names: joinNames(names, m), many: names.length > 1 }
}

/**
 * The line under the verdict of a report made in a web browser that names something as not
 * checked: a browser cannot see these, and on a computer the command-line tool checks them too.
 * Empty for any other report.
 */
export function browserGapLine(report: Gap & Pick<Report, 'browser'>, m: Msg): string {
  if (!report.browser || isLinkOnly(report) || !gapOf(report, m)) return ''
  return m('report.browserGap')
}

function namesOf(
  ids: readonly string[],
  report: Pick<Report, 'checks'>,
  m: Msg,
  asSubject = false,
): Names | undefined {
  if (ids.length === 0) return undefined
  const names = ids.map((id, index) => checkName(id, report, m, asSubject && index === 0))
  return { names: joinNames(names, m), many: ids.length > 1 }
}

/** "The Wi-Fi was not checked.", the sentence after a not-ready or incomplete verdict. */
function notCheckedSentence(report: Gap, m: Msg): string {
  const gap = gapOf(report, m, true)
  if (!gap) return ''
  return (
    ' ' +
    m(gap.many ? 'report.headline.notCheckedNamesMany' : 'report.headline.notChecked', { names: gap.names })
  )
}

/**
 * The verdict as one or two calm sentences. It counts things to do, not checks, and when a check
 * was skipped it says "as far as checked" and names what was not checked.
 */
export function verdictHeadline(
  report: Pick<Report, 'verdict' | 'counts' | 'checks' | 'unchecked' | 'uncheckedParts' | 'lang'>,
  audience: Audience = 'client',
): string {
  const m = wordsFor(report)
  const todo = countsOf(report)
  if (isLinkOnly(report)) return linkHeadline(report, todo, m)
  const gap = gapOf(report, m)
  const reader = audience === 'reader'
  switch (report.verdict) {
    case 'ready':
    case 'ready-with-cautions':
      // The steps listed decide the words: a ready report that lists something worth a look says so.
      if (todo.consider > 0) return cautionsHeadline(todo.consider, gap, reader, m)
      if (gap)
        return m(gap.many ? 'report.headline.readyGapNamesMany' : 'report.headline.readyGap', {
          names: gap.names,
        })
      return m(reader ? 'report.headline.readyReader' : 'report.headline.ready')
    case 'not-ready': {
      const one = todo.must === 1
      const key = reader
        ? one
          ? 'report.headline.notReadyReader'
          : 'report.headline.notReadyReaderMany'
        : one
          ? 'report.headline.notReady'
          : 'report.headline.notReadyMany'
      return m(key, { count: todo.must }) + notCheckedSentence(report, m)
    }
    case 'incomplete': {
      const failed = namesOf(
        report.checks.filter((check) => check.status === 'error').map((check) => check.id),
        report,
        m,
      )
      if (!failed) {
        if (!gap) return m('report.headline.nothingChecked')
        return m(
          gap.many ? 'report.headline.nothingCheckedGapNamesMany' : 'report.headline.nothingCheckedGap',
          { names: gap.names },
        )
      }
      const key = failed.many ? 'report.headline.couldNotRunNamesMany' : 'report.headline.couldNotRun'
      return m(key, { names: failed.names }) + notCheckedSentence(report, m)
    }
  }
}

/** The verdict of the `link` subcommand: on the link, never on the session. */
function linkHeadline(report: Pick<Report, 'verdict'>, todo: Counts, m: Msg): string {
  switch (report.verdict) {
    case 'not-ready':
      return m(todo.must === 1 ? 'report.headline.link.notReady' : 'report.headline.link.notReadyMany', {
        count: todo.must,
      })
    case 'incomplete':
      return m('report.headline.link.couldNotRun')
    default:
      if (todo.consider === 0) return m('report.headline.link.ready')
      return m(todo.consider === 1 ? 'report.headline.link.cautions' : 'report.headline.link.cautionsMany', {
        count: todo.consider,
      })
  }
}

function cautionsHeadline(count: number, gap: Names | undefined, reader: boolean, m: Msg): string {
  const one = count === 1
  if (!gap) {
    if (reader)
      return m(one ? 'report.headline.cautionsReader' : 'report.headline.cautionsReaderMany', { count })
    return m(one ? 'report.headline.cautions' : 'report.headline.cautionsMany', { count })
  }
  const key = one
    ? gap.many
      ? 'report.headline.cautionsGapNamesMany'
      : 'report.headline.cautionsGap'
    : gap.many
      ? 'report.headline.cautionsManyGapNamesMany'
      : 'report.headline.cautionsManyGap'
  return m(key, { count, names: gap.names })
}

type Counts = { must: number; consider: number }

/** How many things to do the report lists: the one count the headline and the "Checks:" line say. */
export function countsOf(report: Pick<Report, 'checks'>): Counts {
  const things = thingsToDo(report.checks)
  return { must: things.must.length, consider: things.consider.length }
}

/**
 * The short summary line that ends the terminal report: how many checks were done, skipped or
 * could not run, then the very counts of things to do that the headline says.
 */
export function countsLine(report: Pick<Report, 'checks' | 'counts'>, m: Msg, separator = ' · '): string {
  const { counts } = report
  const todo = countsOf(report)
  const done = counts.pass + counts.warn + counts.fail
  const parts = [
    done === 1 ? m('report.counts.doneOne') : m('report.counts.done', { count: done }),
    ...(counts.skip
      ? [m(counts.skip === 1 ? 'report.counts.skip' : 'report.counts.skipMany', { count: counts.skip })]
      : []),
    ...(counts.error ? [m('report.counts.error', { count: counts.error })] : []),
    m(todo.must === 1 ? 'report.counts.fix' : 'report.counts.fixMany', { count: todo.must }),
    m(todo.consider === 1 ? 'report.counts.look' : 'report.counts.lookMany', { count: todo.consider }),
  ]
  return m('report.counts', { parts: parts.join(separator) })
}

/** "video session", as the terminal header names it; "meeting link" for the `link` subcommand. */
export function sessionWords(
  report: Pick<Report, 'session'> & Partial<Pick<Report, 'checks' | 'unchecked'>>,
  m: Msg,
): string {
  return m(`report.session.${subjectOf(report)}`)
}

/**
 * The time a report was made, in the reader's local time with its zone: "24 Nov 2026, 12:59
 * (UTC-06:00, America/Chicago)", in the report's language (Intl, with the catalogue's locale).
 * The zone comes in from main (renderers stay pure); without one, or with one Intl does not know,
 * the time is shown in UTC.
 */
export function formatTime(iso: string, m: Msg, timeZone?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const zone = timeZone && isKnownZone(timeZone) ? timeZone : 'UTC'
  const parts = new Intl.DateTimeFormat(m('report.time.locale'), {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  // longOffset says "GMT-06:00", or plain "GMT" at offset zero; the report says UTC, in every language.
  const offset = part('timeZoneName').replace(/^GMT/, 'UTC') || 'UTC'
  const where = zone === 'UTC' ? 'UTC' : `${offset === 'UTC' ? 'UTC+00:00' : offset}, ${zone}`
  return m('report.time', {
    day: part('day'),
    month: part('month'),
    year: part('year'),
    hour: part('hour'),
    minute: part('minute'),
    zone: where,
  })
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
export function samplesWords(count: number, m: Msg): string {
  return count === 1 ? m('report.samples') : m('report.samplesMany', { count })
}

/** "high confidence". */
export function confidenceWords(confidence: 'high' | 'medium' | 'low', m: Msg): string {
  return m(`report.confidence.${confidence}`)
}

/** A measurement's value with its unit, for people; numbers are written the language's way. */
export function formatValue(
  value: number | string | boolean | null,
  m: Msg,
  language: Language,
  unit?: string,
): string {
  if (value === null) return m('report.value.unknown')
  if (typeof value === 'boolean') return m(value ? 'report.value.yes' : 'report.value.no')
  const shown =
    typeof value === 'number'
      ? formatNumber(Number.isInteger(value) ? value : Number(value.toFixed(value < 10 ? 2 : 1)), language)
      : value
  return unit ? m('report.value.withUnit', { value: shown, unit }) : shown
}

const identifierKeys: Readonly<Record<string, MessageKey & PlainKey>> = {
  networkName: 'report.identifier.networkName',
  bssid: 'report.identifier.bssid',
  proxy: 'report.identifier.proxy',
  meetingLink: 'report.identifier.meetingLink',
  meetingLinkTarget: 'report.identifier.meetingLinkTarget',
}

/** Plain labels for the identifying details a check may carry; reports show them only with --include-identifiers. */
export function identifierLabel(key: string, m: Msg): string {
  const known = Object.hasOwn(identifierKeys, key) ? identifierKeys[key] : undefined
  return known ? m(known) : key
}

/** Longest practice name shown in a label: "From " and the name fit a 40-column terminal's line with room to spare. */
export const PRACTICE_NAME_LENGTH = 60

/** The practice's name as the report shows it: capped, so it cannot run on into a line of its own. */
export function practiceName(report: Pick<Report, 'practice'>): string | undefined {
  return report.practice?.name ? sanitizeText(report.practice.name, PRACTICE_NAME_LENGTH) : undefined
}

/**
 * "From <practice>:", the label above a practice's own words; a checklist file without a name
 * still gets one. `shown` writes the name for the format (Markdown puts its addresses in code).
 */
export function practiceLabel(
  report: Pick<Report, 'practice'>,
  m: Msg,
  shown: (name: string) => string = (name) => name,
): string {
  const name = practiceName(report)
  return name ? m('report.from', { practice: shown(name) }) : m('report.fromTherapist')
}

/**
 * The things to do, must-do first, then worth a look; within each, the tool's own first, then the
 * practice's. Each is listed once, with the steps that go with it under it.
 */
export function groupedSteps(
  report: Pick<Report, 'checks'>,
): Record<AdviceStep['priority'], { tool: Thing[]; practice: Thing[] }> {
  const things: ThingsToDo = thingsToDo(report.checks)
  const split = (list: readonly Thing[]) => ({
    tool: list.filter((thing) => thing.from === 'tool'),
    practice: list.filter((thing) => thing.from === 'practice'),
  })
  return { must: split(things.must), consider: split(things.consider) }
}
