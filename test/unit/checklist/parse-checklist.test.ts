import { describe, expect, it } from 'vitest'
import { formatProblem, parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { questionsFor } from '../../../src/checks/checklist/select-questions.js'
import { starterChecklist } from '../../../src/checks/checklist/starter.js'
import { english } from '../../helpers/english.js'

function problemsOf(text: string): string[] {
  const { checklist, problems } = parseChecklist(text, english)
  expect(checklist).toBeUndefined()
  return problems.map(formatProblem)
}

const valid = `practice: Riverside Counselling
welcome: Thanks for checking.
mode: add
questions:
  - id: intake-form
    text: Have you filled in the intake form?
    why: It saves time.
    fix: Fill it in now.
`

describe('parseChecklist: valid files', () => {
  it('reads a YAML checklist and fills in the defaults', () => {
    const { checklist, problems } = parseChecklist(valid, english)
    expect(problems).toEqual([])
    expect(checklist).toEqual({
      practice: 'Riverside Counselling',
      welcome: 'Thanks for checking.',
      mode: 'add',
      questions: [
        {
          id: 'intake-form',
          text: 'Have you filled in the intake form?',
          why: 'It saves time.',
          fix: 'Fill it in now.',
          level: 'required',
          sessions: ['video', 'audio', 'text'],
        },
      ],
    })
  })

  it('reads the same checklist as JSON, indented with tabs', () => {
    const json = JSON.stringify(
      {
        practice: 'Riverside',
        mode: 'replace',
        questions: [{ id: 'a', text: 'A?', why: 'W.', fix: 'F.', level: 'advisory', sessions: ['text'] }],
      },
      null,
      '\t',
    )
    const { checklist, problems } = parseChecklist(json, english)
    expect(problems).toEqual([])
    expect(checklist?.questions[0]?.level).toBe('advisory')
    expect(questionsFor('text', checklist, 'en').map((q) => q.id)).toEqual(['a'])
    expect(questionsFor('video', checklist, 'en')).toEqual([])
  })

  it('accepts the starter file that checklist init writes', () => {
    const { checklist, problems } = parseChecklist(
      starterChecklist('session-checklist.yaml', english),
      english,
    )
    expect(problems).toEqual([])
    expect(checklist?.practice).toBe('Your Practice Name')
    expect(checklist?.mode).toBe('add')
  })

  it('defaults the mode to keep when there are no questions', () => {
    expect(parseChecklist('practice: X\n', english).checklist?.mode).toBe('keep')
  })

  it('cleans escape sequences out of the texts, since they are printed in a terminal', () => {
    const { checklist } = parseChecklist('practice: "Evil\\e[2J\\e]0;title\\aPractice"\n', english)
    expect(checklist?.practice).toBe('EvilPractice')
  })
})

describe('parseChecklist: every problem, with its field and line', () => {
  it('reports wrong types and unknown keys, one per field, in line order', () => {
    const text = `version: 2
practice: 42
mode: merge
colour: blue
questions:
  - id: door
    text: Is the door closed?
    why: 7
    fix: Close it.
    level: mandatory
    sessions: [video, radio]
  - id: quiet
    text: ""
    whyy: because
    fix: x
`
    expect(problemsOf(text)).toEqual([
      'line 1: "version" must be 1; it is 2.',
      'line 2: "practice" must be text.',
      'line 3: "mode" must be keep, add or replace; it is "merge".',
      'line 4: The file has a field "colour" that checklists do not use; the fields are version, practice, welcome, meetingHosts, mode, questions.',
      'line 8: "why" in question 1 ("door") must be text.',
      'line 10: "level" in question 1 ("door") must be required or advisory; it is "mandatory".',
      'line 11: Entry 2 of "sessions" in question 1 ("door") must be video, audio or text; it is "radio".',
      'line 12: Question 2 ("quiet") is missing "why".',
      'line 13: "text" in question 2 ("quiet") is empty.',
      'line 14: Question 2 ("quiet") has a field "whyy" that checklists do not use; did you mean "why"?',
    ])
  })

  it('reports the JSON pointer and the field in words for each problem', () => {
    const { problems } = parseChecklist(
      'questions:\n  - id: a\n    text: A?\n    why: [1]\n    fix: F.\n',
      english,
    )
    expect(problems).toEqual([
      {
        line: 4,
        path: '/questions/0/why',
        field: '"why" in question 1 ("a")',
        message: '"why" in question 1 ("a") must be text.',
      },
    ])
  })

  it('reports duplicate ids at the second one', () => {
    const text =
      'questions:\n  - {id: door, text: A?, why: W., fix: F.}\n  - {id: quiet, text: B?, why: W., fix: F.}\n  - {id: door, text: C?, why: W., fix: F.}\n'
    expect(problemsOf(text)).toEqual([
      'line 4: Question 3 has the id "door", which question 1 already uses; each question needs its own id.',
    ])
  })

  it('reports duplicate keys in one question', () => {
    expect(problemsOf('questions:\n  - id: a\n    text: A?\n    text: B?\n')).toEqual([
      'line 4: The same field appears twice here; keep only one.',
    ])
  })

  it('reports ids that are not short dashed words', () => {
    expect(problemsOf('questions:\n  - {id: Bad Id, text: A?, why: W., fix: F.}\n')).toEqual([
      'line 2: "id" in question 1 ("Bad Id") must be lowercase letters, digits and single dashes, such as quiet-room; it is "Bad Id".',
    ])
  })

  it('reports text that is too long', () => {
    const [problem] = problemsOf(`practice: ${'x'.repeat(81)}\n`)
    expect(problem).toBe('line 1: "practice" is too long: at most 80 characters, and it has 81.')
  })

  it('reports a mode that contradicts the questions', () => {
    expect(problemsOf('mode: replace\n')).toEqual([
      'line 1: "mode" is replace, which leaves out the built-in questions, but the file has no questions of its own; add some, or use keep.',
    ])
    expect(problemsOf('mode: keep\nquestions:\n  - {id: a, text: A?, why: W., fix: F.}\n')[0]).toMatch(
      /^line 1: "mode" is keep/,
    )
  })

  it('reports an empty file, a list at the top, and several documents', () => {
    expect(problemsOf('')).toEqual(['line 1: The file is empty.'])
    expect(problemsOf('- a\n- b\n')).toEqual(['line 1: The file must be a set of "name: value" fields.'])
    expect(problemsOf('practice: A\n---\npractice: B\n')[0]).toMatch(
      /^line 2: The file holds more than one document/,
    )
  })

  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf('practice: A\nquestions:\n  - id: a\n\ttext: B\n')[0]).toMatch(/^line 4: /)
    expect(problemsOf('practice: "unterminated\n')[0]).toMatch(/^line \d: /)
  })

  it('never runs anything: YAML tags are refused, not resolved', () => {
    const problems = problemsOf('practice: !!js/function "function () { process.exit(9) }"\n')
    expect(problems[0]).toMatch(/^line 1: A YAML tag/)
  })

  it('stops a YAML alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
      'practice: *i',
      '',
    ].join('\n')
    expect(problemsOf(bomb)).toEqual([
      'line 2: The file repeats YAML aliases (*name) too many times to read safely; write the text out instead.',
    ])
  })

  it('refuses deep nesting without crashing', () => {
    const deep = 'practice: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n'
    expect(problemsOf(deep).length).toBeGreaterThan(0)
  })
})

describe('questionsFor', () => {
  it('keeps, adds to, or replaces the built-in questions', () => {
    const own = {
      id: 'intake-form',
      text: 'T?',
      why: 'W.',
      fix: 'F.',
      level: 'required' as const,
      sessions: ['video' as const],
    }
    const builtIn = questionsFor('video', undefined, 'en').map((q) => q.id)
    expect(questionsFor('video', { mode: 'keep', questions: [] }, 'en').map((q) => q.id)).toEqual(builtIn)
    // Eight questions at most: the practice's own takes the place of the least important built-in one.
    expect(questionsFor('video', { mode: 'add', questions: [own] }, 'en').map((q) => q.id)).toEqual([
      ...builtIn.filter((id) => id !== 'secure-network'),
      'intake-form',
    ])
    expect(questionsFor('video', { mode: 'replace', questions: [own] }, 'en').map((q) => q.id)).toEqual([
      'intake-form',
    ])
    expect(questionsFor('audio', { mode: 'replace', questions: [own] }, 'en')).toEqual([])
  })

  it('lets a practice reword a built-in question in place, keeping what answers it automatically', () => {
    const reworded = {
      id: 'secure-network',
      text: 'Home Wi-Fi?',
      why: 'W.',
      fix: 'F.',
      level: 'required' as const,
      sessions: ['video' as const],
    }
    const questions = questionsFor('video', { mode: 'add', questions: [reworded] }, 'en')
    const index = questions.findIndex((q) => q.id === 'secure-network')
    expect(index).toBe(questionsFor('video', undefined, 'en').findIndex((q) => q.id === 'secure-network'))
    expect(questions[index]).toMatchObject({
      text: 'Home Wi-Fi?',
      level: 'required',
      answeredBy: { check: 'wifi', status: 'pass' },
    })
    expect(questions.filter((q) => q.id === 'secure-network')).toHaveLength(1)
  })
})
