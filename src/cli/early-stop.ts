/**
 * The one sentence said before the program has loaded: Ctrl-C while it starts (src/start.ts). It
 * is the catalogue's own `main.stopped`, taken from each language's small common part, so a
 * signal in the first milliseconds is answered in the run's language without loading the whole
 * catalogue. A new language that is missing here is a compile error.
 */
import { common as en } from '../messages/en/common.js'
import { common as es } from '../messages/es/common.js'
import type { Language } from '../messages/index.js'
import { langFlagOf, wantedLanguage } from './lang-flag.js'

export const STOPPED_EARLY = {
  en: en['main.stopped'],
  es: es['main.stopped'],
} as const satisfies Record<Language, string>

/** The early "Stopped." for this command line and environment, in the language main will choose. */
export function stoppedEarly(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  systemLocale: string | undefined,
): string {
  const { lang } = wantedLanguage(
    langFlagOf(argv),
    { env, ...(systemLocale ? { systemLocale } : {}) },
    Object.keys(STOPPED_EARLY) as Language[],
  )
  return STOPPED_EARLY[lang]
}
