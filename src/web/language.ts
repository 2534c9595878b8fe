import { LANGUAGES, type Language } from '../messages/index.js'
import { languageOf } from '../messages/locale.js'

/**
 * The page's language, decided once: `?lang=es` in the address, else the first of the browser's
 * languages (navigator.languages) that the catalogue has, else English.
 */
export function pageLanguage(search: string, languages: readonly string[]): Language {
  const supported = (code: string | undefined): code is Language =>
    code !== undefined && (LANGUAGES as readonly string[]).includes(code)
  const asked = new URLSearchParams(search).get('lang') ?? undefined
  const fromAddress = languageOf(asked)
  if (supported(fromAddress)) return fromAddress
  for (const locale of languages) {
    const language = languageOf(locale)
    if (supported(language)) return language
  }
  return 'en'
}
