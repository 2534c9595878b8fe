/**
 * The page's settings, from `config.json` beside it: where to measure the connection, and the
 * practice's checklist. `serve` writes it from its own address and the checklist it validated at
 * start (serve --checklist); a static copy carries the one `npm run build` wrote, edited by the
 * practice. Read once, checked here where it enters, and every text sanitized.
 */
import type { ChecklistFile, LocalText, PracticeQuestion } from '../checks/checklist/types.js'
import { SESSION_TYPES } from '../report/model.js'
import { sanitizeText } from '../text/sanitize.js'

export interface PageConfig {
  /** The speed endpoint's address; empty means this page's own origin. */
  endpoint: string
  checklist?: ChecklistFile
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A practice's text, cleaned: a plain string, or one per language. */
function localText(value: unknown, max: number): LocalText | undefined {
  if (typeof value === 'string') return sanitizeText(value, max) || undefined
  if (!isObject(value)) return undefined
  const entries = Object.entries(value)
    .filter(
      (entry): entry is [string, string] => /^[a-z]{2,3}$/.test(entry[0]) && typeof entry[1] === 'string',
    )
    .map(([language, text]) => [language, sanitizeText(text, max)] as const)
    .filter(([, text]) => text)
  return entries.length ? Object.fromEntries(entries) : undefined
}

function question(value: unknown): PracticeQuestion | undefined {
  if (!isObject(value) || typeof value.id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,59}$/.test(value.id))
    return undefined
  const text = localText(value.text, 300)
  const why = localText(value.why, 300)
  const fix = localText(value.fix, 300)
  const level = value.level === 'required' || value.level === 'advisory' ? value.level : undefined
  const sessions = Array.isArray(value.sessions)
    ? SESSION_TYPES.filter((session) => (value.sessions as unknown[]).includes(session))
    : [...SESSION_TYPES]
  if (!text || !why || !fix || !level || sessions.length === 0) return undefined
  return { id: value.id, text, why, fix, level, sessions }
}

/**
 * The checklist as `serve` hands it on (already validated by the same loader as `checklist
 * validate`), or as a practice put it into a static copy's config.json: anything that does not
 * have the checklist's shape is left out, and the page asks the built-in questions.
 */
export function readChecklist(value: unknown): ChecklistFile | undefined {
  if (!isObject(value) || !Array.isArray(value.questions)) return undefined
  const mode = value.mode === 'add' || value.mode === 'replace' || value.mode === 'keep' ? value.mode : 'add'
  const questions = value.questions.map(question)
  if (questions.some((item) => item === undefined)) return undefined
  const practice = localText(value.practice, 60)
  const welcome = localText(value.welcome, 600)
  const meetingHosts = Array.isArray(value.meetingHosts)
    ? value.meetingHosts
        .filter((host): host is string => typeof host === 'string')
        .map((host) => sanitizeText(host, 253))
    : undefined
  return {
    mode,
    questions: questions as PracticeQuestion[],
    ...(practice ? { practice } : {}),
    ...(welcome ? { welcome } : {}),
    ...(meetingHosts?.length ? { meetingHosts } : {}),
  }
}

/** The endpoint: an http(s) address without credentials, or empty for this page's own origin. */
function readEndpoint(value: unknown): string {
  if (typeof value !== 'string' || value === '') return ''
  try {
    const url = new URL(value)
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password)
      return url.href.replace(/\/$/, '')
  } catch {
    // not an address: measure against this page's own origin
  }
  return ''
}

/** The settings from config.json's parsed content. */
export function readConfig(value: unknown): PageConfig {
  if (!isObject(value)) return { endpoint: '' }
  const checklist = value.checklist == null ? undefined : readChecklist(value.checklist)
  return { endpoint: readEndpoint(value.endpoint), ...(checklist ? { checklist } : {}) }
}

/** Fetches config.json from beside the page (same origin only). `ok` is false when it was there but unreadable. */
export async function loadConfig(
  fetcher: typeof fetch,
  base: string,
): Promise<{ config: PageConfig; ok: boolean }> {
  try {
    const response = await fetcher(new URL('config.json', base), { credentials: 'omit', cache: 'no-cache' })
    if (response.status === 404) return { config: { endpoint: '' }, ok: true }
    if (!response.ok) return { config: { endpoint: '' }, ok: false }
    const raw: unknown = await response.json()
    const config = readConfig(raw)
    const named = isObject(raw) && raw.checklist != null
    return { config, ok: !named || config.checklist !== undefined }
  } catch {
    return { config: { endpoint: '' }, ok: false }
  }
}
