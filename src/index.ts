/** The programmatic API: the report model, the renderers, and main for embedding. */
export * from './report/model.js'
export { buildReport, redactIdentifiers, decideVerdict } from './report/build-report.js'
export { exitCodeFor, ExitCode } from './report/exit-code.js'
export { renderTerminal, renderText, renderJson, renderMarkdown, renderHtml } from './render/index.js'
export type { Check, CheckContext, CheckOutcome } from './checks/types.js'
export { main } from './main.js'
