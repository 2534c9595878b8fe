/// <reference lib="dom" />
/**
 * The report on the page: the same headline, steps and checks as the saved HTML report
 * (src/render/html.ts), built from the same wording functions and styled by the same classes,
 * but worded for the person at the screen ("your session"). Built as elements, text as text.
 */
import { crisisEntryFor } from '../report/crisis.js'
import type { CheckResult, Report } from '../report/model.js'
import type { Thing } from '../report/to-do.js'
import { sanitizeReport } from '../render/sanitize-report.js'
import {
  formatValue,
  groupedSteps,
  languageOf,
  practiceLabel,
  reassurance,
  statusWord,
  stepHeading,
  verdictHeadline,
  browserGapLine,
  wordsFor,
} from '../render/wording.js'
import type { Msg } from '../messages/index.js'
import { h } from './dom.js'
import { statusMark, stepMark, verdictClass, verdictMark } from '../render/marks.js'

/** One item per thing to do (the number the headline says), the steps that go with it under it. */
function stepList(things: readonly Thing[], m: Msg): HTMLElement {
  return h(
    'ul',
    { class: 'steps' },
    ...things.map((thing) => {
      const mark = stepMark[thing.priority]
      return h(
        'li',
        { class: mark.cls },
        h('span', { class: 'mark' }, `${mark.symbol} ${m(mark.word)}`),
        thing.text,
        thing.more.length > 0 && h('ul', { class: 'more' }, ...thing.more.map((text) => h('li', {}, text))),
      )
    }),
  )
}

function stepsSection(report: Report, m: Msg): HTMLElement[] {
  const groups = groupedSteps(report)
  return (['must', 'consider'] as const)
    .filter((priority) => groups[priority].tool.length + groups[priority].practice.length > 0)
    .map((priority) => {
      const { tool, practice } = groups[priority]
      return h(
        'section',
        {},
        h('h3', {}, stepHeading(priority, 'client', m, report)),
        tool.length > 0 && stepList(tool, m),
        practice.length > 0 &&
          h(
            'div',
            { class: 'practice' },
            h('p', { class: 'from' }, practiceLabel(report, m)),
            stepList(practice, m),
          ),
      )
    })
}

function checkSection(check: CheckResult, report: Report, m: Msg): HTMLElement {
  const language = languageOf(report)
  const rows = check.measurements.flatMap((measurement) => [
    h('dt', {}, measurement.label),
    h('dd', {}, formatValue(measurement.value, m, language, measurement.unit)),
  ])
  return h(
    'section',
    { class: `check ${check.status}` },
    h(
      'h4',
      {},
      m('report.labelled', {
        label: check.title,
        value: `${statusMark[check.status]} ${statusWord(check.status, m)}`,
      }),
    ),
    h('p', {}, check.summary),
    rows.length > 0 && h('dl', {}, ...rows),
  )
}

function crisisFooter(report: Report, m: Msg): HTMLElement {
  const entry = crisisEntryFor(report.crisis.region, languageOf(report))
  const links = entry.contacts.map((contact) => h('li', {}, h('a', { href: contact.href }, contact.label)))
  const url = report.crisis.url ?? entry.url
  links.push(h('li', {}, h('a', { href: url, rel: 'noopener' }, m('report.moreCrisisResources'))))
  return h('footer', {}, h('p', {}, report.crisis.text), h('ul', { class: 'contacts' }, ...links))
}

/** The result section: headline (with data-verdict), the line on what a browser cannot check, steps, checks, crisis line. */
export function renderReportView(input: Report, actions: HTMLElement): HTMLElement {
  const report = sanitizeReport(input)
  const m = wordsFor(report)
  const mark = verdictMark[report.verdict]
  const gapLine = browserGapLine(report, m)
  return h(
    'section',
    { class: 'result', 'aria-labelledby': 'result-heading' },
    h('h2', { id: 'result-heading', tabindex: '-1' }, m('web.report.heading')),
    h(
      'p',
      { class: `verdict ${verdictClass[report.verdict]}`, id: 'headline', 'data-verdict': report.verdict },
      h('span', { class: 'mark' }, `${mark.symbol} ${m(mark.word)}`),
      ` ${verdictHeadline(report, 'client')}`,
    ),
    gapLine && h('p', { class: 'meta', id: 'not-checked' }, gapLine),
    ...reassurance(report, 'client', m).map((line) => h('p', { class: 'calm' }, line)),
    actions,
    ...stepsSection(report, m),
    h('h3', {}, m('report.whatWasChecked')),
    ...report.checks.map((check) => checkSection(check, report, m)),
    crisisFooter(report, m),
  )
}
