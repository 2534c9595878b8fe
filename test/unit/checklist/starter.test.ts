import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { starterChecklist } from '../../../src/checks/checklist/starter.js'
import { parseChecklist } from '../../../src/checks/checklist/load-checklist.js'
import { judgeChecklist } from '../../../src/commands/checklist.js'
import { LANGUAGES, messagesFor } from '../../../src/messages/index.js'

// Issue 22 leftover: `--lang es checklist init` wrote an English starter file for a Spanish-speaking therapist.
describe('the starter checklist, in the run language', () => {
  it.each(LANGUAGES)('in %s: parses, and is refused only for its placeholder name', (lang) => {
    const say = messagesFor(lang)
    const text = starterChecklist('consulta.yaml', say)
    const { checklist, problems } = parseChecklist(text, say)
    expect(problems).toEqual([])
    expect(checklist?.practice).toBe(say('checklist.starter.placeholder'))
    expect(checklist?.welcome).toBe(say('checklist.starter.welcomeText'))
    expect(checklist?.questions?.[0]?.text).toBe(say('checklist.starter.textExample'))

    const placeholder = say('checklist.starter.placeholder')
    const judged = judgeChecklist({ name: 'consulta.yaml', kind: 'file', text }, lang)
    expect(judged.checklist).toBeUndefined()
    expect(judged.report).toContain(say('checklist.validate.placeholder', { placeholder }))

    const edited = judgeChecklist(
      { name: 'consulta.yaml', kind: 'file', text: text.replace(placeholder, 'Consultorio Ríos') },
      lang,
    )
    expect(edited.checklist?.practice).toBe('Consultorio Ríos')
  })

  it('in Spanish, every comment and example is Spanish, and names the file it writes', () => {
    const text = starterChecklist('consulta.yaml', messagesFor('es'))
    expect(text).toContain('# Revisarla:   npx session-checkup checklist validate consulta.yaml')
    expect(text).toContain('practice: Nombre de su consultorio')
    expect(text).toContain('¿Llenó el formulario de admisión que le enviamos por correo?')
    // The English starter's sentences are gone (the one bilingual example line aside).
    const english = starterChecklist('consulta.yaml', messagesFor('en'))
    const englishComments = english
      .split('\n')
      .filter((line) => line.trim().startsWith('#') && !/^\s*#\s+(en|es): /.test(line))
      .map((line) => line.replace(/^\s*#\s?/, '').trim())
      .filter((line) => /[a-z]{4,}/.test(line) && !line.startsWith('meetingHosts:') && line !== 'text:')
    const shared = englishComments.filter((line) => text.includes(line))
    expect(shared.filter((line) => !/^[a-z-]+(, [a-z-]+)*,?$/.test(line))).toEqual([])
  })

  it('a Spanish placeholder is refused by an English validate too', () => {
    const text = starterChecklist('c.yaml', messagesFor('es'))
    expect(parse(text).practice).toBe('Nombre de su consultorio')
    expect(judgeChecklist({ name: 'c.yaml', kind: 'file', text }, 'en').checklist).toBeUndefined()
  })
})
