import type { CheckId, CheckResult } from '../../report/model.js'
import type { Prompter } from '../../ui/prompter.js'
import { introLine, type AnsweredQuestion } from './evaluate.js'
import { type Msg } from '../../messages/index.js'
import type { Answer, ChecklistQuestion } from './types.js'

export interface CollectInput {
  questions: readonly ChecklistQuestion[]
  /** Answers from an --answers file; these questions are not asked. */
  preset: ReadonlyMap<string, Answer>
  prompter?: Prompter
  /** The practice that wrote the checklist, named in the line above the first question. */
  practice?: string
  resultOf(id: CheckId): Promise<CheckResult | undefined>
  /** The sentences in the person's language; English when not given. */
  msg: Msg
}

const pending = Symbol('pending')

/** The value of a promise if it has already settled, without waiting for it. */
async function peek<T>(promise: Promise<T>): Promise<T | typeof pending> {
  return Promise.race([promise, Promise.resolve(pending)])
}

function coveredBy(question: ChecklistQuestion, result: CheckResult | undefined): boolean {
  return result?.status === question.answeredBy?.status
}

/** Whether an automatic check already answered this question (for example a WPA2 network); waits for that check. */
async function isCovered(question: ChecklistQuestion, resultOf: CollectInput['resultOf']): Promise<boolean> {
  return question.answeredBy ? coveredBy(question, await resultOf(question.answeredBy.check)) : false
}

/** Whether a check that has already finished answered it; never waits, so counting stays instant. */
async function isKnownCovered(
  question: ChecklistQuestion,
  resultOf: CollectInput['resultOf'],
): Promise<boolean> {
  if (!question.answeredBy) return false
  const result = await peek(resultOf(question.answeredBy.check))
  return result !== pending && coveredBy(question, result)
}

/** How many of these questions will still be put to the person, as far as we know now. */
async function countToAsk(questions: readonly ChecklistQuestion[], input: CollectInput): Promise<number> {
  let count = 0
  for (const question of questions)
    if (!input.preset.has(question.id) && !(await isKnownCovered(question, input.resultOf))) count += 1
  return count
}

/** How long the first question waits for the checks that may answer questions (the Wi-Fi check takes under 1.5 s). */
export const WAIT_FOR_COVERING_CHECKS_MS = 2000

/**
 * Gives the checks that may answer a question a moment to finish before anything is asked, so
 * "(1 of 7)" is right from the start instead of turning from "of 8" into "of 7" half-way.
 */
async function waitForCoveringChecks(
  questions: readonly ChecklistQuestion[],
  resultOf: CollectInput['resultOf'],
): Promise<void> {
  const checks = [
    ...new Set(questions.flatMap((question) => (question.answeredBy ? [question.answeredBy.check] : []))),
  ]
  if (checks.length === 0) return
  let timer: NodeJS.Timeout | undefined
  const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, WAIT_FOR_COVERING_CHECKS_MS)))
  await Promise.race([Promise.all(checks.map((id) => resultOf(id))), cap])
  clearTimeout(timer)
}

/**
 * Goes through the questions in order: skips those an automatic check answered, takes answers
 * from the file, and asks the rest, yes or no only. "(2 of 7)" counts the questions to ask, so
 * the person knows how long it takes; it drops by one when a check answers a later question.
 */
export async function collectAnswers(input: CollectInput): Promise<AnsweredQuestion[]> {
  const { questions, preset, prompter } = input
  const answered: AnsweredQuestion[] = []
  let asked = 0
  if (prompter) await waitForCoveringChecks(questions, input.resultOf)
  for (const [index, question] of questions.entries()) {
    if (await isCovered(question, input.resultOf)) {
      answered.push({ question, outcome: 'covered' })
      continue
    }
    const fromFile = preset.get(question.id)
    if (fromFile || !prompter) {
      answered.push({ question, outcome: fromFile ?? 'unanswered' })
      continue
    }
    const total = asked + 1 + (await countToAsk(questions.slice(index + 1), input))
    asked += 1
    const msg = input.msg
    const intro = asked === 1 ? `${introLine(total, input.practice, msg)}\n` : ''
    const yes = await prompter.confirm({
      message: `${intro}${msg('checklist.question', { asked, total, question: question.text })}`,
    })
    answered.push({ question, outcome: yes ? 'yes' : 'no' })
  }
  return answered
}
