/**
 * The typed options of a run. src/cli/ maps argv, env and the terminal onto these; every layer
 * below reads them from here, never from src/cli/. Each check reads only its own slice.
 */
import type { CheckId, SessionType } from './report/model.js'
import type { Language } from './messages/index.js'

export type ReportFormat = 'json' | 'md' | 'html' | 'txt'
export type Verbosity = 'quiet' | 'normal' | 'verbose'

/** What every check may read: the kind of session, whether the network is off, whether someone can be asked. */
export interface CheckOptions {
  session: SessionType
  offline: boolean
  /** True when prompts may be shown. */
  interactive: boolean
  /**
   * The language of every sentence the person reads (issues 16 and 22): one required value, decided
   * once in main (or by the web page), with no default and no fallback.
   */
  lang: Language
}

/** The connection check's slice (issue 4). */
export interface ConnectionOptions extends CheckOptions {
  server?: string
  stun?: string
  quick: boolean
  maxDataBytes?: number
  engine: 'builtin' | 'ookla'
  acceptOoklaLicense: boolean
  /** Global time limit for the automatic checks, in milliseconds; the connection budget stays under it. */
  timeoutMs: number
}

/** The checklist's slice (issue 6). */
export interface ChecklistOptions extends CheckOptions {
  checklist?: string
  answers?: string
}

/** The meeting-link check's slice (issue 17); it reads the checklist's meetingHosts too. */
export interface LinkOptions extends CheckOptions {
  link?: string
  checklist?: string
  includeIdentifiers: boolean
}

/** Everything a run needs to know, typed. Built once from argv, env and TTY state. */
export interface RunOptions extends ConnectionOptions, ChecklistOptions, LinkOptions {
  /** The checks to run, in report order. */
  checks: CheckId[]
  /**
   * The checks this run could have run: opt-in checks (link) only when their input was given, and
   * only link for `session-checkup link`. Those of these that did not run are "not checked".
   */
  available: CheckId[]
  json: boolean
  output?: { path: string; format: ReportFormat }
  /** True when a live progress line may be drawn on stderr. */
  progress: boolean
  strict: boolean
  includeIdentifiers: boolean
  verbosity: Verbosity
  debug: boolean
  color: boolean
  unicode: boolean
}
