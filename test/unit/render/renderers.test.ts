import { describe, expect, it } from 'vitest'
import {
  renderHtml,
  renderJson,
  renderMarkdown,
  renderTerminal,
  renderText,
} from '../../../src/render/index.js'
import type { Style } from '../../../src/render/style.js'
import {
  hostileReport,
  mixedReport,
  practiceReport,
  readyReport,
} from '../../fixtures/reports/sample-reports.js'

const plain: Style = { color: false, unicode: true, width: 80, verbosity: 'normal' }
const colour: Style = { ...plain, color: true }
const ascii: Style = { ...plain, unicode: false }

const ansi = /\u001b\[[0-9;]*m/g

describe('renderTerminal', () => {
  it('matches the snapshot with colour off', () => {
    expect(renderTerminal(mixedReport, plain)).toMatchSnapshot()
  })

  it('matches the snapshot with colour on, and the same text without the colour codes', () => {
    const coloured = renderTerminal(mixedReport, colour)
    expect(coloured).toMatchSnapshot()
    expect(coloured).toMatch(ansi)
    expect(coloured.replace(ansi, '')).toBe(renderTerminal(mixedReport, plain))
  })

  it('has no colour codes when colour is off', () => {
    expect(renderTerminal(mixedReport, plain)).not.toMatch(/\u001b/)
  })

  it('puts the verdict first and the summary, reassurance and crisis lines last', () => {
    const lines = renderTerminal(mixedReport, plain).trimEnd().split('\n')
    // The checklist was skipped (no terminal), so the verdict says so, wrapped under its symbol.
    expect(lines.slice(2, 4)).toEqual([
      '✖ Not ready yet: 1 thing to fix before your session. The checklist was not',
      '  checked.',
    ])
    // The same counts as the headline: the things to do, after the checks done and skipped.
    expect(lines.at(-7)).toBe('Checks: 3 done · 1 skipped · 1 thing to fix · 1 thing worth a look')
    expect(lines.slice(-5, -3).join(' ')).toBe(
      'If something cannot be fixed in time, your session can usually still go ahead: tell your therapist at the start.',
    )
    expect(lines.slice(-2).join(' ')).toContain('988')
  })

  it('stays within 80 columns', () => {
    for (const line of renderTerminal(mixedReport, { ...plain, verbosity: 'verbose' }).split('\n')) {
      expect(line.length).toBeLessThanOrEqual(80)
    }
  })

  it('groups the steps after the checks, must-do first, each thing marked by its heading and a symbol, its other steps under it', () => {
    const text = renderTerminal(mixedReport, plain)
    expect(text).toContain(
      '  ▲ Connection     Your connection is fast enough, but it slows down a lot when\n',
    )
    expect(text).toContain(
      [
        'Fix before your session:',
        '  ✖ If you did not start this, close TeamViewer before your session.',
        '',
        'Worth a look:',
        '  ▲ Pause downloads, game updates and streaming on other devices in your home',
        '    during the session.',
        '    · If you can, use a cable or move closer to your router.',
      ].join('\n'),
    )
  })

  it('falls back to ASCII symbols', () => {
    const text = renderTerminal(mixedReport, ascii)
    expect(text).toMatchSnapshot()
    expect(text).toMatch(/^ {2}\[ok\] Wi-Fi/m)
    expect(text).toMatch(/^ {2}\[x\] {2}This computer/m)
    expect(text).toContain('Fix before your session:\n  [x] If you did not start this')
    expect(text).toContain('Worth a look:\n  [!] Pause downloads')
    expect(text).not.toMatch(/[✔▲✖→·]/)
  })

  it('prints only the verdict when quiet', () => {
    expect(renderTerminal(readyReport, { ...plain, verbosity: 'quiet' })).toBe(
      "✔ You're ready for your session.\n",
    )
  })

  it('shows measurements, identifiers and timings when verbose', () => {
    const text = renderTerminal(mixedReport, { ...plain, verbosity: 'verbose' })
    expect(text).toContain('Download: 48.3 Mbit/s (40 samples, high confidence)')
    expect(text).toContain('networkName: Home Network')
    expect(text).toContain('Took 9500 ms')
  })

  it('names the practice when the checklist came from one, and quotes its welcome under its name', () => {
    const text = renderTerminal(practiceReport, plain)
    expect(text).toContain('From Riverside Counselling:\n  │ Thank you for checking before we meet.\n')
    expect(text).toContain('audio or phone session')
    expect(text).toContain('116 123')
  })

  it('neutralises escape sequences and bidi overrides from outside text', () => {
    const text = renderTerminal(hostileReport, { ...plain, verbosity: 'verbose' })
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/)
    expect(text).toContain('$(touch /tmp/x) `id`')
  })
})

describe('renderText', () => {
  it('is the verbose terminal view without colour', () => {
    expect(renderText(mixedReport)).toBe(renderTerminal(mixedReport, { ...plain, verbosity: 'verbose' }))
  })
})

describe('renderJson', () => {
  it('is one JSON document that round-trips', () => {
    const text = renderJson(mixedReport)
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text)).toEqual(mixedReport)
  })
  it('carries no escape characters from outside text', () => {
    const parsed = JSON.parse(renderJson(hostileReport)) as typeof hostileReport
    expect(JSON.stringify(parsed)).not.toMatch(/\\u001b|\\u0007|\u202e/)
    expect(parsed.checks[0]?.identifiers?.networkName).toBe('red second line')
  })
})

describe('renderMarkdown', () => {
  it('matches the snapshot', () => {
    expect(renderMarkdown(mixedReport)).toMatchSnapshot()
  })
  it('escapes outside text so it cannot make links, HTML or extra table cells', () => {
    const md = renderMarkdown(hostileReport)
    expect(md).not.toContain('<script>')
    expect(md).not.toContain('[x](http://evil)')
    expect(md).toContain('\\| col')
    expect(md).not.toMatch(/[\u001b\u0007\u202e]/)
  })
})

describe('renderHtml', () => {
  it('matches the snapshot', () => {
    expect(renderHtml(mixedReport)).toMatchSnapshot()
  })
  it('is self-contained: no scripts, no external assets, a phone viewport', () => {
    const html = renderHtml(mixedReport)
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).toContain("default-src 'none'")
  })
  it('escapes outside text', () => {
    const html = renderHtml(hostileReport)
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toMatch(/[\u001b\u0007\u202e]/)
  })
  it('names the practice and ends with the crisis line', () => {
    const html = renderHtml(practiceReport)
    expect(html).toContain(
      '<div class="practice"><p class="from">From Riverside Counselling:</p><blockquote>Thank you for checking before we meet.</blockquote></div>',
    )
    expect(html).toMatch(/<footer><p>[^<]*999[^<]*<\/p><ul class="contacts">.*<\/ul><\/footer>\n<\/main>/)
  })
})
