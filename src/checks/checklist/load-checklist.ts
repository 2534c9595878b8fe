import { sanitizeText } from '../../text/sanitize.js'
import { parseStructuredText, type FieldWords } from './parse-file.js'
import type { Msg } from '../../messages/index.js'
import { questionFields, topLevelFields } from './schema.js'
import { validateChecklist } from './validators.js'
import type { ChecklistFile, FileProblem } from './types.js'
import { crossCheck, toChecklist, type RawChecklist } from './checklist-value.js'

export interface LoadedChecklist {
  checklist?: ChecklistFile
  problems: FileProblem[]
}

function questionName(index: number, root: unknown): FieldWords {
  const id = (root as RawChecklist | undefined)?.questions?.[index]?.id
  const number = index + 1
  if (typeof id === 'string' && id.length <= 40)
    return (m, asSubject) =>
      m(asSubject ? 'error.field.questionWithIdSubject' : 'error.field.questionWithId', { number, id })
  return (m, asSubject) => m(asSubject ? 'error.field.questionSubject' : 'error.field.question', { number })
}

/** One language's text of a field that is a map by language; the key is the file's own text, so it is cleaned. */
function translation(language: string, field: (m: Msg) => string): FieldWords {
  const values = (m: Msg): { language: string; field: string } => ({
    language: sanitizeText(language, 20),
    field: field(m),
  })
  return (m, asSubject) =>
    m(asSubject ? 'checklist.field.translationSubject' : 'checklist.field.translation', values(m))
}

/** Where a field is, in words a person editing the file can follow. */
export function describeChecklistField(path: readonly (string | number)[], root: unknown): FieldWords {
  const [top, index, field, entry] = path
  if (top === undefined)
    return (m, asSubject) => m(asSubject ? 'error.field.fileSubject' : 'error.field.file')
  // A translation inside a map by language (issue 16): "the "es" text of "practice"".
  if (top !== 'questions' && typeof index === 'string')
    return translation(index, (m) => m('error.field.top', { name: String(top) }))
  if (top !== 'questions' || index === undefined) return (m) => m('error.field.top', { name: String(top) })
  if (typeof index !== 'number') return (m) => m('error.field.top', { name: 'questions' })
  const question = questionName(index, root)
  if (field === undefined) return question
  if (typeof entry === 'string')
    return translation(entry, (m) =>
      m('error.field.inQuestion', { field: String(field), question: question(m) }),
    )
  if (entry !== undefined) {
    const values = (m: Msg): { entry: number; field: string; question: string } => ({
      entry: Number(entry) + 1,
      field: String(field),
      question: question(m),
    })
    return (m, asSubject) => m(asSubject ? 'error.field.entrySubject' : 'error.field.entry', values(m))
  }
  return (m) => m('error.field.inQuestion', { field: String(field), question: question(m) })
}

function fieldsAt(path: readonly (string | number)[]): readonly string[] {
  return path.length === 0 ? topLevelFields : questionFields
}

/** Reads checklist text (YAML or JSON) and lists every problem, each with its field and line. Pure. */
export function parseChecklist(text: string, msg: Msg): LoadedChecklist {
  const parsed = parseStructuredText(text, {
    validate: validateChecklist,
    describe: describeChecklistField,
    fields: fieldsAt,
    msg,
  })
  if (parsed.value === undefined) return { problems: parsed.problems }
  const raw = parsed.value as RawChecklist
  const problems = [...parsed.problems, ...crossCheck(raw, parsed.lineOf)].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0),
  )
  if (problems.length > 0) return { problems }
  return { checklist: toChecklist(raw), problems: [] }
}

/** "line 12: ..." or just the sentence when the problem has no line. */
export function formatProblem(problem: FileProblem): string {
  // The message may quote the file, so it is cleaned like any outside text before it is printed.
  return sanitizeText(problem.line ? `line ${problem.line}: ${problem.message}` : problem.message, 600)
}
