import { describe, expect, it } from 'vitest'
import { parseChecklist, formatProblem } from '../../../src/checks/checklist/load-checklist.js'
import { parseAnswers } from '../../../src/checks/checklist/answers.js'
import { knownQuestionIds } from '../../../src/checks/checklist/select-questions.js'
import { starterChecklist } from '../../../src/checks/checklist/starter.js'
import {
  checkYamlShape,
  MAX_ANCHORS,
  MAX_ENTRIES,
  MAX_NESTING_DEPTH,
} from '../../../src/checks/checklist/yaml-guard.js'
import { messagesFor } from '../../../src/messages/index.js'
import { RUN_COMMAND } from '../../../src/tool.js'
import { english } from '../../helpers/english.js'

/** `count` lines of `kN: v`. */
const keys = (count: number): string => Array.from({ length: count }, (_, i) => `k${i}: v`).join('\n')
/** `count` lines of `kN: &aN v`. */
const anchors = (count: number): string =>
  Array.from({ length: count }, (_, i) => `k${i}: &a${i} v`).join('\n')
/** A map nested `levels` deep in block style. */
const nested = (levels: number): string =>
  Array.from({ length: levels }, (_, i) => ' '.repeat(i * 2) + `a${i}:`).join('\n') + ' x'

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
      `line 1: The file is nested more than ${MAX_NESTING_DEPTH} levels deep, which no checklist needs; write it as in the starter file (${RUN_COMMAND} checklist init).`,
    )
  })

  it("says it in the run's language", () => {
    const spanish = messagesFor('es')
    const said = (text: string) => parseChecklist(text, spanish).problems.map((problem) => problem.message)
    expect(said('['.repeat(100))).toEqual([
      `El archivo tiene más de ${MAX_NESTING_DEPTH} niveles de anidación, y ninguna lista de verificación necesita tantos; escríbalo como la lista de ejemplo (${RUN_COMMAND} checklist init).`,
    ])
    expect(said(keys(500))).toEqual([spanish('error.yaml.tooManyEntries', { limit: MAX_ENTRIES })])
    expect(said(anchors(100))).toEqual([spanish('error.yaml.tooManyAnchors', { limit: MAX_ANCHORS })])
    expect(said(anchors(100))[0]).toMatch(/^El archivo usa más de 50 anclas YAML/)
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

// Issue 23: a line scanner that ran before the parser took `a:'b` for an opening quote, though YAML
// reads it as plain text; nothing after such a line was counted, and 6000 keys cost the parser
// 0.3 s. The guard now counts on the parser's own tokens, so it cannot disagree about quotes.
describe('lines that look like an open quote, a comment or a block, and are not (issue 23)', () => {
  const traps: Array<[string, string]> = [
    ["a plain value with a ' after a colon", "x: a:'b"],
    ['a plain value with a " after a colon', 'x: a:"b'],
    ['an apostrophe in plain text', "x: it's open"],
    ['a quote that opens mid-word', 'x: say"hi'],
    ['a quoted value that closes', "x: 'it''s' # and a \"quote"],
    ['a comment holding quotes', "# it's \"here\nx: 1 # and 'here"],
    ['a bracket inside a word', 'x: a[b'],
    ['a brace inside a word', 'x: a{b'],
    ['a flow list that closes', "x: [a:'b, \"c\", 'd']"],
    ['a flow map that closes', 'x: {a: b\'c, d: "e\'"}'],
    ['a block scalar holding quotes', "x: |\n  it's \"open\n  'and [this {too\ny: 1"],
    ['a folded block scalar holding quotes', 'x: >-\n  a:\'b\n  "c\ny: 1'],
    ['a list item with a quote after a colon', "x:\n  - a:'b"],
  ]

  it.each(traps)(
    '%s, then 6000 keys: refused for too many entries, on the line where they pass 400',
    (_name, trap) => {
      const text = `${trap}\n${keys(6000)}`
      const { checklist, problems } = parseChecklist(text, english)
      expect(checklist).toBeUndefined()
      expect(problems).toHaveLength(1)
      expect(problems[0]?.message).toBe(english('error.yaml.tooManyEntries', { limit: MAX_ENTRIES }))
      // The entries before the keys, counted as YAML counts them, put the refusal within the keys' lines.
      const trapLines = trap.split('\n').length
      expect(problems[0]?.line).toBeGreaterThan(trapLines)
      expect(problems[0]?.line).toBeLessThanOrEqual(trapLines + MAX_ENTRIES + 1)
    },
  )

  it('the line of issue 23 exactly: refused on line 401, where the 401st entry is', () => {
    const { problems } = parseChecklist(`x: a:'b\n${keys(6000)}`, english)
    expect(problems.map(formatProblem)).toEqual([
      `line 401: The file has more than ${MAX_ENTRIES} entries (fields and list items), far more than a checklist needs; keep only the questions your clients answer, as in the starter file (${RUN_COMMAND} checklist init).`,
    ])
  })

  it.each(traps)('%s, then nesting 20 deep: refused for nesting', (_name, trap) => {
    const { problems } = parseChecklist(`${trap}\nz:\n${nested(20).replace(/^/gm, '  ')}`, english)
    expect(problems.map((problem) => problem.message)).toEqual([
      english('error.yaml.tooDeep', { limit: MAX_NESTING_DEPTH }),
    ])
  })

  it.each(traps)('%s, then 100 anchors: refused for anchors', (_name, trap) => {
    const { problems } = parseChecklist(`${trap}\n${anchors(100)}`, english)
    expect(problems.map((problem) => problem.message)).toEqual([
      english('error.yaml.tooManyAnchors', { limit: MAX_ANCHORS }),
    ])
  })

  it.each([
    [
      'pairs in a flow list, each a map of its own',
      `x: [${Array.from({ length: 250 }, (_, i) => `k${i}: v`).join(', ')}]`,
    ],
  ])('%s: refused for too many entries', (_name, text) => {
    expect(parseChecklist(text, english).problems.map((problem) => problem.message)).toEqual([
      english('error.yaml.tooManyEntries', { limit: MAX_ENTRIES }),
    ])
  })

  it('nested pairs in flow lists count their maps: 7 lists of pairs are 14 levels', () => {
    const text = 'x: ' + '[a: '.repeat(7) + 'b' + ']'.repeat(7)
    expect(parseChecklist(text, english).problems.map((problem) => problem.message)).toEqual([
      english('error.yaml.tooDeep', { limit: MAX_NESTING_DEPTH }),
    ])
  })

  it('stray closing brackets are not read past the first 50 problems', () => {
    // 64 KB of them took the parser 16 s to build into a document.
    const { problems } = parseChecklist(']'.repeat(64 * 1024 - 1), english)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.length).toBeLessThanOrEqual(60)
    expect(problems.every((problem) => problem.line === 1)).toBe(true)
  })

  it('just under every limit, a file still reaches the parser', () => {
    expect(checkYamlShape(`${keys(MAX_ENTRIES)}`)).toBeUndefined()
    expect(checkYamlShape(`${anchors(MAX_ANCHORS)}`)).toBeUndefined()
    expect(checkYamlShape(nested(MAX_NESTING_DEPTH))).toBeUndefined()
    expect(checkYamlShape(nested(MAX_NESTING_DEPTH + 1))?.limit).toBe('depth')
    expect(checkYamlShape(keys(MAX_ENTRIES + 1))?.limit).toBe('entries')
    expect(checkYamlShape(anchors(MAX_ANCHORS + 1))?.limit).toBe('anchors')
  })
})
