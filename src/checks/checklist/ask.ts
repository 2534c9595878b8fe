import type { CheckId, CheckResult } from '../../report/model.js'
import type { Prompter } from '../../ui/prompter.js'
import { introLine, type AnsweredQuestion } from './evaluate.js'
import type { Answer, ChecklistQuestion } from './types.js'

export interface CollectInput {
  questions: readonly ChecklistQuestion[]
  /** Answers from an --answers file; these questions are not asked. */
  preset: ReadonlyMap<string, Answer>
  prompter?: Prompter
  /** The practice that wrote the checklist, named in the line above the first question. */
  practice?: string
  resultOf(id: CheckId): Promise<CheckResult | undefined>
}

/** Whether an automatic check already answered this question (for example a WPA2 network). */
async function isCovered(question: ChecklistQuestion, resultOf: CollectInput['resultOf']): Promise<boolean> {
  if (!question.answeredBy) return false
  const result = await resultOf(question.answeredBy.check)
  return result?.status === question.answeredBy.status
}

/**
 * Goes through the questions in order: skips those an automatic check answered, takes answers
 * from the file, and asks the rest, yes or no only. The number in "(2 of 7)" counts the questions
 * left to ask, so the person knows how long it takes.
 */
export async function collectAnswers(input: CollectInput): Promise<AnsweredQuestion[]> {
  const { questions, preset, prompter } = input
  const toAsk = questions.filter((question) => !preset.has(question.id)).length
  const answered: AnsweredQuestion[] = []
  let asked = 0
  for (const question of questions) {
    if (await isCovered(question, input.resultOf)) {
      answered.push({ question, outcome: 'covered' })
      continue
    }
    const fromFile = preset.get(question.id)
    if (fromFile) {
      answered.push({ question, outcome: fromFile })
      continue
    }
    if (!prompter) {
      answered.push({ question, outcome: 'unanswered' })
      continue
    }
    asked += 1
    const intro = asked === 1 ? `${introLine(toAsk, input.practice)}\n` : ''
    const yes = await prompter.confirm({ message: `${intro}(${asked} of ${toAsk}) ${question.text}` })
    answered.push({ question, outcome: yes ? 'yes' : 'no' })
  }
  return answered
}
