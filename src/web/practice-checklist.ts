/**
 * The practice's checklist from config.json, judged as the CLI judges a checklist file: the same
 * pre-generated ajv validators (which run without eval under the page's CSP), cross-checks and
 * size limit (`checklistFromValue`). config.json is already parsed, so the YAML reader is left
 * out of the page (it was 30 KB of its 150 KB); a test checks both paths agree. Loaded only when
 * config.json names a checklist, so a page without one downloads none of it.
 */
import { checklistFromValue } from '../checks/checklist/checklist-value.js'
import type { ChecklistFile } from '../checks/checklist/types.js'

/** The CLI's limit on a checklist file or download (MAX_SOURCE_BYTES in read-source.ts). */
const MAX_CHECKLIST_CHARACTERS = 64 * 1024

/** The checklist, validated and cleaned; undefined when it has any problem the CLI would list. */
export function practiceChecklist(value: unknown): ChecklistFile | undefined {
  const text = JSON.stringify(value, null, 1)
  if (typeof text !== 'string' || text.length > MAX_CHECKLIST_CHARACTERS) return undefined
  return checklistFromValue(value)
}
