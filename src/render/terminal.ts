import type { CheckResult, Report } from '../report/model.js'
import { sanitizeReport } from './sanitize-report.js'
import { colorFor, paint, symbolFor, type Style } from './style.js'
import { countsLine, formatValue, sessionWords, verdictHeadline } from './wording.js'
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

function renderCheck(check: CheckResult, style: Style, chalk: ChalkInstance): string[] {
  const symbolWidth = (style.unicode ? 1 : 4) + 1
  const textColumn = INDENT + symbolWidth + TITLE_WIDTH
  const color = colorFor(check.status, chalk)
  const symbol = symbolFor(check.status, style).padEnd(symbolWidth - 1)
  const title = check.title.length < TITLE_WIDTH ? check.title.padEnd(TITLE_WIDTH) : `${check.title} `
  const [first = '', ...rest] = wrapText(check.summary, style.width - textColumn)
  const lines = [`${' '.repeat(INDENT)}${color(symbol)} ${chalk.bold(title)}${first}`, ...rest.map((line) => ' '.repeat(textColumn) + line)]
  const arrow = style.unicode ? '→ ' : '-> '
  for (const step of check.advice) {
    const [head = '', ...tail] = column(step, textColumn + arrow.length, style.width)
    lines.push(' '.repeat(textColumn) + arrow + head.trimStart(), ...tail)
  }
  if (style.verbosity === 'verbose') {
    const facts = [
      ...check.measurements.map((m) => {
        const extra = [m.samples === undefined ? '' : `${m.samples} samples`, m.confidence ? `${m.confidence} confidence` : '']
          .filter(Boolean)
          .join(', ')
        return `${m.label}: ${formatValue(m.value, m.unit)}${extra ? ` (${extra})` : ''}`
      }),
      ...Object.entries(check.identifiers ?? {}).map(([key, value]) => `${key}: ${value}`),
      ...(check.error ? [`Reason: ${check.error}`] : []),
      `Took ${check.durationMs} ms`,
    ]
    for (const fact of facts) lines.push(...column(fact, textColumn + 2, style.width).map((line) => chalk.dim(line)))
  }
  return lines
}

/** The report for a person at a terminal: verdict first, a line per check, advice, a summary, the crisis line. */
export function renderTerminal(input: Report, style: Style): string {
  const report = sanitizeReport(input)
  const chalk = paint(style)
  const status = verdictStatus(report)
  const verdict = colorFor(status, chalk)(`${symbolFor(status, style)} ${verdictHeadline(report.verdict, report.counts)}`)
  if (style.verbosity === 'quiet') return chalk.bold(verdict) + '\n'
  const header = [chalk.dim(`${report.tool.name} ${report.tool.version} · ${sessionWords(report)}`)]
  if (report.practice) {
    header.push(chalk.bold(`For ${report.practice.name}`))
    if (report.practice.welcome) header.push(...wrapText(report.practice.welcome, style.width))
  }
  const body = report.checks.flatMap((check) => renderCheck(check, style, chalk))
  const crisis = wrapText(report.crisis.text, style.width).map((line) => chalk.dim(line))
  return [...header, '', chalk.bold(verdict), '', ...body, '', chalk.dim(countsLine(report.counts)), '', ...crisis, ''].join('\n')
}

/** The same report as plain text, for a .txt file: no colour, Unicode symbols, 80 columns. */
export function renderText(report: Report): string {
  return renderTerminal(report, { color: false, unicode: true, width: 80, verbosity: 'verbose' })
}
