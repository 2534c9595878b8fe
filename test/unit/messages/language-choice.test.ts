import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { render } from '@inquirer/testing'
import { describe, expect, it } from 'vitest'
import { chooseLanguage } from '../../../src/cli/options.js'
import { UsageError } from '../../../src/errors.js'
import { langFlagOf, main } from '../../../src/main.js'
import { catalogueOf, LANGUAGES, messagesFor } from '../../../src/messages/index.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { questionsFor } from '../../../src/checks/checklist/select-questions.js'
import { practiceIn } from '../../../src/checks/checklist/languages.js'
import { starterChecklist } from '../../../src/checks/checklist/starter.js'
import { confirmPrompt, answerOf } from '../../../src/ui/confirm.js'
import { confirmWords } from '../../../src/ui/prompter.js'
import { fakeChecks } from '../../helpers/fake-checks.js'
import { createMemoryIo } from '../../helpers/memory-io.js'
import { reportValidator } from '../../helpers/report-validator.js'
import { createCapturedIo } from '../../support/checklist/fake-io.js'
import { english, msg } from '../../helpers/english.js'

const terminal = (env: Record<string, string | undefined>, systemLocale?: string) => ({
  stdinIsTTY: false,
  stdoutIsTTY: false,
  stderrIsTTY: false,
  env,
  platform: 'linux' as const,
  ...(systemLocale ? { systemLocale } : {}),
})

describe('choosing the language (issue 16)', () => {
  it.each<[string, string | undefined, Record<string, string>, string | undefined, string]>([
    ['--lang wins over everything', 'es', { LC_ALL: 'en_US.UTF-8' }, 'en-US', 'es'],
    ['--lang en over a Spanish locale', 'en', { LANG: 'es_MX.UTF-8' }, 'es-MX', 'en'],
    ['--lang is read case-folded', 'ES', {}, undefined, 'es'],
    [
      'LC_ALL before LC_MESSAGES and LANG',
      undefined,
      { LC_ALL: 'es_ES.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en_US' },
      undefined,
      'es',
    ],
    [
      'LC_MESSAGES before LANG',
      undefined,
      { LC_MESSAGES: 'es_US.UTF-8', LANG: 'en_US.UTF-8' },
      undefined,
      'es',
    ],
    ['LANG alone', undefined, { LANG: 'es_MX.UTF-8' }, undefined, 'es'],
    [
      'the first variable set decides, even when it is C',
      undefined,
      { LC_ALL: 'C', LANG: 'es_MX.UTF-8' },
      'es-MX',
      'en',
    ],
    ['an unsupported locale falls back to English', undefined, { LANG: 'fr_FR.UTF-8' }, 'es-ES', 'en'],
    ['no variable: the system locale (macOS, Windows)', undefined, {}, 'es-419', 'es'],
    ['nothing at all: English', undefined, {}, undefined, 'en'],
  ])('%s', (_name, flag, env, systemLocale, expected) => {
    expect(chooseLanguage(flag, terminal(env, systemLocale))).toBe(expected)
    // main reads --lang from the command line before anything else is said (issue 22).
    expect(
      chooseLanguage(
        langFlagOf(flag ? ['--json', `--lang=${flag}`] : ['--json']),
        terminal(env, systemLocale),
      ),
    ).toBe(expected)
  })

  it('--lang xx is one sentence naming the languages, in the language the environment asks for', () => {
    expect(() => chooseLanguage('xx', terminal({}))).toThrow(
      new UsageError('--lang takes one of these languages: en (English), es (español); you gave "xx".'),
    )
    expect(() => chooseLanguage('fr', terminal({ LANG: 'es_MX.UTF-8' }))).toThrow(
      new UsageError('--lang acepta uno de estos idiomas: en (English), es (español); usted escribió "fr".'),
    )
  })

  it.each([
    [['--lang', 'xx', '--no-input']],
    [['link', 'https://doxy.me/x', '--lang', 'xx']],
    [['checklist', 'validate', 'x.yaml', '--lang', 'xx']],
    [['checklist', 'init', '--lang', 'xx']],
  ])('%j exits 2 with that sentence', async (argv) => {
    const io = createMemoryIo({ cwd: mkdtempSync(join(tmpdir(), 'lang-')) })
    expect(await main(argv, io, { checks: fakeChecks() })).toBe(2)
    expect(io.stderr.text).toBe(
      'session-checkup: --lang takes one of these languages: en (English), es (español); you gave "xx".\n',
    )
    expect(io.stdout.text).toBe('')
  })

  it('a Spanish JSON report says "lang": "es", keeps ids and enums, and validates', async () => {
    const io = createMemoryIo({ env: { LANG: 'es_US.UTF-8', TZ: 'America/Chicago' } })
    expect(
      await main(['--json', '--offline'], io, {
        checks: fakeChecks({ wifi: { status: 'warn', summary: 'x' } }),
      }),
    ).toBe(0)
    const report = JSON.parse(io.stdout.text)
    const validate = reportValidator()
    expect([validate(report), validate.errors]).toEqual([true, null])
    expect(report.lang).toBe('es')
    expect(report.checks.map((check: { id: string }) => check.id)).toEqual([
      'wifi',
      'connection',
      'apps',
      'devices',
      'protection',
      'checklist',
    ])
    expect(report.checks[0].status).toBe('warn')
    expect(report.verdict).toMatch(/^(ready|ready-with-cautions|not-ready)$/)
    expect(report.crisis).toMatchObject({ region: 'US' })
    expect(report.crisis.text).toContain('marcar 2')
    expect(report.crisis.text).toContain('AYUDA')
    // The same with --lang es under an English locale; in English the report says "lang": "en".
    const flagged = createMemoryIo({ env: { LANG: 'en_US.UTF-8', TZ: 'America/Chicago' } })
    await main(['--json', '--offline', '--lang', 'es'], flagged, { checks: fakeChecks() })
    expect(JSON.parse(flagged.stdout.text)).toMatchObject({
      lang: 'es',
      crisis: { region: 'US', text: report.crisis.text },
    })
    const english = createMemoryIo({ env: { LANG: 'en_US.UTF-8', TZ: 'America/Chicago' } })
    await main(['--json', '--offline'], english, { checks: fakeChecks() })
    expect(JSON.parse(english.stdout.text)).toMatchObject({
      lang: 'en',
      crisis: {
        text: 'If you are in crisis, you can call or text 988 any time, day or night. In an emergency, call 911.',
      },
    })
  })
})

describe('a new language is its catalogue file and its registration line', () => {
  it('the JSON Schema lists the registered languages (the one other line a language needs)', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../src/report/report.schema.json', import.meta.url), 'utf8'),
    )
    expect(schema.properties.lang.enum).toEqual([...LANGUAGES])
  })

  it('every language names itself, and --help and the starter file list them all', () => {
    for (const language of LANGUAGES) expect(catalogueOf(language)['language.name']).not.toBe('')
    expect(starterChecklist('c.yaml', english)).toContain(LANGUAGES.join(', '))
  })
})

describe("the yes/no prompt in the person's language", () => {
  const spanish = confirmWords(messagesFor('es'))
  const english = confirmWords(msg)

  it.each<[string, boolean]>([
    ['s', true],
    ['S', true],
    ['sí', true],
    ['Si', true],
    ['y', true],
    ['yes', true],
    ['n', false],
    ['No', false],
  ])('Spanish %j is %s', (typed, answer) => {
    expect(answerOf(typed, spanish)).toBe(answer)
  })

  it('takes only the listed words: a stray key, a digit, another word or Enter alone answer nothing', () => {
    for (const words of [spanish, english])
      for (const typed of ['', ' ', 'x', '0', '1', 'maybe', 'sure', 'nope', 'yess', 'sy', 'yn'])
        expect(answerOf(typed, words), JSON.stringify(typed)).toBeUndefined()
    // English takes y/yes and n/no; "s" and "sí" are Spanish.
    for (const [typed, answer] of [
      ['y', true],
      ['Yes', true],
      [' n ', false],
      ['NO', false],
    ] as const)
      expect(answerOf(typed, english)).toBe(answer)
    expect(answerOf('s', english)).toBeUndefined()
    expect(answerOf('sí', english)).toBeUndefined()
  })

  it('shows the Spanish hint, takes "s" and answers "Sí"', async () => {
    const { answer, events, getScreen } = await render(confirmPrompt, {
      message: '¿Está en un lugar privado?',
      words: spanish,
    })
    expect(getScreen()).toContain('¿Está en un lugar privado? (s/n)')
    events.type('s')
    events.keypress('enter')
    await expect(answer).resolves.toBe(true)
    expect(getScreen()).toContain('Sí')
  })

  it('"x" and Enter, or Enter alone, answer nothing: the question asks again in Spanish', async () => {
    const { answer, events, getScreen } = await render(confirmPrompt, {
      message: '¿Guardar una copia?',
      words: spanish,
    })
    let settled = false
    void answer.then(() => (settled = true))
    events.type('x')
    events.keypress('enter')
    await Promise.resolve()
    expect(getScreen()).toContain('¿Guardar una copia? (s/n)')
    expect(getScreen()).toContain('Escriba s para sí o n para no, y presione Enter.')
    events.keypress('enter')
    await Promise.resolve()
    expect(settled).toBe(false)
    events.type('n')
    events.keypress('enter')
    await expect(answer).resolves.toBe(false)
    expect(getScreen()).toContain('¿Guardar una copia? No')
    expect(getScreen()).not.toContain('Escriba s')
  })

  it('English: (y/n), no default; "0" asks again, then y answers Yes', async () => {
    const { answer, events, getScreen } = await render(confirmPrompt, { message: 'Ready?', words: english })
    expect(getScreen()).toContain('Ready? (y/n)')
    events.type('0')
    events.keypress('enter')
    expect(getScreen()).toContain('Please type y for yes or n for no, then press Enter.')
    events.type('y')
    events.keypress('enter')
    await expect(answer).resolves.toBe(true)
    expect(getScreen()).toContain('Yes')
  })
})

describe('a practice checklist in several languages', () => {
  const file = [
    'practice: { en: Riverside Counselling, es: Consejería Riverside }',
    'welcome: Thank you for checking.',
    'mode: replace',
    'questions:',
    '  - id: quiet-room',
    '    text:',
    '      en: Are you in a quiet room?',
    '      es: ¿Está en un cuarto tranquilo?',
    '    why: { en: It keeps the session private., es: Así la sesión es privada. }',
    '    fix:',
    '      en: Close the door.',
    '  - id: intake-form',
    '    text: { es: ¿Llenó el formulario?, en: Did you fill in the form? }',
    '    why: Paperwork first.',
    '    fix: Fill it in.',
  ].join('\n')

  it("reads each text in the client's language, else the practice's first language", () => {
    const { checklist, problems } = parseChecklist(file, english)
    expect(problems).toEqual([])
    const [room, form] = questionsFor('video', checklist, 'es')
    expect(room).toMatchObject({
      text: '¿Está en un cuarto tranquilo?',
      why: 'Así la sesión es privada.',
      fix: 'Close the door.',
      from: 'practice',
    })
    expect(form).toMatchObject({ text: '¿Llenó el formulario?', why: 'Paperwork first.' })
    expect(questionsFor('video', checklist, 'en').map((q) => q.text)).toEqual([
      'Are you in a quiet room?',
      'Did you fill in the form?',
    ])
    expect(practiceIn(checklist, 'es')).toEqual({
      name: 'Consejería Riverside',
      welcome: 'Thank you for checking.',
    })
  })

  it("cleans every translation and holds each to the field's limits", () => {
    const long = 'x'.repeat(201)
    const { problems } = parseChecklist(
      `questions:\n  - id: a\n    text: { en: ok, es: ${long} }\n    why: w\n    fix: f\n  - id: b\n    text: { EN: nope }\n    why: { }\n    fix: f\n`,
      english,
    )
    expect(problems.map((p) => p.message)).toEqual([
      'The "es" text of "text" in question 1 ("a") is too long: at most 200 characters, and it has 201.',
      'The name "EN" must be a language code such as en or es; it is "EN".',
      '"why" in question 2 ("b") is empty.',
    ])
  })

  it('a hostile language key is cleaned before it is quoted (one line, no control characters)', () => {
    const { problems } = parseChecklist('{"practice": {"\\u0000\\n\\"x": "A"}}', english)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toMatch(/^[^\n\u0000]+$/)
    expect(problems[0]?.field).toMatch(/^[^\n\u0000]+$/)
  })

  it('checklist validate lists the languages and notes each text that leaves one out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lang-validate-'))
    writeFileSync(join(dir, 'c.yaml'), file)
    const io = createCapturedIo(dir)
    expect(await main(['checklist', 'validate', 'c.yaml'], io)).toBe(0)
    expect(io.out()).toContain('  Languages: en, es\n')
    expect(io.out()).toContain(
      '  Note: "fix" in question 1 ("quiet-room") has no "es" text, though other parts of the file have one; clients who read that language will see the "en" text there.\n',
    )
    expect(io.out()).toContain('  Practice: Riverside Counselling\n')
    expect(io.out()).not.toContain('question 2')
    const spanish = createCapturedIo(dir)
    expect(await main(['checklist', 'validate', 'c.yaml', '--lang', 'es'], spanish)).toBe(0)
    expect(spanish.out()).toContain('  Consultorio: Consejería Riverside\n')
    // All of it in Spanish, the field's name included (issue 22: it read "fix" in question 1 …).
    expect(spanish.out()).toContain('  Nota: "fix" en la pregunta 1 ("quiet-room") no tiene texto en "es"')
    expect(spanish.out()).not.toMatch(/\b(question|Practice|Mode|Asks|session|valid checklist)\b/)
  })

  it('checklist init shows how to translate, and its file still validates', () => {
    const text = starterChecklist('c.yaml', english)
    expect(text).toContain('#     es: ')
    expect(parseChecklist(text.replace('Your Practice Name', 'Riverside'), english).problems).toEqual([])
  })
})
