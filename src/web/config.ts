/**
 * The page's settings, from `config.json` beside it: where to measure the connection, and the
 * practice's checklist. `serve` writes it from its own address and the checklist it validated at
 * start (serve --checklist); a static copy carries the one `npm run build` wrote, edited by the
 * practice. Read once and checked here where it enters: the checklist by the CLI's own parse path
 * and validators, which also clean every text.
 */
import type { ChecklistFile } from '../checks/checklist/types.js'

export interface PageConfig {
  /** The speed endpoint's address; empty means this page's own origin. */
  endpoint: string
  checklist?: ChecklistFile
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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

/** The endpoint from config.json's parsed content (the checklist is judged by loadConfig). */
export function readConfig(value: unknown): PageConfig {
  return { endpoint: isObject(value) ? readEndpoint(value.endpoint) : '' }
}

/** What went wrong with config.json, if anything: the page says it in one sentence and goes on. */
export type ConfigProblem = 'unreadable' | 'checklist' | 'endpoint'

/**
 * Whether the page's own Content-Security-Policy (its meta tag: `connect-src`) lets it reach the
 * endpoint. The page never tries an endpoint its policy does not name: config.json is read at run
 * time, but the policy is fixed when the copy is written (`serve --write-static … --endpoint …`),
 * so a config.json edited to point elsewhere is refused here, in words, rather than by the browser.
 * Only what the page's policy can hold is understood: 'self', exact origins, and no wildcards.
 */
export function endpointAllowed(endpoint: string, policy: string | undefined, pageOrigin: string): boolean {
  if (endpoint === '') return true
  let origin: string
  try {
    origin = new URL(endpoint).origin
  } catch {
    return false
  }
  if (policy === undefined) return origin === pageOrigin
  const directive = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name?.toLowerCase() === 'connect-src')
  const sources = directive?.slice(1) ?? []
  return sources.some((source) =>
    source === "'self'" ? origin === pageOrigin : source.replace(/\/$/, '') === origin,
  )
}

/**
 * Fetches config.json from beside the page (same origin only) and judges the practice's checklist
 * in it with the CLI's own validators and cross-checks (src/web/practice-checklist.ts, loaded only
 * when there is a checklist). A checklist with any problem is left out whole: the page asks the
 * built-in questions and says so.
 */
export async function loadConfig(
  fetcher: typeof fetch,
  base: string,
): Promise<{ config: PageConfig; problem?: ConfigProblem }> {
  let raw: unknown
  try {
    const response = await fetcher(new URL('config.json', base), { credentials: 'omit', cache: 'no-cache' })
    if (response.status === 404) return { config: { endpoint: '' } }
    if (!response.ok) return { config: { endpoint: '' }, problem: 'unreadable' }
    raw = await response.json()
  } catch {
    return { config: { endpoint: '' }, problem: 'unreadable' }
  }
  const config = readConfig(raw)
  if (!isObject(raw) || raw.checklist == null) return { config }
  try {
    const { practiceChecklist } = await import('./practice-checklist.js')
    const checklist = practiceChecklist(raw.checklist)
    return checklist ? { config: { ...config, checklist } } : { config, problem: 'checklist' }
  } catch {
    // The validator could not load (a broken static copy): the built-in questions, said plainly.
    return { config, problem: 'checklist' }
  }
}
