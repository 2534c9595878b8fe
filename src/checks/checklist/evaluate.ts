import type { CheckId, Measurement, SessionType, Status } from '../../report/model.js'
import type { CheckOutcome } from '../types.js'
import type { Answer, ChecklistQuestion } from './types.js'
import { RUN_COMMAND } from '../../tool.js'

/** How one question ended: answered, covered by an automatic check, or left unanswered. */
export type Outcome = Answer | 'covered' | 'unanswered'

export interface AnsweredQuestion {
  question: ChecklistQuestion
  outcome: Outcome
}

export interface ChecklistFacts {
  answered: readonly AnsweredQuestion[]
  /** Where the answers came from. */
  answeredIn: 'terminal' | 'answers-file' | 'answers-file-and-terminal'
  /** built-in, or the practice's own file. */
  checklist: 'built-in' | 'practice'
}

/** The sentence for a run with nobody to ask and no answers file (the issue fixes this wording). */
export const NOT_ANSWERED_SUMMARY = `Run ${RUN_COMMAND} in a terminal to answer the checklist.`

const checkNames: Partial<Record<CheckId, string>> = { wifi: 'the Wi-Fi check', connection: 'the connection check', apps: 'the apps check', devices: 'the camera and microphone check' }

function questionsWord(count: number): string {
  return count === 1 ? '1 question' : `${count} questions`
}

/** The line shown above the first question, so the questions do not come out of nowhere. */
export function introLine(count: number, practice?: string): string {
  const who = practice ? `${practice} asks` : 'Here are'
  return `${who} ${count === 1 ? 'one quick yes/no question' : `${count} quick yes/no questions`} about your space. Your answers stay on this computer.`
}

/** Nobody could be asked and no --answers file was given: skipped, not failed (unless --strict). */
export function evaluateNotAnswered(): CheckOutcome {
  return {
    status: 'skip',
    summary: NOT_ANSWERED_SUMMARY,
    advice: ['You can also answer it from a file with --answers (see the README).'],
    details: { reason: 'no-terminal' },
  }
}

export function evaluateNoQuestions(session: SessionType): CheckOutcome {
  const words = { video: 'a video', audio: 'an audio or phone', text: 'a text or chat' }[session]
  return { status: 'skip', summary: `This checklist has no questions for ${words} session.`, advice: [], details: { reason: 'no-questions' } }
}

function statusOf(item: AnsweredQuestion): Status {
  if (item.outcome === 'no') return item.question.level === 'required' ? 'fail' : 'warn'
  if (item.outcome === 'unanswered') return 'skip'
  return 'pass'
}

function valueOf(item: AnsweredQuestion): string {
  if (item.outcome === 'covered') return `answered by ${checkNames[item.question.answeredBy?.check ?? 'wifi'] ?? 'another check'}`
  return item.outcome === 'unanswered' ? 'not answered' : item.outcome
}

/** One sentence: how many were answered, and what needs doing. Calm, never blaming. */
function summarise(answered: readonly AnsweredQuestion[], failed: number, warned: number): string {
  const asked = answered.filter((item) => item.outcome === 'yes' || item.outcome === 'no').length
  const covered = answered.filter((item) => item.outcome === 'covered')
  const skipped = answered.filter((item) => item.outcome === 'unanswered').length
  const coveredBy = covered.length > 0 ? ` (${checkNames[covered[0]?.question.answeredBy?.check ?? 'wifi'] ?? 'another check'} covered ${covered.length === 1 ? 'one more' : `${covered.length} more`})` : ''
  const base = failed + warned === 0 && skipped === 0 ? `You answered all ${questionsWord(asked)}${coveredBy}` : `You answered ${questionsWord(asked)}${coveredBy}`
  const unanswered = skipped > 0 ? `; ${skipped === 1 ? '1 optional question was' : `${skipped} optional questions were`} not answered` : ''
  if (failed > 0) {
    const also = warned > 0 ? `, and ${warned} more ${warned === 1 ? 'is' : 'are'} worth a look` : ''
    return `${base}; ${failed === 1 ? '1 needs' : `${failed} need`} sorting out before your session starts${also}${unanswered}.`
  }
  if (warned > 0) return `${base}; ${warned === 1 ? '1 is' : `${warned} are`} worth a look before your session${unanswered}.`
  return skipped > 0 ? `${base}, and everything you answered is in place${unanswered}.` : `${base}, and everything is in place.`
}

/**
 * The checklist's result. A "no" to a required question makes the report not ready; a "no" to
 * an advisory one is a caution. Each "no" brings its fix, required ones first. The report keeps
 * only ids and yes/no: never anything personal, because the questions never ask for it.
 */
export function evaluateChecklist(facts: ChecklistFacts): CheckOutcome {
  const { answered } = facts
  const failed = answered.filter((item) => statusOf(item) === 'fail')
  const warned = answered.filter((item) => statusOf(item) === 'warn')
  const status: Status = failed.length > 0 ? 'fail' : warned.length > 0 ? 'warn' : 'pass'
  const measurements: Measurement[] = answered.map((item) => ({ id: item.question.id, label: item.question.text, value: valueOf(item), status: statusOf(item) }))
  const answers = Object.fromEntries(answered.map((item) => [item.question.id, item.outcome]))
  return {
    status,
    summary: summarise(answered, failed.length, warned.length),
    advice: [...failed, ...warned].map((item) => item.question.fix),
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
