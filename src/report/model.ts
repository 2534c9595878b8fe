/**
 * The report model: what every check returns and what every renderer reads.
 * Bump SCHEMA_VERSION when a field is removed or changes meaning; adding optional fields is not a bump
 * (so `checks[].steps`, `unchecked`, `crisis.url` and `measurements[].from` kept it at 1).
 * The JSON Schema of this model ships as `report.schema.json` (src/report/report.schema.json).
 */
import type { Language } from '../messages/index.js'

export const SCHEMA_VERSION = 1

/** The kinds of session a client can have; thresholds and questions depend on it. */
export const SESSION_TYPES = ['video', 'audio', 'text'] as const
export type SessionType = (typeof SESSION_TYPES)[number]

/** The ids of the built-in checks, in report order. */
export const CHECK_IDS = ['wifi', 'connection', 'apps', 'devices', 'protection', 'checklist', 'link'] as const
export type CheckId = (typeof CHECK_IDS)[number]

/** Checks only the web page runs (src/web/): a browser's own view of the device. The schema allows both lists. */
export const WEB_ONLY_CHECK_IDS = ['this-device'] as const

/**
 * Parts of a check that ran, which it could not measure where it ran: `packetLoss`, in a browser,
 * which cannot send the UDP probes the connection check uses. A check lists them in its
 * `details.notMeasured`; the report gathers them as `uncheckedParts`, and the headline names them
 * with the checks that were not checked.
 */
export const UNCHECKED_PART_IDS = ['packetLoss'] as const
export type UncheckedPartId = (typeof UNCHECKED_PART_IDS)[number]

/** Checks that run only when their input is given (--link); a run without it does not miss them. */
export const OPT_IN_CHECK_IDS: readonly CheckId[] = ['link']

/** pass: fine. warn: a caution. fail: fix before the session. skip: not run. error: could not run. */
export type Status = 'pass' | 'warn' | 'fail' | 'skip' | 'error'
export const STATUSES: readonly Status[] = ['pass', 'warn', 'fail', 'skip', 'error']

/** ready: all good. ready-with-cautions: warnings only. not-ready: a fail. incomplete: a check could not run. */
export type Verdict = 'ready' | 'ready-with-cautions' | 'not-ready' | 'incomplete'

/** One measured fact. Numbers carry a unit; sample counts and confidence say how sure we are. */
export interface Measurement {
  /** Stable key, for example `downloadMbps`. */
  id: string
  /** Plain-language label, for example `Download`. */
  label: string
  value: number | string | boolean | null
  unit?: string
  /** How many samples the figure rests on, where that applies. */
  samples?: number
  /** How sure the figure is: high, medium or low. */
  confidence?: 'high' | 'medium' | 'low'
  /** Status of this one figure against the session's need, where it is judged. */
  status?: Status
  /** 'lower': the true value is at least `value` (the test stopped before it could measure the most). */
  bound?: 'lower'
  /** `practice` when the label is a practice's own words (its checklist question). */
  from?: 'tool' | 'practice'
}

/**
 * Identifying details (network name, BSSID, host and user names). Kept apart from everything else,
 * so exported reports can leave them out unless the user asks (`--include-identifiers`).
 */
export type Identifiers = Record<string, string>

/** must: fix before the session. consider: worth a look, the session can go ahead without it. */
export type Priority = 'must' | 'consider'
export const PRIORITIES: readonly Priority[] = ['must', 'consider']

/**
 * One step to take, with how much it matters and whose words it is: the tool's own advice, or
 * text a practice's checklist supplied (shown only under the practice's name, never as ours).
 */
export interface AdviceStep {
  text: string
  priority: Priority
  from: 'tool' | 'practice'
  /**
   * What the step is about, when two checks can give the same advice (do-not-disturb): the report
   * keeps the first step on a topic and drops the rest, so the person reads it once.
   */
  topic?: string
  /**
   * Steps that share a `thing` are one thing to do: a fix and its alternatives ("plug in a webcam",
   * "or join from a phone"). The headline counts things, not steps; a step without one is its own.
   */
  thing?: string
}

/** What a check returns. `summary` and `advice` are in plain language; `details` holds stable keys. */
export interface CheckResult {
  id: string
  title: string
  status: Status
  /** One sentence a non-technical person understands. */
  summary: string
  /** Concrete steps, each one sentence; empty when there is nothing to do. The texts of `steps`, in order. */
  advice: string[]
  /** The same steps with their priority and source; `buildReport` always fills it in. */
  steps?: AdviceStep[]
  measurements: Measurement[]
  /** Check-specific structured data for JSON readers. Never holds identifiers. */
  details?: Record<string, unknown>
  /** Identifying details; shown in the terminal, left out of exports unless asked for. */
  identifiers?: Identifiers
  durationMs: number
  /** Technical reason for an error, shown with --verbose or --debug. */
  error?: string
}

export interface CountByStatus {
  pass: number
  warn: number
  fail: number
  skip: number
  error: number
}

/** The regions with a crisis line of their own; everyone else gets the international one. */
export const CRISIS_REGIONS = ['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'ES', 'MX', 'other'] as const
export type CrisisRegion = (typeof CRISIS_REGIONS)[number]

/** The crisis-resources line that every human report ends with. */
export interface CrisisLine {
  region: CrisisRegion
  text: string
  /** A page with more crisis resources for the region, linked from the HTML report. */
  url?: string
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION
  /**
   * The language of the report's sentences (summary, advice, crisis line); ids and enums never
   * change with it. Always set from 0.2; absent in older reports, which were English.
   */
  lang: Language
  tool: { name: string; version: string }
  startedAt: string
  durationMs: number
  platform: { os: string; release: string; arch: string }
  session: SessionType
  verdict: Verdict
  counts: CountByStatus
  /**
   * The things to do that the report lists: must-dos and things worth a look, as the headline counts
   * them (steps that are one fix with its alternatives count once). Absent in reports before 0.2.
   */
  things?: { must: number; consider: number }
  checks: CheckResult[]
  /** Whether identifying details were kept in this report. */
  identifiersIncluded: boolean
  /** The practice that sent the checklist, when it named itself. */
  practice?: { name: string; welcome?: string }
  /**
   * The checks this report says nothing about: skipped (--offline, --only/--skip, no terminal for
   * the checklist) or left out. The headline names them. Absent in reports from before 0.2.
   */
  unchecked?: string[]
  /**
   * Parts of checks that ran but could not be measured where they ran (`packetLoss` in a browser),
   * from the checks' `details.notMeasured`. The headline names them with `unchecked`; they change
   * no count. Absent when nothing was left out, and in reports from before 0.2.
   */
  uncheckedParts?: UncheckedPartId[]
  crisis: CrisisLine
  /**
   * Present when the report came from the web check in a browser (src/web/), not the CLI: the
   * browser's name and version, and the kind of device. `platform` then holds the system as the
   * browser names it, with release and arch left empty. Absent in CLI reports.
   */
  browser?: BrowserInfo
}

/** The browser a web-check report came from. */
export interface BrowserInfo {
  /** For example "Chrome", "Safari", "Firefox", "Edge", "Samsung Internet"; "unknown" when it cannot tell. */
  name: string
  version: string
  device: 'phone' | 'tablet' | 'computer'
}
