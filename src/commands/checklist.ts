import { randomBytes } from 'node:crypto'
import { lstatSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { UsageError, describeFileError } from '../errors.js'
import type { Msg, PlainKey } from '../messages/index.js'
import type { Io } from '../io.js'
import { parseChecklist } from '../checks/checklist/load-checklist.js'
import { questionPlanFor } from '../checks/checklist/select-questions.js'
import { MAX_DEFAULT_QUESTIONS } from '../checks/checklist/default-questions.js'
import { readSource, type SourceText } from '../checks/checklist/read-source.js'
import { STARTER_PRACTICE_NAMES, starterChecklist } from '../checks/checklist/starter.js'
import type { ChecklistFile, ChecklistQuestion, FileProblem } from '../checks/checklist/types.js'
import { SESSION_TYPES } from '../report/model.js'
import { ExitCode } from '../report/exit-code.js'
import { toolFetch } from '../net/tool-fetch.js'
import { missingLanguages, practiceIn } from '../checks/checklist/languages.js'
import { joinNames, LANGUAGES, messagesFor, type Language } from '../messages/index.js'
import { sanitizeText } from '../text/sanitize.js'

const DEFAULT_FILE = 'session-checklist.yaml'

function lstatIfAny(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

function replaceFile(target: string, content: string): void {
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  try {
    writeFileSync(temp, content, { flag: 'wx', mode: 0o644 })
    renameSync(temp, target)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/** `session-checkup checklist init [file]`: writes a starter YAML file, refusing to overwrite without --force. */
export async function runChecklistInit(
  file: string | undefined,
  flags: { force?: boolean },
  io: Io,
  msg: Msg,
): Promise<number> {
  const name = file ?? DEFAULT_FILE
  if (!/\.ya?ml$/i.test(name)) throw new UsageError((m: Msg) => m('error.init.notYaml', { name }), msg)
  const target = resolve(io.cwd, name)
  const existing = lstatIfAny(target)
  if (existing) {
    if (existing.isDirectory()) throw new UsageError((m: Msg) => m('error.init.isFolder', { name }), msg)
    if (!flags.force) throw new UsageError((m: Msg) => m('error.init.exists', { name }), msg)
  }
  try {
    // A new file is created exclusively ('wx'). --force writes a temporary file and renames it over
    // the old name, so a symbolic link there is replaced itself, never written through to its target.
    if (!existing) writeFileSync(target, starterChecklist(name, msg), { flag: 'wx', mode: 0o644 })
    else replaceFile(target, starterChecklist(name, msg))
  } catch (error) {
    const { what, todo } = describeFileError(error)
    throw new UsageError(
      (m: Msg) => m('error.init.failed', { name, what: m(what as PlainKey), todo: m(todo as PlainKey) }),
      msg,
      { cause: error },
    )
  }
  io.stdout.write(`${msg('checklist.init.wrote', { name })}\n${msg('checklist.init.next', { name })}\n`)
  return ExitCode.Ready
}

/** The question ids one kind of session asks, the practice's own marked. */
function idList(questions: readonly ChecklistQuestion[], say: Msg): string {
  return questions
    .map((question) =>
      question.from === 'practice' ? say('checklist.validate.yours', { id: question.id }) : question.id,
    )
    .join(', ')
}

function describeValid(name: string, checklist: ChecklistFile, language: Language): string {
  const say = messagesFor(language)
  const plans = SESSION_TYPES.map((session) => ({
    session,
    ...questionPlanFor(session, checklist, language),
  }))
  const practice = practiceIn(checklist, language)
  const count = checklist.questions.length
  const mode = {
    keep: say('checklist.validate.mode.keep'),
    add: say('checklist.validate.mode.add', { count }),
    replace:
      count === 1
        ? say('checklist.validate.mode.replaceOne')
        : say('checklist.validate.mode.replaceMany', { count }),
  }[checklist.mode]
  const lines = [
    say('checklist.validate.valid', { name }),
    practice
      ? say('checklist.validate.practice', { practice: practice.name })
      : say('checklist.validate.noPractice'),
    ...(practice?.welcome ? [say('checklist.validate.welcome', { welcome: practice.welcome })] : []),
    ...(checklist.meetingHosts
      ? [say('checklist.validate.meetingHosts', { hosts: checklist.meetingHosts.join(', ') })]
      : []),
    mode,
  ]
  // Exactly what each kind of session asks, and the built-in questions it leaves out (issue 22).
  for (const { session, asked, dropped } of plans) {
    lines.push(
      asked.length === 0
        ? say(`checklist.validate.asksNone.${session}`)
        : say(`checklist.validate.asks.${session}`, { count: asked.length, ids: idList(asked, say) }),
    )
    if (dropped.length > 0)
      lines.push(say('checklist.validate.dropped', { max: MAX_DEFAULT_QUESTIONS, ids: idList(dropped, say) }))
  }
  // Translations (issue 16): which languages the file speaks, and every text that leaves one out.
  const { languages, missing } = missingLanguages(checklist)
  if (languages.length > 0) lines.push(say('checklist.languages.listed', { languages: languages.join(', ') }))
  const others = languages.filter((code) => !(LANGUAGES as readonly string[]).includes(code))
  if (others.length > 0)
    lines.push(
      say('checklist.validate.otherLanguages', {
        spoken: joinNames([...LANGUAGES], say),
        others: joinNames(others, say),
      }),
    )
  // A gap in a language no client reads is no gap.
  for (const gap of missing.filter(({ language }) => (LANGUAGES as readonly string[]).includes(language)))
    lines.push(
      say('checklist.languages.missing', {
        field: gap.field(say),
        language: gap.language,
        fallback: gap.fallback,
      }),
    )
  if (plans.some(({ asked }) => asked.length > MAX_DEFAULT_QUESTIONS))
    lines.push(say('checklist.validate.tooMany', { max: MAX_DEFAULT_QUESTIONS }))
  return lines.join('\n') + '\n'
}

/** An unedited starter file would show clients "Your Practice Name": a problem, on its line. */
function placeholderProblem(text: string, say: Msg): FileProblem {
  const lines = text.split('\n')
  const placeholder = STARTER_PRACTICE_NAMES.find((name) => lines.some((line) => line.includes(name)))
  const index = placeholder === undefined ? -1 : lines.findIndex((line) => line.includes(placeholder))
  return {
    ...(index >= 0 ? { line: index + 1 } : {}),
    path: '/practice',
    field: '"practice"',
    message: say('checklist.validate.placeholder', {
      placeholder: placeholder ?? say('checklist.starter.placeholder'),
    }),
  }
}

/** One problem as validate lists it: on its line when it has one. The message may quote the file. */
function problemLine(problem: FileProblem, say: Msg): string {
  const text = problem.line
    ? say('checklist.validate.problemOnLine', { line: problem.line, problem: problem.message })
    : problem.message
  return sanitizeText(text, 600)
}

/** What `checklist validate` says about a file already read, and the checklist when it is valid. */
export function judgeChecklist(
  file: SourceText,
  language: Language,
): { report: string; checklist?: ChecklistFile } {
  const say = messagesFor(language)
  const parsed = parseChecklist(file.text, say)
  // The practice's name, or each language's name for it: none may still be a starter's placeholder.
  const practice = parsed.checklist?.practice
  const names =
    practice === undefined ? [] : typeof practice === 'string' ? [practice] : Object.values(practice)
  const checklist = names.some((name) => STARTER_PRACTICE_NAMES.includes(name)) ? undefined : parsed.checklist
  const problems = parsed.checklist && !checklist ? [placeholderProblem(file.text, say)] : parsed.problems
  if (!checklist) {
    const heading =
      problems.length === 1
        ? say('checklist.validate.problemsOne', { name: file.name })
        : say('checklist.validate.problemsMany', { name: file.name, count: problems.length })
    return {
      report: [heading, ...problems.map((problem) => `  ${problemLine(problem, say)}`)].join('\n') + '\n',
    }
  }
  return { report: describeValid(file.name, checklist, language), checklist }
}

/** `session-checkup checklist validate <file|url>`: every problem with its field and line; exit 0 when valid, 2 when not. */
export async function runChecklistValidate(
  source: string,
  io: Io,
  fetch: typeof globalThis.fetch = toolFetch(io.env),
  language: Language,
): Promise<number> {
  const say = messagesFor(language)
  // The practice's own command, like serve --checklist: an address on its own network is allowed.
  const file = await readSource(source, {
    cwd: io.cwd,
    fetch,
    what: 'checklist',
    allowUrl: true,
    msg: say,
    privateAddressGiven: 'allowed',
  })
  const { report, checklist } = judgeChecklist(file, language)
  io.stdout.write(report)
  return checklist ? ExitCode.Ready : ExitCode.CouldNotRun
}
