import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../../../src/checks/checklist/answers.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { knownQuestionIds } from '../../../src/checks/checklist/select-questions.js'
import { english } from '../../helpers/english.js'

describe('reading any text', () => {
  it('never throws, and every problem is a sentence with a line inside the file', () => {
    const yamlish = fc.stringMatching(/^[a-z\-:[\]{}&*!|>'"#, \n\t0-9]{0,200}$/)
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), (text) => {
        const lines = text.split('\n').length
        for (const { problems } of [
          parseChecklist(text, english),
          parseAnswers(text, knownQuestionIds(undefined, 'en'), english),
        ]) {
          for (const problem of problems) {
            expect(problem.message).toMatch(/^[A-Z"].*[.?]$/s)
            if (problem.line !== undefined) expect(problem.line).toBeGreaterThanOrEqual(1)
            if (problem.line !== undefined) expect(problem.line).toBeLessThanOrEqual(lines)
          }
        }
      }),
      { numRuns: 500 },
    )
  })

  it('does not let __proto__ or constructor keys through, or touch Object.prototype', () => {
    const { problems } = parseChecklist('__proto__:\n  polluted: yes\nconstructor: x\n', english)
    expect(problems.map((p) => p.line)).toEqual([1, 3])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(
      parseAnswers('__proto__: yes\n', knownQuestionIds(undefined, 'en'), english).problems[0]?.message,
    ).toBe('The name "__proto__" must be a question id: lowercase letters, digits and single dashes.')
  })
})
