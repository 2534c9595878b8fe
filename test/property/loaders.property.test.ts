import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../../src/checks/checklist/answers.js'
import { parseChecklist } from '../../src/checks/checklist/load-checklist.js'
import { starterChecklist } from '../../src/checks/checklist/starter.js'
import { breatheEvery } from '../helpers/timing.js'
import { mutated, yamlTricks } from '../helpers/yaml-inputs.js'
import { english } from '../helpers/english.js'

// No time limit per input here: a busy machine makes any such limit flaky. What bounds the cost is
// the YAML guard, which stops reading a file past its limits, and whatever it passes the parser
// reads within them (test/property/yaml-guard.property.test.ts checks that they agree). The time
// of the worst accepted and refused files is measured by `npm run bench`.
const RUNS = 10_000

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
  it('parseChecklist never throws, and always gives a checklist or problems', async () => {
    const breathe = breatheEvery(100)
    await fc.assert(
      fc.asyncProperty(inputs(checklistSeeds), async (text) => {
        await breathe()
        const result = parseChecklist(text, english)
        expectWellFormed(result, result.checklist)
      }),
      { numRuns: RUNS, seed: 6 },
    )
  }, 180_000)

  it('parseAnswers never throws, and always gives answers or problems', async () => {
    const breathe = breatheEvery(100)
    await fc.assert(
      fc.asyncProperty(inputs(answerSeeds), async (text) => {
        await breathe()
        const result = parseAnswers(text, knownIds, english)
        expectWellFormed(result, result.answers)
      }),
      { numRuns: RUNS, seed: 7 },
    )
  }, 180_000)
})
