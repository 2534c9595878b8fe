import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError, describeFileError, describeReadError } from '../../../src/errors.js'
import { assertWritableTarget, saveFailure } from '../../../src/files/write-file.js'
import { readSource } from '../../../src/checks/checklist/read-source.js'
import { describeProblems, loadChecklist } from '../../../src/checks/checklist/prepare.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { catalogueOf, LANGUAGES, messagesFor, type MessageKey } from '../../../src/messages/index.js'
import { english, msg } from '../../helpers/english.js'

/**
 * Issue 16: an error a person can meet is said in the run's language. The error keeps its English
 * sentence as `message` (for logs and --debug), and main says it with `sentenceIn(messagesFor(lang))`.
 */
const es = messagesFor('es')
const dir = mkdtempSync(join(tmpdir(), 'session-check-es-errors-'))
mkdirSync(join(dir, 'carpeta'))
writeFileSync(
  join(dir, 'bad.yaml'),
  'questions:\n  - id: a\n    text: Is the door closed?\n    why: 3\n    fix: Close it.\n',
)
writeFileSync(join(dir, 'tabs.yaml'), 'practice: x\nquestions:\n\t- id: a\n')
writeFileSync(join(dir, 'page.yaml'), '<!doctype html><html><body>Sign in</body></html>')

const englishMarkers = [
  ' the ',
  ' your ',
  'Run ',
  'Check',
  'Fix',
  'Could not',
  'Cannot',
  'must be',
  ' is ',
  'file ',
  'folder',
  'There ',
  'Question',
]

async function thrown(action: () => unknown): Promise<UsageError<typeof msg>> {
  const error = await Promise.resolve()
    .then(action)
    .then(
      () => undefined,
      (e: unknown) => e,
    )
  expect(error).toBeInstanceOf(UsageError)
  return error as UsageError<typeof msg>
}

const fetchNothing = (): Promise<Response> => Promise.reject(new Error('no network in this test'))
const context = {
  cwd: dir,
  fetch: fetchNothing,
  env: {},
  signal: new AbortController().signal,
  msg: english,
  options: {
    session: 'video' as const,
    interactive: false,
    timeoutMs: 1000,
    offline: false,
    lang: 'en' as const,
  },
}

const cases: Array<[string, () => unknown]> = [
  [
    'a report saved into a folder that does not exist',
    () => assertWritableTarget('nowhere/report.html', dir, english),
  ],
  ['a report saved onto a folder', () => assertWritableTarget('carpeta', dir, english)],
  [
    'a save that failed on a full disk',
    () => {
      throw saveFailure('report.html', Object.assign(new Error('x'), { code: 'ENOSPC' }), english)
    },
  ],
  [
    'a checklist that does not exist',
    () => readSource('missing.yaml', { cwd: dir, fetch: fetchNothing, what: 'checklist', msg: english }),
  ],
  [
    'a checklist that is a folder',
    () => readSource('carpeta', { cwd: dir, fetch: fetchNothing, what: 'checklist', msg: english }),
  ],
  [
    'an answers file given as a link',
    () =>
      readSource('https://example.org/answers.yaml', {
        cwd: dir,
        fetch: fetchNothing,
        what: 'answers file',
        msg: english,
      }),
  ],
  [
    'a checklist link over http',
    () =>
      readSource('http://example.org/c.yaml', {
        msg: english,
        cwd: dir,
        fetch: fetchNothing,
        what: 'checklist',
        allowUrl: true,
      }),
  ],
  [
    'a checklist that is a saved web page',
    () => readSource('page.yaml', { cwd: dir, fetch: fetchNothing, what: 'checklist', msg: english }),
  ],
  ['a checklist with a field of the wrong type', () => loadChecklist('bad.yaml', context as never)],
  ['a checklist indented with tabs', () => loadChecklist('tabs.yaml', context as never)],
]

describe('errors in Spanish (issue 16)', () => {
  it.each(cases)('%s: English as before, and Spanish when asked', async (_name, action) => {
    const error = await thrown(action)
    expect(error.sentenceIn(msg)).toBe(error.message)
    const spanish = error.sentenceIn(es)
    expect(spanish).not.toBe(error.message)
    expect(englishMarkers.filter((marker) => spanish.includes(marker))).toEqual([])
  })

  it('says where a checklist problem is, in Spanish', async () => {
    const error = await thrown(() => loadChecklist('bad.yaml', context as never))
    expect(error.message).toBe(
      'The checklist bad.yaml has a problem on line 4: "why" in question 1 ("a") must be text.',
    )
    expect(error.sentenceIn(es)).toBe(
      'Hay un problema en la lista de verificación bad.yaml, en la línea 4: "why" en la pregunta 1 ("a"): debe ser texto.',
    )
  })

  it('a problem that opens a sentence with its field is written whole, with no capitalising', () => {
    const [problem] = parseChecklist(
      'questions:\n  - id: a\n    text: Q?\n    why: W.\n    fix: F.\n    colour: red\n',
      english,
    ).problems
    expect(problem?.message).toBe(
      'Question 1 ("a") has a field "colour" that checklists do not use; the fields are id, text, why, fix, level, sessions.',
    )
    expect(problem?.words?.(es)).toBe(
      'La pregunta 1 ("a") tiene un campo "colour" que las listas no usan. Los campos son: id, text, why, fix, level, sessions.',
    )
    expect(describeProblems('answers file', 'a.yaml', [])(es)).toBe(
      'No se pudo leer el archivo de respuestas a.yaml.',
    )
  })

  it('every errno code names clauses that every language has', () => {
    const codes = [
      'ENOENT',
      'ENOTDIR',
      'EACCES',
      'EPERM',
      'EROFS',
      'ENOSPC',
      'EDQUOT',
      'EFBIG',
      'EISDIR',
      'EEXIST',
      'ENAMETOOLONG',
      'ELOOP',
      'EBUSY',
      'ETXTBSY',
      'EMFILE',
      'ENFILE',
      'EIO',
      'ENXIO',
      'EWHAT',
    ]
    const keys = codes.flatMap((code) => {
      const error = Object.assign(new Error('x'), { code })
      const { what, todo } = describeFileError(error)
      return [what, todo, describeReadError(error)]
    })
    for (const language of LANGUAGES) {
      const catalogue = catalogueOf(language)
      expect(keys.filter((key) => !(key in catalogue) || catalogue[key as MessageKey] === '')).toEqual([])
    }
  })
})
