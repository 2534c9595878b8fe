import { crisisEntryFor } from '../report/crisis.js'
import type { CheckResult, Measurement, Report } from '../report/model.js'
import type { Thing } from '../report/to-do.js'
import { escapeHtml } from '../text/sanitize.js'
import type { RenderOptions } from './options.js'
import { sanitizeReport } from './sanitize-report.js'
import type { Msg } from '../messages/index.js'
import {
  formatTime,
  formatValue,
  groupedSteps,
  identifierLabel,
  languageOf,
  practiceLabel,
  reassurance,
  statusWord,
  stepHeading,
  subjectOf,
  verdictHeadline,
  browserGapLine,
  wordsFor,
} from './wording.js'
import { linkMark, statusMark, stepMark, verdictClass, verdictMark } from './marks.js'

// Made for a therapist opening the saved report on a phone: one column that never gets wider
// than the screen (long words break, tables become stacked rows), large enough text, and a print
// style for paper. Status is always a word and a symbol as well as a colour.
export const reportCss = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;color:#1f2933;background:#fff}
main{max-width:40rem;margin:0 auto;overflow-wrap:anywhere;word-break:normal}
h1{font-size:1.35rem;line-height:1.25;margin:.25rem 0}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;margin:0 0 .25rem}
.meta{color:#52606d;font-size:.9rem;margin:.25rem 0}
.verdict{padding:.75rem 1rem;border-radius:.5rem;border:2px solid;font-weight:600;font-size:1.1rem;margin:1rem 0 .5rem}
.calm{margin:.5rem 0 1rem}
.mark{display:inline-block;font-weight:700;font-size:.85rem;padding:0 .35rem;border-radius:.25rem;border:1px solid;margin-right:.35rem}
.check{border:1px solid #d9e2ec;border-left-width:.4rem;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0}
.check p{margin:.25rem 0}
.status{font-size:.85rem;font-weight:600}
.pass{border-color:#3f9142;background:#f0f9f0}.warn{border-color:#c77c02;background:#fff8e6}
.fail{border-color:#c62828;background:#fdecea}.skip{border-color:#9aa5b1;background:#f5f7fa}.error{border-color:#7b1fa2;background:#f7effa}
ul.steps{list-style:none;padding:0;margin:.25rem 0}
ul.steps li{margin:.4rem 0;padding:.5rem .75rem;border-radius:.4rem;border-left-width:.3rem;border-left-style:solid}
ul.more{margin:.35rem 0 0;padding-left:1.1rem}
ul.steps ul.more li{margin:.2rem 0;padding:0;border:none;background:none}
.practice{margin:.5rem 0;padding:.5rem .75rem;border:1px dashed #7b8794;border-radius:.4rem;background:#fff}
.practice .from{font-weight:600;margin:0 0 .25rem}
.practice blockquote{margin:0;padding-left:.75rem;border-left:.2rem solid #9aa5b1}
ol.answers{list-style:none;padding:0;margin:.5rem 0 0}
ol.answers li{margin:.35rem 0;padding:.4rem .6rem;border-radius:.4rem;border:1px solid #d9e2ec;background:#fff}
ol.answers li.no-required{border:2px solid #c62828;background:#fdecea}
ol.answers li.no-advisory{border:2px solid #c77c02;background:#fff8e6}
ol.answers .from{display:block;font-size:.85rem;color:#52606d}
.figures h3{margin:1rem 0 .25rem}
dl{margin:.5rem 0 0;font-size:.95rem}
dt{color:#52606d;margin-top:.35rem}dd{margin:0}
@media (min-width:36rem){dl{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:.15rem .75rem}dt{margin:0}}
footer{margin-top:1.5rem;padding:.75rem 1rem;border:2px solid #3e4c59;border-radius:.5rem;font-size:1rem}
footer p{margin:.25rem 0}
.contacts{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:.5rem 0 0;list-style:none}
.contacts a{display:inline-block;padding:.4rem .75rem;border:1px solid #1f4e8c;border-radius:.4rem;color:#1f4e8c;font-weight:600;text-decoration:none}
@media print{
body{padding:0;font-size:11pt;color:#000}
main{max-width:none}
.check,ul.steps li,ol.answers li,footer,.practice{break-inside:avoid}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.contacts a{border:none;padding:0}
.contacts a[href^="https:"]::after{content:" (" attr(href) ")";font-weight:400}
}
`.trim()

const e = escapeHtml

/** A practice's words: in a dashed box under its name, as a quote. Never a link: it is only escaped text. */
function practiceBlock(report: Report, inner: string): string {
  return `<div class="practice"><p class="from">${e(practiceLabel(report, wordsFor(report)))}</p>${inner}</div>`
}

/** One item per thing to do, marked; the steps that go with it listed under it, unmarked. */
function stepItems(things: readonly Thing[], m: Msg): string {
  return things
    .map((thing) => {
      const mark = stepMark[thing.priority]
      const more = thing.more.length
        ? `<ul class="more">${thing.more.map((text) => `<li>${e(text)}</li>`).join('')}</ul>`
        : ''
      return `<li class="${mark.cls}"><span class="mark">${mark.symbol} ${e(m(mark.word))}</span>${e(thing.text)}${more}</li>`
    })
    .join('')
}

function renderSteps(report: Report): string {
  const words = wordsFor(report)
  const groups = groupedSteps(report)
  return (['must', 'consider'] as const)
    .filter((priority) => groups[priority].tool.length + groups[priority].practice.length > 0)
    .map((priority) => {
      const { tool, practice } = groups[priority]
      const own = tool.length ? `<ul class="steps">${stepItems(tool, words)}</ul>` : ''
      const theirs = practice.length
        ? practiceBlock(report, `<ul class="steps">${stepItems(practice, words)}</ul>`)
        : ''
      return `<section><h2>${e(stepHeading(priority, 'reader', words, report))}</h2>${own}${theirs}</section>`
    })
    .join('\n')
}

// The checklist's answers, "no" first (required before advisory), then unanswered, then the rest.
const answerOrder = { fail: 0, warn: 1, skip: 2, error: 2, pass: 3 } as const

/**
 * The badge for each answer the checklist can give, in the report's language: a table from the
 * values the checklist writes (src/checks/checklist/evaluate.ts) to the badge's words. A value
 * it does not know is shown as written.
 */
function answerBadges(m: Msg): Map<string, string> {
  const badges = new Map<string, string>([
    ['yes', m('report.answer.yes')],
    ['no', m('report.answer.no')],
    [m('report.value.yes'), m('report.answer.yes')],
    [m('report.value.no'), m('report.answer.no')],
    [m('report.value.unknown'), m('report.answer.unknown')],
    [m('checklist.value.notAnswered'), m('report.answer.notAnswered')],
  ])
  for (const key of ['wifi', 'connection', 'apps', 'devices', 'other'] as const) {
    const check = m(`checklist.check.${key}`)
    badges.set(m('checklist.value.answeredBy', { check }), m('report.answer.answeredBy', { check }))
  }
  return badges
}

function answerItem(measurement: Measurement, report: Report, badges: Map<string, string>): string {
  const words = wordsFor(report)
  const value = formatValue(measurement.value, words, languageOf(report))
  const status = measurement.status ?? 'pass'
  const cls = status === 'fail' ? ' class="no-required"' : status === 'warn' ? ' class="no-advisory"' : ''
  const word =
    status === 'fail'
      ? `✖ ${words('report.answer.noNeeded')}`
      : status === 'warn'
        ? `▲ ${words('report.answer.noWorthALook')}`
        : `${statusMark[status]} ${badges.get(value) ?? value}`
  const from =
    measurement.from === 'practice' ? `<span class="from">${e(practiceLabel(report, words))}</span>` : ''
  return `<li${cls}><span class="mark">${e(word)}</span>${from}${e(measurement.label)}</li>`
}

function renderAnswers(check: CheckResult, report: Report): string {
  const badges = answerBadges(wordsFor(report))
  const sorted = [...check.measurements].sort(
    (a, b) => answerOrder[a.status ?? 'pass'] - answerOrder[b.status ?? 'pass'],
  )
  return sorted.length
    ? `<ol class="answers">${sorted.map((m) => answerItem(m, report, badges)).join('')}</ol>`
    : ''
}

/**
 * A check's figures, each under its plain label. Sample counts and confidence are for --verbose
 * and the JSON: on a phone they only get in the way of the figure.
 */
function renderFacts(check: CheckResult, report: Report): string {
  const words = wordsFor(report)
  const language = languageOf(report)
  const rows = [
    ...check.measurements.map(
      (m) => `<dt>${e(m.label)}</dt><dd>${e(formatValue(m.value, words, language, m.unit))}</dd>`,
    ),
    ...Object.entries(check.identifiers ?? {}).map(
      ([key, value]) => `<dt>${e(identifierLabel(key, words))}</dt><dd>${e(value)}</dd>`,
    ),
  ]
  return rows.length ? `<dl>${rows.join('')}</dl>` : ''
}

/** A check's card: its name, status and what it found; the checklist's card holds the client's answers. */
function renderCheck(check: CheckResult, report: Report): string {
  const answers = check.id === 'checklist' ? renderAnswers(check, report) : ''
  const status = `<span class="status">${statusMark[check.status]} ${e(statusWord(check.status, wordsFor(report)))}</span>`
  return `<section class="check ${check.status}"><h3>${wordsFor(report)('report.labelled', { label: e(check.title), value: status })}</h3><p>${e(check.summary)}</p>${answers}</section>`
}

/**
 * The checks, worded for a therapist reading on a phone: the client's answers first, then what
 * each check found, and the figures last, under their own heading.
 */
function renderChecks(report: Report): string {
  const words = wordsFor(report)
  const checklist = report.checks.filter((check) => check.id === 'checklist')
  const others = report.checks.filter((check) => check.id !== 'checklist')
  const figures = others
    .map((check) => ({ check, facts: renderFacts(check, report) }))
    .filter(({ facts }) => facts !== '')
    .map(({ check, facts }) => `<section class="figures"><h3>${e(check.title)}</h3>${facts}</section>`)
  return [
    ...(checklist.length
      ? [`<h2>${e(words('report.answers'))}</h2>`, ...checklist.map((check) => renderCheck(check, report))]
      : []),
    ...(others.length
      ? [
          `<h2>${e(words('report.whatWasChecked'))}</h2>`,
          ...others.map((check) => renderCheck(check, report)),
        ]
      : []),
    ...(figures.length ? [`<h2>${e(words('report.measurements'))}</h2>`, ...figures] : []),
  ].join('\n')
}

function renderCrisis(report: Report): string {
  const entry = crisisEntryFor(report.crisis.region, report.lang)
  const contacts = (entry?.contacts ?? []).map((c) => `<li><a href="${e(c.href)}">${e(c.label)}</a></li>`)
  const url = report.crisis.url ?? entry?.url
  if (url)
    contacts.push(`<li><a href="${e(url)}">${e(wordsFor(report)('report.moreCrisisResources'))}</a></li>`)
  return `<footer><p>${e(report.crisis.text)}</p>${contacts.length ? `<ul class="contacts">${contacts.join('')}</ul>` : ''}</footer>`
}

/**
 * The report as one self-contained HTML page: inline CSS, no scripts, no external assets. Worded
 * for whoever opens it (often the therapist, on a phone): "the session", not "your session". The
 * page declares the report's language, so screen readers and translation tools read it right.
 */
export function renderHtml(input: Report, options: RenderOptions = {}): string {
  const report = sanitizeReport(input)
  const words = wordsFor(report)
  const headline = verdictHeadline(report, 'reader')
  const gapLine = browserGapLine(report, words)
  const practice = report.practice
  const welcome = !practice
    ? ''
    : practice.welcome
      ? practiceBlock(report, `<blockquote>${e(practice.welcome)}</blockquote>`)
      : `<p class="meta">${e(words('report.withChecklistFrom', { practice: practice.name }))}</p>`
  const calm = reassurance(report, 'reader', words)
    .map((line) => `<p class="calm">${e(line)}</p>`)
    .join('')
  const checkedOn = words(`report.checkedOn.${subjectOf(report)}`, {
    time: formatTime(report.startedAt, words, options.timeZone),
    tool: report.tool.name,
    version: report.tool.version,
  })
  const mark = (subjectOf(report) === 'link' ? linkMark : verdictMark)[report.verdict]
  return `<!doctype html>
<html lang="${e(languageOf(report))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="format-detection" content="telephone=no,email=no,address=no,date=no">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(words('report.title', { headline }))}</title>
<style>${reportCss}</style>
</head>
<body>
<main>
<h1>${e(words('report.heading'))}</h1>
<p class="meta">${e(checkedOn)}</p>
${welcome}
<p class="verdict ${verdictClass[report.verdict]}"><span class="mark">${mark.symbol} ${e(words(mark.word))}</span> ${e(headline)}</p>${gapLine ? `\n<p class="meta">${e(gapLine)}</p>` : ''}
${calm}
${renderSteps(report)}
${renderChecks(report)}
${renderCrisis(report)}
</main>
</body>
</html>
`
}
