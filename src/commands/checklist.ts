import { existsSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { UsageError } from '../errors.js'
import type { Io } from '../io.js'
import { formatProblem, parseChecklist } from '../checks/checklist/load-checklist.js'
import { questionsFor } from '../checks/checklist/select-questions.js'
import { MAX_DEFAULT_QUESTIONS } from '../checks/checklist/default-questions.js'
import { readSource } from '../checks/checklist/read-source.js'
import { starterChecklist } from '../checks/checklist/starter.js'
import type { ChecklistFile } from '../checks/checklist/types.js'
import { SESSION_TYPES } from '../report/model.js'
import { ExitCode } from '../report/exit-code.js'
import { RUN_COMMAND } from '../tool.js'

const DEFAULT_FILE = 'session-checklist.yaml'

/** `session-checkup checklist init [file]`: writes a starter YAML file, refusing to overwrite without --force. */
export async function runChecklistInit(file: string | undefined, flags: { force?: boolean }, io: Io): Promise<number> {
  const name = file ?? DEFAULT_FILE
  if (!/\.ya?ml$/i.test(name)) throw new UsageError(`checklist init writes YAML, so the file name must end in .yaml or .yml; you gave ${name}.`)
  const target = resolve(io.cwd, name)
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) throw new UsageError(`Cannot write the checklist to ${name}: that is a folder.`)
    if (!flags.force) throw new UsageError(`${name} already exists, so it was left as it is; add --force to replace it.`)
  }
  try {
    writeFileSync(target, starterChecklist(name), { flag: flags.force ? 'w' : 'wx', mode: 0o644 })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'the folder does not exist' : code === 'EEXIST' ? 'it already exists (add --force to replace it)' : code === 'EACCES' ? 'no permission to write there' : code ?? 'unknown reason'
    throw new UsageError(`Could not write the checklist to ${name}: ${why}.`)
  }
  io.stdout.write(`Wrote a starter checklist to ${name}.\nEdit it, then check it with: ${RUN_COMMAND} checklist validate ${name}\n`)
  return ExitCode.Ready
}

function describeValid(name: string, checklist: ChecklistFile): string {
  const counts = SESSION_TYPES.map((session) => ({ session, count: questionsFor(session, checklist).length }))
  const modeWords = {
    keep: 'keep (only the built-in questions)',
    add: `add (the built-in questions, and ${checklist.questions.length} of your own)`,
    replace: `replace (only your ${checklist.questions.length === 1 ? '1 question' : `${checklist.questions.length} questions`})`,
  }[checklist.mode]
  const lines = [
    `${name} is a valid checklist.`,
    ...(checklist.practice ? [`  Practice: ${checklist.practice}`] : ['  Practice: not named (add "practice: Your Practice Name" to show it in the report)']),
    ...(checklist.welcome ? [`  Welcome:  ${checklist.welcome}`] : []),
    ...(checklist.meetingHosts ? [`  Meeting hosts: ${checklist.meetingHosts.join(', ')}`] : []),
    `  Mode:     ${modeWords}`,
    `  Asks:     ${counts.map(({ session, count }) => `${count} in ${session === "audio" ? "an" : "a"} ${session} session`).join(', ')}`,
  ]
  const long = counts.filter(({ count }) => count > MAX_DEFAULT_QUESTIONS)
  if (long.length > 0) {
    lines.push(`  Note: more than ${MAX_DEFAULT_QUESTIONS} questions takes a nervous client more than a minute; the built-in lists keep to ${MAX_DEFAULT_QUESTIONS}.`)
  }
  return lines.join('\n') + '\n'
}

/** `session-checkup checklist validate <file|url>`: every problem with its field and line; exit 0 when valid, 2 when not. */
export async function runChecklistValidate(source: string, io: Io): Promise<number> {
  const file = await readSource(source, { cwd: io.cwd, fetch: globalThis.fetch, what: 'checklist', allowUrl: true })
  const { checklist, problems } = parseChecklist(file.text)
  if (!checklist) {
    const heading = problems.length === 1 ? `${file.name} has 1 problem:` : `${file.name} has ${problems.length} problems:`
    io.stdout.write([heading, ...problems.map((problem) => `  ${formatProblem(problem)}`)].join('\n') + '\n')
    return ExitCode.CouldNotRun
  }
  io.stdout.write(describeValid(file.name, checklist))
  return ExitCode.Ready
}
