import type { CheckResult, CountByStatus, CrisisLine, Report, SessionType, Verdict } from './model.js'
import { SCHEMA_VERSION } from './model.js'

export interface ReportMeta {
  tool: { name: string; version: string }
  startedAt: Date
  durationMs: number
  platform: { os: string; release: string; arch: string }
  session: SessionType
  crisis: CrisisLine
  practice?: { name: string; welcome?: string }
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

/** Builds the report from the results, in the order given. Pure. */
export function buildReport(checks: CheckResult[], meta: ReportMeta): Report {
  const counts = countStatuses(checks)
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: meta.tool,
    startedAt: meta.startedAt.toISOString(),
    durationMs: Math.round(meta.durationMs),
    platform: meta.platform,
    session: meta.session,
    verdict: decideVerdict(counts),
    counts,
    checks,
    identifiersIncluded: true,
    ...(meta.practice ? { practice: meta.practice } : {}),
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
