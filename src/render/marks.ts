/**
 * The marks a report shows in a page (the saved HTML report and the web check's own view): the
 * class, symbol and catalogue word of each verdict, check status and kind of step. One table, so
 * the page on screen and the saved report always mark things alike.
 */
export const verdictClass = {
  ready: 'pass',
  'ready-with-cautions': 'warn',
  'not-ready': 'fail',
  incomplete: 'error',
} as const
export const verdictMark = {
  ready: { symbol: '✔', word: 'report.mark.ready' },
  'ready-with-cautions': { symbol: '▲', word: 'report.mark.ready' },
  'not-ready': { symbol: '✖', word: 'report.mark.notReady' },
  incomplete: { symbol: '?', word: 'report.mark.incomplete' },
} as const
// A report on the meeting link alone is never marked "Ready": it says nothing about the session.
export const linkMark = {
  ready: { symbol: '✔', word: 'report.mark.linkReady' },
  'ready-with-cautions': { symbol: '▲', word: 'report.mark.linkCautions' },
  'not-ready': { symbol: '✖', word: 'report.mark.linkNotReady' },
  incomplete: { symbol: '?', word: 'report.mark.incomplete' },
} as const
export const statusMark = { pass: '✔', warn: '▲', fail: '✖', skip: '–', error: '?' } as const
export const stepMark = {
  must: { cls: 'fail', symbol: '✖', word: 'report.mark.fix' },
  consider: { cls: 'warn', symbol: '▲', word: 'report.mark.consider' },
} as const
