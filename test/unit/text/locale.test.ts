import { describe, expect, it } from 'vitest'
import { languageOf, pickLanguage } from '../../../src/messages/locale.js'

const supported = ['en', 'es'] as const

describe('languageOf', () => {
  it.each([
    ['es_MX.UTF-8', 'es'],
    ['es-419', 'es'],
    ['es', 'es'],
    ['en_US.UTF-8', 'en'],
    ['de_DE@euro', 'de'],
    ['C', undefined],
    ['C.UTF-8', undefined],
    ['POSIX', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language)
  })
})

describe('pickLanguage', () => {
  it.each([
    [
      '--lang wins over everything',
      { flag: 'es', env: { LANG: 'en_US.UTF-8' }, systemLocale: 'en-US' },
      'es',
    ],
    [
      'LC_ALL before LC_MESSAGES and LANG',
      { env: { LC_ALL: 'es_ES.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en_US' } },
      'es',
    ],
    ['LC_MESSAGES before LANG', { env: { LC_MESSAGES: 'es_MX', LANG: 'en_US' } }, 'es'],
    ['LANG alone', { env: { LANG: 'es_US.UTF-8' } }, 'es'],
    ['a set variable decides, even as C', { env: { LANG: 'C.UTF-8' }, systemLocale: 'es-MX' }, 'en'],
    [
      'an unsupported language falls back to English',
      { env: { LANG: 'fr_FR.UTF-8' }, systemLocale: 'es-ES' },
      'en',
    ],
    ['the system locale when no variable is set (macOS, Windows)', { env: {}, systemLocale: 'es-MX' }, 'es'],
    ['English when nothing says otherwise', { env: {} }, 'en'],
    ['empty variables are not set', { env: { LC_ALL: '', LANG: 'es_AR.UTF-8' } }, 'es'],
  ])('%s', (_, sources, language) => {
    expect(pickLanguage(sources, supported)).toBe(language)
  })
})
