import type { ReportFormat } from '../options.js'
import type { Report } from '../report/model.js'
import { renderHtml } from './html.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './markdown.js'
import { renderText } from './terminal.js'
import type { RenderOptions } from './options.js'

export { renderTerminal, renderTerminalHeader, renderText } from './terminal.js'
export type { RenderOptions } from './options.js'
export { renderJson } from './json.js'
export { renderMarkdown } from './markdown.js'
export { renderHtml } from './html.js'

const renderers: Record<ReportFormat, (report: Report, options?: RenderOptions) => string> = {
  json: renderJson,
  md: renderMarkdown,
  html: renderHtml,
  txt: renderText,
}

/** The renderer for a report file's format. */
export function rendererFor(format: ReportFormat): (report: Report, options?: RenderOptions) => string {
  return renderers[format]
}
