import type {
  AdviceStep,
  CheckResult,
  CountByStatus,
  CrisisLine,
  Report,
  SessionType,
  Verdict,
} from './model.js'
import type { Language } from '../messages/index.js'
import { CHECK_IDS, OPT_IN_CHECK_IDS, SCHEMA_VERSION } from './model.js'
import { defined } from '../defined.js'

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
 * A check's steps with priority and source. A check that gave only plain advice gets "must" for a
 * failed check and "consider" otherwise, in the tool's voice; its steps are one thing to do, since
 * plain advice is a fix with its alternatives ("join a protected network", "or use your phone's
 * hotspot"), not a list of separate jobs.
 */
export function stepsOf(check: CheckResult): AdviceStep[] {
  if (check.steps) return check.steps
  const priority = check.status === 'fail' ? 'must' : 'consider'
  return check.advice.map((text) => ({ text, priority, from: 'tool', thing: check.id }))
}

/**
 * Every check's steps, keeping only the first step on each topic (the apps check and the
 * checklist both say to turn on Do Not Disturb; the person needs to read it once), with `advice`
 * kept as the same texts in the same order for older JSON readers.
 */
export function withSteps(checks: readonly CheckResult[]): CheckResult[] {
  const topics = new Set<string>()
  return checks.map((check) => {
    const steps = stepsOf(check).filter((step) => {
      if (!step.topic) return true
      if (topics.has(step.topic)) return false
      topics.add(step.topic)
      return true
    })
    return { ...check, advice: steps.map((step) => step.text), steps }
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
    checks,
    identifiersIncluded: true,
    ...defined({ practice: meta.practice }),
    unchecked: uncheckedIds(
      checks,
      meta.knownChecks ?? CHECK_IDS.filter((id) => !OPT_IN_CHECK_IDS.includes(id)),
    ),
    crisis: meta.crisis,
  }
}

/** A copy of the report without identifying details, for anything that leaves the terminal. */
export function redactIdentifiers(report: Report): Report {
  return {
    ...report,
    identifiersIncluded: false,
    checks: report.checks.map(({ identifiers: _identifiers, ...rest }) => rest),
  }
}
