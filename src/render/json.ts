import type { Report } from '../report/model.js'
import { sanitizeReport } from './sanitize-report.js'

/** The report as one JSON document, two-space indented, ending in a newline. */
export function renderJson(report: Report): string {
  return JSON.stringify(sanitizeReport(report), null, 2) + '\n'
}
