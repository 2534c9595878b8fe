import type { Check } from '../types.js'
import { collectAnswers } from './ask.js'
import { evaluateChecklist, evaluateNoQuestions, evaluateNotAnswered } from './evaluate.js'
import { questionsFor } from './load-checklist.js'
import { prepareChecklist, type PreparedChecklist } from './prepare.js'

/**
 * The privacy checklist: yes/no questions software cannot answer (is the door closed?), from the
 * built-in list for the session type or a practice's own file. Runs alongside the automatic
 * checks, so the connection is measured while the person answers.
 */
export const checklistCheck: Check = {
  interactive: true,
  id: 'checklist',
  title: 'Checklist',
  activity: 'Privacy checklist',
  prepare: prepareChecklist,
  async run(ctx) {
    const prepared = (ctx.prepared ?? {}) as PreparedChecklist
    const questions = questionsFor(ctx.options.session, prepared.checklist)
    if (questions.length === 0) return evaluateNoQuestions(ctx.options.session)
    if (!ctx.prompter && !prepared.answers) return evaluateNotAnswered()
    const answered = await collectAnswers({ questions, preset: prepared.answers ?? new Map(), prompter: ctx.prompter, practice: prepared.checklist?.practice, resultOf: ctx.resultOf })
    const fromTerminal = answered.some((item) => !prepared.answers?.has(item.question.id) && (item.outcome === 'yes' || item.outcome === 'no'))
    return evaluateChecklist({
      answered,
      answeredIn: !prepared.answers ? 'terminal' : fromTerminal ? 'answers-file-and-terminal' : 'answers-file',
      checklist: prepared.checklist && prepared.checklist.mode !== 'keep' ? 'practice' : 'built-in',
    })
  },
}
