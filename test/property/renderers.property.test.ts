import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  renderHtml,
  renderJson,
  renderMarkdown,
  renderTerminal,
  renderTerminalHeader,
  renderText,
} from '../../src/render/index.js'
import { buildReport } from '../../src/report/build-report.js'
import { chooseCrisisLine } from '../../src/report/crisis.js'
import type { CheckResult, Report, Status } from '../../src/report/model.js'

/**
 * Issue 14: whatever strings a report holds (a practice's checklist, network and process names,
 * server messages), no renderer writes a control character, an ANSI or OSC sequence, a Unicode
 * format character (Cf) or a blank-looking filler. The one exception is a zero-width joiner between
 * two emoji (👩‍⚕️), which draws them as one (issue 23).
 */
// Controls other than the line feed the renderers write themselves, ESC sequences, Cf, fillers.
const forbidden = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}\u034f\u115f\u1160\u180e\u2800\u3164\uffa0]/u
const emojiJoiners =
  /(?<=\p{Extended_Pictographic}[\ufe0f\p{Emoji_Modifier}]?)\u200d(?=\p{Extended_Pictographic})/gu

const tricks = fc.constantFrom(
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u001b]8;;http://evil\u0007link\u001b]8;;\u0007',
  '\u009b31m',
  '\u009d0;x\u009c',
  '\u2800'.repeat(72),
  '\u3164',
  '\u115f',
  '\u1160',
  '\uffa0',
  '\u200b',
  '\u200d',
  '\u{1f469}\u200d\u2695\ufe0f',
  '\u{1f3f3}\ufe0f\u200d\u{1f308}',
  '\u{1f469}',
  '\u2060',
  '\u00ad',
  '\u034f',
  '\u180e',
  '\u{e0041}',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\r\n',
  '\t',
  '\u0085',
  '\u2028',
  "✔ You're ready for your session.",
  '<script>',
  '[x](http://e)',
  'a@b.co',
)
const text = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(tricks, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 6 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
)
const status = fc.constantFrom<Status>('pass', 'warn', 'fail', 'skip', 'error')

const check = fc
  .record({
    id: fc.constantFrom('wifi', 'connection', 'apps', 'checklist'),
    title: text,
    status,
    summary: text,
    steps: fc.array(
      fc.record({
        text,
        priority: fc.constantFrom('must' as const, 'consider' as const),
        from: fc.constantFrom('tool' as const, 'practice' as const),
      }),
      { maxLength: 3 },
    ),
    measurements: fc.array(
      fc.record({
        id: fc.constant('m'),
        label: text,
        value: fc.oneof(text, fc.double(), fc.boolean(), fc.constant(null)),
        samples: fc.nat(3),
        from: fc.constantFrom('tool' as const, 'practice' as const),
      }),
      { maxLength: 3 },
    ),
    identifiers: fc.dictionary(fc.constantFrom('networkName', 'bssid', 'proxy'), text),
    error: text,
  })
  .map((c): CheckResult => ({ ...c, advice: c.steps.map((s) => s.text), durationMs: 1 }))

const report = fc
  .record({ checks: fc.array(check, { maxLength: 4 }), name: text, welcome: text, version: text })
  .map(
    ({ checks, name, welcome, version }): Report =>
      buildReport(checks, {
        tool: { name: 'session-checkup', version },
        startedAt: new Date('2026-11-24T18:59:00Z'),
        durationMs: 1,
        platform: { os: 'linux', release: '6', arch: 'x64' },
        session: 'video',
        lang: 'en',
        crisis: chooseCrisisLine({ timeZone: 'Europe/Dublin' }, 'en'),
        practice: { name, welcome },
      }),
  )

const renderers: Array<[string, (r: Report) => string]> = [
  ['terminal', (r) => renderTerminal(r, { color: false, unicode: true, width: 80, verbosity: 'verbose' })],
  [
    'ascii terminal',
    (r) => renderTerminal(r, { color: false, unicode: false, width: 40, verbosity: 'normal' }),
  ],
  ['quiet', (r) => renderTerminal(r, { color: false, unicode: true, width: 80, verbosity: 'quiet' })],
  ['header', (r) => renderTerminalHeader(r, { color: false, unicode: true, width: 80, verbosity: 'normal' })],
  ['text', renderText],
  ['markdown', (r) => renderMarkdown(r, { timeZone: 'Pacific/Auckland' })],
  ['html', (r) => renderHtml(r, { timeZone: 'America/Toronto' })],
  ['json', (r) => JSON.stringify(JSON.parse(renderJson(r)))],
]

describe('every renderer, for any report strings', () => {
  it.each(renderers)('%s writes no control, escape, format or blank-filler character', (_name, render) => {
    fc.assert(
      fc.property(report, (r) => {
        const out = render(r).replace(emojiJoiners, '')
        const bad = forbidden.exec(out)
        expect(bad ? `U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${bad.index}` : '').toBe(
          '',
        )
      }),
      { numRuns: 150 },
    )
  })

  it.each(renderers.filter(([name]) => name !== 'json'))(
    '%s: the crisis line is the last thing a practice cannot change',
    (_name, render) => {
      fc.assert(
        fc.property(report, (r) => {
          const out = render(r)
          // The verdict and the crisis line are the tool's: the crisis text is always there.
          if (!['quiet', 'header'].includes(_name))
            expect(out.replace(/\s+/g, ' ')).toContain('Samaritans free on 116 123')
        }),
        { numRuns: 50 },
      )
    },
  )
})
