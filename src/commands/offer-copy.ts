import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../report/model.js'
import { renderHtml } from '../render/index.js'
import type { Prompter } from '../ui/prompter.js'
import { TOOL_NAME } from '../tool.js'
import type { Msg } from '../messages/index.js'

export interface OfferCopyOptions {
  prompter: Prompter
  cwd: string
  /** When the run started: the file is named after this day. */
  date: Date
  write(path: string, text: string): void
  out: { write(text: string): unknown }
  /** The reader's time zone, for the report's date and time. */
  timeZone?: string
  /** The run's sentences, in the person's language. */
  msg: Msg
}

/** session-checkup-2026-11-29.html, or -2, -3 … when that name is taken: never replaces a file. */
export function copyFileName(
  cwd: string,
  date: Date,
  exists: (path: string) => boolean = existsSync,
): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')
  for (let n = 1; ; n++) {
    const path = join(cwd, `${TOOL_NAME}-report-${day}${n === 1 ? '' : `-${n}`}.html`)
    if (!exists(path)) return path
  }
}

/**
 * At the end of an interactive run, asks once whether to save a copy for the therapist. On yes,
 * writes the report as a dated HTML file in the current folder and prints its full path. The
 * caller asks only when a person is there to answer (not with --no-input, --json or -o).
 */
export async function offerCopy(report: Report, options: OfferCopyOptions): Promise<string | undefined> {
  const m = options.msg
  // No default: Enter alone, or a key typed before the question was shown, answers nothing.
  const yes = await options.prompter.confirm({ message: m('main.offerCopy') })
  if (!yes) return undefined
  const path = copyFileName(options.cwd, options.date)
  options.write(path, renderHtml(report, { timeZone: options.timeZone }))
  options.out.write(`${m('main.copySaved', { path })}\n${m('main.copyAttach')}\n`)
  return path
}
