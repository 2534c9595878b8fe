import type { SessionType } from '../../report/model.js'
import { defaultQuestions } from './default-questions.js'
import type { ChecklistFile, ChecklistQuestion } from './types.js'
import { builtInQuestionIn, practiceQuestionIn } from './languages.js'
import type { Language } from '../../messages/index.js'
import { defined } from '../../defined.js'

// Kept apart from the file loaders, so a run without --checklist never loads yaml and ajv.

/**
 * The questions for one session: the built-in ones (keep), the built-in ones plus the file's
 * (add; a file question with a built-in id rewords that question in place), or only the file's
 * (replace). Their words are in `language` (a practice's, else in its first language).
 */
export function questionsFor(
  session: SessionType,
  checklist: ChecklistFile | undefined,
  language: Language,
): ChecklistQuestion[] {
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
  return all.filter((question) => question.sessions.includes(session))
}

/** Every question id this checklist knows, in any session type (an answers file may serve all three). */
export function knownQuestionIds(checklist: ChecklistFile | undefined, language: Language): Set<string> {
  const ids = new Set<string>()
  for (const session of ['video', 'audio', 'text'] as const)
    for (const question of questionsFor(session, checklist, language)) ids.add(question.id)
  return ids
}
