import { describe, expect, it } from 'vitest'
import {
  renderHtml,
  renderMarkdown,
  renderTerminal,
  renderTerminalHeader,
  renderText,
} from '../../../src/render/index.js'
import type { Style } from '../../../src/render/style.js'
import { buildReport } from '../../../src/report/build-report.js'
import type { CheckResult, Report, Status } from '../../../src/report/model.js'
import { joinNames, messagesFor } from '../../../src/messages/index.js'
import { mixedReport, practiceReport, readyReport } from '../../fixtures/reports/sample-reports.js'

/**
 * Issue 16: a Spanish report speaks Spanish in every human format, for every verdict. The checks'
 * own sentences (titles, summaries, steps) and the crisis line come from their own catalogues, so
 * here they are written in Spanish by hand: what is tested is every word the renderers add.
 */
const plain: Style = { color: false, unicode: true, width: 80, verbosity: 'normal' }
const formats: Array<[string, (report: Report) => string]> = [
  ['terminal', (r) => renderTerminal(r, plain)],
  [
    'ascii terminal, verbose',
    (r) => renderTerminal(r, { ...plain, unicode: false, width: 40, verbosity: 'verbose' }),
  ],
  ['quiet terminal', (r) => renderTerminal(r, { ...plain, verbosity: 'quiet' })],
  ['terminal header', (r) => renderTerminalHeader(r, plain)],
  ['text file', renderText],
  ['markdown', (r) => renderMarkdown(r, { timeZone: 'America/Chicago' })],
  ['html', (r) => renderHtml(r, { timeZone: 'America/Chicago' })],
]

/** The text a person reads: the style sheet and tags dropped, entities decoded, lines joined. */
const readable = (text: string): string =>
  text
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

/** English words that would give away a sentence left untranslated. */
const englishMarkers = [
  ' the ',
  ' your ',
  'Run ',
  'Wi-Fi is',
  'Check',
  'Fix',
  'Ready',
  'ready',
  'Not ',
  'worth a look',
  'Worth',
  'Skipped',
  'skipped',
  'From ',
  'fine',
  'Measurements',
  'sample',
  'confidence',
  'Took ',
  'Reason',
  'Session',
  'session ',
  'checked',
  'Consider',
  'Answered',
  'unknown',
  'Yes',
  'With ',
  'More crisis',
  'Network name',
  'could not',
  'thing',
]

const es = messagesFor('es')
const crisis = {
  region: 'other' as const,
  text: 'Si está en peligro, llame a una línea de crisis de su país (findahelpline.com).',
}
const meta = {
  tool: { name: 'session-checkup', version: '1.2.3' },
  startedAt: new Date('2026-11-24T18:59:00.000Z'),
  durationMs: 9876,
  platform: { os: 'linux', release: '6.1.0', arch: 'x64' },
  session: 'video' as const,
  lang: 'es' as const,
  crisis,
  knownChecks: ['wifi', 'connection', 'apps', 'checklist'],
}

function check(id: string, status: Status, extra: Partial<CheckResult> = {}): CheckResult {
  return {
    id,
    title:
      { wifi: 'Wifi', connection: 'Conexión', apps: 'Esta computadora', checklist: 'Lista' }[id] ??
      'Otra revisión',
    status,
    summary: `Resumen de la revisión (${status}).`,
    advice: status === 'fail' || status === 'warn' ? ['Cierre la puerta antes de empezar.'] : [],
    measurements: [
      {
        id: 'downloadMbps',
        label: 'Descarga',
        value: 48.25,
        unit: 'Mbit/s',
        samples: 40,
        confidence: 'high',
      },
      { id: 'latencyMs', label: 'Retraso', value: 9.5, unit: 'ms', samples: 1, confidence: 'low' },
      { id: 'vpn', label: 'VPN activa', value: false },
      { id: 'band', label: 'Banda', value: null },
    ],
    identifiers: { networkName: 'Casa', bssid: 'aa:bb:cc:dd:ee:ff' },
    ...(status === 'error' ? { error: 'Tardó demasiado.' } : {}),
    durationMs: 312,
    ...extra,
  }
}

const answers: CheckResult = check('checklist', 'fail', {
  measurements: [
    { id: 'door', label: '¿Está cerrada la puerta?', value: 'no', status: 'fail', from: 'practice' },
    { id: 'water', label: '¿Tiene agua cerca?', value: 'no', status: 'warn', from: 'practice' },
    { id: 'alone', label: '¿Está solo?', value: 'sí', status: 'pass' },
    { id: 'headphones', label: '¿Tiene audífonos?', value: 'sin responder', status: 'skip' },
    {
      id: 'online',
      label: '¿Está en línea?',
      value: 'respondida por la revisión de la conexión',
      status: 'pass',
    },
  ],
  steps: [
    { text: 'Cierre la puerta.', priority: 'must', from: 'practice' },
    { text: 'Tenga agua cerca.', priority: 'consider', from: 'practice' },
  ],
})

const spanishReports: Array<[string, Report]> = [
  [
    'ready',
    buildReport(
      [check('wifi', 'pass'), check('connection', 'pass'), check('apps', 'pass'), check('checklist', 'pass')],
      meta,
    ),
  ],
  [
    'ready, as far as checked',
    buildReport([check('wifi', 'pass'), check('connection', 'skip'), check('apps', 'pass')], meta),
  ],
  [
    'ready with one caution',
    buildReport(
      [check('wifi', 'pass'), check('connection', 'warn'), check('apps', 'pass'), check('checklist', 'pass')],
      meta,
    ),
  ],
  [
    'ready with cautions, not all checked',
    buildReport([check('wifi', 'warn'), check('connection', 'warn')], meta),
  ],
  [
    'not ready',
    buildReport(
      [check('wifi', 'fail'), check('connection', 'warn'), check('apps', 'fail'), check('checklist', 'skip')],
      meta,
    ),
  ],
  [
    'not ready, a practice with answers',
    buildReport([check('wifi', 'pass'), check('connection', 'pass'), check('apps', 'pass'), answers], {
      ...meta,
      session: 'audio',
      practice: { name: 'Consultorio Riverside', welcome: 'Gracias por revisar antes de la sesión.' },
    }),
  ],
  [
    'not ready, a checklist without a practice name',
    buildReport([check('wifi', 'pass'), check('connection', 'pass'), check('apps', 'pass'), answers], {
      ...meta,
      session: 'text',
      practice: { name: '' },
    }),
  ],
  [
    'incomplete',
    buildReport(
      [check('wifi', 'error'), check('connection', 'error'), check('apps', 'pass'), check('custom', 'error')],
      meta,
    ),
  ],
  ['nothing checked', buildReport([], meta)],
  ['nothing checked, nothing known', buildReport([], { ...meta, knownChecks: [] })],
]

describe('a Spanish report (issue 16)', () => {
  for (const [format, render] of formats) {
    it.each(spanishReports)(`${format}: %s has no English words of the report's own`, (_name, report) => {
      const text = readable(render(report))
      expect(englishMarkers.filter((marker) => text.includes(marker))).toEqual([])
    })
  }

  it('the verdicts read as Spanish sentences', () => {
    const quiet = (report: Report): string => renderTerminal(report, { ...plain, verbosity: 'quiet' })
    const headline = Object.fromEntries(spanishReports.map(([name, report]) => [name, quiet(report)]))
    expect(headline.ready).toBe('✔ Todo listo para su sesión.\n')
    const names = joinNames(['la conexión', 'la lista de verificación'], es)
    expect(headline['ready, as far as checked']).toBe(
      `✔ Todo listo, hasta donde se revisó: no se revisaron ${names}.\n`,
    )
    expect(headline['not ready']).toBe(
      '✖ Todavía no está todo listo: hay 2 cosas que arreglar antes de su sesión. No se revisó la lista de verificación.\n',
    )
    const failed = joinNames(['el wifi', 'la conexión', 'la revisión «Otra revisión»'], es)
    expect(headline.incomplete).toContain(`no se pudieron revisar ${failed}.`)
  })

  it('a Spanish HTML report declares lang="es"; an English one still says lang="en"', () => {
    const [, spanish] = spanishReports[0]!
    expect(renderHtml(spanish)).toContain('<html lang="es">')
    expect(renderHtml(readyReport)).toContain('<html lang="en">')
  })

  it('dates and figures are written the Spanish way', () => {
    const [, report] = spanishReports[4]!
    const markdown = renderMarkdown(report, { timeZone: 'America/Chicago' })
    expect(markdown).toContain(
      'Revisado para una sesión por video el 24 nov 2026, 12:59 (UTC-06:00, America/Chicago) con session-checkup 1.2.3.',
    )
    expect(markdown).toContain('- Descarga: 48,3 Mbit/s')
    expect(renderText(report)).toContain('Descarga: 48,3 Mbit/s (40 muestras, confianza alta)')
    expect(renderText(report)).toContain('Retraso: 9,5 ms (1 muestra, confianza baja)')
    expect(renderHtml(report)).toContain('<dd>9,5 ms</dd>')
  })

  it('the checklist answers in the HTML report are Spanish badges', () => {
    // The values as the checklist writes them in Spanish (src/checks/checklist/evaluate.ts).
    const byConnection = es('checklist.value.answeredBy', { check: es('checklist.check.connection') })
    const values = [es('report.value.yes'), es('checklist.value.notAnswered'), byConnection]
    const measurements = answers.measurements.map((m, index) =>
      index < 2 ? m : { ...m, value: values[index - 2] ?? null },
    )
    const report = buildReport([{ ...answers, measurements }], {
      ...meta,
      practice: { name: 'Consultorio Riverside' },
    })
    const html = readable(renderHtml(report))
    const answeredBy = es('report.answer.answeredBy', { check: es('checklist.check.connection') })
    for (const badge of [
      '✖ No, y es necesario antes de la sesión',
      '▲ No, conviene revisarlo',
      '✔ Sí',
      '– Sin responder',
      `✔ ${answeredBy}`,
    ]) {
      expect(html).toContain(badge)
    }
    expect(html).toContain('De Consultorio Riverside:')
  })

  it('English reports say lang="en" and read English', () => {
    for (const report of [readyReport, mixedReport, practiceReport]) {
      expect(report.lang).toBe('en')
      expect(renderHtml(report)).toContain('<html lang="en">')
      expect(renderText(report)).toMatch(/ready|fix|worth a look/i)
    }
  })
})
