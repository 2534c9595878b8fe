import { describe, expect, it } from 'vitest'
import { main } from '../../../src/main.js'
import { createMemoryIo } from '../../helpers/memory-io.js'
import { fakeChecks } from '../../helpers/fake-checks.js'

/** What a mistyped command line says, in the run's language (issue 22, item 9). */
async function said(argv: string[]): Promise<{ code: number; err: string }> {
  const io = createMemoryIo()
  const code = await main(argv, io, { checks: fakeChecks() })
  return { code, err: io.stderr.text }
}

// Words commander itself writes; none may reach a person.
const commanderWords = /unknown option|too many arguments|missing required|argument missing|error:/i

describe("commander's usage errors", () => {
  it.each([
    [['--sesion', 'video'], 'There is no option --sesion. Did you mean --session?'],
    [['chekclist', 'init'], '"chekclist" is not a command of session-checkup. Did you mean checklist?'],
    [['--server'], '--server needs a value after it.'],
    [['checklist'], '"checklist" needs one of: init, validate.'],
  ])('%j: one sentence, with "did you mean" for options and commands alike', async (argv, sentence) => {
    const { code, err } = await said(argv)
    expect(code).toBe(2)
    expect(err).toContain(sentence)
    expect(err).not.toMatch(commanderWords)
    expect(err.trimEnd().split('\n')).toHaveLength(1)
  })

  it.each([
    [['--lang', 'es', '--sesion', 'video'], 'No existe la opción --sesion. ¿Quiso decir --session?'],
    [
      ['--lang=es', 'chekclist', 'init'],
      '"chekclist" no es un comando de session-checkup. ¿Quiso decir checklist?',
    ],
    [['--lang', 'es', '--server'], '--server necesita un valor después.'],
    [['--lang', 'es', 'checklist'], '"checklist" necesita uno de estos: init, validate.'],
  ])('%j: in Spanish, with no English word', async (argv, sentence) => {
    const { code, err } = await said(argv)
    expect(code).toBe(2)
    expect(err).toContain(sentence)
    expect(err).toContain('Escriba npx session-checkup')
    expect(err).not.toMatch(/\b(the|options|Run|There is|command)\b/)
  })
})

describe('a checklist file problem in Spanish (issue 22, item 9)', () => {
  it("says what a pattern asks for in the run's language, not the schema's English", async () => {
    const { parseChecklist } = await import('../../../src/checks/checklist/load-checklist.js')
    const { messagesFor } = await import('../../../src/messages/index.js')
    const [problem] = parseChecklist('practice:\n  en: Riverside\n  EN!: x\n', messagesFor('es')).problems
    expect(problem?.message).toContain('un código de idioma, como en o es')
    expect(problem?.message).not.toMatch(/language code/)
  })
})
