/**
 * What `serve` needs for the web check's page: the practice's checklist (--checklist), validated at
 * start exactly as `checklist validate` does it, and the page's routes. Kept apart from serve.ts, so
 * the server's own options stay where they are.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { messagesFor, type Language, type Msg, type PlainKey } from '../messages/index.js'
import type { Io } from '../io.js'
import { UsageError, describeFileError } from '../errors.js'
import { sanitizeText } from '../text/sanitize.js'
import { judgeChecklist } from './checklist.js'
import { readSource } from '../checks/checklist/read-source.js'
import type { ChecklistFile } from '../checks/checklist/types.js'
import { toolFetch } from '../net/tool-fetch.js'
import { createPageRoutes, findPageDir, withConnectSources, type PageRoutes } from '../net/page-routes.js'

/** A checklist that failed validation: what `checklist validate` said about it. */
export class InvalidChecklist extends Error {
  constructor(readonly report: string) {
    super('The checklist is not valid.')
  }
}

/**
 * Reads the checklist once (a file, or one fetch of an https URL) and validates that very text
 * with `checklist validate`'s own code and words: the copy validated is the copy served. Throws
 * InvalidChecklist with its report when the file has problems, and the usual UsageError when it
 * cannot be read at all.
 */
export async function loadServeChecklist(
  source: string,
  io: Io,
  lang: Language,
  fetch: typeof globalThis.fetch = toolFetch(io.env),
): Promise<ChecklistFile> {
  const msg = messagesFor(lang)
  // The practice's own command: its own network is allowed for the address it typed (README, "Hosting").
  const file = await readSource(source, {
    cwd: io.cwd,
    fetch,
    what: 'checklist',
    allowUrl: true,
    msg,
    privateAddressGiven: 'allowed',
  })
  const { report, checklist } = judgeChecklist(file, lang)
  if (!checklist) throw new InvalidChecklist(report)
  return checklist
}

/** The page's routes, or undefined when the page was not built. */
export function pageRoutes(checklist: ChecklistFile | undefined): PageRoutes | undefined {
  const dir = findPageDir()
  return dir ? createPageRoutes(dir, { endpoint: '', checklist: checklist ?? null }) : undefined
}

/** The endpoint a static copy measures against: an http(s) address, no credentials, query or fragment. */
export function parseEndpoint(raw: string, say: Msg): URL {
  let url: URL | undefined
  try {
    url = new URL(raw)
  } catch {
    url = undefined
  }
  if (
    !url ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  )
    throw new UsageError(say('serve.flag.endpoint', { value: raw }))
  return url
}

/** The files a previous --write-static left, which a new one may replace. */
const PAGE_FILE = /^(index\.html|app\.js|app\.css|config\.json|chunk-[A-Z0-9]+\.js)$/

/**
 * `serve --write-static <dir> [--endpoint <url>] [--checklist <file|url>]`: writes the web check as
 * static files for any static host, with a config.json naming the endpoint and the checklist (read
 * and validated once, as serve does), and a meta Content-Security-Policy that lets the page reach
 * only its own origin and that endpoint's. Each file is written beside its place and renamed in,
 * so no half-written file is left.
 */
export function writeStaticCopy(
  target: string,
  options: { endpoint?: URL; checklist?: ChecklistFile },
  io: Io,
  say: Msg,
): void {
  const source = findPageDir()
  if (!source) throw new UsageError(say('serve.static.noPage'))
  const dir = resolve(io.cwd, target)
  const shown = sanitizeText(target, 300)
  let existing: string[] = []
  try {
    existing = readdirSync(dir)
  } catch {
    existing = []
  }
  if (existing.some((name) => !PAGE_FILE.test(name)))
    throw new UsageError(say('serve.static.notEmpty', { dir: shown }))
  const files = new Map<string, string | Buffer>()
  for (const name of readdirSync(source))
    if (PAGE_FILE.test(name) && name !== 'config.json') files.set(name, readFileSync(join(source, name)))
  const origins = options.endpoint ? [options.endpoint.origin] : []
  files.set('index.html', withConnectSources(String(files.get('index.html') ?? ''), origins))
  files.set(
    'config.json',
    `${JSON.stringify({ endpoint: options.endpoint?.href.replace(/\/$/, '') ?? '', checklist: options.checklist ?? null }, null, 2)}\n`,
  )
  try {
    mkdirSync(dir, { recursive: true })
    for (const [name, body] of files) {
      const temp = join(dir, `.${name}.${process.pid}.tmp`)
      writeFileSync(temp, body, { mode: 0o644 })
      renameSync(temp, join(dir, name))
    }
    // Chunks of an older copy that this one does not use.
    for (const name of existing) if (!files.has(name)) rmSync(join(dir, name), { force: true })
  } catch (error) {
    const { what } = describeFileError(error)
    throw new UsageError(say('serve.static.failed', { dir: shown, why: say(what as PlainKey) }), {
      cause: error,
    })
  }
  io.stdout.write(
    `${
      options.endpoint
        ? say('serve.static.wrote', { dir: shown, endpoint: options.endpoint.origin })
        : say('serve.static.wroteSelf', { dir: shown })
    }\n`,
  )
}
