/**
 * Which language to speak (issue 16), decided once, in this order:
 * 1. `--lang` (checked by the caller: an unsupported value is a usage error);
 * 2. the POSIX variables LC_ALL, then LC_MESSAGES, then LANG: the first one set decides, as in
 *    setlocale(3); "C" and "POSIX" mean the default language;
 * 3. the system's locale as Intl reports it (macOS and Windows do not set LANG for every app);
 * 4. English.
 * An unsupported language falls back to English without a word: the person still gets a report.
 */

/** The language part of a locale name: "es_MX.UTF-8" → "es", "es-419" → "es", "C" → undefined. */
export function languageOf(locale: string | undefined): string | undefined {
  if (!locale) return undefined
  const match = /^([a-zA-Z]{2,3})(?=$|[-_.@])/.exec(locale.trim())
  if (!match) return undefined
  const language = match[1]!.toLowerCase()
  return language === 'c' ? undefined : language
}

export interface LanguageSources {
  /** The value of --lang, already validated. */
  flag?: string
  env: Readonly<Record<string, string | undefined>>
  /**
   * The system locale from Intl, for example "es-MX"; or a function that gives it, called only when
   * no variable decides (loading Intl's locale data costs the early --help milliseconds).
   */
  systemLocale?: string | (() => string | undefined)
}

/** The language to use, among `supported` (the first entry is the default). */
export function pickLanguage<L extends string>(sources: LanguageSources, supported: readonly L[]): L {
  const fallback = supported[0]!
  const isSupported = (language: string | undefined): language is L =>
    language !== undefined && (supported as readonly string[]).includes(language)
  if (isSupported(sources.flag)) return sources.flag
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = sources.env[name]
    if (!value) continue
    // The first variable that is set decides, even when it names the default ("C") or a language we lack.
    const language = languageOf(value)
    return isSupported(language) ? language : fallback
  }
  const system = languageOf(
    typeof sources.systemLocale === 'function' ? sources.systemLocale() : sources.systemLocale,
  )
  return isSupported(system) ? system : fallback
}
