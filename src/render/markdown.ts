import type { AdviceStep, Report } from '../report/model.js'
import { escapeMarkdown } from '../text/sanitize.js'
import { sanitizeReport } from './sanitize-report.js'
import type { RenderOptions } from './options.js'
import {
  formatTime, formatValue, groupedSteps, identifierLabel, practiceLabel, practiceName, reassurance, sessionWords, statusWords, stepHeadings, verdictHeadline,
} from './wording.js'

const statusEmoji = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' } as const
const stepMark = { must: '❌ **Fix:**', consider: '⚠️ **Worth a look:**' } as const

// Bare web addresses and e-mail addresses: GitHub and most Markdown viewers turn these into links
// (GFM "autolinks", markdown-it's linkify) even with every Markdown character escaped.
const linkLike = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?/gi

/**
 * A practice's text for Markdown: escaped, and every address-like word put in a code span, which
 * viewers show literally and never link. A practice's words can then never become a link that
 * looks like ours.
 */
export function practiceMarkdown(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(linkLike)) {
    // A full stop or bracket after an address ends the sentence, not the address.
    const address = match[0].replace(/[.,;:!?)\]]+$/, '')
    out += escapeMarkdown(text.slice(last, match.index)) + codeSpan(address)
    last = match.index + address.length
  }
  return out + escapeMarkdown(text.slice(last))
}

function stepLines(steps: readonly AdviceStep[], practice: readonly AdviceStep[], priority: AdviceStep['priority'], report: Report): string[] {
  const lines = steps.map((step) => `- ${stepMark[priority]} ${escapeMarkdown(step.text)}`)
  if (practice.length > 0) {
    lines.push(`- **${practiceHeading(report)}:**`, ...practice.map((step) => `  > ${stepMark[priority]} ${practiceMarkdown(step.text)}`))
  }
  return lines
}

/** "From <practice>", with the name treated as the practice's text (its addresses never become links). */
function practiceHeading(report: Report): string {
  const name = practiceName(report)
  return name ? `From ${practiceMarkdown(name)}` : escapeMarkdown(practiceLabel(report))
}

/** The report as Markdown, to paste into an email or a support ticket. */
export function renderMarkdown(input: Report, options: RenderOptions = {}): string {
  const report = sanitizeReport(input)
  const md = escapeMarkdown
  const lines = [`# Session readiness: ${md(verdictHeadline(report))}`, '']
  if (report.practice) {
    lines.push(`**${practiceHeading(report)}:**`, '')
    if (report.practice.welcome) lines.push(`> ${practiceMarkdown(report.practice.welcome)}`, '')
  }
  lines.push(
    `Checked for ${report.session === 'audio' ? 'an' : 'a'} ${sessionWords(report)} on ${md(formatTime(report.startedAt, options.timeZone))} with ${md(report.tool.name)} ${md(report.tool.version)}.`,
    '',
    '| Check | Result | What it found |',
    '| --- | --- | --- |',
    ...report.checks.map(
      (check) => `| ${md(check.title)} | ${statusEmoji[check.status]} ${statusWords[check.status]} | ${md(check.summary)} |`,
    ),
    '',
  )
  const groups = groupedSteps(report)
  for (const priority of ['must', 'consider'] as const) {
    const { tool, practice } = groups[priority]
    if (tool.length + practice.length === 0) continue
    lines.push(`## ${stepHeadings.client[priority]}`, '', ...stepLines(tool, practice, priority, report), '')
  }
  const measured = report.checks.filter((check) => check.measurements.length > 0 || Object.keys(check.identifiers ?? {}).length > 0)
  if (measured.length > 0) {
    lines.push('## Measurements', '')
    for (const check of measured) {
      lines.push(`**${md(check.title)}**`, '')
      for (const m of check.measurements.filter((m) => m.from !== 'practice')) lines.push(`- ${md(m.label)}: ${md(formatValue(m.value, m.unit))}`)
      for (const [key, value] of Object.entries(check.identifiers ?? {})) lines.push(`- ${md(identifierLabel(key))}: ${codeSpan(value)}`)
      const theirs = check.measurements.filter((m) => m.from === 'practice')
      if (theirs.length > 0) {
        lines.push(`- **${practiceHeading(report)}:**`, ...theirs.map((m) => `  > ${practiceMarkdown(m.label)} **${md(formatValue(m.value))}**`))
      }
      lines.push('')
    }
  }
  if (report.verdict === 'not-ready') lines.push(md(reassurance.client), '')
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
