import type { Status } from '../report/model.js'
import type { Verbosity } from '../options.js'

/** How a renderer should draw: colour on or off, Unicode or ASCII symbols, width, detail. */
export interface Style {
  color: boolean
  unicode: boolean
  /** Columns to wrap at; 80 unless the terminal says otherwise. */
  width: number
  verbosity: Verbosity
  /** false when the header was already printed (an interactive run prints it before the first question). */
  header?: boolean
}

export const plainStyle: Style = { color: false, unicode: true, width: 80, verbosity: 'normal' }

const unicodeSymbols: Record<Status, string> = { pass: '✔', warn: '▲', fail: '✖', skip: '–', error: '?' }
// ASCII fallback for consoles that cannot draw the symbols; words, so colour is never the only signal.
const asciiSymbols: Record<Status, string> = {
  pass: '[ok]',
  warn: '[!]',
  fail: '[x]',
  skip: '[-]',
  error: '[?]',
}

export function symbolFor(status: Status, style: Pick<Style, 'unicode'>): string {
  return (style.unicode ? unicodeSymbols : asciiSymbols)[status]
}
