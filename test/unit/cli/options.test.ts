import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../src/errors.js'
import {
  decideColor,
  decideUnicode,
  parseDataSize,
  resolveOptions,
  type Terminal,
} from '../../../src/cli/options.js'
import { english } from '../../helpers/english.js'

const tty: Terminal = { stdinIsTTY: true, stdoutIsTTY: true, stderrIsTTY: true, env: {}, platform: 'linux' }
const piped: Terminal = { ...tty, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false }

describe('resolveOptions', () => {
  it('defaults to every check for a video session, interactive in a terminal', () => {
    const options = resolveOptions({}, tty, 'en')
    expect(options).toMatchObject({
      session: 'video',
      checks: ['wifi', 'connection', 'apps', 'devices', 'protection', 'checklist'],
      json: false,
      interactive: true,
      progress: true,
      color: true,
      timeoutMs: 60_000,
      strict: false,
      includeIdentifiers: false,
      verbosity: 'normal',
      engine: 'builtin',
    })
  })

  it('--json implies no prompts, no progress and no colour', () => {
    expect(resolveOptions({ json: true }, tty, 'en')).toMatchObject({
      json: true,
      interactive: false,
      progress: false,
      color: false,
    })
  })

  it.each([
    ['--no-input', { input: false }, tty],
    ['stdin not a terminal', {}, { ...tty, stdinIsTTY: false }],
    ['CI', {}, { ...tty, env: { CI: 'true' } }],
  ] as const)('never prompts with %s', (_name, flags, terminal) => {
    expect(resolveOptions(flags, terminal, 'en').interactive).toBe(false)
  })

  it.each([
    ['stderr not a terminal', {}, { ...tty, stderrIsTTY: false }],
    ['--quiet', { quiet: true }, tty],
    ['CI', {}, { ...tty, env: { CI: '1' } }],
    ['TERM=dumb', {}, { ...tty, env: { TERM: 'dumb' } }],
  ] as const)('draws no progress with %s', (_name, flags, terminal) => {
    expect(resolveOptions(flags, terminal, 'en').progress).toBe(false)
  })

  it('applies --only and --skip and keeps report order', () => {
    expect(resolveOptions({ only: 'checklist,wifi' }, piped, 'en').checks).toEqual(['wifi', 'checklist'])
    expect(resolveOptions({ skip: 'connection, apps, devices' }, piped, 'en').checks).toEqual([
      'wifi',
      'protection',
      'checklist',
    ])
    expect(resolveOptions({ only: 'wifi,apps', skip: 'apps' }, piped, 'en').checks).toEqual(['wifi'])
  })

  it('leaves the camera and microphone out of a chat session, and out of what was not checked', () => {
    const text = resolveOptions({ session: 'text' }, piped, 'en')
    expect(text.checks).toEqual(['wifi', 'connection', 'apps', 'protection', 'checklist'])
    expect(text.available).toEqual(['wifi', 'connection', 'apps', 'protection', 'checklist'])
    expect(resolveOptions({ session: 'audio' }, piped, 'en').checks).toContain('devices')
    // Named on purpose, it runs (and says it was not needed).
    expect(resolveOptions({ session: 'text', only: 'devices' }, piped, 'en').checks).toEqual(['devices'])
  })

  it('maps the output file extension to a format', () => {
    expect(resolveOptions({ output: 'r.JSON' }, piped, 'en').output).toEqual({
      path: 'r.JSON',
      format: 'json',
    })
    expect(resolveOptions({ output: 'a/b.markdown' }, piped, 'en').output?.format).toBe('md')
    expect(resolveOptions({ output: 'x.htm' }, piped, 'en').output?.format).toBe('html')
    expect(resolveOptions({ output: 'x.txt' }, piped, 'en').output?.format).toBe('txt')
  })

  it('maps verbosity', () => {
    expect(resolveOptions({ quiet: true }, piped, 'en').verbosity).toBe('quiet')
    expect(resolveOptions({ verbose: true }, piped, 'en').verbosity).toBe('verbose')
    expect(resolveOptions({ debug: true }, piped, 'en')).toMatchObject({ verbosity: 'verbose', debug: true })
  })

  it.each([
    [{ session: 'zoom' }, '--session must be one of video, audio, text; you gave "zoom".'],
    [{ timeout: 'soon' }, '--timeout takes a number of seconds from 1 to 3600; you gave "soon".'],
    [{ timeout: '0' }, '--timeout takes a number of seconds from 1 to 3600; you gave "0".'],
    [{ timeout: '-5' }, '--timeout takes a number of seconds from 1 to 3600; you gave "-5".'],
    [
      { only: 'wifi,speed' },
      '--only: "speed" is not a check; the checks are wifi, connection, apps, devices, protection, checklist, link.',
    ],
    [
      { skip: ',' },
      '--skip: no check was named; the checks are wifi, connection, apps, devices, protection, checklist, link.',
    ],
    [
      { output: 'report.pdf' },
      '-o/--output needs a file name ending in .json, .md, .html or .txt; you gave "report.pdf".',
    ],
    [{ maxData: 'lots' }, '--max-data takes a size such as 30MB or 500KB; you gave "lots".'],
    [{ engine: 'fast' }, '--engine must be builtin or ookla; you gave "fast".'],
  ])('rejects %o with one sentence', (flags, message) => {
    expect(() => resolveOptions(flags, piped, 'en')).toThrow(new UsageError(message))
  })

  it('accepts session names in any case and timeouts with decimals', () => {
    expect(resolveOptions({ session: 'Audio', timeout: '2.5' }, piped, 'en')).toMatchObject({
      session: 'audio',
      timeoutMs: 2500,
    })
  })
})

describe('parseDataSize', () => {
  it.each([
    ['30MB', 30_000_000],
    ['500k', 500_000],
    ['1.5 GB', 1_500_000_000],
    ['1000', 1000],
  ])('%s -> %i bytes', (text, bytes) => {
    expect(parseDataSize('--max-data', text, english)).toBe(bytes)
  })
})

describe('decideColor', () => {
  it.each([
    ['a terminal', undefined, tty, true],
    ['a pipe', undefined, piped, false],
    ['--no-color in a terminal', false, tty, false],
    ['--color in a pipe', true, piped, true],
    ['NO_COLOR in a terminal', undefined, { ...tty, env: { NO_COLOR: '1' } }, false],
    ['empty NO_COLOR is ignored', undefined, { ...tty, env: { NO_COLOR: '' } }, true],
    ['--color beats NO_COLOR', true, { ...tty, env: { NO_COLOR: '1' } }, true],
    ['FORCE_COLOR in a pipe', undefined, { ...piped, env: { FORCE_COLOR: '1' } }, true],
    ['FORCE_COLOR=0 in a terminal', undefined, { ...tty, env: { FORCE_COLOR: '0' } }, false],
    ['NO_COLOR beats FORCE_COLOR', undefined, { ...tty, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, false],
    ['TERM=dumb', undefined, { ...tty, env: { TERM: 'dumb' } }, false],
  ] as const)('%s', (_name, flag, terminal, expected) => {
    expect(decideColor(flag, terminal)).toBe(expected)
  })
})

describe('decideUnicode', () => {
  it.each([
    ['Linux', tty, true],
    ['the Linux console', { ...tty, env: { TERM: 'linux' } }, false],
    ['old Windows console', { ...tty, platform: 'win32' }, false],
    ['Windows Terminal', { ...tty, platform: 'win32', env: { WT_SESSION: 'x' } }, true],
  ] as const)('%s', (_name, terminal, expected) => {
    expect(decideUnicode(terminal as Terminal)).toBe(expected)
  })
})
