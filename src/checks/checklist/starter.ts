import { defaultQuestions, MAX_DEFAULT_QUESTIONS } from './default-questions.js'
import { TOOL_NAME, RUN_COMMAND } from '../../tool.js'
import { LANGUAGES } from '../../messages/index.js'

const builtInIds = defaultQuestions.map((question) => question.id)

/** The placeholder name in the starter file; `checklist validate` refuses it until it is edited. */
export const STARTER_PRACTICE_NAME = 'Your Practice Name'

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

/** The file `session-checkup checklist init` writes: valid as it stands, with a comment on every field. */
export function starterChecklist(fileName: string): string {
  return [
    `# A checklist for ${TOOL_NAME}: the questions your clients answer before a session.`,
    '#',
    `# Check it:    ${RUN_COMMAND} checklist validate ${fileName}`,
    `# Try it:      ${RUN_COMMAND} --checklist ${fileName}`,
    '# Share it:    put it on your website (https only) and send clients',
    `#              ${RUN_COMMAND} --checklist https://your-practice.example/${fileName.split(/[\\/]/).pop()}`,
    '#',
    '# Lines starting with # are comments. Indent with spaces, not tabs.',
    '#',
    "# Every text (practice, welcome, and each question's text, why and fix) may be one text for",
    '# everyone, or the same text by language; clients read their own language, else your first:',
    '#   text:',
    '#     en: Have you filled in the intake form we emailed you?',
    '#     es: ¿Llenó el formulario de admisión que le enviamos por correo?',
    `#   (${TOOL_NAME} speaks ${LANGUAGES.join(', ')}; checklist validate notes a text that leaves one out.)`,
    '',
    '# The format version. Leave it at 1.',
    'version: 1',
    '',
    "# Your practice's name, shown at the top of the client's report (at most 80 characters).",
    '# Replace the placeholder: checklist validate refuses the file until you do.',
    `practice: ${STARTER_PRACTICE_NAME}`,
    '',
    '# Optional: one short, friendly line shown under the name (at most 200 characters).',
    'welcome: Thank you for checking before our session. See you soon.',
    '',
    '# Optional: the hosts your session links use. A client who checks a link you sent',
    `# (${RUN_COMMAND} link "https://…" --checklist …) is told when it goes anywhere else.`,
    '# meetingHosts: [doxy.me, your-practice.zoom.us]',
    '',
    '# What to do with the built-in questions (7 or 8 for each kind of session):',
    '#   keep     ask only the built-in questions (then leave "questions" out)',
    '#   add      ask the built-in questions and yours; a question of yours with the',
    '#            id of a built-in one rewords that question',
    '#   replace  ask only your questions',
    '# The built-in ids are:',
    ...commentList(builtInIds, '#   '),
    'mode: add',
    '',
    '# Your questions. Each one is answered yes or no, so word it so that "yes" means ready.',
    `# Never ask for an address, a phone number or a name: ${TOOL_NAME} asks yes or no only,`,
    '# and never stores or prints such details.',
    'questions:',
    '    # A short name for the question, unique in this file: lowercase letters, digits and dashes.',
    '  - id: intake-form',
    '    # The question itself (at most 200 characters).',
    '    text: Have you filled in the intake form we emailed you?',
    '    # Why it matters, in one sentence (at most 300 characters).',
    '    why: It lets us spend our first session on you, not on paperwork.',
    '    # What to do if the answer is no, in one sentence (at most 300 characters).',
    '    fix: Open our email and fill in the form; it takes about five minutes.',
    '    # required: a "no" means the client is not ready yet. advisory: a "no" is a caution.',
    '    # Leave it out and the question is required.',
    '    level: advisory',
    '    # The kinds of session that ask it: video, audio, text. Leave it out for all three.',
    '    sessions: [video, audio, text]',
    '',
    `# A session asks at most ${MAX_DEFAULT_QUESTIONS} questions, so a nervous client is done in about a minute.`,
    '# Your questions are always asked; the built-in ones fill the places left, the most',
    '# important first. checklist validate lists what each kind of session asks and leaves out.',
    '',
  ].join('\n')
}
