import { describe, expect, it } from 'vitest'
import { renderHtml, renderMarkdown, renderTerminal } from '../../../src/render/index.js'
import { buildReport } from '../../../src/report/build-report.js'
import { chooseCrisisLine } from '../../../src/report/crisis.js'
import type { CheckResult } from '../../../src/report/model.js'

/** Issue 22 item 5: the `link` subcommand judges the link, not the session; phishing is never "go ahead". */
const meta = {
  tool: { name: 'session-checkup', version: '1.0.0' },
  startedAt: new Date('2026-11-24T18:59:00Z'),
  durationMs: 1,
  platform: { os: 'linux', release: '6', arch: 'x64' },
  session: 'video' as const,
  crisis: chooseCrisisLine({ timeZone: 'America/Chicago' }, 'en'),
}
const link = (status: 'pass' | 'fail'): CheckResult => ({
  id: 'link',
  title: 'Meeting link',
  status,
  summary: status === 'pass' ? 'This link goes to doxy.me.' : 'This link goes to doxy-me.com, a lookalike.',
  advice: status === 'pass' ? [] : ["Don't open this link."],
  measurements: [],
  durationMs: 1,
})
const apps: CheckResult = {
  id: 'apps',
  title: 'This computer',
  status: 'fail',
  summary: 'A remote session is live.',
  advice: ['End it.'],
  measurements: [],
  durationMs: 1,
}
const plain = { color: false, unicode: true, width: 200, verbosity: 'normal' } as const

describe('the link subcommand (issue 22 item 5)', () => {
  it.each(['en', 'es'] as const)('an official link: a verdict on the link in every format (%s)', (lang) => {
    const report = buildReport([link('pass')], { ...meta, lang, knownChecks: ['link'] })
    const outputs = [renderTerminal(report, plain), renderMarkdown(report), renderHtml(report)]
    for (const out of outputs) {
      expect(out).not.toMatch(/ready for (?:your|the) session|Todo listo|video session|sesión por video/i)
      expect(out).toContain(lang === 'en' ? 'This link looks right.' : 'Este enlace parece correcto.')
    }
    expect(outputs[0]).toContain(lang === 'en' ? '· meeting link' : '· enlace de la sesión')
  })

  it('a phishing link: "don\'t open it, confirm by phone or the portal", never "the session can go ahead"', () => {
    const report = buildReport([link('fail')], { ...meta, lang: 'en', knownChecks: ['link'] })
    const text = renderTerminal(report, plain)
    expect(text).not.toContain('can usually still go ahead')
    expect(text).toContain(
      "Don't open this link. Confirm the link with your therapist by phone or through your practice's portal.",
    )
    expect(renderHtml(report)).not.toContain('can usually still go ahead')
  })

  it("a full run where the link and something else failed: the link's line comes last", () => {
    const report = buildReport([apps, link('fail')], { ...meta, lang: 'en', knownChecks: ['apps', 'link'] })
    const text = renderTerminal(report, plain)
    const general = text.indexOf('can usually still go ahead')
    const phishing = text.indexOf("Don't open this link. Confirm the link")
    expect(general).toBeGreaterThan(0)
    expect(phishing).toBeGreaterThan(general)
    expect(text).toContain('Not ready yet: 2 things to fix before your session.')
  })
})
