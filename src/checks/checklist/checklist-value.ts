import { isPublicSuffix } from '../link/hosts.js'
import { sanitizeText } from '../../text/sanitize.js'
import { checklistLimits } from './schema.js'
import { validateChecklist } from './validators.js'
import type { ChecklistFile, ChecklistMode, FileProblem, LocalText, PracticeQuestion } from './types.js'
import { defined } from '../../defined.js'

/*
 * The checks on a checklist once it is a value, shared by parseChecklist (load-checklist.ts, which
 * reads the text with the YAML reader first) and the page, whose config.json is already parsed.
 * Nothing here imports the YAML reader, so the page's bundle carries none of it.
 */

/** The raw shape the schema allows, before defaults are filled in. */
export interface RawChecklist {
  version?: 1
  practice?: LocalText
  welcome?: LocalText
  meetingHosts?: string[]
  mode?: ChecklistMode
  questions?: Array<
    Omit<PracticeQuestion, 'level' | 'sessions'> & Partial<Pick<PracticeQuestion, 'level' | 'sessions'>>
  >
}

/** Checks that need the whole file: ids used twice, and a mode that contradicts the questions. */
export function crossCheck(
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
export function toChecklist(raw: RawChecklist): ChecklistFile {
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

/**
 * A checklist that is already a value (a static copy's config.json, read by the page): the same
 * schema validators, cross-checks and cleaning as parseChecklist, without the YAML reader, which
 * would add about 30 KB gzipped to the page (issue 25 sets 150 KB for all of it). Undefined when
 * parseChecklist would list any problem in the value written out as JSON.
 */
export function checklistFromValue(value: unknown): ChecklistFile | undefined {
  if (!validateChecklist(value)) return undefined
  const raw = value as RawChecklist
  if (crossCheck(raw, () => undefined).length > 0) return undefined
  return toChecklist(raw)
}
