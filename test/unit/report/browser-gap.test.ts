import { describe, expect, it } from 'vitest'
import {
  renderHtml,
  renderJson,
  renderMarkdown,
  renderTerminal,
  renderText,
} from '../../../src/render/index.js'
import { verdictHeadline } from '../../../src/render/wording.js'
import { buildReport } from '../../../src/report/build-report.js'
import { chooseCrisisLine } from '../../../src/report/crisis.js'
import type { CheckResult, Report, Status } from '../../../src/report/model.js'
import { messagesFor, type Language } from '../../../src/messages/index.js'
import { buildWebReport } from '../../../src/web/report.js'
import { reportValidator } from '../../helpers/report-validator.js'

/**
 * Issue 25: a browser cannot measure lost data (packet loss). The connection check says so in its
 * details; the report then names it in the headline among what was not checked, in every format
 * and both languages, with the one line that on a computer the command-line tool checks these too.
 */
const connection = (status: Status, notMeasured?: string[]): CheckResult => ({
  id: 'connection',
  title: 'Connection',
  status,
  summary: 'Your connection looks good for a video session.',
  advice: [],
  measurements: [],
  durationMs: 1,
  ...(notMeasured ? { details: { notMeasured, measuredIn: 'browser' } } : {}),
})

function webReport(lang: Language, status: Status = 'pass', notMeasured = ['packetLoss']): Report {
  return buildWebReport({
    results: [connection(status, notMeasured)],
    session: 'video',
    lang,
    startedAt: new Date('2026-01-01T00:00:00Z'),
    durationMs: 10,
    version: '0.1.0',
    browser: { name: 'Chrome', version: '126', device: 'phone' },
    system: 'Android',
    place: { timeZone: 'America/Chicago' },
  })
}

const renderers: Array<[string, (report: Report) => string]> = [
  ['html', (report) => renderHtml(report)],
  ['markdown', (report) => renderMarkdown(report)],
  ['text', (report) => renderText(report)],
  [
    'terminal',
    (report) => renderTerminal(report, { color: false, unicode: false, width: 40, verbosity: 'normal' }),
  ],
]

/** Whitespace and Markdown's escapes folded away, so a wrapped or escaped sentence still reads as one. */
const flat = (text: string): string =>
  text.replace(/\\(.)/g, '$1').replace(/&#39;/g, "'").replace(/\s+/g, ' ').toLowerCase()

describe('lost data, not measured in a browser, is named as not checked (issue 25)', () => {
  it.each<Language>(['en', 'es'])(
    'the %s headline names it, before what a browser cannot see at all',
    (lang) => {
      const m = messagesFor(lang)
      const report = webReport(lang)
      expect(report.uncheckedParts).toEqual(['packetLoss'])
      const headline = verdictHeadline(report)
      expect(headline.toLowerCase()).toContain(m('report.part.packetLoss').toLowerCase())
      expect(headline).toContain(m('report.check.wifi'))
      // Still ready as far as checked: naming it changes no count and no verdict.
      expect(report.verdict).toBe('ready')
      expect(report.things).toEqual({ must: 0, consider: 0 })
    },
  )

  it.each<Language>(['en', 'es'])(
    'every %s format shows it and says the command checks these too',
    (lang) => {
      const m = messagesFor(lang)
      const report = webReport(lang)
      for (const [format, render] of renderers) {
        const out = flat(render(report))
        expect(out, format).toContain(flat(m('report.part.packetLoss')))
        expect(out, format).toContain(flat(m('report.browserGap')))
        expect(out, format).toContain('npx session-checkup')
      }
    },
  )

  it('opens the "… were not checked." sentence after a not-ready verdict', () => {
    const report = webReport('en', 'fail')
    expect(verdictHeadline(report)).toMatch(/ Lost data \(packet loss\), the Wi-Fi, .* were not checked\.$/)
  })

  it('the JSON carries it and validates against the schema; a made-up part does not', () => {
    const validate = reportValidator()
    const json = JSON.parse(renderJson(webReport('es'))) as Report
    expect(json.uncheckedParts).toEqual(['packetLoss'])
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ ...json, uncheckedParts: ['wifiPassword'] })).toBe(false)
  })

  it('a connection check that did not run is named whole, not by its parts; a CLI report has no browser line', () => {
    expect(webReport('en', 'error').uncheckedParts).toBeUndefined()
    expect(webReport('en', 'pass', []).uncheckedParts).toBeUndefined()
    const cli = buildReport([connection('pass')], {
      tool: { name: 'session-checkup', version: '1.0.0' },
      startedAt: new Date(0),
      durationMs: 1,
      platform: { os: 'linux', release: '6', arch: 'x64' },
      session: 'video',
      lang: 'en',
      crisis: chooseCrisisLine({ timeZone: 'America/Chicago' }, 'en'),
      knownChecks: ['wifi', 'connection'],
    })
    expect(cli.uncheckedParts).toBeUndefined()
    for (const [format, render] of renderers) expect(render(cli), format).not.toContain('npx session-checkup')
  })
})
