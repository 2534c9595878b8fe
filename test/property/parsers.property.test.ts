import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as parsers from '../../src/parsers.js'
import { breatheEvery } from '../helpers/timing.js'

// No time limit per input: a busy machine makes one flaky. `npm run bench`
// (test/bench/parsers.bench.mjs) prints each parser's slowest hostile input beside 100 ms.
const RUNS = 10_000
const fixturesRoot = fileURLToPath(new URL('../fixtures', import.meta.url))

/** Every captured OS output under test/fixtures, as seeds for mutation. */
function fixtureTexts(dir = fixturesRoot): string[] {
  const texts: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) texts.push(...fixtureTexts(path))
    else if (!/\.(ts|md)$/.test(name) && statSync(path).size < 512 * 1024)
      texts.push(readFileSync(path, 'utf8'))
  }
  return texts
}

const seeds = fixtureTexts()
const hostile = fc.constantFrom(
  '\u001b[2J',
  '\u001b]0;title\u0007',
  '\u001b]8;;http://x\u001b\\',
  '\u202e',
  '\u0000',
  '\r',
  '\n',
  '\\:',
  ':',
  '"',
  '$(touch /tmp/x)',
  '`id`',
  '{',
  '}',
  '[',
  ']',
  '\t',
  '\uFFFD',
  '🏠',
  'x'.repeat(10_000),
)

/** A fixture with lines deleted, duplicated, shuffled in place or spliced with hostile text. */
const mutatedFixture = fc
  .tuple(
    fc.constantFrom(...(seeds.length ? seeds : [''])),
    fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.oneof(hostile, fc.string(), fc.string({ unit: 'binary' }))), {
      maxLength: 8,
    }),
  )
  .map(([text, edits]) => {
    const lines = text.split('\n')
    for (const [position, kind, insert] of edits) {
      const at = lines.length ? position % lines.length : 0
      if (kind === 0) lines.splice(at, 1)
      else if (kind === 1) lines.splice(at, 0, lines[at] ?? '')
      else if (kind === 2) lines[at] = (lines[at] ?? '') + insert
      else if (kind === 3) lines[at] = (lines[at] ?? '').slice(0, position % 40) + insert
      else lines.splice(at, 0, insert)
    }
    return lines.join('\n')
  })

const anyInput = fc.oneof(
  { weight: 6, arbitrary: mutatedFixture },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
  { weight: 1, arbitrary: fc.array(hostile, { maxLength: 20 }).map((parts) => parts.join('')) },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 4000 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  },
)

// Parsers of text output: every parse* export, plus the helpers that read raw command lines.
// parseProcEntry reads a record, not text, and has its own property below.
const textParsers = new Set(['executableFromArgs', 'executableFromCmdline'])
const parserEntries = (Object.entries(parsers) as [string, unknown][])
  .filter(
    ([name, value]) =>
      typeof value === 'function' &&
      (name.startsWith('parse') || textParsers.has(name)) &&
      name !== 'parseProcEntry',
  )
  .map(([name, value]) => [name, value as (input: string) => unknown] as const)

describe('every parser of OS output', () => {
  it('is exported from session-checkup/parsers', () => {
    expect(parserEntries.length).toBeGreaterThan(0)
  })

  it.each(parserEntries.map(([name, parse]) => [name, parse] as const))(
    '%s never throws, over 10,000 random and mutated inputs',
    async (_name, parse) => {
      const breathe = breatheEvery(200)
      await fc.assert(
        fc.asyncProperty(anyInput, async (input) => {
          parse(input)
          await breathe()
        }),
        { numRuns: RUNS, seed: 20261124 },
      )
    },
    120_000,
  )
})

describe('parseProcEntry', () => {
  it('never throws, over 10,000 random /proc entries', async () => {
    const breathe = breatheEvery(200)
    const text: fc.Arbitrary<string> = fc.oneof(
      anyInput,
      fc.constant(''),
      fc.constant('/usr/bin/zoom (deleted)'),
    )
    const entry = fc.record(
      { pid: fc.integer(), cmdline: text, exe: text, uid: fc.integer() },
      { requiredKeys: ['pid'] },
    )
    await fc.assert(
      fc.asyncProperty(entry, fc.option(fc.nat()), async (input, uid) => {
        parsers.parseProcEntry(input, uid ?? undefined)
        await breathe()
      }),
      { numRuns: RUNS, seed: 20261124 },
    )
  }, 120_000)
})
