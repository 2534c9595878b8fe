import { describe, expect, it } from 'vitest'
import { missingRequiredAnswers, parseAnswers } from '../../../src/checks/checklist/answers.js'
import { formatProblem } from '../../../src/checks/checklist/load-checklist.js'
import { knownQuestionIds, questionsFor } from '../../../src/checks/checklist/select-questions.js'
import { english } from '../../helpers/english.js'

const known = knownQuestionIds(undefined, 'en')

describe('parseAnswers', () => {
  it('reads yes and no from YAML, in any case, and true or false', () => {
    const { answers, problems } = parseAnswers(
      'private-space: yes\nheadphones: No\nknow-location: true\nsmart-speakers: false\n',
      known,
      english,
    )
    expect(problems).toEqual([])
    expect(Object.fromEntries(answers ?? [])).toEqual({
      'private-space': 'yes',
      headphones: 'no',
      'know-location': 'yes',
      'smart-speakers': 'no',
    })
  })

  it('reads JSON too', () => {
    expect(
      parseAnswers('{"private-space": "yes", "headphones": "no"}', known, english).answers?.get('headphones'),
    ).toBe('no')
  })

  it('knows the ids of every session type, so one file can serve all three', () => {
    expect(
      parseAnswers('backup-plan: yes\nown-device: no\nsecure-network: yes\n', known, english).problems,
    ).toEqual([])
  })

  it('reports unknown ids with their line, and suggests the near miss', () => {
    const { answers, problems } = parseAnswers(
      'private-space: yes\nprivate-spce: yes\nfavourite-colour: no\n',
      known,
      english,
    )
    expect(answers).toBeUndefined()
    expect(problems.map(formatProblem)).toEqual([
      'line 2: "private-spce" is not a question in this checklist; did you mean "private-space"?',
      `line 3: "favourite-colour" is not a question in this checklist; the questions are ${[...known].join(', ')}.`,
    ])
  })

  it('reports answers that are not yes or no, with their line', () => {
    expect(
      parseAnswers('private-space: yes\nheadphones: maybe\n', known, english).problems.map(formatProblem),
    ).toEqual(['line 2: The answer to "headphones" must be yes, no, y, n, true or false.'])
  })

  it('refuses free text such as an address, and never repeats it back', () => {
    const { problems } = parseAnswers(
      'know-location: 221B Baker Street, London NW1 6XE\ncallback-number: "+44 20 7946 0000"\n',
      known,
      english,
    )
    expect(problems.map(formatProblem)).toEqual([
      'line 1: The answer to "know-location" must be yes, no, y, n, true or false.',
      'line 2: The answer to "callback-number" must be yes, no, y, n, true or false.',
    ])
    expect(JSON.stringify(problems)).not.toMatch(/Baker|7946/)
  })

  it('reports a file that is not a mapping', () => {
    expect(parseAnswers('- yes\n- no\n', known, english).problems.map(formatProblem)).toEqual([
      'line 1: The answers file must be a set of "name: value" fields.',
    ])
  })
})

describe('missingRequiredAnswers', () => {
  it('lists the required questions of the session that have no answer', () => {
    const answers = new Map([['private-space', 'yes' as const]])
    expect(
      missingRequiredAnswers(questionsFor('video', undefined, 'en'), answers).map((p) => p.field),
    ).toEqual(['"safe-not-driving"', '"know-location"'])
  })
})
