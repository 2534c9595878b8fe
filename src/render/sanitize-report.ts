import type { Report } from '../report/model.js'
import { sanitizeText } from '../text/sanitize.js'

const MAX_FIELD_LENGTH = 2000

function clean(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeText(value, MAX_FIELD_LENGTH)
  if (Array.isArray(value)) return value.map(clean)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [sanitizeText(key, 100), clean(inner)]),
    )
  }
  return value
}

/**
 * Every string in the report, cleaned of escapes, control characters and bidi overrides.
 * Each renderer starts here, so no report, however it was built, can reach a terminal or a file
 * with something that moves the cursor or spoofs a line.
 */
export function sanitizeReport(report: Report): Report {
  return clean(report) as Report
}
