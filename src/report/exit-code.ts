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
 * a skipped check (for example an unanswered checklist) also counts against readiness.
 */
export function exitCodeFor(report: Report, options: { strict: boolean }): number {
  switch (report.verdict) {
    case 'ready':
      return options.strict && report.counts.skip > 0 ? ExitCode.NotReady : ExitCode.Ready
    case 'ready-with-cautions':
      return options.strict ? ExitCode.NotReady : ExitCode.Ready
    case 'not-ready':
    case 'incomplete':
      return ExitCode.NotReady
  }
}
