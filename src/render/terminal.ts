import type { AdviceStep, CheckResult, Report } from '../report/model.js'
import { sanitizeReport } from './sanitize-report.js'
import { colorFor, paint, symbolFor, type Style } from './style.js'
import { countsLine, formatValue, groupedSteps, practiceLabel, reassurance, samplesWords, sessionWords, stepHeadings, verdictHeadline } from './wording.js'
import { wrapText } from '../text/wrap.js'
import type { ChalkInstance } from 'chalk'

const TITLE_WIDTH = 15
const INDENT = 2

function verdictStatus(report: Report): 'pass' | 'warn' | 'fail' | 'error' {
  return ({ ready: 'pass', 'ready-with-cautions': 'warn', 'not-ready': 'fail', incomplete: 'error' } as const)[report.verdict]
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
  const hang = ' '.repeat(lead.length)
  return wrapText(text, style.width - bar.length - lead.length).map((line, index) => bar + (index === 0 ? lead : hang) + line)
}

/** "From <practice>:", wrapped so that a long name goes on under a bar, never onto a bare line. */
function labelLines(report: Pick<Report, 'practice'>, style: Style, indent = 0): string[] {
  const [first = '', ...rest] = wrapText(`${practiceLabel(report)}:`, style.width - indent - INDENT - 2)
  return [' '.repeat(indent) + first, ...rest.flatMap((line) => quoted(line, { ...style, width: style.width - indent })).map((line) => ' '.repeat(indent) + line)]
}

/** "tool 1.2.3 · video session", and the practice's welcome under its name. */
function headerLines(report: Pick<Report, 'tool' | 'session' | 'practice'>, style: Style, chalk: ChalkInstance): string[] {
  const dot = style.unicode ? ' · ' : ' - '
  const lines = wrapText(`${report.tool.name} ${report.tool.version}${dot}${sessionWords(report)}`, style.width).map((line) => chalk.dim(line))
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
  const summary = wrapText(check.summary, style.width - textColumn).map((line) => ' '.repeat(textColumn) + line)
  const head = `${' '.repeat(INDENT)}${color(symbol)} `
  // A title too long for its column ("Camera and microphone") gets a line of its own, so the
  // summary keeps its column and wraps cleanly on a narrow screen.
  const lines =
    check.title.length < TITLE_WIDTH
      ? [`${head}${chalk.bold(check.title.padEnd(TITLE_WIDTH))}${summary[0]?.slice(textColumn) ?? ''}`, ...summary.slice(1)]
      : [`${head}${chalk.bold(check.title)}`, ...summary]
  if (style.verbosity === 'verbose') lines.push(...verboseFacts(check, report, style, textColumn).map((line) => chalk.dim(line)))
  return lines
}

/** Figures, identifiers and timings under a check; a practice's questions are quoted under its name. */
function verboseFacts(check: CheckResult, report: Report, style: Style, textColumn: number): string[] {
  const fact = (label: string, value: string, samples?: number, confidence?: string): string => {
    const extra = [samples === undefined ? '' : samplesWords(samples), confidence ? `${confidence} confidence` : ''].filter(Boolean).join(', ')
    return `${label}: ${value}${extra ? ` (${extra})` : ''}`
  }
  const own = check.measurements.filter((m) => m.from !== 'practice')
  const theirs = check.measurements.filter((m) => m.from === 'practice')
  const lines = [
    ...own.map((m) => fact(m.label, formatValue(m.value, m.unit), m.samples, m.confidence)),
    ...Object.entries(check.identifiers ?? {}).map(([key, value]) => `${key}: ${value}`),
    ...(check.error ? [`Reason: ${check.error}`] : []),
    `Took ${check.durationMs} ms`,
  ].flatMap((text) => column(text, textColumn + 2, style.width))
  if (theirs.length === 0) return lines
  const quotes = theirs.flatMap((m) => quoted(`${m.label} ${formatValue(m.value)}`, { ...style, width: style.width - textColumn }))
  return [...lines, ...labelLines(report, { ...style, width: style.width }, textColumn + 2), ...quotes.map((line) => ' '.repeat(textColumn) + line)]
}

/** The steps, grouped: must-do first, then worth a look; each marked by a symbol and its group's heading. */
function renderSteps(report: Report, style: Style, chalk: ChalkInstance): string[] {
  const groups = groupedSteps(report)
  const lines: string[] = []
  for (const priority of ['must', 'consider'] as const) {
    const { tool, practice } = groups[priority]
    if (tool.length + practice.length === 0) continue
    const status = priority === 'must' ? 'fail' : 'warn'
    const mark = symbolFor(status, style)
    const lead = `${mark} `
    lines.push('', chalk.bold(`${stepHeadings.client[priority]}:`))
    for (const step of tool) {
      const [head = '', ...tail] = column(step.text, INDENT + lead.length, style.width)
      lines.push(' '.repeat(INDENT) + colorFor(status, chalk)(mark) + ' ' + head.trimStart(), ...tail)
    }
    if (practice.length > 0) {
      lines.push(...labelLines(report, style, INDENT))
      lines.push(...practice.flatMap((step: AdviceStep) => quoted(step.text, style, lead)))
    }
  }
  return lines
}

/**
 * The first lines of the terminal report. An interactive run prints them before the first
 * question, and then renders the report with `header: false`.
 */
export function renderTerminalHeader(report: Pick<Report, 'tool' | 'session' | 'practice'>, style: Style): string {
  return headerLines(sanitizeReport(report as Report), style, paint(style)).join('\n') + '\n'
}

/** The report for a person at a terminal: verdict first, a line per check, the steps, a summary, the crisis line. */
export function renderTerminal(input: Report, style: Style): string {
  const report = sanitizeReport(input)
  const chalk = paint(style)
  const status = verdictStatus(report)
  const paintVerdict = (text: string): string => chalk.bold(colorFor(status, chalk)(text))
  const symbol = symbolFor(status, style)
  const headline = verdictHeadline(report)
  // --quiet is one line, for scripts and prompts; the full report wraps it under its symbol.
  if (style.verbosity === 'quiet') return paintVerdict(`${symbol} ${headline}`) + '\n'
  const verdict = wrapText(headline, style.width - symbol.length - 1).map((line, index) => paintVerdict(`${index === 0 ? symbol : ' '.repeat(symbol.length)} ${line}`)).join('\n')
  const header = style.header === false ? [] : [...headerLines(report, style, chalk), '']
  const body = report.checks.flatMap((check) => renderCheck(check, report, style, chalk))
  const calm = report.verdict === 'not-ready' ? ['', ...wrapText(reassurance.client, style.width)] : []
  const crisis = wrapText(report.crisis.text, style.width).map((line) => chalk.dim(line))
  const summary = wrapText(countsLine(report.counts, style.unicode ? ' · ' : ', '), style.width).map((line) => chalk.dim(line))
  return [...header, verdict, ...(body.length ? ['', ...body] : []), ...renderSteps(report, style, chalk), '', ...summary, ...calm, '', ...crisis, ''].join('\n')
}

/** The same report as plain text, for a .txt file: no colour, Unicode symbols, 80 columns. */
export function renderText(report: Report): string {
  return renderTerminal(report, { color: false, unicode: true, width: 80, verbosity: 'verbose' })
}
