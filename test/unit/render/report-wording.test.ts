import { describe, expect, it } from 'vitest'
import {
  renderHtml,
  renderJson,
  renderMarkdown,
  renderTerminal,
  renderTerminalHeader,
  renderText,
} from '../../../src/render/index.js'
import type { Style } from '../../../src/render/style.js'
import { buildReport } from '../../../src/report/build-report.js'
import { exitCodeFor } from '../../../src/report/exit-code.js'
import type { CheckResult, Report } from '../../../src/report/model.js'
import {
  fakeVerdictReport,
  mixedReport,
  nothingCheckedReport,
  offlineReport,
  onlyWifiReport,
  practiceReport,
  readyReport,
  sevenNoReport,
} from '../../fixtures/reports/sample-reports.js'

const plain: Style = { color: false, unicode: true, width: 80, verbosity: 'normal' }
const ascii: Style = { ...plain, unicode: false }
const quiet: Style = { ...plain, verbosity: 'quiet' }
const humanFormats: Array<[string, (report: Report) => string]> = [
  ['terminal', (r) => renderTerminal(r, plain)],
  ['ascii terminal', (r) => renderTerminal(r, ascii)],
  ['text file', renderText],
  ['markdown', (r) => renderMarkdown(r)],
  ['html', (r) => renderHtml(r)],
]
/** The text a person reads: tags dropped, entities decoded, lines joined (the terminal wraps). */
const readable = (text: string): string =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

describe('issue 12.1: a verdict that names what it did not check', () => {
  it.each(humanFormats)(
    '%s: --offline says "as far as checked" and names the connection',
    (_name, render) => {
      expect(readable(render(offlineReport))).toContain(
        'Ready, as far as checked: the connection was not checked.',
      )
    },
  )

  it('--quiet says it too, on its one line', () => {
    expect(renderTerminal(offlineReport, quiet)).toBe(
      '✔ Ready, as far as checked: the connection was not checked.\n',
    )
    expect(renderTerminal(onlyWifiReport, quiet)).toBe(
      '✔ Ready, as far as checked: the connection, the apps on this computer and the checklist were not checked.\n',
    )
  })

  it('a full check still says plainly that you are ready', () => {
    expect(renderTerminal(readyReport, quiet)).toBe("✔ You're ready for your session.\n")
    expect(readyReport.unchecked).toEqual([])
  })

  it('a not-ready report with a skipped check says both', () => {
    expect(readable(renderTerminal(mixedReport, plain))).toContain(
      '✖ Not ready yet: 1 thing to fix before your session. The checklist was not checked.',
    )
  })

  it('JSON lists the unchecked check ids', () => {
    expect(JSON.parse(renderJson(offlineReport)).unchecked).toEqual(['connection'])
    expect(JSON.parse(renderJson(onlyWifiReport)).unchecked).toEqual(['connection', 'apps', 'checklist'])
    expect(JSON.parse(renderJson(mixedReport)).unchecked).toEqual(['checklist'])
  })

  it('the exit code stays 0 unless --strict', () => {
    expect(exitCodeFor(offlineReport, { strict: false })).toBe(0)
    expect(exitCodeFor(offlineReport, { strict: true })).toBe(1)
    expect(exitCodeFor(onlyWifiReport, { strict: false })).toBe(0)
    expect(exitCodeFor(onlyWifiReport, { strict: true })).toBe(1)
    expect(exitCodeFor(readyReport, { strict: true })).toBe(0)
  })
})

describe('issue 12.2: the headline counts things to do, and the steps are grouped', () => {
  it('counts a fix and its alternatives as one thing: no camera, with three ways out, is 1 thing to fix', () => {
    const noCamera: CheckResult = {
      id: 'devices',
      title: 'Camera and microphone',
      status: 'fail',
      durationMs: 5,
      measurements: [],
      summary: "We could not find a camera on this computer, so your therapist won't be able to see you.",
      advice: [
        'If you use a separate webcam, plug it in now, wait a few seconds, and run the check again.',
        'Or join the session from a phone or tablet, which has a camera built in.',
        "If you can't fix it in time, ask your therapist whether you can have an audio (phone) session instead.",
      ],
    }
    const report = buildReport([noCamera], {
      ...readyReport,
      startedAt: new Date(readyReport.startedAt),
      knownChecks: ['devices'],
    })
    for (const [, render] of humanFormats)
      expect(readable(render(report))).toMatch(/Not ready yet: 1 thing to fix before (your|the) session\./)
  })

  it('3 required and 4 advisory "no" answers: 3 things to fix, in every human format', () => {
    for (const [, render] of humanFormats)
      expect(readable(render(sevenNoReport))).toMatch(
        /Not ready yet: 3 things to fix before (your|the) session\./,
      )
  })

  it('lists the 3 must-dos under their heading before the 4 worth a look, each with a symbol', () => {
    const text = renderTerminal(sevenNoReport, plain)
    const must = text.indexOf('Fix before your session:')
    const consider = text.indexOf('Worth a look:')
    expect(must).toBeGreaterThan(0)
    expect(consider).toBeGreaterThan(must)
    expect(text.slice(must, consider).match(/^ {2}✖ /gm)).toHaveLength(3)
    expect(text.slice(consider).match(/^ {2}▲ /gm)).toHaveLength(4)
  })

  it('marks steps with words and symbols that survive no colour and ASCII', () => {
    const text = renderTerminal(sevenNoReport, ascii)
    expect(text).toContain('Fix before your session:\n  [x] Find a room where you can close the door')
    expect(text).toContain('Worth a look:\n  [!] If you have headphones')
    expect(renderMarkdown(sevenNoReport)).toContain('## Fix before your session\n\n- ❌ **Fix:** Find a room')
    expect(renderHtml(sevenNoReport)).toContain(
      '<h2>To fix before the session</h2><ul class="steps"><li class="fail"><span class="mark">✖ Fix</span>Find a room',
    )
  })

  it('cautions count the things worth a look', () => {
    expect(renderTerminal(practiceReport, quiet)).toBe(
      '✖ Not ready yet: 1 thing to fix before your session.\n',
    )
    // One caution (the line slows down when busy), with two ways to ease it: one thing worth a look.
    expect(renderTerminal(fakeVerdictReport, quiet)).toBe("▲ You're ready, with 1 thing worth a look.\n")
  })

  it('says the Do Not Disturb advice once when the apps check and the checklist both give it', () => {
    const apps: CheckResult = {
      id: 'apps',
      title: 'This computer',
      status: 'pass',
      summary: 'No chat, remote-access or screen-recording apps are running.',
      advice: [
        'Turn on Do not disturb (Settings > System > Notifications) for the session, so no messages pop up, above all if you share your screen.',
      ],
      steps: [
        {
          text: 'Turn on Do not disturb (Settings > System > Notifications) for the session, so no messages pop up, above all if you share your screen.',
          priority: 'consider',
          from: 'tool',
          topic: 'do-not-disturb',
        },
      ],
      measurements: [],
      durationMs: 1,
    }
    const [wifi, connection, , checklist] = sevenNoReport.checks
    const report = buildReport([wifi!, connection!, apps, checklist!], {
      ...sevenNoReport,
      startedAt: new Date(0),
      practice: undefined as never,
    })
    const text = renderTerminal(report, plain)
    expect(text.match(/Do Not Disturb|Do not disturb/g)).toHaveLength(1)
    expect(text).toContain('▲ Turn on Do not disturb (Settings > System > Notifications)')
    // The checklist's answer is still shown as "no"; only its repeated step is left out.
    expect(report.checks[3]?.advice.some((a) => a.includes('Do Not Disturb'))).toBe(false)
    expect(report.checks[3]?.measurements.find((m) => m.id === 'devices-silenced')?.value).toBe('no')
  })
})

describe('issue 12.3: a not-ready report ends with one calm line', () => {
  it.each(humanFormats)('%s', (_name, render) => {
    const text = readable(render(mixedReport))
    expect(text).toMatch(/session can usually still go ahead/)
    // …and the crisis line still comes last.
    expect(text.lastIndexOf('988')).toBeGreaterThan(text.indexOf('usually still go ahead'))
  })
  it('is not there when the report is ready', () => {
    for (const [, render] of humanFormats) expect(render(readyReport)).not.toMatch(/usually still go ahead/)
  })
})

describe('issue 12.8: small items', () => {
  it('"1 sample", not "1 samples"', () => {
    const one = buildReport(
      [
        {
          ...readyReport.checks[1]!,
          measurements: [{ id: 'latencyMs', label: 'Delay', value: 20, unit: 'ms', samples: 1 }],
        },
      ],
      { ...readyReport, startedAt: new Date(0), practice: undefined as never },
    )
    expect(renderText(one)).toContain('Delay: 20 ms (1 sample)')
    // The HTML report, read on a phone, shows the figure alone (issue 22): samples are for --verbose.
    expect(renderHtml(one)).toContain('<dd>20 ms</dd>')
  })

  it('TERM=dumb (ASCII) prints no "·"', () => {
    for (const report of [mixedReport, practiceReport, sevenNoReport])
      expect(renderTerminal(report, { ...ascii, verbosity: 'verbose' })).not.toMatch(/[^\x20-\x7e\n]/)
  })

  it('--skip of every check says nothing was checked and lists what', () => {
    expect(renderTerminal(nothingCheckedReport, quiet)).toBe(
      '? Nothing was checked: the Wi-Fi, the connection, the apps on this computer and the checklist were not checked.\n',
    )
    expect(renderTerminal(nothingCheckedReport, plain)).not.toContain('some checks could not run')
  })

  it('a check that could not run is named', () => {
    const report = buildReport(
      [
        readyReport.checks[0]!,
        { ...readyReport.checks[1]!, status: 'error', summary: 'This check stopped unexpectedly.' },
        readyReport.checks[2]!,
        readyReport.checks[3]!,
      ],
      {
        ...readyReport,
        startedAt: new Date(0),
        practice: undefined as never,
        knownChecks: ['wifi', 'connection', 'apps', 'checklist'],
      },
    )
    expect(renderTerminal(report, quiet)).toBe(
      '? Some checks could not run, so this is not the full picture: the connection could not be checked.\n',
    )
  })

  it('the header can be printed first (before any question) and then left out of the report', () => {
    expect(renderTerminalHeader(practiceReport, plain)).toBe(
      'session-checkup 1.2.3 · audio or phone session\nFrom Riverside Counselling:\n  │ Thank you for checking before we meet.\n',
    )
    const report = renderTerminal(practiceReport, { ...plain, header: false })
    expect(report.startsWith('✖ Not ready yet')).toBe(true)
    expect(report).not.toContain('Thank you for checking')
  })
})

describe('issue 12.7: the HTML report reads well for the therapist', () => {
  it('shows local time with its zone, as decided by main', () => {
    expect(renderHtml(mixedReport, { timeZone: 'America/Chicago' })).toContain(
      'checked 24 Nov 2026, 12:59 (UTC-06:00, America/Chicago)',
    )
    expect(renderHtml(mixedReport, { timeZone: 'Australia/Sydney' })).toContain(
      'checked 25 Nov 2026, 05:59 (UTC+11:00, Australia/Sydney)',
    )
    expect(renderHtml(mixedReport)).toContain('checked 24 Nov 2026, 18:59 (UTC)')
    expect(renderMarkdown(mixedReport, { timeZone: 'Europe/London' })).toContain(
      '24 Nov 2026, 18:59 (UTC+00:00, Europe/London)',
    )
  })

  it('words the headline for someone who is not the client', () => {
    const html = renderHtml(mixedReport)
    expect(html).toContain('Not ready yet: 1 thing to fix before the session.')
    expect(html).not.toMatch(/<p class="verdict[^>]*>[^\n]*your session/)
    expect(renderHtml(readyReport)).toContain('<span class="mark">✔ Ready</span> Ready for the session.</p>')
  })

  it('puts "no" answers first and highlights them', () => {
    const html = renderHtml(sevenNoReport)
    const answers = [...html.matchAll(/<li( class="[^"]+")?><span class="mark">([^<]+)<\/span>/g)].filter(
      (m) => /No|Yes/.test(m[2]!),
    )
    expect(answers.map((m) => m[2])).toEqual([
      '✖ No, and it is needed before the session',
      '✖ No, and it is needed before the session',
      '✖ No, and it is needed before the session',
      '▲ No, worth a look',
      '▲ No, worth a look',
      '▲ No, worth a look',
      '▲ No, worth a look',
      '✔ Yes',
    ])
    expect(answers.slice(0, 3).every((m) => m[1] === ' class="no-required"')).toBe(true)
  })

  it('links the crisis resources', () => {
    expect(renderHtml(mixedReport)).toContain(
      '<ul class="contacts"><li><a href="tel:988">Call 988</a></li><li><a href="sms:988">Text 988</a></li>',
    )
    expect(renderHtml(mixedReport)).toContain('<a href="https://988lifeline.org/">More crisis resources</a>')
  })

  it('has a print style', () => {
    expect(renderHtml(mixedReport)).toContain('@media print{')
  })
})

describe('issue 14.2: practice text is always attributed', () => {
  it('every fix, question and welcome from the practice appears under its name, in every format', () => {
    const terminal = renderTerminal(practiceReport, { ...plain, verbosity: 'verbose' })
    expect(terminal).toContain(
      'Fix before your session:\n  From Riverside Counselling:\n  │ ✖ Close the door, or put a note on it, before we start.',
    )
    expect(terminal).toMatch(/From Riverside Counselling:\n\s+│ Is the door to your room closed\? no/)
    const md = renderMarkdown(practiceReport)
    expect(md).toContain(
      '## Fix before your session\n\n- **From Riverside Counselling:**\n  > ❌ **Fix:** Close the door, or put a note on it, before we start.',
    )
    expect(md).toContain('**From Riverside Counselling:**\n\n> Thank you for checking before we meet.')
    expect(md).toContain('  > Is the door to your room closed? **no**')
    const html = renderHtml(practiceReport)
    expect(html).toContain(
      '<div class="practice"><p class="from">From Riverside Counselling:</p><ul class="steps"><li class="fail"><span class="mark">✖ Fix</span>Close the door',
    )
    expect(html).toContain(
      '<span class="from">From Riverside Counselling:</span>Is the door to your room closed?',
    )
  })

  it("is never shown as the tool's own step", () => {
    const text = renderTerminal(practiceReport, plain)
    expect(text).not.toMatch(/^ {2}[✖▲] (Close the door|Fetch a glass)/m)
    expect(renderMarkdown(practiceReport)).not.toMatch(/^- ❌ \*\*Fix:\*\* Close the door/m)
  })

  it('a welcome padded with blank-looking characters cannot put a fake verdict on a line of its own', () => {
    for (const [, render] of humanFormats) {
      const lines = render(fakeVerdictReport).split('\n')
      expect(
        lines.filter((line) => /^\s*(✔|\[ok\]|#|_)?\s*You're ready for your session/.test(line)),
      ).toEqual([])
      expect(render(fakeVerdictReport)).not.toContain('\u2800')
    }
    expect(renderTerminal(fakeVerdictReport, plain)).toMatch(
      /From Acme Counseling:\n {2}│ Welcome\. ?✔ You're ready for your session\.\n/,
    )
  })

  it('a practice name padded with words cannot wrap a fake verdict onto a line of its own', () => {
    for (const width of [40, 80]) {
      const long = buildReport(practiceReport.checks, {
        ...practiceReport,
        startedAt: new Date(0),
        practice: {
          name: `Acme ${'x '.repeat(width / 2 - 4)}✔ You're ready for your session.`,
          welcome: 'Hello.',
        },
      })
      // The narrowest terminal main allows (40 columns), and the usual 80 with every detail.
      const text = renderTerminal(long, { ...plain, width, verbosity: width === 80 ? 'verbose' : 'normal' })
      expect(text.split('\n').filter((line) => /^\s*✔ You're ready/.test(line))).toEqual([])
      // Nothing runs past the edge, where the terminal itself would wrap it onto a bare line.
      expect(text.split('\n').filter((line) => line.length > width)).toEqual([])
      expect(
        text
          .split('\n')
          .filter((line) => line.includes('Acme'))
          .every((line) => /^\s*From Acme/.test(line)),
      ).toBe(true)
    }
  })

  it('never replaces the crisis line', () => {
    const evil = buildReport(practiceReport.checks, {
      ...practiceReport,
      startedAt: new Date(0),
      practice: {
        name: 'If you are in crisis, call 555-0100',
        welcome: 'If you are in crisis, call 1-555-0100.',
      },
    })
    for (const [, render] of humanFormats) {
      const text = readable(render(evil))
      expect(text).toMatch(/116 123\.?\s*(_|More crisis|Emergency|NHS|Samaritans|$)/)
      expect(text.trimEnd().endsWith('555-0100.')).toBe(false)
    }
  })

  it('Markdown puts bare addresses and e-mail addresses from a practice in code spans, so viewers do not link them', () => {
    const md = renderMarkdown(practiceReport)
    expect(md).toContain('see ` riverside.example/tips ` or write to ` help@riverside.example `.')
    expect(md).not.toMatch(/[^`] help@riverside\.example/)
  })

  it('HTML never turns practice text into a link, and asks phones not to either', () => {
    const html = renderHtml(practiceReport)
    expect(html).toContain('see riverside.example/tips or write to help@riverside.example.')
    expect(html.match(/<a /g)).toHaveLength(4) // the crisis contacts only
    expect(html).toContain(
      '<meta name="format-detection" content="telephone=no,email=no,address=no,date=no">',
    )
  })
})

describe('a check title longer than its column', () => {
  it('gets a line of its own, and the summary wraps under the summary column on a narrow screen', () => {
    const devices: CheckResult = {
      id: 'devices',
      title: 'Camera and microphone',
      status: 'fail',
      durationMs: 5,
      measurements: [],
      summary: "We could not find a camera on this computer, so your therapist won't be able to see you.",
      advice: ['Or join the session from a phone or tablet, which has a camera built in.'],
    }
    const report = buildReport([devices], {
      ...readyReport,
      startedAt: new Date(readyReport.startedAt),
      knownChecks: ['devices'],
    })
    const lines = renderTerminal(report, { ...plain, width: 52 }).split('\n')
    const at = lines.findIndex((line) => line.includes('Camera and microphone'))
    expect(lines[at]).toBe('  ✖ Camera and microphone')
    const summary = lines.slice(at + 1, at + 4)
    for (const line of summary) expect(line).toMatch(/^ {19}\S/)
    expect(summary.join(' ').replace(/\s+/g, ' ').trim()).toBe(
      "We could not find a camera on this computer, so your therapist won't be able to see you.",
    )
  })
})
