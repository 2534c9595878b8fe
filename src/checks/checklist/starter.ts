import { defaultQuestions, MAX_DEFAULT_QUESTIONS } from './default-questions.js'
import { LANGUAGES, messagesFor, type Msg } from '../../messages/index.js'

const builtInIds = defaultQuestions.map((question) => question.id)

/**
 * The placeholder names in the starter files, one per language; `checklist validate` refuses a
 * file that still has one, whichever language wrote it.
 */
export const STARTER_PRACTICE_NAMES: readonly string[] = LANGUAGES.map((lang) =>
  messagesFor(lang)('checklist.starter.placeholder'),
)

/** Wraps a list of ids into comment lines of at most ~90 characters. */
function commentList(ids: readonly string[], indent: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const id of ids) {
    const next = line ? `${line}, ${id}` : id
    if (next.length > 80 - indent.length) {
      lines.push(`${indent}${line},`)
      line = id
    } else line = next
  }
  if (line) lines.push(`${indent}${line}`)
  return lines
}

/** A catalogue block as YAML comment lines, each starting with `indent` and "# ". */
const comment = (text: string, indent = ''): string[] =>
  text.split('\n').map((line) => `${indent}# ${line}`.trimEnd())

/** A value as a YAML scalar: plain when YAML reads it back unchanged, else double-quoted. */
function scalar(text: string): string {
  const plain = /^[^-?:,[\]{}#&*!|>'"%@`\s][^#]*$/.test(text) && !/:\s|\s$/.test(text)
  return plain ? text : JSON.stringify(text)
}

/**
 * The file `session-checkup checklist init` writes, in the run's language: valid as it stands
 * except for the practice's name, with a comment on every field. Field names and their values
 * (mode, level, sessions) are the format's own words and stay as they are in every language.
 */
export function starterChecklist(fileName: string, say: Msg): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  return [
    ...comment(say('checklist.starter.intro')),
    '#',
    ...comment(say('checklist.starter.howTo', { file: fileName, base })),
    '#',
    ...comment(say('checklist.starter.comments')),
    '#',
    ...comment(say('checklist.starter.languages', { languages: LANGUAGES.join(', ') })),
    '',
    ...comment(say('checklist.starter.version')),
    'version: 1',
    '',
    ...comment(say('checklist.starter.practice')),
    `practice: ${scalar(say('checklist.starter.placeholder'))}`,
    '',
    ...comment(say('checklist.starter.welcome')),
    `welcome: ${scalar(say('checklist.starter.welcomeText'))}`,
    '',
    ...comment(say('checklist.starter.meetingHosts')),
    '# meetingHosts: [doxy.me, your-practice.zoom.us]',
    '',
    ...comment(say('checklist.starter.mode')),
    ...commentList(builtInIds, '#   '),
    'mode: add',
    '',
    ...comment(say('checklist.starter.questions')),
    'questions:',
    ...comment(say('checklist.starter.id'), '    '),
    '  - id: intake-form',
    ...comment(say('checklist.starter.text'), '    '),
    `    text: ${scalar(say('checklist.starter.textExample'))}`,
    ...comment(say('checklist.starter.why'), '    '),
    `    why: ${scalar(say('checklist.starter.whyExample'))}`,
    ...comment(say('checklist.starter.fix'), '    '),
    `    fix: ${scalar(say('checklist.starter.fixExample'))}`,
    ...comment(say('checklist.starter.level'), '    '),
    '    level: advisory',
    ...comment(say('checklist.starter.sessions'), '    '),
    '    sessions: [video, audio, text]',
    '',
    ...comment(say('checklist.starter.cap', { max: MAX_DEFAULT_QUESTIONS })),
    '',
  ].join('\n')
}
