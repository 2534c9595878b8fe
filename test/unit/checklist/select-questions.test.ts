import { describe, expect, it } from 'vitest'
import { english } from '../../helpers/english.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { defaultQuestions, MAX_DEFAULT_QUESTIONS } from '../../../src/checks/checklist/default-questions.js'
import {
  BUILT_IN_PRIORITY,
  questionPlanFor,
  questionsFor,
} from '../../../src/checks/checklist/select-questions.js'
import { starterChecklist } from '../../../src/checks/checklist/starter.js'
import type { ChecklistFile } from '../../../src/checks/checklist/types.js'
import { SESSION_TYPES } from '../../../src/report/model.js'

function fileOf(text: string): ChecklistFile {
  const { checklist, problems } = parseChecklist(text, english)
  expect(problems).toEqual([])
  return checklist!
}

const ownQuestions = (count: number, extra = '') =>
  fileOf(
    [
      'practice: Riverside',
      'mode: add',
      'questions:',
      ...Array.from({ length: count }, (_, index) =>
        [
          `  - id: own-${index + 1}`,
          `    text: Question ${index + 1}?`,
          '    why: It matters.',
          '    fix: Do it.',
          extra,
        ].join('\n'),
      ),
    ].join('\n'),
  )

describe("the checklist's cap never drops a practice's own question (issue 22)", () => {
  it.each(SESSION_TYPES)(
    'the starter file from checklist init, once named, asks its own question in a %s session',
    (session) => {
      const starter = fileOf(
        starterChecklist('session-checklist.yaml', english).replace(
          english('checklist.starter.placeholder'),
          'Riverside Counselling',
        ),
      )
      const asked = questionsFor(session, starter, 'en')
      expect(asked.map((question) => question.id)).toContain('intake-form')
      expect(asked.length).toBeLessThanOrEqual(MAX_DEFAULT_QUESTIONS)
      // The three safety questions stay.
      expect(asked.map((question) => question.id)).toEqual(
        expect.arrayContaining(['private-space', 'safe-not-driving', 'know-location']),
      )
    },
  )

  it('fills the list with the practice questions first, then the built-in ones by priority', () => {
    const plan = questionPlanFor('video', ownQuestions(3), 'en')
    expect(plan.asked.filter((question) => question.from === 'practice')).toHaveLength(3)
    expect(plan.asked).toHaveLength(MAX_DEFAULT_QUESTIONS)
    // Five built-in places are left: the five that matter most for a video session.
    const builtIn = plan.asked.filter((question) => question.from !== 'practice').map(({ id }) => id)
    expect(builtIn).toEqual([
      'private-space',
      'safe-not-driving',
      'know-location',
      'headphones',
      'callback-number',
    ])
    expect(plan.dropped.map(({ id }) => id)).toEqual(['devices-silenced', 'smart-speakers', 'secure-network'])
    // Asked in the usual order: the built-in ones as always, the practice's after them.
    expect(plan.asked.map(({ id }) => id).slice(-3)).toEqual(['own-1', 'own-2', 'own-3'])
  })

  it("asks every one of a practice's questions, even more than the cap, and then no built-in one", () => {
    const plan = questionPlanFor('audio', ownQuestions(10), 'en')
    expect(plan.asked.map(({ id }) => id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `own-${index + 1}`),
    )
    expect(plan.dropped.length).toBeGreaterThan(0)
    expect(plan.dropped.every((question) => question.from !== 'practice')).toBe(true)
  })

  it("a reworded built-in question is the practice's own and is never dropped", () => {
    const file = fileOf(
      [
        'mode: add',
        'questions:',
        ...['smart-speakers', 'a', 'b', 'c', 'd', 'e', 'f'].map((id) =>
          [`  - id: ${id}`, `    text: ${id}?`, '    why: W.', '    fix: F.'].join('\n'),
        ),
      ].join('\n'),
    )
    const plan = questionPlanFor('video', file, 'en')
    expect(plan.asked.map(({ id }) => id)).toContain('smart-speakers')
    expect(plan.asked.find(({ id }) => id === 'smart-speakers')?.from).toBe('practice')
    expect(plan.asked).toHaveLength(MAX_DEFAULT_QUESTIONS)
  })

  it('leaves the built-in lists alone when there is room', () => {
    for (const session of SESSION_TYPES) {
      const plan = questionPlanFor(session, undefined, 'en')
      expect(plan.dropped).toEqual([])
      expect(plan.asked.map(({ id }) => id)).toEqual(
        defaultQuestions.filter((question) => question.sessions.includes(session)).map(({ id }) => id),
      )
    }
  })

  it('ranks every built-in question exactly once', () => {
    expect([...BUILT_IN_PRIORITY].sort()).toEqual(defaultQuestions.map(({ id }) => id).sort())
  })
})
