import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderHtml, renderJson, renderMarkdown, renderTerminal, renderText } from '../../src/render/index.js'
import { buildReport } from '../../src/report/build-report.js'
import { chooseCrisisLine } from '../../src/report/crisis.js'
import type { AdviceStep, CheckResult, Report, SessionType, Status } from '../../src/report/model.js'
import { messagesFor, type Language } from '../../src/messages/index.js'

/**
 * Issue 22 item 4: one source for counts. On any report, in every format and both languages, the
 * headline's number is the number of things listed under its heading, the "Checks:" line says the
 * same numbers, the JSON carries them, and a ready headline is never followed by a "worth a look"
 * section unless it says so. Each output is parsed as a person would read it.
 */
const sentences = [
  'Close the door.',
  'Move closer to the router.',
  'Plug in the charger.',
  'Ask your therapist for the full link.',
  'Pause downloads, game updates and streaming on other devices in your home during the session, so the call stays smooth.',
  'Or join the session from a phone or tablet, which has a camera built in.',
]
const step = fc.record(
  {
    text: fc.constantFrom(...sentences),
    priority: fc.constantFrom<AdviceStep['priority']>('must', 'consider'),
    from: fc.constantFrom<AdviceStep['from']>('tool', 'practice'),
    topic: fc.constantFrom('do-not-disturb', 'microphone-test'),
    thing: fc.constantFrom('a', 'b'),
  },
  { requiredKeys: ['text', 'priority', 'from'] },
)
const status = fc.constantFrom<Status>('pass', 'warn', 'fail', 'skip', 'error')

const check = (id: string) =>
  fc
    .record({
      status,
      summary: fc.constantFrom('Something was found.', 'All is well here.'),
      steps: fc.option(fc.array(step, { maxLength: 4 }), { nil: undefined }),
      advice: fc.array(fc.constantFrom(...sentences), { maxLength: 3 }),
    })
    .map(
      ({ status, summary, steps, advice }): CheckResult => ({
        id,
        title: id,
        status,
        summary,
        // A check gives either its steps (with their texts as advice) or plain advice only.
        ...(steps ? { steps, advice: steps.map((s) => s.text) } : { advice }),
        measurements: [],
        durationMs: 1,
      }),
    )

const ids = ['wifi', 'connection', 'apps', 'devices', 'checklist', 'link'] as const
const session = fc.record({
  checks: fc.subarray([...ids]).chain((chosen) => fc.tuple(...chosen.map(check))),
  lang: fc.constantFrom<Language>('en', 'es'),
  session: fc.constantFrom<SessionType>('video', 'audio', 'text'),
  practice: fc.boolean(),
  // A report from the web page: its connection check could not measure lost data (issue 25).
  browser: fc.boolean(),
})
// The `link` subcommand: the link check alone, nothing else expected.
const linkOnly = fc.record({
  checks: check('link').map((c) => [c]),
  lang: fc.constantFrom<Language>('en', 'es'),
  session: fc.constant<SessionType>('video'),
  practice: fc.constant(false),
  browser: fc.constant(false),
  linkOnly: fc.constant(true),
})

const report = fc
  .oneof(
    { weight: 4, arbitrary: session.map((r) => ({ ...r, linkOnly: false })) },
    { weight: 1, arbitrary: linkOnly },
  )
  .map(
    ({ checks, lang, session, practice, browser, linkOnly }): Report => ({
      ...buildReport(browser ? checks.map(fromBrowser) : checks, {
        tool: { name: 'session-checkup', version: '1.0.0' },
        startedAt: new Date('2026-11-24T18:59:00Z'),
        durationMs: 1,
        platform: { os: 'linux', release: '6', arch: 'x64' },
        session,
        lang,
        crisis: chooseCrisisLine({ timeZone: 'America/Chicago' }, 'en'),
        ...(practice ? { practice: { name: 'Riverside Practice' } } : {}),
        knownChecks: linkOnly ? ['link'] : [...ids],
      }),
      ...(browser ? { browser: { name: 'Chrome', version: '126', device: 'phone' as const } } : {}),
    }),
  )

/** A check as the web page makes it: its connection check says lost data was not measured. */
function fromBrowser(check: CheckResult): CheckResult {
  return check.id === 'connection' ? { ...check, details: { notMeasured: ['packetLoss'] } } : check
}

/** What a person reads: the headline, how many things each heading lists, and the "Checks:" line's numbers. */
interface Read {
  headline: string
  must: number
  consider: number
  countsLine?: number[]
}

const numbersIn = (text: string): number[] => [...text.matchAll(/\d+/g)].map((m) => Number(m[0]))

/** The heading of a link-only report's must-dos (a key that older builds do not have). */
function linkHeading(m: ReturnType<typeof messagesFor>): string[] {
  try {
    return [m('report.steps.mustLink')]
  } catch {
    return []
  }
}

function headings(report: Report, audience: 'client' | 'reader'): { must: string[]; consider: string[] } {
  const m = messagesFor(report.lang ?? 'en')
  const reader = audience === 'reader'
  return {
    must: [m(reader ? 'report.steps.mustReader' : 'report.steps.must'), ...linkHeading(m)],
    consider: [m(reader ? 'report.steps.considerReader' : 'report.steps.consider')],
  }
}

/** The terminal: a heading line, then one marked line per thing (a practice's under its bar). */
function readTerminal(out: string, report: Report, marks: { must: string; consider: string }): Read {
  const lines = out.split('\n')
  const heads = headings(report, 'client')
  const section = (titles: string[], mark: string): number => {
    const start = lines.findIndex((line) => titles.some((title) => line === `${title}:`))
    if (start < 0) return 0
    const end = lines.findIndex((line, index) => index > start && line === '')
    const body = lines.slice(start + 1, end < 0 ? undefined : end)
    const marked = new RegExp(`^ {2}(?:[│|] )?${mark.replace(/[[\]!]/g, '\\$&')} `)
    return body.filter((line) => marked.test(line)).length
  }
  const headlineStart = lines.findIndex((line) => /^(?:[✔▲✖?]|\[(?:ok|!|x|\?)\]) /.test(line))
  const headline: string[] = [lines[headlineStart] ?? '']
  for (let i = headlineStart + 1; lines[i]?.startsWith(' ') && lines[i]?.trim(); i++) headline.push(lines[i]!)
  const m = messagesFor(report.lang ?? 'en')
  const countsPrefix = m('report.counts', { parts: '' })
  const countsAt = lines.findIndex((line) => line.startsWith(countsPrefix))
  const countsText: string[] = []
  for (let i = countsAt; i >= 0 && lines[i]; i++) countsText.push(lines[i]!)
  return {
    headline: headline.join(' '),
    must: section(heads.must, marks.must),
    consider: section(heads.consider, marks.consider),
    countsLine: numbersIn(countsText.join(' ')).slice(-2),
  }
}

function readMarkdown(out: string, report: Report): Read {
  const lines = out.split('\n')
  const heads = headings(report, 'client')
  const section = (titles: string[], emoji: string): number => {
    const start = lines.findIndex((line) => titles.some((title) => line === `## ${title}`))
    if (start < 0) return 0
    const end = lines.findIndex((line, index) => index > start && line.startsWith('## '))
    const body = lines.slice(start + 1, end < 0 ? undefined : end)
    return body.filter((line) => line.startsWith(`- ${emoji} `) || line.startsWith(`  > ${emoji} `)).length
  }
  const title = messagesFor(report.lang ?? 'en')('report.title', { headline: '' })
  return {
    headline: (lines[0] ?? '').replace(`# ${title}`, ''),
    must: section(heads.must, '❌'),
    consider: section(heads.consider, '⚠️'),
  }
}

const unescape = (html: string): string =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

function readHtml(out: string, report: Report): Read {
  const heads = headings(report, 'reader')
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;')
  const section = (titles: string[], cls: string): number => {
    const found = titles
      .map((title) => new RegExp(`<section><h2>${escape(title)}</h2>(.*?)</section>`).exec(out)?.[1])
      .find((body) => body !== undefined)
    return found ? [...found.matchAll(new RegExp(`<li class="${cls}">`, 'g'))].length : 0
  }
  return {
    headline: unescape(
      /<p class="verdict [a-z]+"><span class="mark">[^<]*<\/span> ([^<]*)<\/p>/.exec(out)?.[1] ?? '',
    ),
    must: section(heads.must, 'fail'),
    consider: section(heads.consider, 'warn'),
  }
}

/** The headline's number is the count under its heading; with no number, no "worth a look" follows a ready verdict. */
function expectAgreement(read: Read, report: Report, format: string): void {
  const [count, ...more] = numbersIn(read.headline)
  const where = `${format} (${report.lang}, ${report.verdict}): ${read.headline}`
  expect(more, where).toEqual([])
  if (report.verdict === 'not-ready') {
    expect(count, where).toBe(read.must)
    expect(read.must, where).toBeGreaterThan(0)
  } else {
    expect(read.must, where).toBe(0)
    if (report.verdict !== 'incomplete') expect(count ?? 0, where).toBe(read.consider)
    else expect(count, where).toBeUndefined()
  }
  if (read.countsLine) expect(read.countsLine, `${where} / counts line`).toEqual([read.must, read.consider])
}

describe('one source for counts (issue 22 item 4)', () => {
  it('headline, listed steps, "Checks:" line and JSON agree in every format and both languages', () => {
    fc.assert(
      fc.property(report, (r) => {
        const terminal = readTerminal(
          renderTerminal(r, { color: false, unicode: true, width: 80, verbosity: 'normal' }),
          r,
          { must: '✖', consider: '▲' },
        )
        const reads: Array<[string, Read]> = [
          ['terminal', terminal],
          [
            'ascii terminal',
            readTerminal(
              renderTerminal(r, { color: false, unicode: false, width: 40, verbosity: 'normal' }),
              r,
              {
                must: '[x]',
                consider: '[!]',
              },
            ),
          ],
          ['text', readTerminal(renderText(r), r, { must: '✖', consider: '▲' })],
          ['markdown', readMarkdown(renderMarkdown(r), r)],
          ['html', readHtml(renderHtml(r), r)],
        ]
        for (const [format, read] of reads) expectAgreement(read, r, format)
        // What a browser could not measure is named wherever the headline names what was not checked.
        const part = messagesFor(r.lang)('report.part.packetLoss').toLowerCase()
        const named = r.uncheckedParts?.includes('packetLoss') === true
        if (named)
          for (const [format, read] of reads)
            expect(read.headline.replace(/\s+/g, ' ').toLowerCase(), format).toContain(part)
        // Every format lists the same things, and the JSON carries their counts.
        for (const [, read] of reads)
          expect([read.must, read.consider]).toEqual([terminal.must, terminal.consider])
        const json = JSON.parse(renderJson(r)) as Report
        expect(json.things).toEqual({ must: terminal.must, consider: terminal.consider })
      }),
      { numRuns: 150 },
    )
  })

  it('"Todo listo" followed by "Conviene revisar" (the case the issue saw): the headline now says there is 1', () => {
    const meta = {
      tool: { name: 'session-checkup', version: '1.0.0' },
      startedAt: new Date(0),
      durationMs: 1,
      platform: { os: 'linux', release: '6', arch: 'x64' },
      crisis: chooseCrisisLine({ timeZone: 'America/Chicago' }, 'en'),
      knownChecks: ['devices', 'apps'],
    }
    const base = { measurements: [], durationMs: 1, title: 'x', summary: 'Found.' }
    // A pass with a tip: the headline says there is something worth a look.
    const todoListo = buildReport(
      [
        { ...base, id: 'devices', status: 'pass', advice: ['Open the camera cover.'] },
        { ...base, id: 'apps', status: 'pass', advice: [] },
      ],
      { ...meta, session: 'video', lang: 'es' },
    )
    const text = renderTerminal(todoListo, { color: false, unicode: true, width: 80, verbosity: 'normal' })
    expect(text).toContain('Todo listo, con 1 cosa que conviene revisar.')
    expect(text).toContain('Conviene revisar:')
    expect(text).toContain('Revisiones: 2 hechas · 0 cosas por arreglar · 1 cosa para revisar')
  })
})
