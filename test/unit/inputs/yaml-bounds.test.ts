import { describe, expect, it } from 'vitest'
import { parseChecklist, formatProblem } from '../../../src/checks/checklist/load-checklist.js'
import { parseAnswers } from '../../../src/checks/checklist/answers.js'
import { knownQuestionIds } from '../../../src/checks/checklist/select-questions.js'
import { starterChecklist } from '../../../src/checks/checklist/starter.js'
import { checkYamlShape, MAX_NESTING_DEPTH } from '../../../src/checks/checklist/yaml-guard.js'
import { english } from '../../helpers/english.js'

const K = 60 * 1024
// The worst inputs of issue 14, each about 60 KB: the parser took 0.6–2 s on them, and parsing
// deep nesting twice in one process aborted Node ("RegExpCompiler Allocation failed").
const worst: Array<[string, string, RegExp]> = [
  ['nested flow lists', '['.repeat(K / 2) + ']'.repeat(K / 2), /nested more than 12 levels deep/],
  ['nested flow maps', '{a: '.repeat(K / 5) + '}'.repeat(K / 5), /nested more than 12 levels deep/],
  ['an unclosed bracket run', 'practice: ' + '['.repeat(K), /nested more than 12 levels deep/],
  ['compact nested lists', '- '.repeat(K / 2) + 'x', /nested more than 12 levels deep/],
  [
    'indented maps',
    Array.from({ length: 340 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' x',
    /nested more than 12 levels deep/,
  ],
  [
    'thousands of keys',
    Array.from({ length: 6000 }, (_, i) => `k${i}: v`).join('\n'),
    /more than 400 entries/,
  ],
  [
    'thousands of flow keys',
    '{' + Array.from({ length: 6000 }, (_, i) => `k${i}: v`).join(', ') + '}',
    /more than 400 entries/,
  ],
  [
    'thousands of anchors',
    Array.from({ length: 3000 }, (_, i) => `k${i}: &a${i} v`).join('\n'),
    /more than 50 YAML anchors/,
  ],
]

describe('YAML bounds before parsing (issue 14)', () => {
  it.each(worst)(
    '%s: refused on line 1 with a clear sentence, twice in one process',
    (_name, text, message) => {
      for (let round = 0; round < 2; round++) {
        const { checklist, problems } = parseChecklist(text, english)
        expect(checklist).toBeUndefined()
        expect(problems).toHaveLength(1)
        expect(formatProblem(problems[0]!)).toMatch(message)
      }
    },
  )

  it('says it in words a practice can act on', () => {
    expect(formatProblem(parseChecklist('['.repeat(100), english).problems[0]!)).toBe(
      `line 1: The file is nested more than ${MAX_NESTING_DEPTH} levels deep, which no checklist needs; write it as in the starter file ("checklist init").`,
    )
  })

  it('answers files get the same bounds', () => {
    expect(
      parseAnswers('['.repeat(5000), knownQuestionIds(undefined, 'en'), english).problems[0]?.message,
    ).toMatch(/nested more than 12 levels deep/)
  })

  it.each([
    ['the starter file', starterChecklist('s.yaml', english)],
    [
      'flow style',
      'practice: A\nquestions: [{id: a, text: "T?", why: W., fix: F., sessions: [video, audio]}]\n',
    ],
    [
      'a block scalar holding brackets',
      'practice: A\nwelcome: |\n  [[[[[[[[[[[[[[[[[[[[ hello\nmode: keep\n',
    ],
    [
      'quoted text with brackets, colons and #',
      `practice: "[[[[[[[[[[[[[[[[ a: b # c"\nwelcome: '{{{{{{{{{{{{{{{{ it''s'\n`,
    ],
  ])('lets %s through to the parser', (_name, text) => {
    expect(checkYamlShape(text)).toBeUndefined()
  })
})

describe('a value quoted back in a problem stays on one line', () => {
  it('a mode that spans two lines is quoted as one', () => {
    const text = starterChecklist('s.yaml', english).replace('mode: add\n\n', 'mode: add\n\n !\n')
    const { problems } = parseChecklist(text, english)
    expect(problems.map((problem) => problem.message)).toEqual([
      '"mode" must be keep, add or replace; it is "add !".',
    ])
  })
})
