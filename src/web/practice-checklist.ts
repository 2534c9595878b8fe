/**
 * The practice's checklist from config.json, judged exactly as the CLI judges a checklist file:
 * the same parse path (`parseChecklist`: the YAML reader, which reads JSON too, its pre-scan
 * limits, the pre-generated ajv validators, which run without eval under the page's CSP, and the
 * cross-checks), the same size limit. Loaded only when config.json names a checklist, so a page
 * without one downloads none of it.
 */
import { parseChecklist } from '../checks/checklist/load-checklist.js'
import type { ChecklistFile } from '../checks/checklist/types.js'
import type { Msg } from '../messages/index.js'

/** The CLI's limit on a checklist file or download (MAX_SOURCE_BYTES in read-source.ts). */
const MAX_CHECKLIST_CHARACTERS = 64 * 1024

/** The checklist, validated and cleaned; undefined when it has any problem the CLI would list. */
export function practiceChecklist(value: unknown, msg: Msg): ChecklistFile | undefined {
  const text = JSON.stringify(value, null, 1)
  if (typeof text !== 'string' || text.length > MAX_CHECKLIST_CHARACTERS) return undefined
  return parseChecklist(text, msg).checklist
}
