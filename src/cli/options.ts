import type { CheckId, SessionType } from '../report/model.js'
import { CHECK_IDS, SESSION_TYPES } from '../report/model.js'
import { UsageError } from '../errors.js'

import { neededFor } from '../checks/index.js'
import type { ReportFormat, RunOptions } from '../options.js'
import { catalogueOf, LANGUAGES, messagesFor, type Language, type Msg } from '../messages/index.js'
import { wantedLanguage } from './lang-flag.js'
import { defined } from '../defined.js'

/** The raw flags commander gives us. */
export interface RawFlags {
  session?: string
  only?: string
  skip?: string
  json?: boolean
  output?: string
  input?: boolean
  offline?: boolean
  timeout?: string
  strict?: boolean
  includeIdentifiers?: boolean
  verbose?: boolean
  debug?: boolean
  quiet?: boolean
  color?: boolean
  server?: string
  stun?: string
  quick?: boolean
  maxData?: string
  engine?: string
  acceptOoklaLicense?: boolean
  checklist?: string
  answers?: string
  link?: string
  /** --lang: the language of every sentence (issue 16); checked by chooseLanguage. */
  lang?: string
  /** Set by a subcommand that is about some checks only (`link`): the others are not "not checked". */
  scope?: CheckId[]
}

/** What we know about the streams and environment, so resolving stays pure. */
export interface Terminal {
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  /** The system's locale as Intl reports it (main reads it), for example "es-MX". */
  systemLocale?: string
}

export const DEFAULT_TIMEOUT_SECONDS = 60

function parseSession(value: string | undefined, say: Msg): SessionType {
  const session = (value ?? 'video').trim().toLowerCase()
  if ((SESSION_TYPES as readonly string[]).includes(session)) return session as SessionType
  throw new UsageError(say('flag.session', { choices: SESSION_TYPES.join(', '), value: value ?? '' }))
}

function parseIds(flag: string, value: string | undefined, say: Msg): CheckId[] | undefined {
  if (value === undefined) return undefined
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  const unknown = ids.filter((id) => !(CHECK_IDS as readonly string[]).includes(id))
  if (ids.length === 0 || unknown.length > 0) {
    const checks = CHECK_IDS.join(', ')
    throw new UsageError(
      unknown.length > 0
        ? say('flag.notChecks', { flag, names: unknown.join('", "'), checks })
        : say('flag.noChecks', { flag, checks }),
    )
  }
  return ids as CheckId[]
}

function parseTimeout(value: string | undefined, say: Msg): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000
  const seconds = Number(value)
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !Number.isFinite(seconds) || seconds < 1 || seconds > 3600) {
    throw new UsageError(say('flag.timeout', { value }))
  }
  return Math.round(seconds * 1000)
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9 }

/** Parses a data size such as 30MB, 500k or 1000000 (bytes). */
export function parseDataSize(flag: string, value: string | undefined, say: Msg): number | undefined {
  if (value === undefined) return undefined
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = SIZE_UNITS[match?.[2]?.toLowerCase() ?? 'x']
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new UsageError(say('flag.size', { flag, value }))
  }
  return Math.round(Number(match[1]) * unit)
}

function parseOutput(value: string | undefined, say: Msg): RunOptions['output'] {
  if (value === undefined) return undefined
  const match = /\.(json|md|markdown|html|htm|txt)$/i.exec(value)
  if (!match?.[1]) {
    throw new UsageError(say('flag.output', { value }))
  }
  const extension = match[1].toLowerCase()
  const format: ReportFormat =
    extension === 'markdown' ? 'md' : extension === 'htm' ? 'html' : (extension as ReportFormat)
  return { path: value, format }
}

/** Looks like a URL (scheme://), as the checklist reader decides (src/checks/checklist/read-source.ts). */
function isAddress(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value)
}

/**
 * --server must look like a web address before anything is measured: a word with no dot, no
 * port and no scheme ("notaurl") is a typo, not a server name, and would otherwise surface as
 * "check that you are connected to the internet".
 */
function checkServer(value: string | undefined, say: Msg): string | undefined {
  if (value === undefined) return undefined
  const raw = value.trim()
  let url: URL | undefined
  try {
    url = new URL(isAddress(raw) ? raw : `https://${raw}`)
  } catch {
    url = undefined
  }
  const host = url?.hostname.replace(/^\[|\]$/g, '') ?? ''
  const plausible =
    url !== undefined &&
    (isAddress(raw) || host === 'localhost' || host.includes('.') || host.includes(':') || url.port !== '')
  if (!plausible || /\s/.test(raw)) {
    throw new UsageError(say('flag.server', { value }))
  }
  return value
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== ''
}

/**
 * The one place that decides colour. Order: --no-color / --color, then NO_COLOR (any non-empty
 * value, per no-color.org; chalk does not read it), then FORCE_COLOR, then TERM=dumb, then
 * whether stdout is a terminal.
 */
export function decideColor(flag: boolean | undefined, terminal: Terminal): boolean {
  if (flag === false) return false
  if (flag === true) return true
  const { env } = terminal
  if (isSet(env.NO_COLOR)) return false
  if (isSet(env.FORCE_COLOR)) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  if (env.TERM === 'dumb') return false
  return terminal.stdoutIsTTY
}

/** Unicode symbols unless the console is known not to draw them (after is-unicode-supported). */
export function decideUnicode(terminal: Terminal): boolean {
  const { env } = terminal
  if (env.TERM === 'dumb' || env.TERM === 'linux') return false
  if (terminal.platform !== 'win32') return true
  return Boolean(
    env.WT_SESSION ||
      env.TERMINUS_SUBLIME ||
      env.ConEmuTask === '{cmd::Cmder}' ||
      env.TERM_PROGRAM === 'vscode' ||
      env.TERM === 'xterm-256color' ||
      env.TERM === 'alacritty',
  )
}

function isCI(env: Terminal['env']): boolean {
  return isSet(env.CI) && env.CI !== 'false' && env.CI !== '0'
}

/** The link check runs when --link names a link (unless skipped), and only then. */
function withLink(
  checks: CheckId[],
  link: string | undefined,
  { named, skipped, say }: { named: boolean; skipped: boolean; say: Msg },
): CheckId[] {
  if (link !== undefined) return skipped || checks.includes('link') ? checks : [...checks, 'link']
  if (named && checks.includes('link')) throw new UsageError(say('link.input.only-needs-link'))
  return checks.filter((id) => id !== 'link')
}

/**
 * The language of the run (issue 16): --lang, then LC_ALL, LC_MESSAGES and LANG, then the system
 * locale, then English (src/messages/locale.ts). An unsupported --lang is a usage error that
 * names the languages; an unsupported locale falls back to English without a word.
 */
export function chooseLanguage(
  flag: string | undefined,
  terminal: Pick<Terminal, 'env' | 'systemLocale'>,
): Language {
  const { lang, unsupported } = wantedLanguage(flag, terminal, LANGUAGES)
  if (unsupported === undefined) return lang
  // Said in the language the environment asks for, as the flag's own language is not known.
  const say = messagesFor(lang)
  const choices = LANGUAGES.map((code) =>
    say('language.choice', { code, name: catalogueOf(code)['language.name'] }),
  )
  throw new UsageError(
    say('language.unsupported', {
      languages: choices.reduce((first, next) => say('list.comma', { first, next })),
      value: unsupported,
    }),
  )
}

/** Maps raw flags and the terminal to RunOptions. Pure; throws UsageError on bad input. */
export function resolveOptions(flags: RawFlags, terminal: Terminal, lang: Language): RunOptions {
  const say = messagesFor(lang)
  const only = parseIds('--only', flags.only, say)
  const skip = parseIds('--skip', flags.skip, say) ?? []
  const session = parseSession(flags.session, say)
  // The checks this kind of session needs (a check says which sessions need it: CheckInfo.sessions).
  const everything = neededFor(session)
  const checks = withLink(
    (only ?? everything).filter((id) => !skip.includes(id)),
    flags.link,
    { named: only !== undefined, skipped: skip.includes('link'), say },
  )
  const json = Boolean(flags.json)
  const quiet = Boolean(flags.quiet)
  const ci = isCI(terminal.env)
  const dumb = terminal.env.TERM === 'dumb'
  if (quiet && flags.verbose) throw new UsageError(say('flag.quietVerbose'))
  if (flags.offline && flags.checklist && isAddress(flags.checklist))
    throw new UsageError(say('flag.offlineChecklistUrl'))
  const engine = (flags.engine ?? 'builtin').toLowerCase()
  if (engine !== 'builtin' && engine !== 'ookla') {
    throw new UsageError(say('flag.engine', { value: flags.engine ?? '' }))
  }
  return {
    session,
    checks: [...new Set(checks)].sort((a, b) => CHECK_IDS.indexOf(a) - CHECK_IDS.indexOf(b)),
    available:
      flags.scope ??
      withLink(only ? [...CHECK_IDS] : everything, flags.link, {
        named: false,
        skipped: false,
        say,
      }),
    json,
    output: parseOutput(flags.output, say),
    interactive: flags.input !== false && !json && !ci && terminal.stdinIsTTY && terminal.stdoutIsTTY,
    progress: !json && !quiet && !ci && !dumb && terminal.stderrIsTTY,
    offline: Boolean(flags.offline),
    timeoutMs: parseTimeout(flags.timeout, say),
    strict: Boolean(flags.strict),
    includeIdentifiers: Boolean(flags.includeIdentifiers),
    lang,
    verbosity: quiet ? 'quiet' : flags.verbose || flags.debug ? 'verbose' : 'normal',
    debug: Boolean(flags.debug),
    color: !json && decideColor(flags.color, terminal),
    unicode: decideUnicode(terminal),
    server: checkServer(flags.server, say),
    stun: flags.stun,
    quick: Boolean(flags.quick),
    maxDataBytes: parseDataSize('--max-data', flags.maxData, say),
    engine: engine as RunOptions['engine'],
    acceptOoklaLicense: Boolean(flags.acceptOoklaLicense),
    checklist: flags.checklist,
    answers: flags.answers,
    ...defined({ link: flags.link }),
  }
}
