import type { AdviceStep, Report } from '../report/model.js'
import type { Thing } from '../report/to-do.js'
import { escapeMarkdown } from '../text/sanitize.js'
import { sanitizeReport } from './sanitize-report.js'
import type { RenderOptions } from './options.js'
import type { Msg } from '../messages/index.js'
import {
  formatTime,
  formatValue,
  groupedSteps,
  identifierLabel,
  languageOf,
  practiceName,
  reassurance,
  statusWord,
  stepHeading,
  subjectOf,
  verdictHeadline,
  browserGapLine,
  wordsFor,
} from './wording.js'

const statusEmoji = { pass: '✅', warn: '⚠️', fail: '❌', skip: '➖', error: '❔' } as const
const stepEmoji = { must: '❌', consider: '⚠️' } as const
const stepWord = { must: 'report.mark.fix', consider: 'report.mark.worthALook' } as const

/** "❌ **Fix:**", the mark before a step. */
function stepMark(priority: AdviceStep['priority'], m: Msg): string {
  return `${stepEmoji[priority]} **${escapeMarkdown(m('report.label', { label: m(stepWord[priority]) }))}**`
}

// Bare web addresses and e-mail addresses: GitHub and most Markdown viewers turn these into links
// (GFM "autolinks", markdown-it's linkify) even with every Markdown character escaped.
const linkLike =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?/gi

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

/** One item per thing to do; the steps that go with it are nested under it, unmarked. */
function stepLines(
  things: readonly Thing[],
  practice: readonly Thing[],
  priority: AdviceStep['priority'],
  report: Report,
): string[] {
  const mark = stepMark(priority, wordsFor(report))
  const lines = things.flatMap((thing) => [
    `- ${mark} ${escapeMarkdown(thing.text)}`,
    ...thing.more.map((text) => `  - ${escapeMarkdown(text)}`),
  ])
  if (practice.length > 0) {
    lines.push(
      `- **${practiceHeading(report)}**`,
      ...practice.flatMap((thing) => [
        `  > ${mark} ${practiceMarkdown(thing.text)}`,
        ...thing.more.map((text) => `  > ${practiceMarkdown(text)}`),
      ]),
    )
  }
  return lines
}

/** "From <practice>:", with the name treated as the practice's text (its addresses never become links). */
function practiceHeading(report: Report): string {
  const words = wordsFor(report)
  const name = practiceName(report)
  return name
    ? words('report.from', { practice: practiceMarkdown(name) })
    : escapeMarkdown(words('report.fromTherapist'))
}

/** The report as Markdown, to paste into an email or a support ticket. */
export function renderMarkdown(input: Report, options: RenderOptions = {}): string {
  const report = sanitizeReport(input)
  const md = escapeMarkdown
  const words = wordsFor(report)
  const language = languageOf(report)
  const lines = [`# ${words('report.title', { headline: md(verdictHeadline(report)) })}`, '']
  const gapLine = browserGapLine(report, words)
  if (gapLine) lines.push(md(gapLine), '')
  if (report.practice) {
    lines.push(`**${practiceHeading(report)}**`, '')
    if (report.practice.welcome) lines.push(`> ${practiceMarkdown(report.practice.welcome)}`, '')
  }
  const checkedFor = {
    time: md(formatTime(report.startedAt, words, options.timeZone)),
    tool: md(report.tool.name),
    version: md(report.tool.version),
  }
  lines.push(
    words(`report.checkedFor.${subjectOf(report)}`, checkedFor),
    '',
    `| ${md(words('report.table.check'))} | ${md(words('report.table.result'))} | ${md(words('report.table.found'))} |`,
    '| --- | --- | --- |',
    ...report.checks.map(
      (check) =>
        `| ${md(check.title)} | ${statusEmoji[check.status]} ${md(statusWord(check.status, words))} | ${md(check.summary)} |`,
    ),
    '',
  )
  const groups = groupedSteps(report)
  for (const priority of ['must', 'consider'] as const) {
    const { tool, practice } = groups[priority]
    if (tool.length + practice.length === 0) continue
    lines.push(
      `## ${md(stepHeading(priority, 'client', words, report))}`,
      '',
      ...stepLines(tool, practice, priority, report),
      '',
    )
  }
  const measured = report.checks.filter(
    (check) => check.measurements.length > 0 || Object.keys(check.identifiers ?? {}).length > 0,
  )
  if (measured.length > 0) {
    lines.push(`## ${md(words('report.measurements'))}`, '')
    for (const check of measured) {
      lines.push(`**${md(check.title)}**`, '')
      for (const m of check.measurements.filter((m) => m.from !== 'practice')) {
        lines.push(
          `- ${words('report.labelled', { label: md(m.label), value: md(formatValue(m.value, words, language, m.unit)) })}`,
        )
      }
      for (const [key, value] of Object.entries(check.identifiers ?? {})) {
        lines.push(
          `- ${words('report.labelled', { label: md(identifierLabel(key, words)), value: codeSpan(value) })}`,
        )
      }
      const theirs = check.measurements.filter((m) => m.from === 'practice')
      if (theirs.length > 0) {
        lines.push(
          `- **${practiceHeading(report)}**`,
          ...theirs.map(
            (m) => `  > ${practiceMarkdown(m.label)} **${md(formatValue(m.value, words, language))}**`,
          ),
        )
      }
      lines.push('')
    }
  }
  for (const line of reassurance(report, 'client', words)) lines.push(md(line), '')
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
