import type { Check } from '../types.js'
import { checkInfo } from '../info.js'
import type { ChecklistOptions } from '../../options.js'
import { collectAnswers } from './ask.js'
import { evaluateChecklist, evaluateNoQuestions, evaluateNotAnswered } from './evaluate.js'
import type { PreparedChecklist } from './prepare.js'
import { questionsFor } from './select-questions.js'
import { practiceIn } from './languages.js'

/**
 * The privacy checklist: yes/no questions software cannot answer (is the door closed?), from the
 * built-in list for the session type or a practice's own file. Runs alongside the automatic
 * checks, so the connection is measured while the person answers.
 */
export const checklistCheck: Check<PreparedChecklist | undefined, ChecklistOptions> = {
  ...checkInfo.checklist,
  async prepare(ctx) {
    // The file readers (yaml, ajv) load only when a file was named: a plain run stays quick to start.
    if (!ctx.options.checklist && !ctx.options.answers) return undefined
    const { prepareChecklist } = await import('./prepare.js')
    return prepareChecklist(ctx)
  },
  async run(ctx, prepared = {}) {
    const msg = ctx.msg
    const language = ctx.options.lang
    const questions = questionsFor(ctx.options.session, prepared.checklist, language)
    if (questions.length === 0) return evaluateNoQuestions(ctx.options.session, msg)
    if (!ctx.prompter && !prepared.answers) return evaluateNotAnswered(msg)
    const answered = await collectAnswers({
      questions,
      preset: prepared.answers ?? new Map(),
      prompter: ctx.prompter,
      practice: practiceIn(prepared.checklist, language)?.name,
      resultOf: ctx.resultOf,
      msg,
    })
    const fromTerminal = answered.some(
      (item) => !prepared.answers?.has(item.question.id) && (item.outcome === 'yes' || item.outcome === 'no'),
    )
    return evaluateChecklist(
      {
        answered,
        answeredIn: !prepared.answers
          ? 'terminal'
          : fromTerminal
            ? 'answers-file-and-terminal'
            : 'answers-file',
        checklist: prepared.checklist && prepared.checklist.mode !== 'keep' ? 'practice' : 'built-in',
      },
      msg,
    )
  },
}
