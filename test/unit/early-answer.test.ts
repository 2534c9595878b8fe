import { describe, expect, it } from 'vitest'
import { earlyAnswer } from '../../src/early-answer.js'
import { toolVersion } from '../../src/version.js'

const help = 'Examples:\n  $ npx session-checkup\n'
const pipe = { isTTY: false }

describe('the answer given before the program loads (issue 24)', () => {
  it('answers --version alone with the version written in at build time', () => {
    expect(earlyAnswer(['--version'], pipe, help, toolVersion())).toBe(`${toolVersion()}\n`)
  })

  it('leaves --version to commander when no version was written in (the unbundled tree)', () => {
    expect(earlyAnswer(['--version'], pipe, help, undefined)).toBeUndefined()
  })

  it.each([['--help'], ['-h']])('answers %s alone with the help captured at build time', (flag) => {
    expect(earlyAnswer([flag], pipe, help)).toBe(help)
    expect(earlyAnswer([flag], { isTTY: true, columns: 80 }, help)).toBe(help)
  })

  it('answers on a wider terminal too: commander wraps help to 80 columns at most', () => {
    expect(earlyAnswer(['--help'], { isTTY: true, columns: 120 }, help)).toBe(help)
    expect(earlyAnswer(['--help'], { isTTY: true }, help)).toBe(help)
  })

  it('leaves help on a narrower terminal to commander, which wraps to that width', () => {
    expect(earlyAnswer(['--help'], { isTTY: true, columns: 60 }, help)).toBeUndefined()
    expect(earlyAnswer(['--help'], { isTTY: true, columns: 79 }, help)).toBeUndefined()
  })

  it('leaves help to commander when no help was written in (the unbundled tree)', () => {
    expect(earlyAnswer(['--help'], pipe, undefined)).toBeUndefined()
  })

  it.each([
    [['serve', '--help']],
    [['--help', '--lang', 'es']],
    [['--json', '--version']],
    [['--versions']],
    [[]],
  ])('leaves everything else to the program: %j', (argv) => {
    expect(earlyAnswer(argv, pipe, help)).toBeUndefined()
  })
})
