import type { Exec } from '../platform/exec.js'
import type { SystemInfo } from '../platform/system-info.js'
import type {
  AdviceStep,
  CheckId,
  CheckResult,
  Measurement,
  Identifiers,
  Report,
  SessionType,
  Status,
} from '../report/model.js'
import type { CheckOptions, RunOptions } from '../options.js'
import type { Prompter } from '../ui/prompter.js'
import type { Msg } from '../messages/index.js'

/**
 * Everything a check may touch. Injected, so tests pass fakes instead of patching globals.
 * `O` is the check's own slice of the options (src/options.ts): it sees nothing else.
 */
export interface CheckContext<O = CheckOptions> {
  options: O
  platform: NodeJS.Platform
  exec: Exec
  system: SystemInfo
  fetch: typeof globalThis.fetch
  /** Milliseconds from a monotonic clock. */
  now: () => number
  /**
   * The wall-clock time of the run, for what is judged by the calendar (the protection check's
   * dated support table). The run's start when main gives it; tests pass a fixed day.
   */
  date?: () => Date
  /**
   * Tests only: a folder that stands in for the file system's root when a reader looks at /sys,
   * /proc and /etc (the protection check), so an end-to-end test can give the built binary a fake
   * /sys. Main sets it from SESSION_CHECKUP_TEST_ROOT; absent in normal runs.
   */
  fsRoot?: string
  /** Aborted on Ctrl-C, on the global timeout, and on this check's own timeout. */
  signal: AbortSignal
  /**
   * The time limit the runner applied to this check, in milliseconds (its own, within the global
   * one); `signal` aborts when it runs out. Readers plan their steps within it, using `now`.
   */
  limitMs: number
  env: Readonly<Record<string, string | undefined>>
  /** Present only when the person can be asked questions (a terminal, and no --no-input or --json). */
  prompter?: Prompter
  /** The result of another check of this run, once it has finished (undefined if not run). */
  resultOf(id: CheckId): Promise<CheckResult | undefined>
  /** Says what the check is doing now, for the progress line. */
  progress(message: string): void
  /** The sentences in the person's language (src/messages/); English when not given. */
  msg: Msg
}

/** What `prepare` may use: no prompts and no OS, only inputs named on the command line. */
export interface PrepareContext<O = CheckOptions> {
  options: O
  fetch: typeof globalThis.fetch
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  signal: AbortSignal
  /** The sentences in the person's language (src/messages/); English when not given. */
  msg: Msg
  /** What the checks before this one (in report order) returned from `prepare`, by id. */
  earlier?: ReadonlyMap<CheckId, Prepared | undefined>
}

/** What a check may add to the report itself (its header), from what its `prepare` read. */
export type ReportInfo = Partial<Pick<Report, 'practice'>>

/** Whatever a `prepare` returns may carry `report`: the runner hands it to the report, unread. */
export interface Prepared {
  report?: ReportInfo
  /** Sentences for the person, printed after the report (for example, a checklist link that opened a web page). */
  notes?: string[]
}

/** What a check's `run` returns; the runner adds id, title and duration. */
export interface CheckOutcome {
  status: Status
  summary: string
  advice: string[]
  /** The advice with priority and source, when the check knows more than its status says (see AdviceStep). */
  steps?: AdviceStep[]
  measurements?: Measurement[]
  details?: Record<string, unknown>
  identifiers?: Identifiers
  error?: string
}

/**
 * Words that follow the run's language: a function of the catalogue, such as
 * `(say) => say('wifi.title')`, or fixed text (test doubles).
 */
export type Words = string | ((say: Msg) => string)

/** The parts of a check that do not depend on what it prepares. */
export interface CheckInfo {
  id: CheckId
  /** Short title for the report, for example "Wi-Fi": `(say) => say('<id>.title')`. */
  title: Words
  /** What the progress line says while it runs, for example "Checking your Wi-Fi": `(say) => say('<id>.activity')`. */
  activity: Words
  /** Time limit for this check in milliseconds; the global --timeout still applies. */
  timeoutMs?: number
  /** Interactive checks wait for answers and are not bound by the time limit while asking. */
  interactive?: boolean
  /**
   * The kinds of session that need this check; all when not given. A session that does not need
   * it leaves it out of the run and out of "what was not checked", unless it is named with --only
   * (a chat session uses no camera or microphone).
   */
  sessions?: readonly SessionType[]
}

/**
 * Load and validate this check's inputs (files, URLs) before anything is measured, so bad input
 * fails fast with one sentence and exit 2. Throw UsageError for bad input. Optional when the
 * check needs nothing prepared (P is void, or includes undefined); then `run` gets undefined.
 */
type PrepareStep<P, O> = undefined extends P
  ? { prepare?(ctx: PrepareContext<O>): Promise<P> }
  : { prepare(ctx: PrepareContext<O>): Promise<P> }

/**
 * A diagnostic module: one folder under src/checks/, registered with one line in
 * src/checks/index.ts. `P` is what its `prepare` hands to `run`; `O` is its slice of the options.
 */
export type Check<P extends Prepared | undefined | void = void, O = CheckOptions> = CheckInfo &
  PrepareStep<P, O> & {
    run(ctx: CheckContext<O>, prepared: P): Promise<CheckOutcome>
  }

/** Any check, with what it prepares hidden: what the registry and the runner hold. */
export type AnyCheck = Check<Prepared | undefined | void, RunOptions>
