import type { CountByStatus, Report, Status, Verdict } from '../report/model.js'

/** Plain words for each status, used in Markdown, HTML and text where a symbol alone is not enough. */
export const statusWords: Record<Status, string> = {
  pass: 'Fine',
  warn: 'Worth a look',
  fail: 'Fix before the session',
  skip: 'Skipped',
  error: 'Could not check',
}

function things(count: number): string {
  return count === 1 ? '1 thing' : `${count} things`
}

/** The verdict as one calm sentence. */
export function verdictHeadline(verdict: Verdict, counts: CountByStatus): string {
  switch (verdict) {
    case 'ready':
      return "You're ready for your session."
    case 'ready-with-cautions':
      return `You're ready, with ${things(counts.warn)} worth a look.`
    case 'not-ready':
      return `Not ready yet: ${things(counts.fail)} to fix before your session.`
    case 'incomplete':
      return 'Some checks could not run, so this is not the full picture.'
  }
}

/** The short summary line that ends the terminal report. */
export function countsLine(counts: CountByStatus): string {
  const parts = [
    `${counts.pass} fine`,
    `${counts.warn} worth a look`,
    `${counts.fail} to fix`,
    ...(counts.skip ? [`${counts.skip} skipped`] : []),
    ...(counts.error ? [`${counts.error} could not check`] : []),
  ]
  return parts.join(' · ')
}

export function sessionWords(report: Pick<Report, 'session'>): string {
  return { video: 'video session', audio: 'audio or phone session', text: 'text or chat session' }[report.session]
}

/** 2026-11-24 18:59 UTC: fixed, so renderers stay pure and tests stable. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}

/** A measurement's value with its unit, for people. */
export function formatValue(value: number | string | boolean | null, unit?: string): string {
  if (value === null) return 'unknown'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  const shown = typeof value === 'number' ? String(Number.isInteger(value) ? value : Number(value.toFixed(value < 10 ? 2 : 1))) : value
  return unit ? `${shown} ${unit}` : shown
}

/** Plain labels for the identifying details a check may carry; reports show them only with --include-identifiers. */
const identifierLabels: Record<string, string> = { networkName: 'Network name', bssid: 'Access point (BSSID)', proxy: 'Proxy', meetingLink: 'Meeting link', meetingLinkTarget: 'Where the meeting link leads' }

export function identifierLabel(key: string): string {
  return identifierLabels[key] ?? key
}
