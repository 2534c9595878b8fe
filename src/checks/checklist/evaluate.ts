import type { AdviceStep, CheckId, Measurement, SessionType, Status } from '../../report/model.js'
import type { CheckOutcome } from '../types.js'
import type { Answer, ChecklistQuestion } from './types.js'
import { type Msg, type PlainKey } from '../../messages/index.js'
import { defined } from '../../defined.js'

/** How one question ended: answered, covered by an automatic check, or left unanswered. */
export type Outcome = Answer | 'covered' | 'unanswered'

export interface AnsweredQuestion {
  question: ChecklistQuestion
  outcome: Outcome
}

export interface ChecklistFacts {
  answered: readonly AnsweredQuestion[]
  /** Where the answers came from; 'page': the web check's Yes and No buttons (src/web/). */
  answeredIn: 'terminal' | 'answers-file' | 'answers-file-and-terminal' | 'page'
  /** built-in, or the practice's own file. */
  checklist: 'built-in' | 'practice'
}

const checkNames: Partial<Record<CheckId, PlainKey>> = {
  wifi: 'checklist.check.wifi',
  connection: 'checklist.check.connection',
  apps: 'checklist.check.apps',
  devices: 'checklist.check.devices',
}

function checkName(id: CheckId | undefined, m: Msg): string {
  return m(checkNames[id ?? 'wifi'] ?? 'checklist.check.other')
}

function questionsWord(count: number, m: Msg): string {
  return count === 1 ? m('checklist.questions') : m('checklist.questionsMany', { count })
}

/** The line shown above the first question, so the questions do not come out of nowhere. */
export function introLine(count: number, practice: string | undefined, m: Msg): string {
  if (practice)
    return count === 1
      ? m('checklist.introPractice', { practice })
      : m('checklist.introPracticeMany', { practice, count })
  return count === 1 ? m('checklist.intro') : m('checklist.introMany', { count })
}

/** Nobody could be asked and no --answers file was given: skipped, not failed (unless --strict). */
export function evaluateNotAnswered(m: Msg): CheckOutcome {
  return {
    status: 'skip',
    summary: m('checklist.notAnswered'),
    advice: [m('checklist.step.answersFile')],
    details: { reason: 'no-terminal' },
  }
}

export function evaluateNoQuestions(session: SessionType, m: Msg): CheckOutcome {
  return {
    status: 'skip',
    summary: m(`checklist.noQuestions.${session}`),
    advice: [],
    details: { reason: 'no-questions' },
  }
}

function statusOf(item: AnsweredQuestion): Status {
  if (item.outcome === 'no') return item.question.level === 'required' ? 'fail' : 'warn'
  if (item.outcome === 'unanswered') return 'skip'
  return 'pass'
}

function valueOf(item: AnsweredQuestion, m: Msg): string {
  if (item.outcome === 'covered')
    return m('checklist.value.answeredBy', { check: checkName(item.question.answeredBy?.check, m) })
  if (item.outcome === 'unanswered') return m('checklist.value.notAnswered')
  return item.outcome === 'yes' ? m('checklist.value.yes') : m('checklist.value.no')
}

/** One sentence: how many were answered, and what needs doing. Calm, never blaming. */
function summarise(answered: readonly AnsweredQuestion[], failed: number, warned: number, m: Msg): string {
  const asked = answered.filter((item) => item.outcome === 'yes' || item.outcome === 'no').length
  const covered = answered.filter((item) => item.outcome === 'covered')
  const skippedCount = answered.filter((item) => item.outcome === 'unanswered').length
  const check = checkName(covered[0]?.question.answeredBy?.check, m)
  const coveredBy =
    covered.length === 0
      ? ''
      : covered.length === 1
        ? m('checklist.covered', { check })
        : m('checklist.coveredMany', { check, count: covered.length })
  const all = failed + warned === 0 && skippedCount === 0
  const answeredPart = m(all ? 'checklist.answered.all' : 'checklist.answered.some', {
    questions: questionsWord(asked, m),
    covered: coveredBy,
  })
  const skipped =
    skippedCount === 0
      ? ''
      : skippedCount === 1
        ? m('checklist.skipped')
        : m('checklist.skippedMany', { count: skippedCount })
  if (failed > 0) {
    const also =
      warned === 0
        ? ''
        : m(warned === 1 ? 'checklist.alsoWorthALook' : 'checklist.alsoWorthALookMany', { count: warned })
    const values = { answered: answeredPart, also, skipped }
    return failed === 1
      ? m('checklist.summary.fail', values)
      : m('checklist.summary.failMany', { ...values, count: failed })
  }
  if (warned > 0)
    return warned === 1
      ? m('checklist.summary.warn', { answered: answeredPart, skipped })
      : m('checklist.summary.warnMany', { answered: answeredPart, skipped, count: warned })
  return skippedCount > 0
    ? m('checklist.summary.passSkipped', { answered: answeredPart, skipped })
    : m('checklist.summary.pass', { answered: answeredPart })
}

/**
 * The checklist's result. A "no" to a required question makes the report not ready; a "no" to
 * an advisory one is a caution. Each "no" brings its fix, required ones first. The report keeps
 * only ids and yes/no: never anything personal, because the questions never ask for it.
 */
export function evaluateChecklist(facts: ChecklistFacts, m: Msg): CheckOutcome {
  const { answered } = facts
  const failed = answered.filter((item) => statusOf(item) === 'fail')
  const warned = answered.filter((item) => statusOf(item) === 'warn')
  const status: Status = failed.length > 0 ? 'fail' : warned.length > 0 ? 'warn' : 'pass'
  const measurements: Measurement[] = answered.map((item) => ({
    id: item.question.id,
    label: item.question.text,
    value: valueOf(item, m),
    status: statusOf(item),
    ...defined({ from: item.question.from }),
  }))
  // Required "no" answers are must-dos, advisory ones worth a look; a practice's fix stays its own.
  const steps: AdviceStep[] = [...failed, ...warned].map((item) => ({
    text: item.question.fix,
    priority: item.question.level === 'required' ? 'must' : 'consider',
    from: item.question.from ?? 'tool',
    ...(item.question.topic ? { topic: item.question.topic } : {}),
  }))
  const answers = Object.fromEntries(answered.map((item) => [item.question.id, item.outcome]))
  return {
    status,
    summary: summarise(answered, failed.length, warned.length, m),
    advice: steps.map((step) => step.text),
    steps,
    measurements,
    details: {
      checklist: facts.checklist,
      answeredIn: facts.answeredIn,
      answers,
      required: answered.filter((item) => item.question.level === 'required').map((item) => item.question.id),
      noRequired: failed.map((item) => item.question.id),
      noAdvisory: warned.map((item) => item.question.id),
      // Why each "no" matters, for readers of the JSON report (a therapist's tooling, say).
      why: Object.fromEntries([...failed, ...warned].map((item) => [item.question.id, item.question.why])),
    },
  }
}
