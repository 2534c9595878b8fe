import { sanitizeText } from '../../text/sanitize.js'
import { compileSchema, parseStructuredText, type FieldWords } from './parse-file.js'
import type { Msg } from '../../messages/index.js'
import { checklistLimits, checklistSchema, questionFields, topLevelFields } from './schema.js'
import type { ChecklistFile, ChecklistMode, ChecklistQuestion, FileProblem } from './types.js'

const validateChecklist = compileSchema(checklistSchema)

/** The raw shape the schema allows, before defaults are filled in. */
interface RawChecklist {
  version?: 1
  practice?: string
  welcome?: string
  meetingHosts?: string[]
  mode?: ChecklistMode
  questions?: Array<Omit<ChecklistQuestion, 'level' | 'sessions'> & Partial<Pick<ChecklistQuestion, 'level' | 'sessions'>>>
}

export interface LoadedChecklist {
  checklist?: ChecklistFile
  problems: FileProblem[]
}

function questionName(index: number, root: unknown): FieldWords {
  const id = (root as RawChecklist | undefined)?.questions?.[index]?.id
  const number = index + 1
  if (typeof id === 'string' && id.length <= 40) return (m, asSubject) => m(asSubject ? 'error.field.questionWithIdSubject' : 'error.field.questionWithId', { number, id })
  return (m, asSubject) => m(asSubject ? 'error.field.questionSubject' : 'error.field.question', { number })
}

/** Where a field is, in words a person editing the file can follow. */
export function describeChecklistField(path: readonly (string | number)[], root: unknown): FieldWords {
  const [top, index, field, entry] = path
  if (top === undefined) return (m, asSubject) => m(asSubject ? 'error.field.fileSubject' : 'error.field.file')
  if (top !== 'questions' || index === undefined) return (m) => m('error.field.top', { name: String(top) })
  if (typeof index !== 'number') return (m) => m('error.field.top', { name: 'questions' })
  const question = questionName(index, root)
  if (field === undefined) return question
  if (entry !== undefined) {
    const values = (m: Msg): { entry: number; field: string; question: string } => ({ entry: Number(entry) + 1, field: String(field), question: question(m) })
    return (m, asSubject) => m(asSubject ? 'error.field.entrySubject' : 'error.field.entry', values(m))
  }
  return (m) => m('error.field.inQuestion', { field: String(field), question: question(m) })
}

function fieldsAt(path: readonly (string | number)[]): readonly string[] {
  return path.length === 0 ? topLevelFields : questionFields
}

/** Checks that need the whole file: ids used twice, and a mode that contradicts the questions. */
function crossCheck(raw: RawChecklist | null, lineOf: (path: readonly (string | number)[]) => number | undefined): FileProblem[] {
  const problems: FileProblem[] = []
  const seen = new Map<string, number>()
  // Runs on a value that may have failed the schema, so it checks the shapes it relies on.
  const questions: unknown[] = Array.isArray(raw?.questions) ? raw.questions : []
  questions.forEach((question, index) => {
    const id = (question as { id?: unknown } | null)?.id
    if (typeof id !== 'string') return
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, index)
      return
    }
    problems.push({
      line: lineOf(['questions', index, 'id']),
      path: `/questions/${index}/id`,
      field: `"id" in question ${index + 1}`,
      message: `Question ${index + 1} has the id "${id}", which question ${first + 1} already uses; each question needs its own id.`,
    })
  })
  const count = questions.length
  if (raw?.mode === 'keep' && count > 0) {
    problems.push({
      line: lineOf(['mode']),
      path: '/mode',
      field: '"mode"',
      message: '"mode" is keep, which asks only the built-in questions, but the file has questions of its own; use add to ask them too, or replace to ask only yours.',
    })
  }
  if (raw?.mode === 'replace' && count === 0) {
    problems.push({
      line: lineOf(['mode']),
      path: '/mode',
      field: '"mode"',
      message: '"mode" is replace, which leaves out the built-in questions, but the file has no questions of its own; add some, or use keep.',
    })
  }
  return problems
}

/** Fills in the defaults and cleans every text, since it will be shown in a terminal. */
function toChecklist(raw: RawChecklist): ChecklistFile {
  const clean = (text: string, max: number): string => sanitizeText(text, max)
  const limits = checklistLimits
  return {
    ...(raw.version ? { version: raw.version } : {}),
    ...(raw.practice ? { practice: clean(raw.practice, limits.practiceLength) } : {}),
    ...(raw.welcome ? { welcome: clean(raw.welcome, limits.welcomeLength) } : {}),
    ...(raw.meetingHosts ? { meetingHosts: raw.meetingHosts.map((host) => host.toLowerCase()) } : {}),
    mode: raw.mode ?? (raw.questions?.length ? 'add' : 'keep'),
    questions: (raw.questions ?? []).map((question) => ({
      id: question.id,
      text: clean(question.text, limits.textLength),
      why: clean(question.why, limits.whyLength),
      fix: clean(question.fix, limits.fixLength),
      level: question.level ?? 'required',
      sessions: question.sessions ?? ['video', 'audio', 'text'],
    })),
  }
}

/** Reads checklist text (YAML or JSON) and lists every problem, each with its field and line. Pure. */
export function parseChecklist(text: string): LoadedChecklist {
  const parsed = parseStructuredText(text, { validate: validateChecklist, describe: describeChecklistField, fields: fieldsAt })
  if (parsed.value === undefined) return { problems: parsed.problems }
  const raw = parsed.value as RawChecklist
  const problems = [...parsed.problems, ...crossCheck(raw, parsed.lineOf)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  if (problems.length > 0) return { problems }
  return { checklist: toChecklist(raw), problems: [] }
}

/** "line 12: ..." or just the sentence when the problem has no line. */
export function formatProblem(problem: FileProblem): string {
  // The message may quote the file, so it is cleaned like any outside text before it is printed.
  return sanitizeText(problem.line ? `line ${problem.line}: ${problem.message}` : problem.message, 600)
}
