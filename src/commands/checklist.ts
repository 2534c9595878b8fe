import { randomBytes } from 'node:crypto'
import { lstatSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { UsageError, describeFileError } from '../errors.js'
import { type Msg, type PlainKey } from '../messages/index.js'
import type { Io } from '../io.js'
import { formatProblem, parseChecklist } from '../checks/checklist/load-checklist.js'
import { questionsFor } from '../checks/checklist/select-questions.js'
import { MAX_DEFAULT_QUESTIONS } from '../checks/checklist/default-questions.js'
import { readSource } from '../checks/checklist/read-source.js'
import { STARTER_PRACTICE_NAME, starterChecklist } from '../checks/checklist/starter.js'
import type { ChecklistFile, FileProblem } from '../checks/checklist/types.js'
import { SESSION_TYPES } from '../report/model.js'
import { ExitCode } from '../report/exit-code.js'
import { RUN_COMMAND } from '../tool.js'
import { toolFetch } from '../net/tool-fetch.js'
import { missingLanguages, practiceIn } from '../checks/checklist/languages.js'
import { messagesFor, type Language } from '../messages/index.js'

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
    if (!existing) writeFileSync(target, starterChecklist(name), { flag: 'wx', mode: 0o644 })
    else replaceFile(target, starterChecklist(name))
  } catch (error) {
    const { what, todo } = describeFileError(error)
    throw new UsageError(
      (m: Msg) => m('error.init.failed', { name, what: m(what as PlainKey), todo: m(todo as PlainKey) }),
      msg,
      { cause: error },
    )
  }
  io.stdout.write(
    `Wrote a starter checklist to ${name}.\nEdit it, then check it with: ${RUN_COMMAND} checklist validate ${name}\n`,
  )
  return ExitCode.Ready
}

function describeValid(name: string, checklist: ChecklistFile, language: Language): string {
  const counts = SESSION_TYPES.map((session) => ({
    session,
    count: questionsFor(session, checklist, language).length,
  }))
  const practice = practiceIn(checklist, language)
  const modeWords = {
    keep: 'keep (only the built-in questions)',
    add: `add (the built-in questions, and ${checklist.questions.length} of your own)`,
    replace: `replace (only your ${checklist.questions.length === 1 ? '1 question' : `${checklist.questions.length} questions`})`,
  }[checklist.mode]
  const lines = [
    `${name} is a valid checklist.`,
    ...(practice
      ? [`  Practice: ${practice.name}`]
      : ['  Practice: not named (add "practice: Your Practice Name" to show it in the report)']),
    ...(practice?.welcome ? [`  Welcome:  ${practice.welcome}`] : []),
    ...(checklist.meetingHosts ? [`  Meeting hosts: ${checklist.meetingHosts.join(', ')}`] : []),
    `  Mode:     ${modeWords}`,
    `  Asks:     ${counts.map(({ session, count }) => `${count} in ${session === 'audio' ? 'an' : 'a'} ${session} session`).join(', ')}`,
  ]
  // Translations (issue 16): which languages the file speaks, and every text that leaves one out.
  const say = messagesFor(language)
  const { languages, missing } = missingLanguages(checklist)
  if (languages.length > 0) lines.push(say('checklist.languages.listed', { languages: languages.join(', ') }))
  for (const gap of missing)
    lines.push(
      say('checklist.languages.missing', {
        field: gap.field,
        language: gap.language,
        fallback: gap.fallback,
      }),
    )
  const long = counts.filter(({ count }) => count > MAX_DEFAULT_QUESTIONS)
  if (long.length > 0) {
    lines.push(
      `  Note: more than ${MAX_DEFAULT_QUESTIONS} questions takes a nervous client more than a minute; the built-in lists keep to ${MAX_DEFAULT_QUESTIONS}.`,
    )
  }
  return lines.join('\n') + '\n'
}

/** An unedited starter file would show clients "Your Practice Name": a problem, on its line. */
function placeholderProblem(text: string): FileProblem {
  const index = text.split('\n').findIndex((line) => line.includes(STARTER_PRACTICE_NAME))
  return {
    ...(index >= 0 ? { line: index + 1 } : {}),
    path: '/practice',
    field: '"practice"',
    message: `"practice" is still the starter's placeholder "${STARTER_PRACTICE_NAME}"; put your practice's own name there, as clients see it at the top of their report.`,
  }
}

/** `session-checkup checklist validate <file|url>`: every problem with its field and line; exit 0 when valid, 2 when not. */
export async function runChecklistValidate(
  source: string,
  io: Io,
  fetch: typeof globalThis.fetch = toolFetch(io.env),
  language: Language,
): Promise<number> {
  const msg = messagesFor(language)
  const file = await readSource(source, { cwd: io.cwd, fetch, what: 'checklist', allowUrl: true, msg })
  const parsed = parseChecklist(file.text, msg)
  const checklist = parsed.checklist?.practice === STARTER_PRACTICE_NAME ? undefined : parsed.checklist
  const problems = parsed.checklist && !checklist ? [placeholderProblem(file.text)] : parsed.problems
  if (!checklist) {
    const heading =
      problems.length === 1 ? `${file.name} has 1 problem:` : `${file.name} has ${problems.length} problems:`
    io.stdout.write([heading, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join('\n') + '\n')
    return ExitCode.CouldNotRun
  }
  io.stdout.write(describeValid(file.name, checklist, language))
  return ExitCode.Ready
}
