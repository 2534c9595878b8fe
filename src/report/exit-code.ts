import type { Report } from './model.js'

/** Exit codes, documented in --help and the README. */
export const ExitCode = {
  Ready: 0,
  NotReady: 1,
  CouldNotRun: 2,
  Interrupted: 130,
} as const

/**
 * 0 when ready (warnings allowed unless strict), 1 otherwise. An incomplete report is not a
 * "ready": a check that could not run means we cannot say the computer is ready. With --strict,
 * a check that was not checked (skipped, like an unanswered checklist, or left out with --only or
 * --skip) also counts against readiness: "ready, as far as checked" is not ready enough.
 */
export function exitCodeFor(report: Report, options: { strict: boolean }): number {
  const unchecked = report.counts.skip > 0 || (report.unchecked?.length ?? 0) > 0
  switch (report.verdict) {
    case 'ready':
      return options.strict && unchecked ? ExitCode.NotReady : ExitCode.Ready
    case 'ready-with-cautions':
      return options.strict ? ExitCode.NotReady : ExitCode.Ready
    case 'not-ready':
    case 'incomplete':
      return ExitCode.NotReady
  }
}
