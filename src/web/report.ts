/**
 * The page's report: the same model and rules as the CLI's (src/report/build-report.ts), with the
 * checks a browser can do, the ones it cannot named as not checked, and the browser named instead
 * of an operating system.
 */
import { buildReport } from '../report/build-report.js'
import { chooseCrisisLine } from '../report/crisis.js'
import type { BrowserInfo, CheckResult, Report, SessionType } from '../report/model.js'
import type { Language } from '../messages/index.js'
import { TOOL_NAME } from '../tool.js'

/**
 * Every check a web report knows, in report order. Wi-Fi, the apps on a computer and its protection
 * cannot be seen from a browser: they never run, so the headline names them as not checked. The meeting link is
 * opt-in, as in the CLI.
 */
export const WEB_KNOWN_CHECKS = [
  'wifi',
  'connection',
  'apps',
  'this-device',
  'devices',
  'protection',
  'checklist',
] as const
const ORDER: readonly string[] = [...WEB_KNOWN_CHECKS, 'link']

/** The checks a session needs: a text session uses no camera or microphone, so they are not missed. */
export function webKnownChecks(session: SessionType): string[] {
  return WEB_KNOWN_CHECKS.filter((id) => session !== 'text' || id !== 'devices')
}

export interface WebReportInput {
  results: CheckResult[]
  session: SessionType
  lang: Language
  startedAt: Date
  durationMs: number
  version: string
  browser: BrowserInfo
  /** The system as the browser names it ("Android", "macOS"). */
  system: string
  practice?: { name: string; welcome?: string }
  /** Where the person is, for the crisis line: the browser's locale and time zone. */
  place: { locale?: string; timeZone?: string }
}

export function buildWebReport(input: WebReportInput): Report {
  const results = [...input.results].sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id))
  const report = buildReport(results, {
    tool: { name: TOOL_NAME, version: input.version },
    startedAt: input.startedAt,
    durationMs: input.durationMs,
    platform: { os: input.system, release: '', arch: '' },
    session: input.session,
    lang: input.lang,
    crisis: chooseCrisisLine(input.place, input.lang),
    knownChecks: webKnownChecks(input.session),
    ...(input.practice ? { practice: input.practice } : {}),
  })
  // A link is never kept in a web report: it stays on the page (identifiersIncluded says so).
  return { ...report, identifiersIncluded: false, browser: input.browser }
}
