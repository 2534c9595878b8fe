/**
 * What `serve` needs for the web check's page: the practice's checklist (--checklist), validated at
 * start exactly as `checklist validate` does it, and the page's routes. Kept apart from serve.ts, so
 * the server's own options stay where they are.
 */
import { messagesFor, type Language } from '../messages/index.js'
import type { Io } from '../io.js'
import { judgeChecklist } from './checklist.js'
import { readSource } from '../checks/checklist/read-source.js'
import type { ChecklistFile } from '../checks/checklist/types.js'
import { toolFetch } from '../net/tool-fetch.js'
import { createPageRoutes, findPageDir, type PageRoutes } from '../net/page-routes.js'

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
