import type { SessionType } from '../../report/model.js'
import { defaultQuestions, MAX_DEFAULT_QUESTIONS } from './default-questions.js'
import type { ChecklistFile, ChecklistQuestion } from './types.js'
import { builtInQuestionIn, practiceQuestionIn } from './languages.js'
import type { Language } from '../../messages/index.js'
import { defined } from '../../defined.js'

// Kept apart from the file loaders, so a run without --checklist never loads yaml and ajv.

/**
 * The built-in questions by how much they matter, most first: when a practice's own questions
 * leave less room, the last ones here give way. The three safety questions stay; the last two are
 * the ones an automatic check can answer anyway (the Wi-Fi check, the camera and microphone check).
 */
export const BUILT_IN_PRIORITY: readonly string[] = [
  'private-space',
  'safe-not-driving',
  'know-location',
  'callback-number',
  'backup-plan',
  'headphones',
  'own-device',
  'devices-silenced',
  'smart-speakers',
  'secure-network',
  'microphone-ready',
]

/** What one kind of session asks, and which built-in questions it leaves out to stay short. */
export interface QuestionPlan {
  /** In asking order. */
  asked: ChecklistQuestion[]
  /** Built-in questions left out because the practice's own filled their places. */
  dropped: ChecklistQuestion[]
}

/**
 * The questions for one session: the built-in ones (keep), the built-in ones plus the file's
 * (add; a file question with a built-in id rewords that question in place), or only the file's
 * (replace). Their words are in `language` (a practice's, else in its first language).
 *
 * At most MAX_DEFAULT_QUESTIONS are asked, so a nervous client is done in about a minute; the
 * practice's own questions are never the ones left out (issue 22: the starter file's own question
 * was silently never asked). The list is filled with the practice's questions first, then the
 * built-in ones by BUILT_IN_PRIORITY while there is room, and asked in the usual order.
 */
export function questionPlanFor(
  session: SessionType,
  checklist: ChecklistFile | undefined,
  language: Language,
): QuestionPlan {
  const builtIn: ChecklistQuestion[] = defaultQuestions.map(({ sources: _sources, ...question }) =>
    builtInQuestionIn(question, language),
  )
  // A file's questions are the practice's words, whatever id they reuse.
  const own = (checklist?.questions ?? []).map(
    (question): ChecklistQuestion => ({ ...practiceQuestionIn(question, language), from: 'practice' }),
  )
  let all: ChecklistQuestion[]
  if (!checklist || checklist.mode === 'keep') all = builtIn
  else if (checklist.mode === 'replace') all = own
  else {
    const byId = new Map(own.map((question) => [question.id, question]))
    const merged = builtIn.map((question) => {
      const replacement = byId.get(question.id)
      return replacement ? { ...replacement, ...defined({ answeredBy: question.answeredBy }) } : question
    })
    all = [...merged, ...own.filter((question) => !builtIn.some((b) => b.id === question.id))]
  }
  const forSession = all.filter((question) => question.sessions.includes(session))
  const practice = forSession.filter((question) => question.from === 'practice')
  const rank = (question: ChecklistQuestion): number => {
    const index = BUILT_IN_PRIORITY.indexOf(question.id)
    return index < 0 ? BUILT_IN_PRIORITY.length : index
  }
  const room = Math.max(0, MAX_DEFAULT_QUESTIONS - practice.length)
  const kept = new Set(
    forSession
      .filter((question) => question.from !== 'practice')
      .sort((a, b) => rank(a) - rank(b))
      .slice(0, room),
  )
  return {
    asked: forSession.filter((question) => question.from === 'practice' || kept.has(question)),
    dropped: forSession.filter((question) => question.from !== 'practice' && !kept.has(question)),
  }
}

/** The questions one kind of session asks, in asking order (see questionPlanFor). */
export function questionsFor(
  session: SessionType,
  checklist: ChecklistFile | undefined,
  language: Language,
): ChecklistQuestion[] {
  return questionPlanFor(session, checklist, language).asked
}

/** Every question id this checklist knows, in any session type, left out or not (an answers file may serve all three). */
export function knownQuestionIds(checklist: ChecklistFile | undefined, language: Language): Set<string> {
  const ids = new Set<string>()
  for (const session of ['video', 'audio', 'text'] as const) {
    const { asked, dropped } = questionPlanFor(session, checklist, language)
    for (const question of [...asked, ...dropped]) ids.add(question.id)
  }
  return ids
}
