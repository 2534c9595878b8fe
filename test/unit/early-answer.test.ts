import { describe, expect, it } from 'vitest'
import { earlyAnswer } from '../../src/early-answer.js'
import { toolVersion } from '../../src/version.js'

const help = { en: 'Examples:\n  $ npx session-checkup\n', es: 'Ejemplos:\n  $ npx session-checkup\n' }
const english = help.en
const pipe = { isTTY: false }
const here = () => ({ env: { LANG: 'en_US.UTF-8' } })

describe('the answer given before the program loads (issue 24)', () => {
  it('answers --version alone with the version written in at build time', () => {
    expect(earlyAnswer(['--version'], pipe, here, help, toolVersion())).toBe(`${toolVersion()}\n`)
  })

  it('leaves --version to commander when no version was written in (the unbundled tree)', () => {
    expect(earlyAnswer(['--version'], pipe, here, help, undefined)).toBeUndefined()
  })

  it.each([['--help'], ['-h']])('answers %s alone with the help captured at build time', (flag) => {
    expect(earlyAnswer([flag], pipe, here, help)).toBe(english)
    expect(earlyAnswer([flag], { isTTY: true, columns: 80 }, here, help)).toBe(english)
  })

  it("answers in the environment's language, by the rule main uses (issue 22: every word in the client's language)", () => {
    expect(earlyAnswer(['--help'], pipe, () => ({ env: { LANG: 'es_MX.UTF-8' } }), help)).toBe(help.es)
    expect(earlyAnswer(['--help'], pipe, () => ({ env: {}, systemLocale: 'es-AR' }), help)).toBe(help.es)
    expect(earlyAnswer(['--help'], pipe, () => ({ env: { LC_ALL: 'fr_FR.UTF-8' } }), help)).toBe(help.en)
  })

  it("reads the system's locale only for --help, and only when no LC_ALL, LC_MESSAGES or LANG decides (Intl costs start-up time)", () => {
    let asked = 0
    const sources = (env: Record<string, string>) => () => ({
      env,
      systemLocale: () => {
        asked++
        return 'es-MX'
      },
    })
    expect(earlyAnswer(['--version'], pipe, sources({}), help, toolVersion())).toBe(`${toolVersion()}\n`)
    expect(earlyAnswer(['--help'], pipe, sources({ LANG: 'en_US.UTF-8' }), help)).toBe(help.en)
    expect(asked).toBe(0)
    expect(earlyAnswer(['--help'], pipe, sources({}), help)).toBe(help.es)
    expect(asked).toBe(1)
  })

  it('answers on a wider terminal too: commander wraps help to 80 columns at most', () => {
    expect(earlyAnswer(['--help'], { isTTY: true, columns: 120 }, here, help)).toBe(english)
    expect(earlyAnswer(['--help'], { isTTY: true }, here, help)).toBe(english)
  })

  it('leaves help on a narrower terminal to commander, which wraps to that width', () => {
    expect(earlyAnswer(['--help'], { isTTY: true, columns: 60 }, here, help)).toBeUndefined()
    expect(earlyAnswer(['--help'], { isTTY: true, columns: 79 }, here, help)).toBeUndefined()
  })

  it('leaves help to commander when no help was written in (the unbundled tree)', () => {
    expect(earlyAnswer(['--help'], pipe, here, undefined)).toBeUndefined()
  })

  it.each([
    [['serve', '--help']],
    [['--help', '--lang', 'es']],
    [['--json', '--version']],
    [['--versions']],
    [[]],
  ])('leaves everything else to the program: %j', (argv) => {
    expect(earlyAnswer(argv, pipe, here, help)).toBeUndefined()
  })
})
