/**
 * Which sentence the checklist says, and with which numbers, for every mix of answers (issue 15:
 * surviving mutants showed the counts and the one/many choices untested). The catalogue is
 * replaced by one that echoes the key and its values, so these tests hold whatever the wording.
 */
import { describe, expect, it } from 'vitest'
import {
  evaluateChecklist,
  evaluateNoQuestions,
  evaluateNotAnswered,
  introLine,
  type AnsweredQuestion,
  type Outcome,
} from '../../../src/checks/checklist/evaluate.js'
import type { ChecklistQuestion } from '../../../src/checks/checklist/types.js'
import type { Msg } from '../../../src/messages/index.js'
import type { CheckId } from '../../../src/report/model.js'

const echo = ((key: string, values?: Record<string, string | number>) =>
  values
    ? `${key}(${Object.entries(values)
        .map(([name, value]) => `${name}=${value}`)
        .join('; ')})`
    : key) as Msg

const question = (
  id: string,
  level: 'required' | 'advisory',
  extra: Partial<ChecklistQuestion> = {},
): ChecklistQuestion => ({
  id,
  text: `${id}?`,
  why: `why ${id}`,
  fix: `fix ${id}`,
  level,
  sessions: ['video'],
  ...extra,
})
const covered = (id: string, check?: CheckId): AnsweredQuestion => ({
  question: question(id, 'advisory', check ? { answeredBy: { check, status: 'pass' } } : {}),
  outcome: 'covered',
})
const item = (id: string, level: 'required' | 'advisory', outcome: Outcome): AnsweredQuestion => ({
  question: question(id, level),
  outcome,
})
const summaryOf = (answered: AnsweredQuestion[]): string =>
  evaluateChecklist({ answered, answeredIn: 'terminal', checklist: 'built-in' }, echo).summary

describe('the checklist summary', () => {
  it('one question, answered yes: all in place', () => {
    expect(summaryOf([item('a', 'required', 'yes')])).toBe(
      'checklist.summary.pass(answered=checklist.answered.all(questions=checklist.questions; covered=))',
    )
  })

  it('counts only yes and no as asked, and names the check that covered one or more', () => {
    expect(
      summaryOf([item('a', 'required', 'yes'), item('b', 'advisory', 'yes'), covered('c', 'connection')]),
    ).toBe(
      'checklist.summary.pass(answered=checklist.answered.all(questions=checklist.questionsMany(count=2); covered=checklist.covered(check=checklist.check.connection)))',
    )
    expect(summaryOf([item('a', 'required', 'yes'), covered('c', 'apps'), covered('d', 'wifi')])).toBe(
      'checklist.summary.pass(answered=checklist.answered.all(questions=checklist.questions; covered=checklist.coveredMany(check=checklist.check.apps; count=2)))',
    )
  })

  it.each<[CheckId | undefined, string]>([
    ['devices', 'checklist.check.devices'],
    ['wifi', 'checklist.check.wifi'],
    ['link', 'checklist.check.other'],
    [undefined, 'checklist.check.wifi'],
  ])('a question covered by %s names %s', (check, name) => {
    expect(summaryOf([item('a', 'required', 'yes'), covered('c', check)])).toContain(
      `covered=checklist.covered(check=${name})`,
    )
  })

  it('one required no, then several, with one or more advisory ones beside', () => {
    expect(summaryOf([item('a', 'required', 'no'), item('b', 'advisory', 'yes')])).toBe(
      'checklist.summary.fail(answered=checklist.answered.some(questions=checklist.questionsMany(count=2); covered=); also=; skipped=)',
    )
    expect(
      summaryOf([item('a', 'required', 'no'), item('b', 'required', 'no'), item('c', 'advisory', 'no')]),
    ).toBe(
      'checklist.summary.failMany(answered=checklist.answered.some(questions=checklist.questionsMany(count=3); covered=); also=checklist.alsoWorthALook(count=1); skipped=; count=2)',
    )
    expect(
      summaryOf([
        item('a', 'required', 'no'),
        item('b', 'advisory', 'no'),
        item('c', 'advisory', 'no'),
        item('d', 'advisory', 'unanswered'),
      ]),
    ).toBe(
      'checklist.summary.fail(answered=checklist.answered.some(questions=checklist.questionsMany(count=3); covered=); also=checklist.alsoWorthALookMany(count=2); skipped=checklist.skipped)',
    )
  })

  it('one advisory no, then several', () => {
    expect(summaryOf([item('a', 'advisory', 'no')])).toBe(
      'checklist.summary.warn(answered=checklist.answered.some(questions=checklist.questions; covered=); skipped=)',
    )
    expect(
      summaryOf([
        item('a', 'advisory', 'no'),
        item('b', 'advisory', 'no'),
        item('c', 'advisory', 'unanswered'),
        item('d', 'required', 'unanswered'),
      ]),
    ).toBe(
      'checklist.summary.warnMany(answered=checklist.answered.some(questions=checklist.questionsMany(count=2); covered=); skipped=checklist.skippedMany(count=2); count=2)',
    )
  })

  it('all answered yes but some left unanswered', () => {
    expect(summaryOf([item('a', 'required', 'yes'), item('b', 'advisory', 'unanswered')])).toBe(
      'checklist.summary.passSkipped(answered=checklist.answered.some(questions=checklist.questions; covered=); skipped=checklist.skipped)',
    )
  })
})

describe('what the checklist records', () => {
  it('each answer’s value and status, a practice’s questions marked as its own', () => {
    const practice = {
      question: question('p', 'required', { from: 'practice', topic: 'room' }),
      outcome: 'no' as const,
    }
    const outcome = evaluateChecklist(
      {
        answered: [
          item('a', 'advisory', 'yes'),
          item('b', 'advisory', 'no'),
          item('c', 'required', 'unanswered'),
          covered('d', 'devices'),
          practice,
        ],
        answeredIn: 'answers-file-and-terminal',
        checklist: 'practice',
      },
      echo,
    )
    expect(outcome.status).toBe('fail')
    expect(outcome.measurements).toStrictEqual([
      { id: 'a', label: 'a?', value: 'checklist.value.yes', status: 'pass' },
      { id: 'b', label: 'b?', value: 'checklist.value.no', status: 'warn' },
      { id: 'c', label: 'c?', value: 'checklist.value.notAnswered', status: 'skip' },
      {
        id: 'd',
        label: 'd?',
        value: 'checklist.value.answeredBy(check=checklist.check.devices)',
        status: 'pass',
      },
      { id: 'p', label: 'p?', value: 'checklist.value.no', status: 'fail', from: 'practice' },
    ])
    expect(outcome.steps).toStrictEqual([
      { text: 'fix p', priority: 'must', from: 'practice', topic: 'room' },
      { text: 'fix b', priority: 'consider', from: 'tool' },
    ])
    expect(outcome.advice).toEqual(['fix p', 'fix b'])
    expect(outcome.details).toStrictEqual({
      checklist: 'practice',
      answeredIn: 'answers-file-and-terminal',
      answers: { a: 'yes', b: 'no', c: 'unanswered', d: 'covered', p: 'no' },
      required: ['c', 'p'],
      noRequired: ['p'],
      noAdvisory: ['b'],
      why: { p: 'why p', b: 'why b' },
    })
  })

  it('a warning only, and nothing at all', () => {
    expect(
      evaluateChecklist(
        { answered: [item('b', 'advisory', 'no')], answeredIn: 'terminal', checklist: 'built-in' },
        echo,
      ).status,
    ).toBe('warn')
    expect(
      evaluateChecklist({ answered: [], answeredIn: 'terminal', checklist: 'built-in' }, echo),
    ).toMatchObject({ status: 'pass', advice: [], steps: [], measurements: [] })
  })
})

describe('the lines around the questions', () => {
  it.each([
    [1, undefined, 'checklist.intro'],
    [3, undefined, 'checklist.introMany(count=3)'],
    [1, 'Riverside', 'checklist.introPractice(practice=Riverside)'],
    [2, 'Riverside', 'checklist.introPracticeMany(practice=Riverside; count=2)'],
  ])('%d questions from %s', (count, practice, line) => {
    expect(introLine(count, practice, echo)).toBe(line)
  })

  it('nobody to ask, or no questions for this session: skipped, with the reason', () => {
    expect(evaluateNotAnswered(echo)).toStrictEqual({
      status: 'skip',
      summary: 'checklist.notAnswered',
      advice: ['checklist.step.answersFile'],
      details: { reason: 'no-terminal' },
    })
    expect(evaluateNoQuestions('text', echo)).toStrictEqual({
      status: 'skip',
      summary: 'checklist.noQuestions.text',
      advice: [],
      details: { reason: 'no-questions' },
    })
  })
})
