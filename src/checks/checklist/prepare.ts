import { UsageError, type Words } from '../../errors.js'
import { joinNames, type Msg } from '../../messages/index.js'
import type { PrepareContext, Prepared } from '../types.js'
import type { ChecklistOptions } from '../../options.js'
import { missingRequiredAnswers, parseAnswers } from './answers.js'
import { parseChecklist } from './load-checklist.js'
import { knownQuestionIds, questionsFor } from './select-questions.js'
import { sanitizeText } from '../../text/sanitize.js'
import { readSource, WebPageError } from './read-source.js'
import { practiceIn } from './languages.js'
import type { Answer, ChecklistFile, FileProblem } from './types.js'
import { RUN_COMMAND } from '../../tool.js'
import { defined } from '../../defined.js'

/** What prepare hands to run, and the practice's name and welcome for the report header. */
export interface PreparedChecklist extends Prepared {
  checklist?: ChecklistFile
  answers?: Map<string, Answer>
}

/**
 * One sentence for a bad file: the first problem with its field and line, and how to see the
 * rest, in whichever language it is asked for. `what` is "checklist" or "answers file".
 */
export function describeProblems(
  what: string,
  name: string,
  problems: readonly FileProblem[],
  seeAll?: string,
): Words<Msg> {
  return (m) => sanitizeText(problemSentence(what, name, problems, m, seeAll), 600)
}

function problemSentence(
  what: string,
  name: string,
  problems: readonly FileProblem[],
  m: Msg,
  seeAll?: string,
): string {
  const [first] = problems
  const named = { what: m(what === 'answers file' ? 'error.what.answers' : 'error.what.checklist'), name }
  if (!first) return m('error.problems.unreadable', named)
  const problem = first.words ? first.words(m) : first.message
  const count = problems.length
  if (first.line) {
    const line = first.line
    if (count === 1) return m('error.problems.oneOnLine', { ...named, line, problem })
    return seeAll
      ? m('error.problems.manySeeAllOnLine', { ...named, count, seeAll, line, problem })
      : m('error.problems.manyOnLine', { ...named, count, line, problem })
  }
  if (count === 1) return m('error.problems.one', { ...named, problem })
  return seeAll
    ? m('error.problems.manySeeAll', { ...named, count, seeAll, problem })
    : m('error.problems.many', { ...named, count, problem })
}

/** Every required question left out, in one sentence, so one edit fixes them all. */
function describeMissing(name: string, fields: readonly string[]): Words<Msg> {
  const example = fields[0]?.replace(/"/g, '') ?? 'id'
  return (m) => {
    const values = { name, questions: joinNames(fields, m), example }
    return sanitizeText(
      m(fields.length === 1 ? 'error.answers.missing' : 'error.answers.missingMany', values),
      600,
    )
  }
}

export async function loadChecklist(
  source: string,
  ctx: PrepareContext<ChecklistOptions>,
): Promise<ChecklistFile> {
  const file = await readSource(source, {
    cwd: ctx.cwd,
    fetch: ctx.fetch,
    signal: ctx.signal,
    what: 'checklist',
    allowUrl: true,
    msg: ctx.msg,
  })
  const { checklist, problems } = parseChecklist(file.text, ctx.msg)
  if (!checklist)
    throw new UsageError(
      describeProblems('checklist', file.name, problems, `${RUN_COMMAND} checklist validate ${file.name}`),
      ctx.msg,
    )
  return checklist
}

async function loadAnswers(
  source: string,
  checklist: ChecklistFile | undefined,
  ctx: PrepareContext<ChecklistOptions>,
): Promise<Map<string, Answer>> {
  const file = await readSource(source, {
    cwd: ctx.cwd,
    fetch: ctx.fetch,
    signal: ctx.signal,
    what: 'answers file',
    msg: ctx.msg,
  })
  const language = ctx.options.lang
  const { answers, problems } = parseAnswers(file.text, knownQuestionIds(checklist, language), ctx.msg)
  if (!answers) throw new UsageError(describeProblems('answers file', file.name, problems), ctx.msg)
  // With nobody to ask, a missing required answer cannot be filled in later, so say so now.
  if (!ctx.options.interactive) {
    const missing = missingRequiredAnswers(questionsFor(ctx.options.session, checklist, language), answers)
    if (missing.length > 0)
      throw new UsageError(
        describeMissing(
          file.name,
          missing.map((problem) => problem.field),
        ),
        ctx.msg,
      )
  }
  return answers
}

/**
 * Reads --checklist and --answers before anything is measured, so a bad file stops the run at
 * once with one sentence naming the field and line (exit 2), and the practice's name reaches
 * the report header.
 */
export async function prepareChecklist(ctx: PrepareContext<ChecklistOptions>): Promise<PreparedChecklist> {
  const notes: string[] = []
  const checklist = ctx.options.checklist
    ? await loadOrFallBack(ctx.options.checklist, ctx, notes)
    : undefined
  const answers = ctx.options.answers ? await loadAnswers(ctx.options.answers, checklist, ctx) : undefined
  const practice = practiceIn(checklist, ctx.options.lang)
  return {
    ...defined({ checklist, answers }),
    ...(practice ? { report: { practice } } : {}),
    ...(notes.length ? { notes } : {}),
  }
}

/**
 * A checklist link that opens a web page (a sign-in page, a share link) is the practice's mistake,
 * not the client's: the client still gets a check, with the built-in questions, and a note to pass
 * on. Every other problem stops the run, as before (`checklist validate` refuses a web page too).
 */
async function loadOrFallBack(
  source: string,
  ctx: PrepareContext<ChecklistOptions>,
  notes: string[],
): Promise<ChecklistFile | undefined> {
  try {
    return await loadChecklist(source, ctx)
  } catch (error) {
    if (!(error instanceof WebPageError)) throw error
    // The note a client sees when the therapist's link opened a web page: not their fault, and what to do.
    notes.push(ctx.msg('error.note.webPage'))
    return undefined
  }
}
