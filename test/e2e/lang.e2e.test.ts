import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/spawn-cli.js'
import { reportValidator } from '../helpers/report-validator.js'
import { RUN_COMMAND } from '../../src/tool.js'

// Issue 16, through the built binary: the language flag, and a Spanish JSON report.
describe('session-checkup --lang (built binary)', () => {
  it('--lang xx exits 2 with one sentence naming the languages, and prints nothing on stdout', async () => {
    const run = await runCli(['--lang', 'xx', '--offline'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'session-checkup: --lang takes one of these languages: en (English), es (español); you gave "xx".\n',
    )
  })

  it('a --lang es JSON run says "lang": "es", keeps its ids and enums, validates, and its sentences are Spanish', async () => {
    const run = await runCli(['--json', '--offline', '--lang', 'es', '--only', 'wifi,apps,checklist'], {
      env: { TZ: 'America/New_York' },
    })
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout)
    const validate = reportValidator()
    expect([validate(report), validate.errors]).toEqual([true, null])
    expect(report.lang).toBe('es')
    expect(report.checks.map((check: { id: string }) => check.id)).toEqual(['wifi', 'apps', 'checklist'])
    expect(report.checks.map((check: { title: string }) => check.title)).toEqual([
      'Wifi',
      'Esta computadora',
      'Lista de verificación',
    ])
    for (const check of report.checks)
      expect(['pass', 'warn', 'fail', 'skip', 'error']).toContain(check.status)
    expect(report.checks[2]).toMatchObject({
      status: 'skip',
      summary: `Escriba ${RUN_COMMAND} en una terminal para responder la lista de verificación.`,
    })
    expect(report.crisis).toMatchObject({ region: 'US' })
    expect(report.crisis.text).toContain('AYUDA')
    const sentences = report.checks
      .flatMap((check: { summary: string; advice: string[] }) => [check.summary, ...check.advice])
      .join('\n')
    expect(sentences).not.toMatch(/ the | your |\bRun |Wi-Fi is|\bCheck\b|\bFix\b/)
  })

  it('LANG=es_MX.UTF-8 chooses Spanish without the flag; LANG=C stays English', async () => {
    const spanish = JSON.parse(
      (await runCli(['--json', '--offline', '--only', 'checklist'], { env: { LANG: 'es_MX.UTF-8' } })).stdout,
    )
    expect(spanish.lang).toBe('es')
    const english = JSON.parse(
      (await runCli(['--json', '--offline', '--only', 'checklist'], { env: { LANG: 'C.UTF-8' } })).stdout,
    )
    expect(english.lang).toBe('en')
    expect(english.checks[0].summary).toBe(`Run ${RUN_COMMAND} in a terminal to answer the checklist.`)
  })
})
