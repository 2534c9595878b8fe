import type { Msg } from '../../messages/index.js'
import { closest, parseStructuredText } from './parse-file.js'
import { validateAnswers } from './validators.js'
import type { Answer, ChecklistQuestion, FileProblem } from './types.js'

export interface LoadedAnswers {
  answers?: Map<string, Answer>
  problems: FileProblem[]
}

function toAnswer(value: unknown): Answer {
  // The schema allows only yes/no, y/n (any case) and true/false, as the prompt does.
  return value === true || /^y(es)?$/i.test(String(value)) ? 'yes' : 'no'
}

/**
 * Reads an --answers file (YAML or JSON: question id to yes or no) and checks it against the
 * checklist: every id must be a question the checklist knows. Pure.
 */
export function parseAnswers(text: string, knownIds: ReadonlySet<string>, msg: Msg): LoadedAnswers {
  const parsed = parseStructuredText(text, {
    msg,
    validate: validateAnswers,
    describe: (path) =>
      path.length === 0
        ? (m, asSubject) => m(asSubject ? 'error.field.answersFileSubject' : 'error.field.answersFile')
        : (m, asSubject) =>
            m(asSubject ? 'error.field.answerSubject' : 'error.field.answer', { id: String(path[0]) }),
    fields: () => [...knownIds],
    // Someone may type an address or a number here by mistake: never echo it back.
    quoteValues: false,
  })
  if (parsed.problems.length > 0 || parsed.value === undefined) return { problems: parsed.problems }
  const entries = Object.entries(parsed.value as Record<string, unknown>)
  const known = [...knownIds]
  const problems: FileProblem[] = entries
    .filter(([id]) => !knownIds.has(id))
    .map(([id]) => {
      const hint = closest(id, known)
      return {
        line: parsed.lineOf([id]),
        path: `/${id}`,
        field: `"${id}"`,
        message: `"${id}" is not a question in this checklist${hint ? `; did you mean "${hint}"?` : `; the questions are ${known.join(', ')}.`}`,
      }
    })
  if (problems.length > 0) return { problems }
  return { answers: new Map(entries.map(([id, value]) => [id, toAnswer(value)])), problems: [] }
}

/** Required questions of this session that the answers file leaves out. */
export function missingRequiredAnswers(
  questions: readonly ChecklistQuestion[],
  answers: ReadonlyMap<string, Answer>,
): FileProblem[] {
  return questions
    .filter((question) => question.level === 'required' && !answers.has(question.id))
    .map((question) => ({
      path: `/${question.id}`,
      field: `"${question.id}"`,
      message: `There is no answer to the required question "${question.id}" (${question.text}); add the line "${question.id}: yes" or "${question.id}: no".`,
    }))
}
