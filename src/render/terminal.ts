import type { CheckResult, Measurement, Report } from '../report/model.js'
import type { Thing } from '../report/to-do.js'
import { sanitizeReport } from './sanitize-report.js'
import { symbolFor, type Style } from './style.js'
import { colorFor, paint } from './paint.js'
import type { Msg } from '../messages/index.js'
import {
  confidenceWords,
  countsLine,
  formatValue,
  groupedSteps,
  languageOf,
  practiceLabel,
  reassurance,
  samplesWords,
  sessionWords,
  stepHeading,
  verdictHeadline,
  browserGapLine,
  wordsFor,
} from './wording.js'
import { displayWidth, wrapText } from '../text/wrap.js'
import type { ChalkInstance } from 'chalk'

const TITLE_WIDTH = 15
const INDENT = 2

function verdictStatus(report: Report): 'pass' | 'warn' | 'fail' | 'error' {
  return (
    { ready: 'pass', 'ready-with-cautions': 'warn', 'not-ready': 'fail', incomplete: 'error' } as const
  )[report.verdict]
}

/** Wraps text into a column that starts `indent` columns in. */
function column(text: string, indent: number, width: number): string[] {
  return wrapText(text, width - indent).map((line) => ' '.repeat(indent) + line)
}

/**
 * A practice's own words, as a quote: every line starts with a bar, indented, so nothing a
 * practice writes can stand on a line of its own that looks like the tool's verdict or advice.
 */
function quoted(text: string, style: Style, lead = ''): string[] {
  const bar = `${' '.repeat(INDENT)}${style.unicode ? '│' : '|'} `
  const hang = ' '.repeat(displayWidth(lead))
  return wrapText(text, style.width - bar.length - displayWidth(lead)).map(
    (line, index) => bar + (index === 0 ? lead : hang) + line,
  )
}

/** "From <practice>:", wrapped so that a long name goes on under a bar, never onto a bare line. */
function labelLines(report: Pick<Report, 'practice' | 'lang'>, style: Style, indent = 0): string[] {
  const [first = '', ...rest] = wrapText(
    practiceLabel(report, wordsFor(report)),
    style.width - indent - INDENT - 2,
  )
  return [
    ' '.repeat(indent) + first,
    ...rest
      .flatMap((line) => quoted(line, { ...style, width: style.width - indent }))
      .map((line) => ' '.repeat(indent) + line),
  ]
}

/** "tool 1.2.3 · video session", and the practice's welcome under its name. */
function headerLines(
  report: Pick<Report, 'tool' | 'session' | 'practice' | 'lang'> &
    Partial<Pick<Report, 'checks' | 'unchecked'>>,
  style: Style,
  chalk: ChalkInstance,
): string[] {
  const dot = style.unicode ? ' · ' : ' - '
  const lines = wrapText(
    `${report.tool.name} ${report.tool.version}${dot}${sessionWords(report, wordsFor(report))}`,
    style.width,
  ).map((line) => chalk.dim(line))
  if (report.practice) {
    lines.push(...labelLines(report, style).map((line) => chalk.bold(line)))
    if (report.practice.welcome) lines.push(...quoted(report.practice.welcome, style))
  }
  return lines
}

function renderCheck(check: CheckResult, report: Report, style: Style, chalk: ChalkInstance): string[] {
  const symbolWidth = (style.unicode ? 1 : 4) + 1
  const textColumn = INDENT + symbolWidth + TITLE_WIDTH
  const color = colorFor(check.status, chalk)
  const symbol = symbolFor(check.status, style).padEnd(symbolWidth - 1)
  // Some terminals draw ✔ and ✖ two columns wide (string-width counts them so): the first line
  // then starts one column later, so every line is wrapped one column narrower to stay on screen.
  const wide = Math.max(0, displayWidth(symbol.trimEnd()) - (symbolWidth - 1))
  const summary = wrapText(check.summary, style.width - textColumn - wide).map(
    (line) => ' '.repeat(textColumn) + line,
  )
  const head = `${' '.repeat(INDENT)}${color(symbol)} `
  // A title too long for its column ("Camera and microphone") gets a line of its own, so the
  // summary keeps its column and wraps cleanly on a narrow screen.
  const lines =
    check.title.length < TITLE_WIDTH
      ? [
          `${head}${chalk.bold(check.title.padEnd(TITLE_WIDTH))}${summary[0]?.slice(textColumn) ?? ''}`,
          ...summary.slice(1),
        ]
      : [`${head}${chalk.bold(check.title)}`, ...summary]
  if (style.verbosity === 'verbose')
    lines.push(...verboseFacts(check, report, style, textColumn).map((line) => chalk.dim(line)))
  return lines
}

/** Figures, identifiers and timings under a check; a practice's questions are quoted under its name. */
function verboseFacts(check: CheckResult, report: Report, style: Style, textColumn: number): string[] {
  const words = wordsFor(report)
  const language = languageOf(report)
  const fact = (measurement: Measurement): string => {
    const { samples, confidence } = measurement
    const extra = [
      !samples ? '' : samplesWords(samples, words),
      confidence ? confidenceWords(confidence, words) : '',
    ]
      .filter(Boolean)
      .join(', ')
    const text = words('report.labelled', {
      label: measurement.label,
      value: formatValue(measurement.value, words, language, measurement.unit),
    })
    return extra ? words('report.fact.extra', { fact: text, extra }) : text
  }
  const own = check.measurements.filter((m) => m.from !== 'practice')
  const theirs = check.measurements.filter((m) => m.from === 'practice')
  const lines = [
    ...own.map(fact),
    ...Object.entries(check.identifiers ?? {}).map(([key, value]) =>
      words('report.labelled', { label: key, value }),
    ),
    ...(check.error ? [words('report.fact.reason', { reason: check.error })] : []),
    words('report.fact.took', { milliseconds: check.durationMs }),
  ].flatMap((text) => column(text, textColumn + 2, style.width))
  if (theirs.length === 0) return lines
  const answer = (m: Measurement): string =>
    words('report.practiceAnswer', { question: m.label, answer: formatValue(m.value, words, language) })
  const quotes = theirs.flatMap((m) => quoted(answer(m), { ...style, width: style.width - textColumn }))
  return [
    ...lines,
    ...labelLines(report, { ...style, width: style.width }, textColumn + 2),
    ...quotes.map((line) => ' '.repeat(textColumn) + line),
  ]
}

/**
 * The things to do, grouped: must-do first, then worth a look; each thing marked by its group's
 * symbol, the steps that go with it (its alternatives, its "then …") under it with a plain bullet,
 * so the marks counted are the number the headline says.
 */
function renderSteps(report: Report, style: Style, chalk: ChalkInstance): string[] {
  const words = wordsFor(report)
  const groups = groupedSteps(report)
  const lines: string[] = []
  const bullet = style.unicode ? '·' : '-'
  for (const priority of ['must', 'consider'] as const) {
    const { tool, practice } = groups[priority]
    if (tool.length + practice.length === 0) continue
    const status = priority === 'must' ? 'fail' : 'warn'
    const mark = symbolFor(status, style)
    const lead = `${mark} `
    lines.push(
      '',
      chalk.bold(words('report.label', { label: stepHeading(priority, 'client', words, report) })),
    )
    for (const thing of tool) {
      const [head = '', ...tail] = column(thing.text, INDENT + lead.length, style.width)
      lines.push(' '.repeat(INDENT) + colorFor(status, chalk)(mark) + ' ' + head.trimStart(), ...tail)
      lines.push(...moreLines(thing, INDENT + lead.length, bullet, style.width))
    }
    if (practice.length > 0) {
      lines.push(...labelLines(report, style, INDENT))
      lines.push(
        ...practice.flatMap((thing: Thing) => [
          ...quoted(thing.text, style, lead),
          ...thing.more.flatMap((text) => quoted(text, style, `${' '.repeat(lead.length)}${bullet} `)),
        ]),
      )
    }
  }
  return lines
}

/** The steps that go with a thing, each under a plain bullet, indented under the thing's text. */
function moreLines(thing: Thing, indent: number, bullet: string, width: number): string[] {
  return thing.more.flatMap((text) => {
    const [head = '', ...tail] = column(text, indent + bullet.length + 1, width)
    return [' '.repeat(indent) + bullet + ' ' + head.trimStart(), ...tail]
  })
}

/**
 * The first lines of the terminal report. An interactive run prints them before the first
 * question, and then renders the report with `header: false`.
 */
export function renderTerminalHeader(
  report: Pick<Report, 'tool' | 'session' | 'practice' | 'lang'>,
  style: Style,
): string {
  return headerLines(sanitizeReport(report as Report), style, paint(style)).join('\n') + '\n'
}

/** The report for a person at a terminal: verdict first, a line per check, the steps, a summary, the crisis line. */
export function renderTerminal(input: Report, style: Style): string {
  const report = sanitizeReport(input)
  const words: Msg = wordsFor(report)
  const chalk = paint(style)
  const status = verdictStatus(report)
  const paintVerdict = (text: string): string => chalk.bold(colorFor(status, chalk)(text))
  const symbol = symbolFor(status, style)
  const headline = verdictHeadline(report)
  // --quiet is one line, for scripts and prompts; the full report wraps it under its symbol.
  if (style.verbosity === 'quiet') return paintVerdict(`${symbol} ${headline}`) + '\n'
  const verdict = wrapText(headline, style.width - displayWidth(symbol) - 1)
    .map((line, index) => paintVerdict(`${index === 0 ? symbol : ' '.repeat(symbol.length)} ${line}`))
    .join('\n')
  const header = style.header === false ? [] : [...headerLines(report, style, chalk), '']
  const gapLine = browserGapLine(report, words)
  const gap = gapLine ? ['', ...wrapText(gapLine, style.width)] : []
  const body = report.checks.flatMap((check) => renderCheck(check, report, style, chalk))
  const calm = reassurance(report, 'client', words).flatMap((line) => ['', ...wrapText(line, style.width)])
  const crisis = wrapText(report.crisis.text, style.width).map((line) => chalk.dim(line))
  const summary = wrapText(countsLine(report, words, style.unicode ? ' · ' : ', '), style.width).map((line) =>
    chalk.dim(line),
  )
  return [
    ...header,
    verdict,
    ...gap,
    ...(body.length ? ['', ...body] : []),
    ...renderSteps(report, style, chalk),
    '',
    ...summary,
    ...calm,
    '',
    ...crisis,
    '',
  ].join('\n')
}

/** The same report as plain text, for a .txt file: no colour, Unicode symbols, 80 columns. */
export function renderText(report: Report): string {
  return renderTerminal(report, { color: false, unicode: true, width: 80, verbosity: 'verbose' })
}
