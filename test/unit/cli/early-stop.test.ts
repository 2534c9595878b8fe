import { describe, expect, it } from 'vitest'
import { stoppedEarly } from '../../../src/cli/early-stop.js'
import { messagesFor } from '../../../src/messages/index.js'

// Issue 22 leftover: Ctrl-C before the program had loaded said an English "Stopped." in every run.
describe('the "Stopped." said before the program loads', () => {
  const spanish = messagesFor('es')('main.stopped')
  const english = messagesFor('en')('main.stopped')

  it('is the catalogue sentence in the language --lang asks for', () => {
    expect(stoppedEarly(['--lang', 'es'], {}, 'en-US')).toBe(spanish)
    expect(stoppedEarly(['--lang=es'], { LANG: 'en_US.UTF-8' }, 'en-US')).toBe(spanish)
    expect(stoppedEarly(['--lang', 'en'], { LANG: 'es_MX.UTF-8' }, 'es-MX')).toBe(english)
  })

  it('follows the environment without --lang, as main does', () => {
    expect(stoppedEarly([], { LANG: 'es_MX.UTF-8' }, 'en-US')).toBe(spanish)
    expect(stoppedEarly([], {}, 'es-AR')).toBe(spanish)
    expect(stoppedEarly([], { LC_ALL: 'C' }, 'en-US')).toBe(english)
  })

  it("is in the environment's language when --lang names a language we do not have", () => {
    expect(stoppedEarly(['--lang', 'fr'], { LANG: 'es_ES.UTF-8' }, 'en-US')).toBe(spanish)
  })
})
