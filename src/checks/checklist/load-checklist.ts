import { isPublicSuffix } from '../link/hosts.js'
import { sanitizeText } from '../../text/sanitize.js'
import { parseStructuredText, type FieldWords } from './parse-file.js'
import type { Msg } from '../../messages/index.js'
import { checklistLimits, questionFields, topLevelFields } from './schema.js'
import { validateChecklist } from './validators.js'
import type { ChecklistFile, ChecklistMode, FileProblem, LocalText, PracticeQuestion } from './types.js'
import { defined } from '../../defined.js'

/** The raw shape the schema allows, before defaults are filled in. */
interface RawChecklist {
  version?: 1
  practice?: LocalText
  welcome?: LocalText
  meetingHosts?: string[]
  mode?: ChecklistMode
  questions?: Array<
    Omit<PracticeQuestion, 'level' | 'sessions'> & Partial<Pick<PracticeQuestion, 'level' | 'sessions'>>
  >
}

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

/** Checks that need the whole file: ids used twice, and a mode that contradicts the questions. */
function crossCheck(
  raw: RawChecklist | null,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): FileProblem[] {
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
  const hosts: unknown[] = Array.isArray(raw?.meetingHosts) ? raw.meetingHosts : []
  hosts.forEach((host, index) => {
    // A public suffix (com, co.uk, github.io) would vouch for every name anyone registers under it.
    if (typeof host !== 'string' || !isPublicSuffix(host)) return
    problems.push({
      line: lineOf(['meetingHosts', index]),
      path: `/meetingHosts/${index}`,
      field: `"meetingHosts" entry ${index + 1}`,
      message: `"meetingHosts" lists ${sanitizeText(host, 253)}, an ending anyone can register names under (like com, co.uk or github.io), so it would vouch for strangers' sites; list your own host instead, such as yourpractice.github.io or riverside.zoom.us.`,
    })
  })
  const count = questions.length
  if (raw?.mode === 'keep' && count > 0) {
    problems.push({
      line: lineOf(['mode']),
      path: '/mode',
      field: '"mode"',
      message:
        '"mode" is keep, which asks only the built-in questions, but the file has questions of its own; use add to ask them too, or replace to ask only yours.',
    })
  }
  if (raw?.mode === 'replace' && count === 0) {
    problems.push({
      line: lineOf(['mode']),
      path: '/mode',
      field: '"mode"',
      message:
        '"mode" is replace, which leaves out the built-in questions, but the file has no questions of its own; add some, or use keep.',
    })
  }
  return problems
}

/** Fills in the defaults and cleans every text, since it will be shown in a terminal. */
function toChecklist(raw: RawChecklist): ChecklistFile {
  // A text by language is cleaned language by language, keeping the practice's order.
  const clean = <T extends LocalText>(text: T, max: number): T =>
    (typeof text === 'string'
      ? sanitizeText(text, max)
      : Object.fromEntries(
          Object.entries(text).map(([language, words]) => [language, sanitizeText(words, max)]),
        )) as T
  const limits = checklistLimits
  return {
    ...defined({ version: raw.version }),
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
