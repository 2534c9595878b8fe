import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../../src/checks/checklist/answers.js'
import { parseChecklist } from '../../src/checks/checklist/load-checklist.js'
import { starterChecklist } from '../../src/checks/checklist/starter.js'
import { breatheEvery, slowInputs } from '../helpers/timing.js'
import { english } from '../helpers/english.js'

const RUNS = 10_000
const MAX_MS_PER_INPUT = 100

const checklistSeeds = [
  readFileSync(new URL('../fixtures/checklist/riverside.yaml', import.meta.url), 'utf8'),
  starterChecklist('session-checklist.yaml', english),
  JSON.stringify(
    { practice: { name: 'A' }, mode: 'add', questions: [{ id: 'q1', text: 'Door closed?', required: true }] },
    null,
    2,
  ),
]
const answerSeeds = [
  'private-space: yes\nheadphones: no\n',
  '{"private-space": "yes", "know-location": "no"}',
  'safe-not-driving: true\n',
]
const knownIds = new Set(['private-space', 'headphones', 'know-location', 'safe-not-driving'])

// Pieces that have broken YAML and JSON loaders elsewhere: anchors and aliases, merge keys, tags
// that some loaders execute, deep nesting, tabs, duplicate keys, odd scalars.
const yamlTricks = fc.constantFrom(
  '&a [x, x, x]',
  '*a',
  '<<: *a',
  '!!js/function "function(){}"',
  '!!python/object:os.system',
  '!!binary aGVsbG8=',
  '[[[[[[[[[[[[[[[[[[[[',
  '{{{{{{{{{{',
  '\t',
  '? complex key',
  '- - - -',
  '"\\u0000"',
  '~',
  '.nan',
  '0x1F',
  '2026-11-24',
  '---',
  '...',
  '%YAML 1.1',
  '#',
  ': :',
  'id: q1',
  'required: maybe',
  '\u001b[2J',
  '\u202e',
  'x'.repeat(5000),
)

function mutated(seeds: string[]) {
  return fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(
        fc.tuple(fc.nat(), fc.nat(3), fc.oneof(yamlTricks, fc.string(), fc.string({ unit: 'binary' }))),
        { maxLength: 6 },
      ),
    )
    .map(([text, edits]) => {
      const lines = text.split('\n')
      for (const [position, kind, insert] of edits) {
        const at = position % Math.max(1, lines.length)
        if (kind === 0) lines.splice(at, 1)
        else if (kind === 1) lines.splice(at, 0, insert)
        else if (kind === 2) lines[at] = (lines[at] ?? '') + ' ' + insert
        else lines[at] = (lines[at] ?? '').slice(0, position % 30) + insert
      }
      return lines.join('\n')
    })
}

function inputs(seeds: string[]) {
  return fc.oneof(
    { weight: 6, arbitrary: mutated(seeds) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }) },
    { weight: 1, arbitrary: fc.array(yamlTricks, { maxLength: 30 }).map((parts) => parts.join('\n')) },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 4000 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
    },
  )
}

/** Every problem is one sentence on one line, with a field; a result is either a value or problems. */
function expectWellFormed(result: { problems: { message: string; field: string }[] }, value: unknown) {
  expect(value !== undefined || result.problems.length > 0).toBe(true)
  for (const problem of result.problems) {
    expect(problem.message).toMatch(/^[^\n]+$/)
    expect(typeof problem.field).toBe('string')
  }
}

describe('config loaders over 10,000 random and mutated inputs', () => {
  it('parseChecklist never throws, never takes over 100 ms, and always gives a checklist or problems', async () => {
    const timing = slowInputs<string>(MAX_MS_PER_INPUT)
    const breathe = breatheEvery(100)
    await fc.assert(
      fc.asyncProperty(inputs(checklistSeeds), async (text) => {
        await breathe()
        timing.time(text, (input) => {
          const result = parseChecklist(input, english)
          expectWellFormed(result, result.checklist)
        })
      }),
      { numRuns: RUNS, seed: 6 },
    )
    expect(timing.confirmed((input) => parseChecklist(input, english))).toEqual([])
  }, 180_000)

  it('parseAnswers never throws, never takes over 100 ms, and always gives answers or problems', async () => {
    const timing = slowInputs<string>(MAX_MS_PER_INPUT)
    const breathe = breatheEvery(100)
    await fc.assert(
      fc.asyncProperty(inputs(answerSeeds), async (text) => {
        await breathe()
        timing.time(text, (input) => {
          const result = parseAnswers(input, knownIds, english)
          expectWellFormed(result, result.answers)
        })
      }),
      { numRuns: RUNS, seed: 7 },
    )
    expect(timing.confirmed((input) => parseAnswers(input, knownIds, english))).toEqual([])
  }, 180_000)
})
