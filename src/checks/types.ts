import type { Exec } from '../platform/exec.js'
import type { SystemInfo } from '../platform/system-info.js'
import type { CheckId, CheckResult, Measurement, Identifiers, Status } from '../report/model.js'
import type { RunOptions } from '../cli/options.js'
import type { Prompter } from '../ui/prompter.js'

/** Everything a check may touch. Injected, so tests pass fakes instead of patching globals. */
export interface CheckContext {
  options: RunOptions
  platform: NodeJS.Platform
  exec: Exec
  system: SystemInfo
  fetch: typeof globalThis.fetch
  /** Milliseconds from a monotonic clock. */
  now: () => number
  /** Aborted on Ctrl-C, on the global timeout, and on this check's own timeout. */
  signal: AbortSignal
  env: Readonly<Record<string, string | undefined>>
  /** Present only when the person can be asked questions (a terminal, and no --no-input or --json). */
  prompter?: Prompter
  /** The result of another check of this run, once it has finished (undefined if not run). */
  resultOf(id: CheckId): Promise<CheckResult | undefined>
  /** Says what the check is doing now, for the progress line. */
  progress(message: string): void
  /** What this check's `prepare` returned as `data`, if it has one. */
  prepared?: unknown
}

/** What `prepare` may use: no prompts and no OS, only inputs named on the command line. */
export interface PrepareContext {
  options: RunOptions
  fetch: typeof globalThis.fetch
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  signal: AbortSignal
}

/** What `prepare` gives back: data for `run`, and the practice's name for the report header. */
export interface Prepared {
  practice?: { name: string; welcome?: string }
  data?: unknown
  /** Sentences for the person, printed after the report (for example, a checklist link that failed). */
  notes?: string[]
}

/** What a check's `run` returns; the runner adds id, title and duration. */
export interface CheckOutcome {
  status: Status
  summary: string
  advice: string[]
  measurements?: Measurement[]
  details?: Record<string, unknown>
  identifiers?: Identifiers
  error?: string
}

/** A diagnostic module. Register new ones in src/checks/index.ts. */
export interface Check {
  id: CheckId
  /** Short title for the report, for example "Wi-Fi". */
  title: string
  /** What the progress line says while it runs, for example "Checking your Wi-Fi". */
  activity: string
  /** Time limit for this check in milliseconds; the global --timeout still applies. */
  timeoutMs?: number
  /** Interactive checks wait for answers and are not bound by the time limit while asking. */
  interactive?: boolean
  /**
   * Optional: load and validate this check's inputs (files, URLs) before anything is measured,
   * so bad input fails fast with one sentence and exit 2. Throw UsageError for bad input.
   */
  prepare?(ctx: PrepareContext): Promise<Prepared | undefined>
  run(ctx: CheckContext): Promise<CheckOutcome>
}
