import type { Report } from '../report/model.js'
import { escapeMarkdown } from '../text/sanitize.js'
import { sanitizeReport } from './sanitize-report.js'
import { formatTime, formatValue, identifierLabel, sessionWords, statusWords, verdictHeadline } from './wording.js'

const statusEmoji = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' } as const

/** The report as Markdown, to paste into an email or a support ticket. */
export function renderMarkdown(input: Report): string {
  const report = sanitizeReport(input)
  const md = escapeMarkdown
  const lines = [`# Session readiness: ${md(verdictHeadline(report.verdict, report.counts))}`, '']
  if (report.practice) {
    lines.push(`For **${md(report.practice.name)}**.${report.practice.welcome ? ` ${md(report.practice.welcome)}` : ''}`, '')
  }
  lines.push(
    `Checked for a ${sessionWords(report)} on ${formatTime(report.startedAt)} with ${md(report.tool.name)} ${md(report.tool.version)}.`,
    '',
    '| Check | Result | What it found |',
    '| --- | --- | --- |',
    ...report.checks.map(
      (check) => `| ${md(check.title)} | ${statusEmoji[check.status]} ${statusWords[check.status]} | ${md(check.summary)} |`,
    ),
    '',
  )
  const withAdvice = report.checks.filter((check) => check.advice.length > 0)
  if (withAdvice.length > 0) {
    lines.push('## What to do', '')
    for (const check of withAdvice) {
      lines.push(`**${md(check.title)}**`, '', ...check.advice.map((step) => `- ${md(step)}`), '')
    }
  }
  const measured = report.checks.filter((check) => check.measurements.length > 0 || Object.keys(check.identifiers ?? {}).length > 0)
  if (measured.length > 0) {
    lines.push('## Measurements', '')
    for (const check of measured) {
      lines.push(`**${md(check.title)}**`, '')
      for (const m of check.measurements) lines.push(`- ${md(m.label)}: ${md(formatValue(m.value, m.unit))}`)
      for (const [key, value] of Object.entries(check.identifiers ?? {})) lines.push(`- ${md(identifierLabel(key))}: ${codeSpan(value)}`)
      lines.push('')
    }
  }
  lines.push('---', '', `_${md(report.crisis.text)}_`, '')
  return lines.join('\n')
}

/**
 * Names from outside (a network name) go in a code span: Markdown shows its content literally,
 * and GitHub does not turn a bare address inside one into a link. The fence is longer than any
 * run of backticks in the text, so the text cannot close it.
 */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence} ${text} ${fence}`
}
