import type { CheckResult, CountByStatus, CrisisLine, Report, SessionType, Verdict } from './model.js'
import type { Language } from '../messages/index.js'
import {
  CHECK_IDS,
  OPT_IN_CHECK_IDS,
  SCHEMA_VERSION,
  UNCHECKED_PART_IDS,
  type UncheckedPartId,
} from './model.js'
import { defined } from '../defined.js'
import { countThings, dedupeSteps, fitSteps } from './to-do.js'

export { stepsOf } from './to-do.js'

export interface ReportMeta {
  tool: { name: string; version: string }
  startedAt: Date
  durationMs: number
  platform: { os: string; release: string; arch: string }
  session: SessionType
  /** The language the sentences are in: the run's one language (issue 22). */
  lang: Language
  crisis: CrisisLine
  practice?: { name: string; welcome?: string }
  /** Every check the tool has, in report order; the ones without a result are reported unchecked. */
  knownChecks?: readonly string[]
}

/** Counts results by status. */
export function countStatuses(checks: readonly CheckResult[]): CountByStatus {
  const counts: CountByStatus = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0 }
  for (const check of checks) counts[check.status] += 1
  return counts
}

/**
 * The overall verdict. A fail outweighs everything; a check that could not run makes the picture
 * incomplete; warnings alone still mean ready. Skipped checks (asked for, or needing a terminal) do
 * not change the verdict, but a report where nothing ran at all is incomplete.
 */
export function decideVerdict(counts: CountByStatus): Verdict {
  if (counts.fail > 0) return 'not-ready'
  if (counts.error > 0) return 'incomplete'
  if (counts.pass + counts.warn === 0) return 'incomplete'
  if (counts.warn > 0) return 'ready-with-cautions'
  return 'ready'
}

/**
 * Every check's steps, fitted to its status and said once per topic (src/report/to-do.ts), with
 * `advice` kept as the same texts in the same order for older JSON readers.
 */
export function withSteps(checks: readonly CheckResult[]): CheckResult[] {
  const steps = dedupeSteps(checks.map(fitSteps))
  return checks.map((check, index) => {
    const own = steps[index] ?? []
    return { ...check, advice: own.map((step) => step.text), steps: own }
  })
}

/**
 * The checks this report says nothing about, in report order: those that were skipped, and those
 * that never ran at all (left out with --only or --skip).
 */
export function uncheckedIds(checks: readonly CheckResult[], known: readonly string[]): string[] {
  const ran = new Set(checks.filter((check) => check.status !== 'skip').map((check) => check.id))
  const skipped = checks.filter((check) => check.status === 'skip').map((check) => check.id)
  return [...new Set([...known, ...skipped])].filter((id) => !ran.has(id))
}

const isPart = (value: unknown): value is UncheckedPartId =>
  (UNCHECKED_PART_IDS as readonly unknown[]).includes(value)

/**
 * The parts of checks that ran which they could not measure where they ran (a browser's connection
 * check has no packet loss), as the checks list them in `details.notMeasured`, in report order.
 * A check that did not run says nothing of its parts: it is named whole in `unchecked`.
 */
export function uncheckedPartIds(checks: readonly CheckResult[]): UncheckedPartId[] {
  const parts = checks
    .filter((check) => check.status !== 'skip' && check.status !== 'error')
    .flatMap((check) => {
      const listed = check.details?.['notMeasured']
      return Array.isArray(listed) ? listed.filter(isPart) : []
    })
  return [...new Set(parts)]
}

/** Builds the report from the results, in the order given. Pure. */
export function buildReport(results: CheckResult[], meta: ReportMeta): Report {
  const checks = withSteps(results)
  const counts = countStatuses(checks)
  return {
    schemaVersion: SCHEMA_VERSION,
    lang: meta.lang,
    tool: meta.tool,
    startedAt: meta.startedAt.toISOString(),
    durationMs: Math.round(meta.durationMs),
    platform: meta.platform,
    session: meta.session,
    verdict: decideVerdict(counts),
    counts,
    things: countThings(checks),
    checks,
    identifiersIncluded: true,
    ...defined({ practice: meta.practice }),
    unchecked: uncheckedIds(
      checks,
      meta.knownChecks ?? CHECK_IDS.filter((id) => !OPT_IN_CHECK_IDS.includes(id)),
    ),
    ...partsOf(checks),
    crisis: meta.crisis,
  }
}

function partsOf(checks: readonly CheckResult[]): Pick<Report, 'uncheckedParts'> {
  const parts = uncheckedPartIds(checks)
  return parts.length > 0 ? { uncheckedParts: parts } : {}
}

/** A copy of the report without identifying details, for anything that leaves the terminal. */
export function redactIdentifiers(report: Report): Report {
  return {
    ...report,
    identifiersIncluded: false,
    checks: report.checks.map(({ identifiers: _identifiers, ...rest }) => rest),
  }
}
