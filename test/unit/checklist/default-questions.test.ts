import { describe, expect, it } from 'vitest'
import {
  defaultQuestions,
  defaultQuestionsFor,
  MAX_DEFAULT_QUESTIONS,
} from '../../../src/checks/checklist/default-questions.js'
import { SESSION_TYPES } from '../../../src/report/model.js'

describe('the built-in checklist', () => {
  it.each(SESSION_TYPES)('asks a %s session at most 8 questions, required ones first', (session) => {
    const questions = defaultQuestionsFor(session, 'en')
    expect(questions.length).toBeGreaterThan(0)
    expect(questions.length).toBeLessThanOrEqual(MAX_DEFAULT_QUESTIONS)
    const levels = questions.map((q) => q.level)
    expect(levels.lastIndexOf('required')).toBeLessThan(levels.indexOf('advisory'))
  })

  it('gives every question an id, why it matters, what to do, and a source', () => {
    const ids = defaultQuestions.map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const question of SESSION_TYPES.flatMap((session) => defaultQuestionsFor(session, 'en'))) {
      expect(question.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(question.text).toMatch(/\?( \(.*\))?$/)
      expect(question.why).toMatch(/\.$/)
      expect(question.fix).toMatch(/\.$/)
      expect(defaultQuestions.find((q) => q.id === question.id)?.sources.length).toBeGreaterThan(0)
    }
  })

  it('asks yes/no questions only: never for an address, a number or a name', () => {
    for (const question of SESSION_TYPES.flatMap((session) => defaultQuestionsFor(session, 'en'))) {
      expect(question.text).toMatch(/^(Are|Do|Does|Will|Is|Have)\b/)
      expect(question.text).not.toMatch(/^(What|Which|Who|Where)\b/)
    }
  })

  it('asks about the address and the safety of the place in every session', () => {
    for (const session of SESSION_TYPES) {
      expect(defaultQuestionsFor(session, 'en').map((q) => q.id)).toEqual(
        expect.arrayContaining(['private-space', 'safe-not-driving', 'know-location']),
      )
    }
  })
})
